// @vitest-environment node
// Property: whatever sequence of answers the list server gives (valid, forged, expired, older,
// another list, broken transfers), the stored version floor and the installed version never
// decrease, and the installed list is always one that passed every check.
import fc from 'fast-check';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { VahtiDb } from '../../entrypoints/background/db';
import { DexieListStore } from '../../entrypoints/background/list-store';
import { isAboveFloor } from '../../utils/app/sync/state';
import { syncSource } from '../../utils/app/sync/sync-source';
import type { SigningKey } from '../../utils/core/signing/sign';
import { CAPTIVE_PORTAL_HTML, startListServer, type ListServer } from '../helpers/list-server';
import { Repo, newKey } from './repo';

let server: ListServer;
let stranger: SigningKey;
beforeAll(async () => {
  server = await startListServer();
  stranger = await newKey();
});
afterAll(async () => {
  await server.close();
});

const publishArb = fc.record({
  kind: fc.constant('publish' as const),
  version: fc.integer({ min: 0, max: 12 }),
  keyEpoch: fc.integer({ min: 1, max: 2 }),
  expired: fc.boolean(),
  stranger: fc.boolean(),
  wrongList: fc.boolean(),
});
const faultArb = fc.record({
  kind: fc.constant('fault' as const),
  fault: fc.constantFrom('reset', '500', 'portal', 'truncate', 'mix'),
  version: fc.integer({ min: 0, max: 12 }),
});
const stepArb = fc.oneof({ weight: 3, arbitrary: publishArb }, { weight: 1, arbitrary: faultArb });

let run = 0;

it('the stored version never decreases, whatever the server answers', async () => {
  await fc.assert(
    fc.asyncProperty(fc.array(stepArb, { minLength: 1, maxLength: 7 }), async (steps) => {
      const db = new VahtiDb(`property-${++run}`);
      const store = new DexieListStore(db);
      const now = Date.now();
      const repo = await Repo.create(server, { listId: `prop-${run}`, now: () => now });
      // Epoch 2 is known to this installation, so both epochs can be served.
      const source = repo.source(2);
      const acceptable = new Set<string>();
      let previous: { keyEpoch: number; version: number } | undefined;
      let previousInstalled: { keyEpoch: number; version: number } | undefined;
      try {
        for (const step of steps) {
          if (step.kind === 'publish') {
            const published = await repo.publish({
              version: step.version,
              keyEpoch: step.keyEpoch,
              listId: step.wrongList ? 'someone-else' : undefined,
              signWith: step.stranger ? [stranger] : undefined,
              ...(step.expired ? { generatedAt: new Date(now - 10 * 86400_000), expires: new Date(now - 1000) } : {}),
            });
            if (!step.expired && !step.stranger && !step.wrongList) acceptable.add(published.manifest.list.sha256);
          } else {
            const published = await repo.publish({ version: step.version });
            acceptable.add(published.manifest.list.sha256);
            const listPath = repo.listPath(published);
            if (step.fault === 'reset') server.set(repo.manifestPath, { kind: 'reset' });
            if (step.fault === '500') server.set(repo.manifestPath, { kind: 'body', body: 'x', status: 500 });
            if (step.fault === 'portal') server.set(repo.manifestPath, { kind: 'body', body: CAPTIVE_PORTAL_HTML });
            if (step.fault === 'truncate') server.set(listPath, { kind: 'truncate', body: published.listBytes, sendBytes: 30 });
            if (step.fault === 'mix') {
              const other = await repo.build({ version: step.version + 1 });
              server.set(listPath, { kind: 'body', body: other.listBytes });
            }
          }
          await syncSource(source, { fetch: globalThis.fetch, now: () => now, random: () => 0.5, store, timeoutMs: 2_000 });
          const state = await store.getState(source.id);
          if (previous !== undefined) {
            expect(state?.floor).toBeDefined();
            expect(isAboveFloor(previous, state!.floor)).toBe(false);
          }
          previous = state?.floor;
          const installed = state?.installed;
          if (installed) {
            const current = { keyEpoch: installed.keyEpoch, version: installed.version };
            if (previousInstalled) expect(isAboveFloor(previousInstalled, current)).toBe(false);
            previousInstalled = current;
            expect(acceptable.has(installed.sha256)).toBe(true);
            expect(await store.verifyIntegrity(source.id)).toBe(true);
          }
        }
      } finally {
        db.close();
      }
    }),
    { numRuns: 40 },
  );
}, 120_000);
