/**
 * Reads the administrator's policy from `browser.storage.managed`, at every worker start and
 * whenever it changes, so a new policy applies at once without a browser restart. The parsed
 * policy and its problems are published in `storage.local` (`POLICY_STORAGE_KEY`) for the
 * options page and the diagnostics export to show; nothing that enforces the policy reads that
 * copy (a content script could write it), it reads managed storage. Owns reading and publishing the policy;
 * what a policy means is decided in `utils/app/policy/apply.ts`.
 */
import { browser } from 'wxt/browser';
import type { MessageFeatures } from '../../utils/core/engine/features';
import type { Verdict } from '../../utils/core/engine/verdict';
import { parseManagedPolicy, type ParsedPolicy } from '../../utils/app/policy/parse';
import { POLICY_STORAGE_KEY } from '../../utils/app/policy/schema';
import { watchSet, withWatchList } from '../../utils/app/policy/watch-list';
import { serialQueue } from './serial';

export { POLICY_STORAGE_KEY };

export interface StoredPolicy extends ParsedPolicy {
  /** When the policy was read (ms since epoch). */
  readAt: number;
}

/**
 * The policy as it is now. Firefox rejects when no policy names Vahti, and Chrome answers `{}`:
 * both mean "no policy". A browser without managed storage (e.g. Firefox on Android) is the same.
 */
export async function readManagedPolicy(): Promise<ParsedPolicy> {
  let raw: unknown;
  try {
    const managed = (browser.storage as { managed?: { get: () => Promise<unknown> } }).managed;
    raw = managed ? await managed.get() : undefined;
  } catch {
    raw = undefined;
  }
  return parseManagedPolicy(raw);
}

/** Reads the policy and publishes it for the extension's pages; logs each problem once per read. */
export async function refreshPolicy(now: () => number = Date.now, log: (message: string) => void = console.warn): Promise<StoredPolicy> {
  const parsed = await readManagedPolicy();
  for (const p of parsed.problems) log(`Vahti: a policy value was not used: ${p.path}: ${p.message}`);
  const stored: StoredPolicy = { ...parsed, readAt: now() };
  await browser.storage.local.set({ [POLICY_STORAGE_KEY]: stored });
  return stored;
}

/** What sync depends on: the policy's own lists and whether the default list is used. */
function listPart(policy: ParsedPolicy['policy'] | undefined): string {
  return JSON.stringify([policy?.listSources ?? [], policy?.useDefaultList ?? true]);
}

/**
 * Background start-up: read the policy now and again on every change of managed storage.
 * `onListsChanged` runs when the policy's lists differ from the last published policy (also
 * across restarts), so sync adds or drops them at once, and an unchanged policy costs no
 * rebuild at each worker wake.
 */
export function watchManagedPolicy(onListsChanged: (policy: StoredPolicy) => Promise<void>, onError: (cause: unknown) => void): void {
  // One read at a time, in order: a quick second change must not be overtaken by the first.
  const run = serialQueue(onError);
  const apply = () => {
    void run(async () => {
      const before = (await browser.storage.local.get(POLICY_STORAGE_KEY))[POLICY_STORAGE_KEY] as Partial<StoredPolicy> | undefined;
      const now = await refreshPolicy();
      if (before?.policy === undefined || listPart(before.policy) !== listPart(now.policy)) await onListsChanged(now);
    });
  };
  browser.storage.onChanged.addListener((_changes, area) => {
    if (area === 'managed') apply();
  });
  apply();
}

/**
 * The person's own entries (from the background's settings store, settings-store.ts) plus the
 * organisation's. The organisation's are read from managed storage itself, never from the
 * published copy in `storage.local`, which a content script could overwrite.
 */
async function readWatchSet(readOwnWatchList: () => Promise<readonly string[]>): Promise<Set<string>> {
  const [own, { policy }] = await Promise.all([readOwnWatchList(), readManagedPolicy()]);
  // A locked watch list is the organisation's alone: entries stored by the person do not count.
  const mine = policy.lockedSettings?.includes('watchList') ? [] : own;
  return watchSet([...mine, ...(policy.watchList ?? [])]);
}

/**
 * The watch list kept ready between messages, until the person's settings or the policy
 * change. Reading and validating both on every message would put that work on the path of
 * every verdict.
 */
export class WatchListCache {
  private current: Promise<Set<string>> | undefined;

  constructor(private readonly readOwnWatchList: () => Promise<readonly string[]>) {}

  /** The person saved their settings: read the watch list again at the next message. */
  settingsChanged(): void {
    this.current = undefined;
  }

  /** From `storage.onChanged`: a new policy may bring or lock watch-list entries. */
  storageChanged(_changes: Record<string, unknown>, area: string): void {
    if (area === 'managed') this.current = undefined;
  }

  /** The verdict with the watch list's reasons added (`withWatchList` of utils/app/policy). */
  async withWatchList(verdict: Verdict, features: MessageFeatures): Promise<Verdict> {
    if (!this.current) {
      const reading = readWatchSet(this.readOwnWatchList);
      this.current = reading;
      // A failed read must not stick: the next message reads again.
      reading.catch(() => {
        if (this.current === reading) this.current = undefined;
      });
    }
    return withWatchList(verdict, features, await this.current);
  }
}
