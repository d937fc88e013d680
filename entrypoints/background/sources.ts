/**
 * Which list sources this installation uses: the built-in default list (pinned keys, bundled
 * copy, optional update address from the build) and the lists a person added, which are kept
 * in `storage.local` and each carry their own keys. Policy lists join here in a later issue.
 * Reads configuration; does not sync.
 */
import { browser } from 'wxt/browser';
import { z } from 'zod';
import { DEFAULT_LIST_ID, DEFAULT_LIST_TRUST } from '../../utils/core/signing/keys';
import { ListSourceSchema, type ListSource } from '../../utils/app/sync/source';
import { builtDefaultListUrl } from '../../utils/app/sync/default-list-url';
import { policySources } from '../../utils/app/policy/apply';
import { readManagedPolicy } from './policy';

export const DEFAULT_SOURCE_ID = DEFAULT_LIST_ID;
export const USER_SOURCES_KEY = 'userListSources';

export function builtinSources(): ListSource[] {
  const manifestUrl = builtDefaultListUrl();
  return [
    {
      id: DEFAULT_SOURCE_ID,
      name: 'Vahti default list',
      kind: 'builtin',
      ...(manifestUrl !== undefined ? { manifestUrl } : {}),
      trust: DEFAULT_LIST_TRUST,
    },
  ];
}

const UserSourcesSchema = z.array(z.unknown()).max(20);

/** The user's lists; entries that do not parse are skipped (and reported), never half-used. */
export async function readUserSources(log: (message: string) => void = console.warn): Promise<ListSource[]> {
  const stored = await browser.storage.local.get(USER_SOURCES_KEY);
  const raw = UserSourcesSchema.safeParse(stored[USER_SOURCES_KEY] ?? []);
  if (!raw.success) {
    log('Vahti: the stored user lists are not a list; ignoring them.');
    return [];
  }
  const sources: ListSource[] = [];
  for (const item of raw.data) {
    const parsed = ListSourceSchema.safeParse(item);
    if (!parsed.success || parsed.data.kind !== 'user' || parsed.data.id === DEFAULT_SOURCE_ID || parsed.data.manifestUrl === undefined) {
      log(`Vahti: skipped a user list that is not valid: ${parsed.success ? 'wrong kind, id or no address' : parsed.error.issues[0]?.message}`);
      continue;
    }
    if (!sources.some((s) => s.id === parsed.data.id)) sources.push(parsed.data);
  }
  return sources;
}

export async function allSources(): Promise<ListSource[]> {
  const { policy } = await readManagedPolicy();
  const managed = policySources(policy);
  // A locked `listSources` means the organisation's lists only, whatever is stored.
  const locked = policy.lockedSettings?.includes('listSources') ?? false;
  const user = locked ? [] : (await readUserSources()).filter((s) => !managed.some((m) => m.id === s.id));
  return [...(policy.useDefaultList === false ? [] : builtinSources()), ...managed, ...user];
}
