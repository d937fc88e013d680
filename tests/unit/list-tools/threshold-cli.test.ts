/**
 * The maintainers' m-of-n flow through the real commands: an unsigned draft, one signature per
 * key holder (each on their own, with their own key file), copies merged, `verify` naming who
 * signed, `publish` refusing a manifest below the threshold, and a key rotation attached to a
 * later manifest.
 */
import { readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runList } from './run-cli';
import { BTC, tempDir, writeSources } from './source-fixture';

const publicKeyOf = (out: string) => /public key:\s+(\S+)/.exec(out)?.[1] ?? '';
const keyIdOf = (out: string) => /key id:\s+([0-9a-f]{64})/.exec(out)?.[1] ?? '';

async function keyHolders(dir: string, names: string[]) {
  const holders: Record<string, { file: string; publicKey: string; keyid: string }> = {};
  for (const name of names) {
    const run = await runList(['keygen', '--out', `${name}.private`], dir);
    holders[name] = { file: `${name}.private`, publicKey: publicKeyOf(run.out), keyid: keyIdOf(run.out) };
  }
  return holders;
}

async function writeTrust(dir: string, file: string, keyEpoch: number, threshold: number, holders: { publicKey: string }[], labels: string[]) {
  const keys = holders.map((h, i) => ({ publicKey: h.publicKey, label: labels[i] }));
  await writeFile(join(dir, file), JSON.stringify({ listId: 'acme', keyEpoch, threshold, keys }));
}

describe('npm run list -- sign with several key holders (2 of 3)', () => {
  it('collects signatures one key at a time, reports who signed, and publishes only at the threshold', async () => {
    const dir = await tempDir();
    const k = await keyHolders(dir, ['anna', 'bo', 'cai']);
    await writeTrust(dir, 'trust.json', 1, 2, [k.anna!, k.bo!, k.cai!], ['Anna', 'Bo', 'Cai']);
    await writeSources(join(dir, 'src'), 4, { payments: [{ coin: 'btc', address: BTC[0]! }] });
    expect((await runList(['build', 'src', '--out', 'list.json'], dir)).code).toBe(0);

    const draft = await runList(['sign', 'list.json', '--out', 'manifest.json', '--draft'], dir);
    expect(draft.code, draft.err).toBe(0);
    expect(draft.out).toContain('unsigned draft');
    const unsigned = await runList(['verify', 'manifest.json', '--list', 'list.json', '--trust', 'trust.json'], dir);
    expect(unsigned.code).toBe(1);

    expect((await runList(['sign', '--add-signature', 'manifest.json', '--key-file', k.anna!.file], dir)).code).toBe(0);
    const one = await runList(['verify', 'manifest.json', '--list', 'list.json', '--trust', 'trust.json'], dir);
    expect(one.code).toBe(1);
    expect(one.err).toContain('1 of the required 2');
    const early = await runList(['publish', 'list.json', '--out', 'site', '--manifest', 'manifest.json', '--trust', 'trust.json'], dir);
    expect(early.code).toBe(1);
    expect(early.err).toContain('1 of the required 2');

    const again = await runList(['sign', '--add-signature', 'manifest.json', '--key-file', k.anna!.file], dir);
    expect(again.code).toBe(2);
    expect(again.err).toContain('already signed');

    // Cai signs a copy elsewhere; the copies are merged.
    const copy = await runList(['sign', '--add-signature', 'manifest.json', '--key-file', k.cai!.file, '--out', 'cai-copy.json'], dir);
    expect(copy.code, copy.err).toBe(0);
    const merged = await runList(['sign', '--add-signature', 'manifest.json', '--merge', 'cai-copy.json'], dir);
    expect(merged.code, merged.err).toBe(0);
    const two = await runList(['verify', 'manifest.json', '--list', 'list.json', '--trust', 'trust.json'], dir);
    expect(two.code, two.err).toBe(0);
    expect(two.out).toContain(`${k.anna!.keyid} (Anna)`);
    expect(two.out).toContain(`${k.cai!.keyid} (Cai)`);
    expect(two.out).toContain('2 of 3 trusted keys signed (key generation 1); 2 needed');

    const published = await runList(['publish', 'list.json', '--out', 'site', '--manifest', 'manifest.json', '--trust', 'trust.json'], dir);
    expect(published.code, published.err).toBe(0);
    expect((await readdir(join(dir, 'site'))).sort()).toEqual(['_headers', expect.stringMatching(/^list\.[0-9a-f]{64}\.json$/), 'manifest.json']);
  });

  it('rotates keys: a rotation signed by the old and new thresholds lets generation-1 clients accept generation 2', async () => {
    const dir = await tempDir();
    const k = await keyHolders(dir, ['anna', 'bo', 'cai', 'dee']);
    await writeTrust(dir, 'gen1.json', 1, 2, [k.anna!, k.bo!, k.cai!], ['Anna', 'Bo', 'Cai']);
    // Cai's key is revoked; Dee's joins.
    await writeTrust(dir, 'gen2.json', 2, 2, [k.anna!, k.bo!, k.dee!], ['Anna', 'Bo', 'Dee']);
    await writeSources(join(dir, 'src'), 9, { payments: [{ coin: 'btc', address: BTC[1]! }] });
    await runList(['build', 'src', '--out', 'list.json'], dir);

    const rotation = await runList(['rotate', '--to', 'gen2.json', '--out', 'rotation.json', '--key-file', k.anna!.file], dir);
    expect(rotation.code, rotation.err).toBe(0);
    for (const holder of [k.bo!, k.dee!]) {
      expect((await runList(['rotate', '--add-signature', 'rotation.json', '--key-file', holder.file], dir)).code).toBe(0);
    }
    const signed = await runList(
      ['sign', 'list.json', '--out', 'manifest.json', '--key-epoch', '2', '--rotation', 'rotation.json', '--key-file', k.anna!.file, '--key-file', k.dee!.file],
      dir,
    );
    expect(signed.code, signed.err).toBe(0);
    const byGen1 = await runList(['verify', 'manifest.json', '--list', 'list.json', '--trust', 'gen1.json'], dir);
    expect(byGen1.code, byGen1.err).toBe(0);
    expect(byGen1.out).toContain('2 of 3 trusted keys signed (key generation 2)');
    expect(byGen1.out).toContain('(Dee)');

    // The revoked key cannot help sign generation 2.
    const withRevoked = await runList(
      ['sign', 'list.json', '--out', 'revoked.json', '--key-epoch', '2', '--rotation', 'rotation.json', '--key-file', k.anna!.file, '--key-file', k.cai!.file],
      dir,
    );
    expect(withRevoked.code).toBe(0);
    const refused = await runList(['verify', 'revoked.json', '--list', 'list.json', '--trust', 'gen1.json'], dir);
    expect(refused.code).toBe(1);
    expect(refused.err).toContain('1 of the required 2');
  });
});
