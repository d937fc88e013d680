// The background's policy glue over WXT's fake browser: reading managed storage (none, broken,
// valid), publishing it for the pages, re-reading on every change, the sources sync gets and
// the watch list at classification time.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { POLICY_STORAGE_KEY, WatchListCache, readManagedPolicy, refreshPolicy, watchManagedPolicy, type StoredPolicy } from '../../entrypoints/background/policy';
import { DEFAULT_SOURCE_ID, allSources } from '../../entrypoints/background/sources';
import { MessageFeaturesSchema } from '../../utils/core/engine/features';
import { NO_VERDICT } from '../../utils/core/engine/verdict';
import { SETTINGS_STORAGE_KEY } from '../../utils/app/settings/schema';
import type { UserListSource } from '../../utils/app/settings/schema';

const key = 'A'.repeat(43) + '=';
const clinic = { id: 'clinic', name: 'Clinic list', manifestUrl: 'https://lists.clinic.example/manifest.json', keys: [{ keyId: 'k1', publicKey: key, epoch: 2 }] };
const mail = (senderAddress: string) => MessageFeaturesSchema.parse({ senderAddress, senderName: 'X', subject: 's', bodyText: 'b' });

beforeEach(() => {
  fakeBrowser.reset();
});

describe('readManagedPolicy', () => {
  it('treats an empty managed area (Chrome without policy) as no policy', async () => {
    expect(await readManagedPolicy()).toEqual({ policy: {}, problems: [] });
  });

  it('treats a rejecting managed area (Firefox without policy) as no policy, not an error', async () => {
    vi.spyOn(fakeBrowser.storage.managed, 'get').mockRejectedValueOnce(new Error('Managed storage manifest not found'));
    expect(await readManagedPolicy()).toEqual({ policy: {}, problems: [] });
  });

  it('keeps the valid values and names the invalid ones', async () => {
    await fakeBrowser.storage.managed.set({ allowDismiss: false, defaultCountry: 'Finland' });
    const parsed = await readManagedPolicy();
    expect(parsed.policy).toEqual({ allowDismiss: false });
    expect(parsed.problems.map((p) => p.path)).toEqual(['defaultCountry']);
  });
});

describe('refreshPolicy and watchManagedPolicy', () => {
  it('publishes the parsed policy and its problems in storage.local', async () => {
    await fakeBrowser.storage.managed.set({ helpdesk: { name: 'IT' } });
    const log = vi.fn();
    const stored = await refreshPolicy(() => 1234, log);
    expect(stored.readAt).toBe(1234);
    expect(stored.problems[0]?.path).toBe('helpdesk');
    expect(log).toHaveBeenCalledWith(expect.stringContaining('helpdesk'));
    expect((await fakeBrowser.storage.local.get(POLICY_STORAGE_KEY))[POLICY_STORAGE_KEY]).toEqual(stored);
  });

  it('reads at start and on every change, and reports list changes only', async () => {
    const seen: StoredPolicy[] = [];
    watchManagedPolicy(async (p) => void seen.push(p), (e) => { throw e; });
    // First start: nothing published before, so sync is told.
    await vi.waitFor(() => expect(seen).toHaveLength(1));
    expect(seen[0]?.policy).toEqual({});

    // A change that does not touch lists is published, but sync is left alone.
    await fakeBrowser.storage.managed.set({ allowDismiss: false });
    await vi.waitFor(async () => expect(((await fakeBrowser.storage.local.get(POLICY_STORAGE_KEY))[POLICY_STORAGE_KEY] as StoredPolicy).policy).toEqual({ allowDismiss: false }));
    expect(seen).toHaveLength(1);

    await fakeBrowser.storage.managed.set({ listSources: [clinic] });
    await vi.waitFor(() => expect(seen).toHaveLength(2));
    expect(seen[1]?.policy.listSources?.[0]?.id).toBe('clinic');

    await fakeBrowser.storage.managed.set({ useDefaultList: false });
    await vi.waitFor(() => expect(seen).toHaveLength(3));

    // A change elsewhere is not a policy change.
    await fakeBrowser.storage.local.set({ other: 1 });
    await new Promise((r) => setTimeout(r, 20));
    expect(seen).toHaveLength(3);
  });

  it('at a later start, tells sync only if the lists changed while the browser was closed', async () => {
    await fakeBrowser.storage.managed.set({ listSources: [clinic] });
    await refreshPolicy(Date.now, () => undefined);
    const seen: StoredPolicy[] = [];
    watchManagedPolicy(async (p) => void seen.push(p), (e) => { throw e; });
    await new Promise((r) => setTimeout(r, 30));
    expect(seen).toHaveLength(0);

    await fakeBrowser.storage.managed.remove('listSources');
    await vi.waitFor(() => expect(seen).toHaveLength(1));
  });
});

const none = async (): Promise<UserListSource[]> => [];

