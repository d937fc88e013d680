// The person's own list sources, kept in the background's IndexedDB (out of content scripts'
// reach): the sources an earlier version kept in `storage.local` are moved in once, a source
// written into `storage.local` afterwards (as a content script could in Chromium) is never used
// by sync, and only Vahti's options page can read or replace them through the background.
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { VahtiDb } from '../../entrypoints/background/db';
import type { ListService } from '../../entrypoints/background/list-service';
import { handleMessage, type MessageDeps, type MessageSender } from '../../entrypoints/background/messages';
import { DEFAULT_SOURCE_ID, allSources, dropStoredUserSources, readStoredUserSources } from '../../entrypoints/background/sources';
import { UserSourceStore } from '../../entrypoints/background/user-sources';
import { SETTINGS_STORAGE_KEY, type UserListSource } from '../../utils/app/settings/schema';
import { toUserListSource } from '../../utils/app/settings/sources';
import { memorySettings, testWarningDesk } from './warning-desk';

const key = 'B'.repeat(43) + '=';
const source = (id: string): UserListSource => ({ id, name: `List ${id}`, manifestUrl: `https://lists.${id}.example/manifest.json`, keys: [{ keyId: 'k1', publicKey: key, epoch: 1 }] });

let n = 0;
let db: VahtiDb;
beforeEach(() => {
  fakeBrowser.reset();
  db = new VahtiDb(`user-sources-${++n}`);
});

const newStore = () => new UserSourceStore(db, readStoredUserSources, dropStoredUserSources);
const syncedIds = async (store: UserSourceStore) => (await allSources(() => store.list())).map((s) => s.id);
const stored = async () => fakeBrowser.storage.local.get(null);

describe('UserSourceStore', () => {
  it('moves the sources an earlier version stored in once (valid ones only), and removes the old copies', async () => {
    await fakeBrowser.storage.local.set({
      [SETTINGS_STORAGE_KEY]: { hideBodyByDefault: false, listSources: [source('mine'), { id: 'broken' }, source(DEFAULT_SOURCE_ID), source('mine')] },
      userListSources: [toUserListSource(source('mine'))],
    });
    const store = newStore();
    expect(await store.list()).toEqual([source('mine')]);
    expect(await syncedIds(store)).toEqual([DEFAULT_SOURCE_ID, 'mine']);
    // The other settings stay; the old copies are gone.
    expect(await stored()).toEqual({ [SETTINGS_STORAGE_KEY]: { hideBodyByDefault: false } });
  });

  it('ignores a source written into storage.local after the move, in this worker and the next', async () => {
    await newStore().replace([source('mine')]);
    // A content script writes a list source of its own, in both places earlier versions read.
    const forged = source('forged');
    await fakeBrowser.storage.local.set({ [SETTINGS_STORAGE_KEY]: { listSources: [forged] }, userListSources: [toUserListSource(forged)] });
    const next = newStore(); // a new worker start over the same database
    expect(await syncedIds(next)).toEqual([DEFAULT_SOURCE_ID, 'mine']);
    expect(await stored()).toEqual({ [SETTINGS_STORAGE_KEY]: {} }); // and the forged copies are removed
  });

  it('refuses an invalid set and keeps what it had', async () => {
    const store = newStore();
    await store.replace([source('mine')]);
    await expect(store.replace([source('a'), source('a')])).rejects.toThrow('already exists');
    await expect(store.replace([source(DEFAULT_SOURCE_ID)])).rejects.toThrow('built-in');
    await expect(store.replace([{ ...source('x'), manifestUrl: 'http://insecure.example/m.json' }])).rejects.toThrow();
    expect(await store.list()).toEqual([source('mine')]);
  });
});

describe('the options page’s door to the list sources', () => {
  const self = { id: 'vahti-id', origin: 'chrome-extension://vahti-id/', warningUrl: 'chrome-extension://d1e2-dynamic/warning.html' };
  const options: MessageSender = { id: self.id, url: 'chrome-extension://vahti-id/options.html' };
  const popup: MessageSender = { id: self.id, url: 'chrome-extension://vahti-id/popup.html' };
  const contentScript: MessageSender = { id: self.id, url: 'https://mail.google.com/mail/u/0/', tab: { id: 1 } as never, frameId: 0 };
  const warningFrame: MessageSender = { id: self.id, url: self.warningUrl, tab: { id: 1 } as never, frameId: 3 };

  function setup() {
    const store = newStore();
    let changed = 0;
    const service = { sourcesChanged: async () => void changed++ } as unknown as ListService;
    const deps: MessageDeps = { service, self, withWatchList: async (v) => v, warnings: testWarningDesk().desk, userSources: store, settings: memorySettings() };
    return { store, send: (message: unknown, sender: MessageSender) => handleMessage(message, sender, deps), changed: () => changed };
  }

  it('is refused to content scripts, the warning frame and other extension pages', async () => {
    const { store, send, changed } = setup();
    for (const sender of [contentScript, warningFrame, popup, { ...options, id: 'other-extension' }]) {
      expect(await send({ type: 'saveUserSources', sources: [source('forged')] }, sender)).toHaveProperty('error');
      expect(await send({ type: 'listUserSources' }, sender)).toHaveProperty('error');
    }
    expect(await store.list()).toEqual([]);
    expect(changed()).toBe(0);
  });

  it('stores and lists the sources for the options page, and tells sync', async () => {
    const { store, send, changed } = setup();
    expect(await send({ type: 'saveUserSources', sources: [source('mine')] }, options)).toEqual({ ok: true });
    expect(await send({ type: 'listUserSources' }, options)).toEqual({ sources: [source('mine')] });
    expect(await syncedIds(store)).toEqual([DEFAULT_SOURCE_ID, 'mine']);
    expect(changed()).toBe(1);
  });

  it('answers an invalid set with a specific error and keeps the stored sources', async () => {
    const { store, send } = setup();
    await send({ type: 'saveUserSources', sources: [source('mine')] }, options);
    expect(await send({ type: 'saveUserSources', sources: [source('a'), source('a')] }, options)).toEqual({
      error: 'The list sources were not saved: a list source with the id "a" already exists.',
    });
    expect(await send({ type: 'saveUserSources', sources: [{ id: 'x' }] }, options)).toHaveProperty('error');
    expect(await store.list()).toEqual([source('mine')]);
  });
});
