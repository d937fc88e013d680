// The person's own settings, kept in the background's IndexedDB (out of content scripts'
// reach): what an earlier version kept in `storage.local` is moved in once (valid fields only),
// that copy is removed at every start so a value written there later is never used, a broken
// row gives defaults and a log line, and only Vahti's options page can read or replace them
// through the background (the popup and "Check a message" get only language and country).
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { VahtiDb } from '../../entrypoints/background/db';
import { DismissalStore } from '../../entrypoints/background/dismissals';
import { dropStoredDismissals, dropStoredSettings, readEffective, readStoredDismissals, readStoredSettings } from '../../entrypoints/background/effective';
import type { ListService } from '../../entrypoints/background/list-service';
import { handleMessage, type MessageDeps, type MessageSender } from '../../entrypoints/background/messages';
import { SettingsStore } from '../../entrypoints/background/settings-store';
import { dropStoredUserSources, readStoredUserSources } from '../../entrypoints/background/sources';
import { UserSourceStore } from '../../entrypoints/background/user-sources';
import { SETTINGS_STORAGE_KEY } from '../../utils/app/settings/schema';
import { memoryUserSources, testWarningDesk } from './warning-desk';

let n = 0;
let db: VahtiDb;
let logged: string[];
beforeEach(() => {
  fakeBrowser.reset();
  db = new VahtiDb(`settings-${++n}`);
  logged = [];
});

const newStore = () => new SettingsStore(db, readStoredSettings, dropStoredSettings, (line) => void logged.push(line));
const storedLocal = async () => fakeBrowser.storage.local.get(null);
const source = { id: 'mine', name: 'Mine', manifestUrl: 'https://lists.mine.example/manifest.json', keys: [{ keyId: 'k1', publicKey: `${'B'.repeat(43)}=`, epoch: 1 }] };

describe('SettingsStore', () => {
  it('moves the settings an earlier version stored in once, valid fields only, and removes that copy', async () => {
    await fakeBrowser.storage.local.set({
      [SETTINGS_STORAGE_KEY]: { schema: 1, country: 'SE', language: 'klingon', hideBodyByDefault: false, watchList: ['Bad.Example', 'not an address'], locked: ['country'] },
    });
    const store = newStore();
    expect(await store.read()).toEqual({ country: 'SE', hideBodyByDefault: false, watchList: ['bad.example'] });
    expect(logged.map((l) => l.split(':')[1]!.trim())).toEqual(['a setting was not moved in', 'a setting was not moved in']);
    expect(logged.join('\n')).toContain('language');
    expect(logged.join('\n')).toContain('watchList[1]');
    expect(await storedLocal()).toEqual({});
  });

  it('never uses a value written into storage.local after the move, and removes it at the next start', async () => {
    await newStore().replace({ country: 'FI', watchList: ['mine.example'] });
    // A content script writes a watch list and a country of its own.
    await fakeBrowser.storage.local.set({ [SETTINGS_STORAGE_KEY]: { country: 'US', watchList: ['gmail.com'] } });
    const next = newStore(); // a new worker start over the same database
    expect(await next.read()).toEqual({ country: 'FI', watchList: ['mine.example'] });
    expect(await storedLocal()).toEqual({});
  });

  it('leaves the dismissals and list sources of an old settings object to their own moves, and all three end in IndexedDB', async () => {
    await fakeBrowser.storage.local.set({
      [SETTINGS_STORAGE_KEY]: { country: 'EE', dismissed: [{ key: 'gmail:msg:1#a', at: '2026-01-01T00:00:00.000Z' }], listSources: [source] },
    });
    // In the order the background runs them: the settings' own copy goes last.
    const dismissals = new DismissalStore(db);
    await dismissals.moveInOnce(readStoredDismissals, dropStoredDismissals);
    await new UserSourceStore(db, readStoredUserSources, dropStoredUserSources).moveInOnce();
    expect(await newStore().read()).toEqual({ country: 'EE' });
    expect((await dismissals.list()).map((d) => d.key)).toEqual(['gmail:msg:1#a']);
    expect(await new UserSourceStore(db).list()).toEqual([source]);
    expect(await storedLocal()).toEqual({});
  });

  it('keeps a field another move has not taken yet, so a failed move loses nothing', async () => {
    await fakeBrowser.storage.local.set({ [SETTINGS_STORAGE_KEY]: { country: 'EE', listSources: [source] } });
    expect(await newStore().read()).toEqual({ country: 'EE' });
    expect(await storedLocal()).toEqual({ [SETTINGS_STORAGE_KEY]: { listSources: [source] } });
  });

  it('gives defaults and a log line for a broken row, keeping what is valid in it', async () => {
    const store = newStore();
    await store.moveInOnce();
    await db.meta.put({ key: 'settings', value: 'not settings' });
    expect(await store.read()).toEqual({});
    expect(logged).toEqual(['Vahti: a stored setting was not used: (settings): was not an object; defaults used']);
    await db.meta.put({ key: 'settings', value: { country: 'XX', hideBodyByDefault: false } });
    expect(await store.read()).toEqual({ hideBodyByDefault: false });
    expect(logged).toHaveLength(2);
    expect(logged[1]).toContain('country');
  });

  it('refuses invalid settings and keeps what it had', async () => {
    const store = newStore();
    await store.replace({ language: 'fi', watchList: ['mine.example'] });
    await expect(store.replace({ watchList: ['not an address'] })).rejects.toThrow();
    await expect(store.replace({ country: 'XX' } as never)).rejects.toThrow();
    await expect(store.replace({ dismissed: [] } as never)).rejects.toThrow();
    expect(await store.read()).toEqual({ language: 'fi', watchList: ['mine.example'] });
  });

  it('feeds what the background enforces, with the policy still overriding', async () => {
    const store = newStore();
    await store.replace({ country: 'SE', language: 'sv', watchList: ['mine.example'] });
    await fakeBrowser.storage.managed.set({ defaultCountry: 'FI', defaultLanguage: 'fi', lockedSettings: ['language'], watchList: ['ransom@extortion.example'] });
    const effective = await readEffective(() => store.read());
    expect(effective.settings.country).toBe('SE'); // the person's choice beats a default
    expect(effective.settings.language).toBe('fi'); // a lock beats the person's choice
    expect(effective.watchList).toEqual(['mine.example', 'ransom@extortion.example']);
  });
});

