import { execFile, spawn } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// The real command line as a child process: what a helpdesk sees in a terminal or a pipe.
const ROOT = path.resolve('.');
const TIMEOUT = 120_000;

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'vahti-scan-process-'));
  await writeFile(
    path.join(dir, 'list.json'),
    JSON.stringify({
      schema: 1,
      listId: 'pipe-test',
      version: 1,
      name: 'Pipe test list',
      campaigns: [{ id: 'c', name: 'C', languages: ['en'], severity: 'low', firstSeen: '2024-01-01' }],
      senders: [{ campaign: 'c', match: 'address', value: 'bad@listed.example' }],
    }),
  );
  await mkdir(path.join(dir, 'many'));
  for (let i = 0; i < 400; i++) await writeFile(path.join(dir, 'many', `m${String(i).padStart(3, '0')}.txt`), `Muistutus ${i}: laskusi eräpäivä on 5.12.\n`);
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('scan in a pipe', () => {
  it('ends quietly when the reader closes the pipe early (scan … | head -1)', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'scripts/scan.ts'), '--list', path.join(dir, 'list.json'), path.join(dir, 'many')], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    let firstLine = '';
    child.stdout.once('data', (d: Buffer) => {
      firstLine = d.toString().split('\n')[0]!;
      child.stdout.destroy();
    });
    const code = await new Promise<number | null>((resolve) => child.on('close', (c) => resolve(c)));
    expect(firstLine).toContain('m000.txt: nothing found');
    expect(stderr).not.toContain('EPIPE');
    expect(stderr).not.toMatch(/\n\s+at /);
    expect(code).toBe(0);
  }, TIMEOUT);
});

describe("README's JSONL example", () => {
  it('npm run -s scan -- --json writes only JSON lines to standard output', async () => {
    const { stdout } = await promisify(execFile)('npm', ['run', '-s', 'scan', '--', '--json', '--list', path.join(dir, 'list.json'), path.join(dir, 'many', 'm000.txt'), path.join(dir, 'many', 'm001.txt')], { cwd: ROOT });
    const lines = stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    for (const line of lines) expect(JSON.parse(line)).toMatchObject({ level: 'none' });
  }, TIMEOUT);
});
