/**
 * Threshold keys and key rotation through the real sync path (syncSource, a real local list
 * server, the Dexie store on fake-indexeddb): a 2-of-3 source moves to a new key generation by a
 * signed rotation without any change to the installation, a manifest the revoked key helps sign
 * is refused afterwards, and an old-generation manifest is a rollback. Every refusal leaves the
 * installed list exactly as it was.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { VahtiDb } from '../../entrypoints/background/db';
import { DexieListStore } from '../../entrypoints/background/list-store';
import { signRotation, trustedKeyOf, type SigningKey } from '../../utils/core/signing/sign';
import type { ListTrust } from '../../utils/core/signing/manifest';
import { syncSource, type SyncDeps } from '../../utils/app/sync/sync-source';
import type { ListSource } from '../../utils/app/sync/source';
import { startListServer, type ListServer } from '../helpers/list-server';
import { newKey, Repo } from './repo';

let server: ListServer;
let dbCount = 0;
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
  store = new DexieListStore(new VahtiDb(`rotation-${++dbCount}`));
  clock = Date.now();
  repo = await Repo.create(server, { listId: `rot-${dbCount}`, now: () => clock });
});

const deps = (): SyncDeps => ({ fetch: globalThis.fetch, now: () => clock, random: () => 0.5, store, timeoutMs: 2_000 });

const trustOf = (keys: SigningKey[], keyEpoch: number): ListTrust => ({ listId: repo.listId, keyEpoch, keys: keys.map((k) => trustedKeyOf(k)), threshold: 2 });

async function snapshot(sourceId: string) {
  const state = await store.getState(sourceId);
  return { version: state?.installed?.version, keyEpoch: state?.installed?.keyEpoch, floor: state?.floor, keys: (await store.keysOf(sourceId)).sort() };
}

describe('sync with threshold keys and rotation (2 of 3)', () => {
  it('rotates to a new generation without touching the installation, then refuses the revoked key and the old generation', async () => {
    const [a, b, c, d] = [await newKey(), await newKey(), await newKey(), await newKey()];
    const source: ListSource = { ...repo.source(), trust: trustOf([a, b, c], 1) };

    // Below the threshold nothing is installed; at the threshold it is.
    await repo.publish({ version: 5, signWith: [a] });
    expect(await syncSource(source, deps())).toMatchObject({ kind: 'failed', error: { code: 'signature_error' } });
    await repo.publish({ version: 5, signWith: [a, c] });
    expect(await syncSource(source, deps())).toMatchObject({ kind: 'installed', version: 5, keyEpoch: 1 });

    // c is revoked: generation 2 is a, b, d, signed by the old and the new threshold.
    const rotation = await signRotation({ fromEpoch: 1, trust: trustOf([a, b, d], 2), issuedAt: new Date(clock) }, [a, b, d]);
    await repo.publish({ version: 1, keyEpoch: 2, signWith: [b, d], rotations: [rotation] });
    clock += 2 * 3600_000;
    expect(await syncSource(source, deps())).toMatchObject({ kind: 'installed', version: 1, keyEpoch: 2 });
    const rotated = await snapshot(source.id);
    expect(rotated.floor).toEqual({ keyEpoch: 2, version: 1 });

    // The revoked key helping to sign generation 2 does not reach the threshold.
    await repo.publish({ version: 2, keyEpoch: 2, signWith: [a, c], rotations: [rotation] });
    clock += 2 * 3600_000;
    expect(await syncSource(source, deps())).toMatchObject({ kind: 'failed', error: { code: 'signature_error' } });
    expect(await snapshot(source.id)).toEqual(rotated);

    // Rolling the rotation back: a generation-1 manifest, however new, is refused.
    await repo.publish({ version: 9_000, keyEpoch: 1, signWith: [a, c] });
    clock += 2 * 3600_000;
    expect(await syncSource(source, deps())).toMatchObject({ kind: 'failed', error: { code: 'rollback' } });
    expect(await snapshot(source.id)).toEqual(rotated);
  });
});
