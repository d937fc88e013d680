import { execFile } from 'node:child_process';
import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { runList } from './run-cli';
import { BTC, tempDir, writeSources } from './source-fixture';

const keyFields = (out: string) => ({
  publicKey: /public key:\s+(\S+)/.exec(out)?.[1] ?? '',
  keyid: /key id:\s+([0-9a-f]{64})/.exec(out)?.[1] ?? '',
});

describe('npm run list -- keygen', () => {
  it('writes an owner-only key file, prints the public key, and never overwrites by accident', async () => {
    const dir = await tempDir();
    const run = await runList(['keygen', '--out', 'k.private'], dir);
    expect(run.code).toBe(0);
    const { publicKey, keyid } = keyFields(run.out);
    expect(publicKey).toMatch(/^[A-Za-z0-9+/]{43}=$/);
    expect(keyid).toMatch(/^[0-9a-f]{64}$/);
    expect((await stat(join(dir, 'k.private'))).mode & 0o777).toBe(0o600);
    const secret = JSON.parse(await readFile(join(dir, 'k.private'), 'utf8')).secretKey as string;
    expect(run.out).not.toContain(secret);
    const again = await runList(['keygen', '--out', 'k.private'], dir);
    expect(again.code).toBe(1);
    expect(again.err).toContain('already exists');
  });
});

describe('npm run list -- build, lint, sign, verify, diff, publish', () => {
  it('takes a source folder to a published, verifiable folder', async () => {
    const dir = await tempDir();
    const key = keyFields((await runList(['keygen', '--out', 'k.private'], dir)).out);
    await writeSources(join(dir, 'v1'), 1, { senders: [{ match: 'domain', value: 'extort.example' }], payments: [{ coin: 'btc', address: BTC[0]! }] });
    await writeSources(join(dir, 'v2'), 2, {
      senders: [{ match: 'address', value: 'boss@extort.example' }],
      payments: [{ coin: 'btc', address: BTC[0]! }, { coin: 'btc', address: BTC[1]! }],
    });

    const lint = await runList(['lint', 'v1'], dir);
    expect(lint.code, lint.err).toBe(0);
    expect(lint.out).toContain('0 error(s), 0 warning(s)');

    expect((await runList(['build', 'v1', '--out', 'out/v1.json'], dir)).code).toBe(0);
    const build2 = await runList(['build', 'v2', '--out', 'out/v2.json'], dir);
    expect(build2.code, build2.err).toBe(0);
    // Building twice gives the same bytes: the list file name is stable.
    await runList(['build', 'v2', '--out', 'out/v2-again.json'], dir);
    expect(await readFile(join(dir, 'out/v2-again.json'), 'utf8')).toBe(await readFile(join(dir, 'out/v2.json'), 'utf8'));

    const sign = await runList(['sign', 'out/v1.json', '--out', 'out/v1.manifest.json', '--key-file', 'k.private'], dir);
    expect(sign.code, sign.err).toBe(0);
    const trust = ['--public-key', key.publicKey, '--list-id', 'acme'];
    const verify = await runList(['verify', 'out/v1.manifest.json', '--list', 'out/v1.json', ...trust], dir);
    expect(verify.code, verify.err).toBe(0);
    expect(verify.out).toContain(`signed by ${key.keyid}`);
    // The default list's pinned keys do not trust this key, and v2's bytes are not what v1's manifest names.
    const untrusted = await runList(['verify', 'out/v1.manifest.json', '--list', 'out/v1.json', '--list-id', 'acme'], dir);
    expect(untrusted.code).toBe(1);
    expect(untrusted.err).toContain('unknown_key');
    const swapped = await runList(['verify', 'out/v1.manifest.json', '--list', 'out/v2.json', ...trust], dir);
    expect(swapped.code).toBe(1);
    expect(swapped.err).toMatch(/length_mismatch|hash_mismatch/);

    const diff = await runList(['diff', 'out/v1.json', 'out/v2.json'], dir);
    expect(diff.code).toBe(0);
    expect(diff.out).toContain('version 1 → 2');
    expect(diff.out).toContain('senders: +1 −1');
    expect(diff.out).toContain('  + address boss@extort.example (demo)');
    expect(diff.out).toContain('  - domain extort.example (demo)');
    expect(diff.out).toContain(`  + btc ${BTC[1]} (demo)`);
    expect(diff.out).toContain('payments: +1 −0');

    const publish = await runList(['publish', 'out/v2.json', '--out', 'site', '--key-file', 'k.private'], dir);
    expect(publish.code, publish.err).toBe(0);
    const files = (await readdir(join(dir, 'site'))).sort();
    expect(files).toHaveLength(3);
    expect(files).toContain('manifest.json');
    expect(files).toContain('_headers');
    const listFile = files.find((f) => f.startsWith('list.'))!;
    expect(listFile).toMatch(/^list\.[0-9a-f]{64}\.json$/);
    expect(await readFile(join(dir, 'site', listFile), 'utf8')).toBe(await readFile(join(dir, 'out/v2.json'), 'utf8'));
    const headers = await readFile(join(dir, 'site', '_headers'), 'utf8');
    expect(headers).toContain('immutable');
    const published = await runList(['verify', 'site/manifest.json', ...trust], dir);
    expect(published.code, published.err).toBe(0);
    expect(published.out).toContain('version 2');
  });

  it('signs with the key from VAHTI_SIGNING_KEY when no key file is given', async () => {
    const dir = await tempDir();
    const key = keyFields((await runList(['keygen', '--out', 'k.private'], dir)).out);
    await writeSources(join(dir, 'src'), 3, { payments: [{ coin: 'btc', address: BTC[2]! }] });
    await runList(['build', 'src', '--out', 'list.json'], dir);
    const env = { VAHTI_SIGNING_KEY: await readFile(join(dir, 'k.private'), 'utf8') };
    expect((await runList(['sign', 'list.json', '--out', 'm.json'], dir, env)).code).toBe(0);
    expect((await runList(['verify', 'm.json', '--list', 'list.json', '--public-key', key.publicKey, '--list-id', 'acme'], dir)).code).toBe(0);
    const none = await runList(['sign', 'list.json', '--out', 'm2.json'], dir, {});
    expect(none.code).toBe(1);
    expect(none.err).toContain('VAHTI_SIGNING_KEY');
  });
});

