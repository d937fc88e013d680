/**
 * The background service worker's composition root: opens the database, builds the list
 * service and wires browser events to it. Listeners are registered synchronously in main() so
 * that a message or alarm that wakes the worker is delivered. No logic lives here.
 */
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { SYNC_ALARM, ensureSyncAlarm, scheduleSyncAlarm } from './alarms';
import { VahtiDb } from './db';
import { ListService } from './list-service';
import { DexieListStore } from './list-store';
import { handleMessage, type MessageSender, type WarningDesk } from './messages';
import { DismissalStore } from './dismissals';
import { dropStoredDismissals, dropStoredSettings, readEffective, readStoredDismissals, readStoredSettings } from './effective';
import { SettingsStore } from './settings-store';
import type { OwnSettings } from '../../utils/app/settings/own';
import { WarningRegistry } from './warning-registry';
import { allSources, dropStoredUserSources, readStoredUserSources } from './sources';
import { UserSourceStore } from './user-sources';
import { noteVerdict, registerBadge, showHidden } from './badge';
import { watchWebmailHosts } from './hosts';
import { registerPageHealth } from './page-health';
import { WatchListCache, readManagedPolicy, watchManagedPolicy } from './policy';

export default defineBackground(() => {
  const db = new VahtiDb();
  const dismissals = new DismissalStore(db);
  const dismissalsMoved = dismissals.moveInOnce(readStoredDismissals, dropStoredDismissals).catch((cause: unknown) => console.error('Vahti: could not move the dismissals in', cause));
  // The moves rewrite the stored settings: one after the other, so none puts back what another took out.
  const userSources = new UserSourceStore(db, readStoredUserSources, async () => {
    await dismissalsMoved;
    await dropStoredUserSources();
  });
  const sourcesMoved = userSources.moveInOnce().catch((cause: unknown) => console.error('Vahti: could not move the list sources in', cause));
  // Last of the three: the rest of the stored settings goes once the other two took their fields out.
  const settings = new SettingsStore(db, readStoredSettings, async () => {
    await sourcesMoved;
    await dropStoredSettings();
  });
  void settings.moveInOnce().catch((cause: unknown) => console.error('Vahti: could not move the settings in', cause));
  const service = new ListService({
    store: new DexieListStore(db),
    fetch: (input, init) => fetch(input, init),
    now: () => Date.now(),
    random: () => Math.random(),
    readPackaged: async (path) => {
      const response = await fetch(browser.runtime.getURL(path as '/lists/default/manifest.json'));
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      return new Uint8Array(await response.arrayBuffer());
    },
    loadSources: () => allSources(() => userSources.list()),
    scheduleWake: (at) => scheduleSyncAlarm(at),
    periodBounds: async () => (await readManagedPolicy()).policy.updateInterval,
  });
  const self = { id: browser.runtime.id, origin: browser.runtime.getURL('/'), warningUrl: browser.runtime.getURL('/warning.html') };
  const watchList = new WatchListCache(async () => (await settings.read()).watchList ?? []);
  const withWatchList = watchList.withWatchList.bind(watchList);

  // Saving the settings also makes the watch list be read again at the next message.
  const savedSettings = {
    read: () => settings.read(),
    replace: async (next: OwnSettings) => {
      await settings.replace(next);
      watchList.settingsChanged();
    },
  };

  const registry = new WarningRegistry();
  const warnings: WarningDesk = {
    registry,
    readEffective: () => readEffective(() => settings.read()),
    dismissals,
    noteVerdict,
    showHidden,
    now: () => new Date(),
  };

  // The polyfill sends what the returned promise resolves to as the answer.
  const answer = (message: unknown, sender: MessageSender): Promise<unknown> =>
    handleMessage(message, sender, { service, self, withWatchList, warnings, userSources, settings: savedSettings }).catch((cause: unknown) => {
      console.error('Vahti: a request failed', cause);
      return { error: 'Vahti could not answer this request.' };
    });
  browser.runtime.onMessage.addListener((message: unknown, sender) => answer(message, sender));

  registerBadge((tabId) => registry.resetTab(tabId));
  registerPageHealth();
  // Policy read at every start and on every change: its list sources are added or dropped at once.
  watchManagedPolicy(() => service.sourcesChanged(), (cause: unknown) => console.error('Vahti: could not apply the managed policy', cause));
  const syncWebmailHosts = watchWebmailHosts((cause: unknown) => console.error('Vahti: could not register webmail hosts', cause));

  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === SYNC_ALARM) void service.syncDue().catch((cause: unknown) => console.error('Vahti: list sync failed', cause));
  });

  browser.storage.onChanged.addListener((changes, area) => {
    watchList.storageChanged(changes, area);
    if (area === 'managed') syncWebmailHosts(); // a `webmailHosts` lock or new organisation hosts
  });

  void ensureSyncAlarm(Math.random).catch((cause: unknown) => console.error('Vahti: could not set the sync alarm', cause));
  void service
    .ready()
    .then(() => service.maintain())
    .catch((cause: unknown) => console.error('Vahti: list start-up failed', cause));
});
