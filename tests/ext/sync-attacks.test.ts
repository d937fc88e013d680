// @vitest-environment node
// One test per attack on list distribution, against a real local HTTP server and the real
// Dexie store (over fake-indexeddb). Every failure: nothing written, the last good list kept,
// and the status records a specific code.
import { base64 } from '@scure/base';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { VahtiDb } from '../../entrypoints/background/db';
import { DexieListStore } from '../../entrypoints/background/list-store';
import { utf8 } from '../../utils/core/signing/bytes';
import { envelopeBytes } from '../../utils/core/signing/sign';
import type { Envelope } from '../../utils/core/signing/manifest';
import { syncSource, type SyncDeps } from '../../utils/app/sync/sync-source';
import type { ListSource } from '../../utils/app/sync/source';
import { CAPTIVE_PORTAL_HTML, startListServer, type ListServer } from '../helpers/list-server';
import { Repo, SAMPLE_BTC, newKey, sampleList } from './repo';

let server: ListServer;
let dbCount = 0;
let db: VahtiDb;
let store: DexieListStore;
let repo: Repo;
let clock: number;

beforeAll(async () => {
  server = await startListServer();
});
afterAll(async () => {
  await server.close();
});
beforeEach(async () => {
  db = new VahtiDb(`attacks-${++dbCount}`);
  store = new DexieListStore(db);
  clock = Date.now();
  repo = await Repo.create(server, { listId: `list-${dbCount}`, now: () => clock });
});

const deps = (overrides: Partial<SyncDeps> = {}): SyncDeps => ({
  fetch: globalThis.fetch,
  now: () => clock,
  random: () => 0.5,
  store,
  timeoutMs: 2_000,
  ...overrides,
});

/** What a person's protection consists of: installed version, floor, and the stored rows. */
async function snapshot(sourceId: string) {
  const state = await store.getState(sourceId);
  const keys = (await store.keysOf(sourceId)).sort();
  return { version: state?.installed?.version, floor: state?.floor, sha256: state?.installed?.sha256, keys };
}

/** Installs v5 as the last good list and returns the source and its snapshot. */
async function installGood(source: ListSource = repo.source()) {
  await repo.publish({ version: 5 });
  expect(await syncSource(source, deps())).toMatchObject({ kind: 'installed', version: 5 });
  return { source, before: await snapshot(source.id) };
}

async function expectRejected(source: ListSource, before: Awaited<ReturnType<typeof snapshot>>, code: string, d = deps()) {
  const outcome = await syncSource(source, d);
  expect(outcome).toMatchObject({ kind: 'failed', error: { code } });
  expect(await snapshot(source.id)).toEqual(before);
  const state = await store.getState(source.id);
  expect(state?.lastError?.code).toBe(code);
  expect(state?.lastError?.message.length).toBeGreaterThan(10);
  expect(state?.consecutiveFailures).toBeGreaterThan(0);
}

