// @vitest-environment node
// A gzip bomb from a list server: a few kilobytes on the wire that inflate far past the cap.
// The cap counts decompressed bytes while streaming, so the download stops at the cap (and the
// declared, compressed length does not fool it); in a sync, the last good list stays.
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { VahtiDb } from '../../entrypoints/background/db';
import { DexieListStore } from '../../entrypoints/background/list-store';
import { fetchCapped } from '../../utils/app/sync/fetch-capped';
import { syncSource } from '../../utils/app/sync/sync-source';
import { startListServer, type ListServer } from '../helpers/list-server';
import { Repo } from './repo';

/** 64 MiB of zeros: about 64 kB gzipped. */
const INFLATED_BYTES = 64 * 1024 * 1024;
const bomb = gzipSync(Buffer.alloc(INFLATED_BYTES), { level: 9 });

let server: ListServer;
beforeAll(async () => {
  server = await startListServer();
});
afterAll(async () => {
  await server.close();
});

describe('a gzip bomb', () => {
  it('is small on the wire and huge inflated (the test is what it says)', () => {
    expect(bomb.length).toBeLessThan(100 * 1024);
  });

  it('stops at the cap of decompressed bytes, though its declared length is under the cap', async () => {
    server.set('/bomb', { kind: 'body', body: bomb, headers: { 'content-encoding': 'gzip', 'content-length': String(bomb.length) } });
    const r = await fetchCapped(server.url('/bomb'), { maxBytes: 1024 * 1024, timeoutMs: 10_000, fetch: globalThis.fetch });
    expect(!r.ok && r.error.code).toBe('too_large');
  });

  describe('in a sync', () => {
    let db: VahtiDb;
    let n = 0;
    beforeEach(() => {
      db = new VahtiDb(`gzip-bomb-${++n}`);
    });

    it('as the manifest or as the list file: refused as too large, and the installed list stays', async () => {
      const store = new DexieListStore(db);
      const clock = Date.now();
      const repo = await Repo.create(server, { listId: `bomb-${n}`, now: () => clock });
      const source = repo.source();
      const deps = { fetch: globalThis.fetch, now: () => clock, random: () => 0.5, store, timeoutMs: 10_000 };
      await repo.publish({ version: 5 });
      expect(await syncSource(source, deps)).toMatchObject({ kind: 'installed', version: 5 });
      const before = (await store.getState(source.id))?.installed;
      const keys = (await store.keysOf(source.id)).sort();

      server.set(repo.manifestPath, { kind: 'body', body: bomb, headers: { 'content-encoding': 'gzip' } });
      expect(await syncSource(source, deps)).toMatchObject({ kind: 'failed', error: { code: 'too_large' } });

      const v6 = await repo.publish({ version: 6 });
      server.set(repo.listPath(v6), { kind: 'body', body: bomb, headers: { 'content-encoding': 'gzip' } });
      expect(await syncSource(source, deps)).toMatchObject({ kind: 'failed', error: { code: 'too_large' } });
      expect((await store.getState(source.id))?.installed).toEqual(before);
      expect((await store.keysOf(source.id)).sort()).toEqual(keys);
    });
  });
});
