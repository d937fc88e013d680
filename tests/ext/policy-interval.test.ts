// @vitest-environment node
// The administrator's updateInterval bounds on the real list service: a successful check's next
// time is moved into the bounds, over the real Dexie store (fake-indexeddb) and a real local
// list server; without bounds the list's own minimum wait decides.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { VahtiDb } from '../../entrypoints/background/db';
import { ListService } from '../../entrypoints/background/list-service';
import { DexieListStore } from '../../entrypoints/background/list-store';
import { startListServer, type ListServer } from '../helpers/list-server';
import { Repo } from './repo';

const HOUR = 3_600_000;
const publicDir = resolve(import.meta.dirname, '../../public');
let server: ListServer;
let n = 0;

beforeAll(async () => {
  server = await startListServer();
});
afterAll(async () => {
  await server.close();
});

/** Publishes a list whose manifest asks for `minWaitHours`, checks it once, and returns the hours until the next check. */
async function nextCheckInHours(minWaitHours: number, bounds?: { minHours: number; maxHours: number }): Promise<number> {
  const repo = await Repo.create(server, { listId: `interval-${++n}` });
  await repo.publish({ version: 1, minWaitSeconds: minWaitHours * 3600 });
  const store = new DexieListStore(new VahtiDb(`policy-interval-${n}`));
  const now = Date.now();
  const source = repo.source();
  const service = new ListService({
    store,
    fetch: globalThis.fetch,
    now: () => now,
    random: () => 0,
    readPackaged: async (path) => new Uint8Array(readFileSync(publicDir + path)),
    loadSources: async () => [source],
    scheduleWake: async () => undefined,
    periodBounds: async () => bounds,
    log: () => undefined,
  });
  const [result] = await service.checkNow(source.id);
  expect(result?.outcome).toBe('installed');
  const at = (await store.getState(source.id))?.nextCheckAt;
  if (at === undefined) throw new Error('no next check recorded');
  return (at - now) / HOUR;
}

describe('updateInterval bounds from policy', () => {
  it('without bounds, the list\'s own minimum wait decides', async () => {
    expect(await nextCheckInHours(12)).toBeCloseTo(12, 5);
  });

  it('checks sooner when the list asks for more than maxHours', async () => {
    expect(await nextCheckInHours(12, { minHours: 1, maxHours: 3 })).toBeCloseTo(3, 5);
  });

  it('checks later when the list asks for less than minHours', async () => {
    expect(await nextCheckInHours(1, { minHours: 5, maxHours: 24 })).toBeCloseTo(5, 5);
  });

  it('leaves a period inside the bounds alone', async () => {
    expect(await nextCheckInHours(4, { minHours: 2, maxHours: 8 })).toBeCloseTo(4, 5);
  });
});
