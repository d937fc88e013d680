import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUNDLE_DIR, BUNDLE_SOURCES, DEV_KEY_FILE, readBundle } from '../../../scripts/list/bundle';
import { runList } from './run-cli';
import { BTC, tempDir, writeSources } from './source-fixture';
import { buildFromSources } from '../../../scripts/list/sources';
import { sha256Hex } from '../../../utils/core/signing/bytes';
import { base64 } from '@scure/base';
import { DEFAULT_LIST_ID, defaultListTrust, DEFAULT_LIST_TRUST, DEV_KEY, releaseTrustProblem } from '../../../utils/core/signing/keys';
import { keyIdOf } from '../../../utils/core/signing/bytes';
import { verifyListFile } from '../../../utils/core/signing/verify-list';
import { verifyManifest } from '../../../utils/core/signing/verify-manifest';

const REBUILD = 'run `npm run list -- bundle` and commit public/lists/default/';

describe('the bundled default list (public/lists/default)', () => {
  it('verifies with the keys this build pins, and its list file with it', async () => {
    const bundle = await readBundle();
    if (!bundle) throw new Error(`public/lists/default/manifest.json is missing: ${REBUILD}`);
    const manifest = await verifyManifest(bundle.manifestBytes, DEFAULT_LIST_TRUST, { now: new Date(), floor: null, skipExpiry: true });
    if (!manifest.ok) throw new Error(`the bundled manifest does not verify (${manifest.error.message}): ${REBUILD}`);
    expect(manifest.value.payload.listId).toBe(DEFAULT_LIST_ID);
    expect(bundle.files, `exactly one list file, the one the manifest names: ${REBUILD}`).toEqual([manifest.value.payload.list.path]);
    const listBytes = new Uint8Array(await readFile(join(BUNDLE_DIR, manifest.value.payload.list.path)));
    const list = await verifyListFile(manifest.value.payload, listBytes);
    if (!list.ok) throw new Error(`the bundled list file does not verify (${list.error.message}): ${REBUILD}`);
    expect(list.value.campaigns.length).toBeGreaterThan(0);
  });

  it('is up to date with scripts/list-sources/default', async () => {
    const bundle = await readBundle();
    if (!bundle) throw new Error(`the bundle is missing: ${REBUILD}`);
    const built = await buildFromSources(BUNDLE_SOURCES);
    if (!built.ok) throw new Error(`the default list sources have errors; run \`npm run list -- lint scripts/list-sources/default\``);
    const manifest = await verifyManifest(bundle.manifestBytes, DEFAULT_LIST_TRUST, { now: new Date(), floor: null, skipExpiry: true });
    const pinned = manifest.ok ? manifest.value.payload.list.sha256 : 'unverifiable';
    expect(sha256Hex(built.bytes), `the bundle is older than its sources: ${REBUILD}`).toBe(pinned);
  }, 60_000);

  it('is signed with the development key, which no release trust may contain', async () => {
    const bundle = await readBundle();
    if (!bundle) throw new Error(`the bundle is missing: ${REBUILD}`);
    const dev = await verifyManifest(bundle.manifestBytes, defaultListTrust({ release: false }), { now: new Date(), floor: null, skipExpiry: true });
    expect(dev.ok && dev.value.signedBy).toEqual([keyIdOf(base64.decode(DEV_KEY.publicKey))]);
    expect(releaseTrustProblem({ threshold: 1, keys: [DEV_KEY] })).toMatch(/development key/);
  });
});

describe('npm run list -- bundle', () => {
  it('signs with the development key, verifies, and leaves an up-to-date bundle alone', async () => {
    const dir = await tempDir();
    await writeSources(join(dir, 'src'), 7, { payments: [{ coin: 'btc', address: BTC[0]! }] }, {}, DEFAULT_LIST_ID);
    const first = await runList(['bundle', '--sources', 'src', '--out', 'out'], dir);
    expect(first.code, first.err).toBe(0);
    expect(first.out).toContain('development key');
    const manifest = await readFile(join(dir, 'out/manifest.json'), 'utf8');
    const again = await runList(['bundle', '--sources', 'src', '--out', 'out'], dir);
    expect(again.out).toContain('up to date');
    expect(await readFile(join(dir, 'out/manifest.json'), 'utf8')).toBe(manifest);

    await writeSources(join(dir, 'src'), 7, { payments: [{ coin: 'btc', address: BTC[2]! }] }, {}, DEFAULT_LIST_ID);
    const sameVersion = await runList(['bundle', '--sources', 'src', '--out', 'out'], dir);
    expect(sameVersion.err).toContain('raise "version" in list.json');

    await writeSources(join(dir, 'src'), 8, { payments: [{ coin: 'btc', address: BTC[1]! }] }, {}, DEFAULT_LIST_ID);
    const raised = await runList(['bundle', '--sources', 'src', '--out', 'out'], dir);
    expect(raised.code).toBe(0);
    expect(raised.err).toBe('');
    const bundle = await readBundle(join(dir, 'out'));
    expect(bundle?.files).toHaveLength(1);
    const verified = await verifyManifest(bundle!.manifestBytes, DEFAULT_LIST_TRUST, { now: new Date(), floor: null });
    expect(verified.ok && verified.value.payload.version).toBe(8);
  });

  it('refuses a release bundle until the key ceremony has pinned release keys, and says so', async () => {
    const dir = await tempDir();
    await writeSources(join(dir, 'src'), 7, { payments: [{ coin: 'btc', address: BTC[0]! }] }, {}, DEFAULT_LIST_ID);
    const run = await runList(['bundle', '--release', '--sources', 'src', '--out', 'out', '--key-file', DEV_KEY_FILE], dir);
    expect(run.code).toBe(1);
    expect(run.err).toContain('the maintainers have not run the key ceremony yet');
    expect(await readBundle(join(dir, 'out'))).toBeUndefined();
  });
});