describe('allSources with a policy', () => {
  it('adds the policy lists, pinned to their own keys, to the default list', async () => {
    await fakeBrowser.storage.managed.set({ listSources: [clinic] });
    const sources = await allSources(none);
    expect(sources.map((s) => [s.id, s.kind])).toEqual([[DEFAULT_SOURCE_ID, 'builtin'], ['clinic', 'policy']]);
    expect(sources[1]?.trust.keys).toEqual([{ publicKey: key, label: 'k1' }]);
    expect(sources[1]?.trust.keyEpoch).toBe(2);
  });

  it('with listSources locked, uses none of the person’s own lists', async () => {
    const own = async (): Promise<UserListSource[]> => [{ ...clinic, id: 'my-own', name: 'Mine', manifestUrl: 'https://lists.mine.example/manifest.json', keys: [{ keyId: 'k1', publicKey: key, epoch: 1 }] }];
    const unlocked = await allSources(own);
    expect(unlocked.map((s) => s.id)).toContain('my-own'); // the stored list is valid: the lock is what drops it
    expect(unlocked.find((s) => s.id === 'my-own')?.kind).toBe('user');
    await fakeBrowser.storage.managed.set({ listSources: [clinic], lockedSettings: ['listSources'] });
    expect((await allSources(own)).map((s) => s.id)).toEqual([DEFAULT_SOURCE_ID, 'clinic']);
  });

  it('drops the default list when useDefaultList is false, and the policy list when it is removed', async () => {
    await fakeBrowser.storage.managed.set({ listSources: [clinic], useDefaultList: false });
    expect((await allSources(none)).map((s) => s.id)).toEqual(['clinic']);
    await fakeBrowser.storage.managed.remove(['listSources', 'useDefaultList']);
    expect((await allSources(none)).map((s) => s.id)).toEqual([DEFAULT_SOURCE_ID]);
  });
});

/** The person's own watch list as the background's settings store would give it. */
let ownWatchList: string[] = [];
const readOwn = async () => ownWatchList;
beforeEach(() => {
  ownWatchList = [];
});
/** The watch list as read now (a new cache reads afresh). */
const withWatchListNow: WatchListCache['withWatchList'] = (verdict, features) => new WatchListCache(readOwn).withWatchList(verdict, features);

describe('the watch list at classification time', () => {
  it('flags senders on the organisation\'s and on the person\'s watch list', async () => {
    await fakeBrowser.storage.managed.set({ watchList: ['ransom@extortion.example'] });
    ownWatchList = ['mine.example'];
    await refreshPolicy(Date.now, () => undefined);
    expect((await withWatchListNow(NO_VERDICT, mail('ransom@extortion.example'))).level).toBe('known');
    expect((await withWatchListNow(NO_VERDICT, mail('x@mine.example'))).level).toBe('known');
    expect(await withWatchListNow(NO_VERDICT, mail('friend@example.fi'))).toBe(NO_VERDICT);
  });

  it('keeps the watch list between messages and reads it again when the settings or the policy change', async () => {
    ownWatchList = ['mine.example'];
    const cache = new WatchListCache(readOwn);
    expect((await cache.withWatchList(NO_VERDICT, mail('x@mine.example'))).level).toBe('known');

    // Changed without telling the cache: the kept list still answers.
    ownWatchList = ['other.example'];
    expect((await cache.withWatchList(NO_VERDICT, mail('x@mine.example'))).level).toBe('known');
    // A change in storage.local does not matter (the settings are not there any more); saving them does.
    cache.storageChanged({ [SETTINGS_STORAGE_KEY]: {} }, 'local');
    expect((await cache.withWatchList(NO_VERDICT, mail('x@mine.example'))).level).toBe('known');
    cache.settingsChanged();
    expect(await cache.withWatchList(NO_VERDICT, mail('x@mine.example'))).toBe(NO_VERDICT);
    expect((await cache.withWatchList(NO_VERDICT, mail('y@other.example'))).level).toBe('known');

    // A changed policy is picked up too (from the managed area's own change event).
    await fakeBrowser.storage.managed.set({ watchList: ['ransom@extortion.example'] });
    cache.storageChanged({ watchList: {} }, 'managed');
    expect((await cache.withWatchList(NO_VERDICT, mail('ransom@extortion.example'))).level).toBe('known');
  });

  it('never reads the policy from the copy published in storage.local, which another context could write', async () => {
    await fakeBrowser.storage.managed.set({ watchList: ['ransom@extortion.example'] });
    await refreshPolicy(Date.now, () => undefined);
    await fakeBrowser.storage.local.set({ [POLICY_STORAGE_KEY]: { policy: {}, problems: [], readAt: 0 } });
    expect((await withWatchListNow(NO_VERDICT, mail('ransom@extortion.example'))).level).toBe('known');
  });

  it('never reads the person\'s watch list from storage.local, which another context could write', async () => {
    await fakeBrowser.storage.local.set({ [SETTINGS_STORAGE_KEY]: { watchList: ['gmail.com'] } });
    expect(await withWatchListNow(NO_VERDICT, mail('friend@gmail.com'))).toBe(NO_VERDICT);
  });

  it('with the watch list locked, only the organisation\'s entries count, whatever is stored', async () => {
    await fakeBrowser.storage.managed.set({ watchList: ['ransom@extortion.example'], lockedSettings: ['watchList'] });
    ownWatchList = ['gmail.com'];
    expect(await withWatchListNow(NO_VERDICT, mail('friend@gmail.com'))).toBe(NO_VERDICT);
    expect((await withWatchListNow(NO_VERDICT, mail('ransom@extortion.example'))).level).toBe('known');
  });

  it('uses the managed area directly before the policy has been published', async () => {
    await fakeBrowser.storage.managed.set({ watchList: ['ransom@extortion.example'] });
    expect((await withWatchListNow(NO_VERDICT, mail('ransom@extortion.example'))).level).toBe('known');
  });
});