describe('sync attacks', () => {
  it('installs a good list: rows keyed for the engine, status clean', async () => {
    const { source, before } = await installGood();
    expect(before.version).toBe(5);
    expect(before.keys).toContain(`btc:${SAMPLE_BTC[0]}`);
    expect(before.keys).toContain('sender:extortion5@scam-mailer.example');
    const state = await store.getState(source.id);
    expect(state?.lastError).toBeUndefined();
    expect(state?.consecutiveFailures).toBe(0);
    expect(await store.verifyIntegrity(source.id)).toBe(true);
  });

  it('forged signature: one flipped bit in the signature', async () => {
    const { source, before } = await installGood();
    const good = await repo.build({ version: 6 });
    const envelope = JSON.parse(new TextDecoder().decode(good.manifestBytes)) as Envelope;
    const sig = base64.decode(envelope.signatures[0]!.sig);
    sig[10] = sig[10]! ^ 0x04;
    envelope.signatures[0]!.sig = base64.encode(sig);
    repo.serve({ ...good, manifestBytes: envelopeBytes(envelope) });
    await expectRejected(source, before, 'signature_error');
  });

  it('forged payload: the signed manifest edited to a higher version', async () => {
    const { source, before } = await installGood();
    const good = await repo.build({ version: 6 });
    const envelope = JSON.parse(new TextDecoder().decode(good.manifestBytes)) as Envelope;
    const payload = JSON.parse(new TextDecoder().decode(base64.decode(envelope.payload))) as { version: number };
    payload.version = 7;
    envelope.payload = base64.encode(utf8(JSON.stringify(payload)));
    repo.serve({ ...good, manifestBytes: envelopeBytes(envelope) });
    await expectRejected(source, before, 'signature_error');
  });

  it('unknown key: a validly signed manifest from a key this source does not trust', async () => {
    const { source, before } = await installGood();
    await repo.publish({ version: 6, signWith: [await newKey()] });
    await expectRejected(source, before, 'unknown_key');
  });

  it('rollback: v4 after v5 is refused, also after a restart (the floor is persisted)', async () => {
    const { source, before } = await installGood();
    await repo.publish({ version: 4 });
    await expectRejected(source, before, 'rollback');
    db.close();
    db = new VahtiDb(db.name);
    store = new DexieListStore(db);
    await expectRejected(source, before, 'rollback');
  });

  it('equal version with different bytes is a quiet no-op', async () => {
    const { source, before } = await installGood();
    await repo.publish({ version: 5, list: sampleList(repo.listId, 5, { name: 'Changed name, same version' }) });
    expect(await syncSource(source, deps())).toMatchObject({ kind: 'up_to_date', version: 5 });
    expect(await snapshot(source.id)).toEqual(before);
  });

  it('freeze: a newer manifest that has already expired is refused, the old list stays', async () => {
    const { source, before } = await installGood();
    await repo.publish({ version: 6, generatedAt: new Date(clock - 20 * 86400_000), expires: new Date(clock - 86400_000) });
    await expectRejected(source, before, 'expired');
  });

  it('freeze: the server keeps answering 304 for a manifest that has since expired', async () => {
    const { source, before } = await installGood();
    expect(server.requests.at(-2)?.ifNoneMatch).toBeUndefined();
    clock += 30 * 86400_000;
    await expectRejected(source, before, 'expired');
    expect(server.requests.filter((r) => r.path === repo.manifestPath).at(-1)?.ifNoneMatch).toMatch(/^"m5-/);
  });

  it('mix-and-match: manifest v6 served with the list file of v5 (same length)', async () => {
    const { source, before } = await installGood();
    const payments = [{ campaign: 'sextortion-test', coin: 'btc' as const, address: SAMPLE_BTC[0]! }];
    const v5 = await repo.build({ version: 5, list: sampleList(repo.listId, 5, { payments }) });
    const v6 = await repo.build({ version: 6, list: sampleList(repo.listId, 6, { payments }) });
    expect(v5.listBytes.length).toBe(v6.listBytes.length);
    repo.serve({ ...v6, listBytes: v5.listBytes });
    await expectRejected(source, before, 'hash_mismatch');
  });

  it('endless data: an endless list file stops at the length the manifest names', async () => {
    const { source, before } = await installGood();
    const v6 = await repo.publish({ version: 6 });
    server.set(repo.listPath(v6), { kind: 'endless' });
    await expectRejected(source, before, 'too_large');
  });

  it('endless data: an endless manifest stops at the manifest cap', async () => {
    const { source, before } = await installGood();
    server.set(repo.manifestPath, { kind: 'endless' });
    await expectRejected(source, before, 'too_large');
  });

  it('truncated body: the list file breaks off half-way', async () => {
    const { source, before } = await installGood();
    const v6 = await repo.publish({ version: 6 });
    server.set(repo.listPath(v6), { kind: 'truncate', body: v6.listBytes, sendBytes: Math.floor(v6.listBytes.length / 2) });
    await expectRejected(source, before, 'network');
  });

  it('truncated body: a short list file that ends cleanly is a length mismatch', async () => {
    const { source, before } = await installGood();
    const v6 = await repo.publish({ version: 6 });
    server.set(repo.listPath(v6), { kind: 'body', body: v6.listBytes.subarray(0, v6.listBytes.length - 10) });
    await expectRejected(source, before, 'length_mismatch');
  });

  it('captive portal: an HTML page with status 200 instead of the manifest', async () => {
    const { source, before } = await installGood();
    server.set(repo.manifestPath, { kind: 'body', body: CAPTIVE_PORTAL_HTML, headers: { 'content-type': 'text/html' } });
    await expectRejected(source, before, 'malformed');
    expect((await store.getState(source.id))?.lastError?.message).toMatch(/web page/);
  });

  it('wrong list id: a validly signed manifest for another list', async () => {
    const { source, before } = await installGood();
    await repo.publish({ version: 6, listId: 'staging' });
    await expectRejected(source, before, 'wrong_list');
  });

  it('fast-forward: after an attacker pushed version 9e15, a new key epoch recovers', async () => {
    await repo.publish({ version: 9_000_000_000_000_000 });
    const compromised = repo.source(1);
    expect(await syncSource(compromised, deps())).toMatchObject({ kind: 'installed', version: 9_000_000_000_000_000 });
    await repo.publish({ version: 1 });
    const stuck = await snapshot(compromised.id);
    await expectRejected(compromised, stuck, 'rollback');

    // The extension update retires the compromised key and pins a new one for epoch 2.
    const newKeyPair = await newKey();
    const recovered = repo.source(2, [newKeyPair]);
    await repo.publish({ version: 1, keyEpoch: 2, signWith: [newKeyPair] });
    expect(await syncSource(recovered, deps())).toMatchObject({ kind: 'installed', version: 1, keyEpoch: 2 });
    expect((await store.getState(recovered.id))?.floor).toEqual({ keyEpoch: 2, version: 1 });
    // And a replay of the old epoch's manifest is refused now.
    await repo.publish({ version: 9_000_000_000_000_001, keyEpoch: 1, signWith: [newKeyPair] });
    await expectRejected(recovered, await snapshot(recovered.id), 'rollback');
  });
});

describe('sync faults', () => {
  it('connection reset', async () => {
    const { source, before } = await installGood();
    server.set(repo.manifestPath, { kind: 'reset' });
    await expectRejected(source, before, 'network');
  });

  it('HTTP 500, then back off by the formula', async () => {
    const { source, before } = await installGood();
    server.set(repo.manifestPath, { kind: 'body', body: 'error', status: 500 });
    await expectRejected(source, before, 'http_status');
    const state = await store.getState(source.id);
    expect(state?.nextCheckAt).toBe(clock + 15 * 60_000 * 1.5);
  });

  it('503 with Retry-After: the wait is recorded and honoured', async () => {
    const { source, before } = await installGood();
    server.set(repo.manifestPath, { kind: 'body', body: 'busy', status: 503, headers: { 'retry-after': '7200' } });
    await expectRejected(source, before, 'http_status');
    const state = await store.getState(source.id);
    expect(state?.notBefore).toBe(clock + 7_200_000);
    expect(state?.nextCheckAt).toBe(clock + 7_200_000);
  });

  it('a stalling list body times out', async () => {
    const { source, before } = await installGood();
    const v6 = await repo.publish({ version: 6 });
    server.set(repo.listPath(v6), { kind: 'stall', body: v6.listBytes, sendBytes: 20 });
    await expectRejected(source, before, 'timeout', deps({ timeoutMs: 300 }));
    server.release();
  });

  it('a store that fails while installing (quota): nothing half-written, a storage error a person can read', async () => {
    const { source, before } = await installGood();
    await repo.publish({ version: 6 });
    // The real store, with the write itself failing the way a full disk makes IndexedDB fail.
    const full = new DexieListStore(db);
    full.install = async () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    await expectRejected(source, before, 'storage', deps({ store: full }));
    const state = await store.getState(source.id);
    expect(state?.lastError?.message).toContain('QuotaExceededError');
    expect(state?.lastError?.message).toContain('the installed list stays in use');
  });

  it('after failures, the next good answer installs and clears the error', async () => {
    const { source } = await installGood();
    server.set(repo.manifestPath, { kind: 'reset' });
    await syncSource(source, deps());
    await syncSource(source, deps());
    expect((await store.getState(source.id))?.consecutiveFailures).toBe(2);
    await repo.publish({ version: 6 });
    expect(await syncSource(source, deps())).toMatchObject({ kind: 'installed', version: 6 });
    const state = await store.getState(source.id);
    expect(state).toMatchObject({ consecutiveFailures: 0, installed: { version: 6 } });
    expect(state?.lastError).toBeUndefined();
  });
});
