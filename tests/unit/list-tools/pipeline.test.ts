/**
 * The publish pipeline's local dry run (`list dry-run`), which runs the steps of the CI
 * workflow in order: stage (lint, build, diff against what is published, draft), one signature
 * per key holder, publish at the threshold. The published version is read from a folder and
 * from a real local HTTP server, as the workflow reads it from the live address.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startListServer } from '../../helpers/list-server';
import { runList } from './run-cli';
import { BTC, tempDir, writeSources } from './source-fixture';

async function setup() {
  const dir = await tempDir();
  const keys: { publicKey: string; label: string }[] = [];
  for (const name of ['anna', 'bo', 'cai']) {
    const out = (await runList(['keygen', '--out', `${name}.private`], dir)).out;
    keys.push({ publicKey: /public key:\s+(\S+)/.exec(out)?.[1] ?? '', label: name });
  }
  await writeFile(join(dir, 'trust.json'), JSON.stringify({ listId: 'acme', keyEpoch: 1, threshold: 2, keys }));
  return dir;
}

describe('npm run list -- dry-run', () => {
  it('publishes the first version, then a reviewed next version against the published one', async () => {
    const dir = await setup();
    await writeSources(join(dir, 'src'), 1, { payments: [{ coin: 'btc', address: BTC[0]! }] });
    const first = await runList(['dry-run', '--sources', 'src', '--out', 'run1', '--published', 'nowhere', '--trust', 'trust.json', '--key-file', 'anna.private', '--key-file', 'cai.private'], dir);
    expect(first.code, first.err).toBe(0);
    expect(first.out).toContain('first publication');
    expect((await readdir(join(dir, 'run1/site'))).sort()).toEqual(['_headers', expect.stringMatching(/^list\.[0-9a-f]{64}\.json$/), 'manifest.json']);

    await writeSources(join(dir, 'src'), 2, { payments: [{ coin: 'btc', address: BTC[0]! }, { coin: 'btc', address: BTC[1]! }] });
    const second = await runList(['dry-run', '--sources', 'src', '--out', 'run2', '--published', 'run1/site', '--trust', 'trust.json', '--key-file', 'bo.private', '--key-file', 'cai.private'], dir);
    expect(second.code, second.err).toBe(0);
    expect(second.out).toContain('version 1 → 2');
    expect(second.out).toContain(`  + btc ${BTC[1]} (demo)`);
    const verified = await runList(['verify', 'run2/site/manifest.json', '--trust', 'trust.json'], dir);
    expect(verified.code, verified.err).toBe(0);
    expect(verified.out).toContain('2 of 3 trusted keys signed');

    // Against the published version served over HTTP, as the workflow reads the live address.
    const server = await startListServer();
    try {
      for (const name of await readdir(join(dir, 'run2/site'))) server.set(`/${name}`, { kind: 'body', body: await readFile(join(dir, 'run2/site', name)) });
      const same = await runList(['dry-run', '--sources', 'src', '--out', 'run3', '--published', server.url('/manifest.json'), '--trust', 'trust.json', '--key-file', 'anna.private', '--key-file', 'bo.private'], dir);
      expect(same.code).toBe(1);
      expect(same.err).toContain('version 2 is not higher than the published 2');
      expect(same.err).toContain('dry run stopped at "stage"');
    } finally {
      await server.close();
    }
  });

  it('stops at publish when fewer key holders than the threshold signed', async () => {
    const dir = await setup();
    await writeSources(join(dir, 'src'), 1, { payments: [{ coin: 'btc', address: BTC[2]! }] });
    const run = await runList(['dry-run', '--sources', 'src', '--out', 'run', '--trust', 'trust.json', '--key-file', 'anna.private'], dir);
    expect(run.code).toBe(1);
    expect(run.err).toContain('1 of the required 2');
    expect(run.err).toContain('dry run stopped at "publish"');
    await expect(readdir(join(dir, 'run/site'))).rejects.toThrow();
  });

  it('stops at stage when the published version does not verify with the trust', async () => {
    const dir = await setup();
    await writeSources(join(dir, 'src'), 1, { payments: [{ coin: 'btc', address: BTC[2]! }] });
    await runList(['dry-run', '--sources', 'src', '--out', 'run1', '--trust', 'trust.json', '--key-file', 'anna.private', '--key-file', 'bo.private'], dir);
    await writeSources(join(dir, 'src'), 2, { payments: [{ coin: 'btc', address: BTC[1]! }] });
    const other = await runList(['dry-run', '--sources', 'src', '--out', 'run2', '--published', 'run1/site', '--key-file', 'anna.private'], dir);
    expect(other.code).toBe(2);
    expect(other.err).toContain('does not verify');
  });
});