describe('the options page’s door to the settings', () => {
  const self = { id: 'vahti-id', origin: 'chrome-extension://vahti-id/', warningUrl: 'chrome-extension://d1e2-dynamic/warning.html' };
  const options: MessageSender = { id: self.id, url: 'chrome-extension://vahti-id/options.html' };
  const popup: MessageSender = { id: self.id, url: 'chrome-extension://vahti-id/popup.html' };
  const check: MessageSender = { id: self.id, url: 'chrome-extension://vahti-id/check.html' };
  const contentScript: MessageSender = { id: self.id, url: 'https://mail.google.com/mail/u/0/', tab: { id: 1 } as never, frameId: 0 };
  const warningFrame: MessageSender = { id: self.id, url: self.warningUrl, tab: { id: 1 } as never, frameId: 3 };
  const webPage: MessageSender = { id: 'other-extension', url: 'https://evil.example/' };

  function setup() {
    const store = newStore();
    const desk = testWarningDesk();
    desk.desk.readEffective = () => readEffective(() => store.read());
    const deps: MessageDeps = { service: {} as ListService, self, withWatchList: async (v) => v, warnings: desk.desk, userSources: memoryUserSources(), settings: store };
    return { store, send: (message: unknown, sender: MessageSender) => handleMessage(message, sender, deps) };
  }

  it('is refused to content scripts, the warning frame, the popup and other extensions', async () => {
    const { store, send } = setup();
    await store.replace({ country: 'FI' });
    for (const sender of [contentScript, warningFrame, popup, check, webPage, { ...options, id: 'other-extension' }]) {
      expect(await send({ type: 'getSettings' }, sender)).toHaveProperty('error');
      expect(await send({ type: 'saveSettings', settings: { country: 'US', watchList: ['gmail.com'] } }, sender)).toHaveProperty('error');
    }
    expect(await store.read()).toEqual({ country: 'FI' });
  });

  it('reads and replaces the settings for the options page', async () => {
    const { store, send } = setup();
    expect(await send({ type: 'getSettings' }, options)).toEqual({ settings: {} });
    expect(await send({ type: 'saveSettings', settings: { language: 'sv', watchList: ['Mine.Example'] } }, options)).toEqual({ ok: true });
    expect(await send({ type: 'getSettings' }, options)).toEqual({ settings: { language: 'sv', watchList: ['mine.example'] } });
    expect(await store.read()).toEqual({ language: 'sv', watchList: ['mine.example'] });
  });

  it('answers invalid settings with an error naming the field, and keeps the stored ones', async () => {
    const { store, send } = setup();
    await store.replace({ country: 'FI' });
    expect(await send({ type: 'saveSettings', settings: { watchList: ['ok.example', 'not an address'] } }, options)).toEqual({
      error: 'The settings were not saved: watchList[1]: must be an email address (name@example.fi) or a domain (example.fi).',
    });
    expect(await send({ type: 'saveSettings', settings: { listSources: [] } }, options)).toHaveProperty('error');
    expect(await store.read()).toEqual({ country: 'FI' });
  });

  it('gives the language and country (policy applied) to extension pages, not to content scripts', async () => {
    const { store, send } = setup();
    await store.replace({ country: 'SE', language: 'sv' });
    expect(await send({ type: 'getPageLocale' }, popup)).toEqual({ country: 'SE', language: 'sv' });
    expect(await send({ type: 'getPageLocale' }, check)).toEqual({ country: 'SE', language: 'sv' });
    await fakeBrowser.storage.managed.set({ defaultLanguage: 'fi', lockedSettings: ['language'] });
    expect(await send({ type: 'getPageLocale' }, popup)).toEqual({ country: 'SE', language: 'fi' });
    expect(await send({ type: 'getPageLocale' }, contentScript)).toHaveProperty('error');
    expect(await send({ type: 'getPageLocale' }, webPage)).toHaveProperty('error');
  });
});
