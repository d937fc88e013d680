/**
 * Which list sources this installation uses: the built-in default list (pinned keys, bundled
 * copy, optional update address from the build) and the lists a person added, which are kept
 * in the background's IndexedDB (user-sources.ts) and each carry their own keys, and the
 * organisation's lists from managed storage. Reads configuration; does not sync.
 */
import { browser } from 'wxt/browser';
import { DEFAULT_LIST_ID, DEFAULT_LIST_TRUST } from '../../utils/core/signing/keys';
import type { ListSource } from '../../utils/app/sync/source';
import type { UserListSource } from '../../utils/app/settings/schema';
import { toUserListSource } from '../../utils/app/settings/sources';
import { builtDefaultListUrl } from '../../utils/app/sync/default-list-url';
import { policySources } from '../../utils/app/policy/apply';
import { dropStoredSettingsField, readStoredSettingsField } from './effective';
import { readManagedPolicy } from './policy';

export const DEFAULT_SOURCE_ID = DEFAULT_LIST_ID;
/** Where an earlier version kept the sync's view of the person's sources. */
const OLD_USER_SOURCES_KEY = 'userListSources';

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

/** The sources an earlier version kept inside the settings in `storage.local` (the options page's copy). */
export const readStoredUserSources = (): Promise<unknown> => readStoredSettingsField('listSources');

/** Takes the old copies out of `storage.local`: the sync's key and `listSources` in the settings. */
export async function dropStoredUserSources(): Promise<void> {
  await browser.storage.local.remove(OLD_USER_SOURCES_KEY);
  await dropStoredSettingsField('listSources');
}

/** `readUser`: the person's own sources, from the background's store (user-sources.ts). */
export async function allSources(readUser: () => Promise<UserListSource[]>): Promise<ListSource[]> {
  const { policy } = await readManagedPolicy();
  const managed = policySources(policy);
  // A locked `listSources` means the organisation's lists only, whatever is stored.
  const locked = policy.lockedSettings?.includes('listSources') ?? false;
  const user = locked ? [] : (await readUser()).map(toUserListSource).filter((s) => s.id !== DEFAULT_SOURCE_ID && !managed.some((m) => m.id === s.id));
  return [...(policy.useDefaultList === false ? [] : builtinSources()), ...managed, ...user];
}
