// @vitest-environment node
// Selector overrides through the real path: a signed user list carrying them is installed by
// the list service and handed to a content script; an update with a malformed override is
// refused and the installed list and its overrides stay.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { VahtiDb } from '../../entrypoints/background/db';
import { ListService } from '../../entrypoints/background/list-service';
import { DexieListStore } from '../../entrypoints/background/list-store';
import { handleMessage, type MessageDeps } from '../../entrypoints/background/messages';
import { builtinSources } from '../../entrypoints/background/sources';
import type { SelectorOverride } from '../../utils/core/list/selector-override';
import { startListServer, type ListServer } from '../helpers/list-server';
import { Repo, sampleList } from './repo';
import { memorySettings, memoryUserSources, testWarningDesk } from './warning-desk';

const publicDir = resolve(import.meta.dirname, '../../public');
const self = { id: 'vahti-id', origin: 'chrome-extension://vahti-id/', warningUrl: 'chrome-extension://vahti-id/warning.html' };
const contentScript = { id: 'vahti-id', url: 'https://outlook.office.com/mail/', tab: { id: 1 } as never };
const MENDED: SelectorOverride = { provider: 'outlook', key: 'body', selectors: ['div[data-testid="message-body"]'] };

let server: ListServer;
beforeAll(async () => {
  server = await startListServer();
});
afterAll(async () => {
  await server.close();
});

describe('selector overrides from a verified list', () => {
  it('are handed to content scripts once the list installs; a malformed update is refused and they stay', async () => {
    let clock = Date.now();
    const repo = await Repo.create(server, { listId: 'overrides', now: () => clock });
    const sources = [repo.source()];
    const service = new ListService({
      store: new DexieListStore(new VahtiDb('selector-overrides')),
      fetch: globalThis.fetch,
      now: () => clock,
      random: () => 0.5,
      readPackaged: async (path) => new Uint8Array(readFileSync(publicDir + path)),
      loadSources: async () => [...builtinSources(), ...sources],
      scheduleWake: async () => undefined,
      log: () => undefined,
      timeoutMs: 2_000,
    });
    const deps: MessageDeps = { service, self, withWatchList: async (v) => v, warnings: testWarningDesk().desk, userSources: memoryUserSources(), settings: memorySettings() };
    expect(await handleMessage({ type: 'getSelectorOverrides' }, contentScript, deps)).toEqual({ overrides: [] });

    await repo.publish({ version: 3, list: sampleList('overrides', 3, { selectorOverrides: [MENDED] }) });
    expect(await service.checkNow(sources[0]!.id)).toEqual([{ sourceId: sources[0]!.id, outcome: 'installed' }]);
    expect(await handleMessage({ type: 'getSelectorOverrides' }, contentScript, deps)).toEqual({ overrides: [MENDED] });

    const bad = { provider: 'outlook', key: 'body', selectors: ['div:has(script)'] } as never;
    await repo.publish({ version: 4, list: sampleList('overrides', 4, { selectorOverrides: [bad] }) });
    clock += 10 * 60_000; // past the manual-check limit
    expect(await service.checkNow(sources[0]!.id)).toEqual([{ sourceId: sources[0]!.id, outcome: 'failed' }]);
    const status = (await service.status()).find((s) => s.id === sources[0]!.id)!;
    expect(status.version).toBe(3);
    expect(JSON.stringify(status.lastError)).toMatch(/selectorOverrides.*not allowed/);
    expect(await handleMessage({ type: 'getSelectorOverrides' }, contentScript, deps)).toEqual({ overrides: [MENDED] });
  }, 60_000);
});
