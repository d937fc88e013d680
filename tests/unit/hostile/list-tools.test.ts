import { execFile } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { runList, type CliRun } from '../list-tools/run-cli';
import { BTC, tempDir, writeSources } from '../list-tools/source-fixture';

const noStack = (run: CliRun): void => {
  expect(run.err).not.toMatch(/\n\s+at /);
  expect(run.err).not.toMatch(/^\s+at /m);
};

/** A source folder whose campaign imports `addresses.txt` as a btc address set. */
async function sourcesWithAddressFile(dir: string, addresses: string | Uint8Array): Promise<void> {
  await writeSources(dir, 1, { payments: [{ coin: 'btc', address: BTC[0]! }] });
  const campaign = {
    campaign: { id: 'demo', name: 'Demo campaign', languages: ['en'], guidance: [], severity: 'high', firstSeen: '2020-10-24' },
    payments: [{ coin: 'btc', address: BTC[0]! }],
    paymentFiles: [{ coin: 'btc', file: 'addresses.txt' }],
  };
  await writeFile(join(dir, 'campaigns', 'demo.json'), JSON.stringify(campaign, null, 2));
  await writeFile(join(dir, 'addresses.txt'), addresses);
}

describe('list tools: missing, special and misplaced files end in one line, not a stack trace', () => {
  it('verify, diff, sign and publish name a missing input file', async () => {
    const dir = await tempDir();
    const cases: [string[], string][] = [
      [['verify', 'missing.manifest.json'], 'cannot read the manifest'],
      [['diff', 'old.json', 'new.json'], 'cannot read the list file'],
      [['sign', 'missing.json', '--out', 'm.json'], 'cannot read the list file'],
      [['publish', 'missing.json', '--out', 'site'], 'cannot read the list file'],
    ];
    for (const [args, what] of cases) {
      const run = await runList(args, dir, { VAHTI_SIGNING_KEY: 'AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=' });
      expect(run.code, args.join(' ')).toBe(1);
      expect(run.err).toContain(what);
      expect(run.err).toContain('no such file');
      noStack(run);
    }
  });

  it('refuses a device or a FIFO as an input instead of reading it forever', async () => {
    const dir = await tempDir();
    await promisify(execFile)('mkfifo', [join(dir, 'pipe.json')]);
    const device = await runList(['verify', '/dev/zero'], dir);
    expect(device.code).toBe(1);
    expect(device.err).toContain('cannot read the manifest /dev/zero: is a device, not a regular file');
    const fifo = await runList(['diff', 'pipe.json', 'pipe.json'], dir);
    expect(fifo.code).toBe(1);
    expect(fifo.err).toContain('is a named pipe (FIFO), not a regular file');
  });

  it('sign --out a folder and keygen into a missing folder say what is wrong', async () => {
    const dir = await tempDir();
    await writeSources(join(dir, 'src'), 1, { payments: [{ coin: 'btc', address: BTC[0]! }] });
    expect((await runList(['keygen', '--out', 'k.private'], dir)).code).toBe(0);
    expect((await runList(['build', 'src', '--out', 'list.json'], dir)).code).toBe(0);
    await mkdir(join(dir, 'a-folder'));
    const sign = await runList(['sign', 'list.json', '--out', 'a-folder', '--key-file', 'k.private'], dir);
    expect(sign.code).toBe(1);
    expect(sign.err).toContain(`sign: cannot open ${join(dir, 'a-folder')}: is a folder, not a file`);
    noStack(sign);
    const keygen = await runList(['keygen', '--out', 'no/such/folder/k.private'], dir);
    expect(keygen.code).toBe(1);
    expect(keygen.err).toContain('the folder it goes in does not exist');
    noStack(keygen);
  });
});

describe('list lint and build on a hostile address file', () => {
  it('caps repeated warnings and fails both lint and build when a data file is mostly noise', async () => {
    const dir = await tempDir();
    const bad = Array.from({ length: 3_000 }, (_, i) => `1NotAnAddress${String(i).padStart(6, '0')}xyz`).join('\n');
    await sourcesWithAddressFile(dir, bad);
    const lint = await runList(['lint', '.'], dir);
    expect(lint.code).toBe(1);
    const lines = lint.err.split('\n');
    expect(lines.length).toBeLessThan(40);
    expect(lint.err).toContain('… and 2,980 more of this kind');
    expect(lint.err).toContain('3,000 of 3,000 lines are not valid btc addresses');
    const build = await runList(['build', '.', '--out', 'x.json'], dir);
    expect(build.code).toBe(1);
    expect(build.err).toContain('nothing was written');
  });

  it('keeps accepting a little noise in an imported set, as published sets have', async () => {
    const dir = await tempDir();
    await sourcesWithAddressFile(dir, [BTC[1]!, BTC[2]!, '1NotAnAddressxyz'].join('\n'));
    const build = await runList(['build', '.', '--out', 'x.json'], dir);
    expect(build.code, build.err).toBe(0);
    expect(build.err).toContain('is not a valid btc address');
  });

  it('refuses a binary data file and prints no raw control bytes', async () => {
    const dir = await tempDir();
    await sourcesWithAddressFile(dir, Uint8Array.from([0x1b, 0x5b, 0x32, 0x4a, 0x00, 0x0a, 0x1b, 0x5d, 0x30, 0x3b, 0x78, 0x07, 0x0a]));
    const lint = await runList(['lint', '.'], dir);
    expect(lint.code).toBe(1);
    expect(lint.err).toContain('holds binary data (NUL bytes)');
    // eslint-disable-next-line no-control-regex -- looking for raw control characters is the point
    for (const line of lint.err.split('\n')) expect(line).not.toMatch(/[\u0000-\u001f\u007f-\u009f]/);
  });

  it('escapes control characters quoted from a data file', async () => {
    const dir = await tempDir();
    await sourcesWithAddressFile(dir, [BTC[1]!, BTC[2]!, '1Bad\u001b[2Jaddress'].join('\n'));
    const lint = await runList(['lint', '.'], dir);
    expect(lint.err).toContain('1Bad\\x1B[2Jaddress');
    // eslint-disable-next-line no-control-regex -- looking for raw control characters is the point
    for (const line of lint.err.split('\n')) expect(line).not.toMatch(/[\u0000-\u001f\u007f-\u009f]/);
  });
});