describe('npm run list -- lint', () => {
  it('reports each problem with its file and line and exits non-zero', async () => {
    const dir = await tempDir();
    await writeSources(
      dir,
      1,
      {
        senders: [{ match: 'domain', value: 'extort.example' }],
        payments: [{ coin: 'btc', address: '1NotARealBitcoinAddressAtAll1234' }],
      },
      { 'addresses.txt': `# noise\n${BTC[0]}\n${BTC[0]}\n` },
    );
    const campaign = JSON.parse(await readFile(join(dir, 'campaigns/demo.json'), 'utf8'));
    campaign.paymentFiles = [{ coin: 'btc', file: 'addresses.txt' }];
    await writeFile(join(dir, 'campaigns/demo.json'), `${JSON.stringify(campaign, null, 2)}\n`);
    const lines = (await readFile(join(dir, 'campaigns/demo.json'), 'utf8')).split('\n');
    const badLine = lines.findIndex((l) => l.includes('"payments"')) + 2;

    const run = await runList(['lint', '.'], dir);
    expect(run.code).toBe(1);
    expect(run.err).toContain(`campaigns/demo.json:${badLine}: error: "1NotARealBitcoinAddressAtAll1234" is not a valid btc address`);
    expect(run.err).toMatch(/addresses\.txt:3: warning: duplicate btc address/);
  });

  it('reports a too-broad sender at its line', async () => {
    const dir = await tempDir();
    await writeSources(dir, 1, { senders: [{ match: 'domain', value: 'extort.example' }, { match: 'domain', value: 'gmail.com' }] });
    const lines = (await readFile(join(dir, 'campaigns/demo.json'), 'utf8')).split('\n');
    const valueLine = lines.findIndex((l) => l.includes('gmail.com')) + 1;
    const run = await runList(['lint', '.'], dir);
    expect(run.code).toBe(1);
    const reported = run.err.split('\n').find((l) => l.includes('gmail.com')) ?? '';
    // Reported at the entry: its opening brace, up to two lines above its value.
    const at = [valueLine, valueLine - 1, valueLine - 2].map((n) => `campaigns/demo.json:${n}:`);
    expect(at).toContain(reported.split(' ')[0]);
    expect(reported).toContain('error:');
    expect((await runList(['build', '.', '--out', 'x.json'], dir)).code).toBe(1);
  });
});

describe('secrets on the command line', () => {
  it('refuses a key given as an option value, without echoing it', async () => {
    const dir = await tempDir();
    const secret = 'c2VjcmV0LXNpZ25pbmcta2V5LXRoYXQtbXVzdC1ub3QtbGVhaw==';
    for (const args of [
      ['sign', 'list.json', '--out', 'm.json', '--key', secret],
      ['sign', 'list.json', '--out', 'm.json', `--private-key=${secret}`],
      ['publish', 'list.json', '--out', 'site', '--secret', secret],
    ]) {
      const run = await runList(args, dir);
      expect(run.code).toBe(2);
      expect(run.err).toContain('secrets on the command line');
      expect(run.err + run.out).not.toContain(secret);
    }
  });

  it('refuses it from the real command too', async () => {
    const exec = promisify(execFile);
    const failure = await exec(process.execPath, ['--import', 'tsx', 'scripts/list.ts', 'sign', 'x.json', '--secret-key', 'abc'], {
      cwd: process.cwd(),
    }).then(
      () => undefined,
      (e: { code: number; stderr: string }) => e,
    );
    expect(failure?.code).toBe(2);
    expect(failure?.stderr).toContain('--secret-key is not accepted');
  }, 60_000);
});
