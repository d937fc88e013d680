import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type * as FsPromises from 'node:fs/promises';

// A folder that cannot be listed: tests run as root in CI's container, where chmod 000 does
// not stop readdir, so the refusal is made by the file system double below.
const UNLISTABLE = 'unlistable-folder';
vi.mock('node:fs/promises', async (importOriginal) => {
  const fs = await importOriginal<typeof FsPromises>();
  const readdir = ((p: string, ...rest: unknown[]) => {
    if (String(p).endsWith(UNLISTABLE)) return Promise.reject(Object.assign(new Error(`EACCES: permission denied, scandir '${p}'`), { code: 'EACCES' }));
    return (fs.readdir as (...a: unknown[]) => unknown)(p, ...rest);
  }) as typeof fs.readdir;
  return { ...fs, readdir, default: { ...fs, readdir } };
});

import { freshBtcBech32 } from '../../corpus/src/addresses';

const { main, EXIT_NOTHING_SCANNED, EXIT_OK, EXIT_SOME_UNREADABLE } = await import('../../../scripts/scan');

const crlf = (lines: string[]): string => lines.join('\r\n') + '\r\n';
const PLAIN = crlf(['From: Ajanvaraus <noreply@clinic.example.fi>', 'Subject: Muistutus', '', 'Hei, muistutamme ajastasi torstaina.']);

let dir: string;
const at = (...parts: string[]): string => path.join(dir, ...parts);

type Run = { code: number; out: string[]; err: string[] };
async function scan(args: string[]): Promise<Run> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(['--list', at('list.json'), ...args], (l) => out.push(l), (l) => err.push(l));
  return { code, out, err };
}

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'vahti-hostile-scan-'));
  await writeFile(
    at('list.json'),
    JSON.stringify({
      schema: 1,
      listId: 'hostile-test',
      version: 1,
      name: 'Hostile test list',
      campaigns: [{ id: 'c', name: 'C', languages: ['en'], severity: 'low', firstSeen: '2024-01-01' }],
      senders: [{ campaign: 'c', match: 'address', value: 'bad@listed.example' }],
    }),
  );
  await mkdir(at('mixed'));
  await writeFile(at('mixed', 'a.eml'), PLAIN);
  await promisify(execFile)('mkfifo', [at('mixed', 'b.eml')]);
  await writeFile(at('mixed', 'c.eml'), PLAIN);
  await mkdir(at(UNLISTABLE));
  await mkdir(at('no-mail'));
  await writeFile(at('no-mail', 'notes.doc'), 'not mail');
  await mkdir(at('slow'));
  // About 45 MB of base64: far more than a quarter of a second of parsing on any machine.
  const line = 'QUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVphYmNkZWZnaGlqa2xtbm9wcXJzdHV2d3h5ejAxMjM0\r\n';
  await writeFile(
    at('slow', 'a-large.eml'),
    crlf(['From: a@example.com', 'Content-Type: multipart/mixed; boundary="m"', '', '--m', 'Content-Type: text/plain', '', 'hi', '--m', 'Content-Type: application/pdf', 'Content-Transfer-Encoding: base64', '']) +
      line.repeat(Math.floor((45 * 1024 * 1024) / line.length)) +
      '--m--\r\n',
  );
  await writeFile(at('slow', 'b-small.eml'), PLAIN);
  await mkdir(at('long'));
  const filler = 'Lorem ipsum dolor sit amet, consectetur adipiscing elit.\n'.repeat(Math.ceil((600 * 1024) / 57));
  await writeFile(
    at('long', 'demand-at-the-end.txt'),
    `${filler}\nI have photos of you at the hotel. Pay $2,000 in bitcoin to ${freshBtcBech32('scan-long')} by Friday. If I don't see the money, I will send them to your family.\n`,
  );
  await mkdir(at('names'));
  await writeFile(at('names', 'nl\nfake.eml: nothing found\n.eml'), PLAIN);
  await writeFile(at('names', 'esc\u001b[2J\u001b]0;title\u0007\rcr.eml'), PLAIN);
  await writeFile(at('names', 'bidi\u202egnp.eml'), PLAIN);
  await writeFile(at('names', 'csi\u009b31m.eml'), PLAIN);
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('scan: special files and folders', () => {
  it('refuses a FIFO in a folder with an error line and scans the files after it', async () => {
    const r = await scan([at('mixed')]);
    expect(r.code).toBe(EXIT_SOME_UNREADABLE);
    expect(r.out).toContain(`${at('mixed', 'b.eml')}: error: is a named pipe (FIFO), not a regular file: not read`);
    expect(r.out).toContain(`${at('mixed', 'c.eml')}: nothing found`);
  });

  it('refuses a UNIX socket', async () => {
    const server = createServer();
    const socket = at('mixed-socket.eml');
    await new Promise<void>((resolve) => server.listen(socket, resolve));
    try {
      const r = await scan([socket]);
      expect(r.code).toBe(EXIT_SOME_UNREADABLE);
      expect(r.out).toEqual([`${socket}: error: is a socket or a device, not a regular file: not read`]);
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });

  it('refuses /dev/zero as a file and as --list instead of reading it forever', async () => {
    const file = await scan(['/dev/zero', at('mixed', 'a.eml')]);
    expect(file.code).toBe(EXIT_SOME_UNREADABLE);
    expect(file.out).toContain('/dev/zero: error: is a device, not a regular file: not read');
    expect(file.out).toContain(`${at('mixed', 'a.eml')}: nothing found`);
    const out: string[] = [];
    const err: string[] = [];
    const list = await main(['--list', '/dev/zero', at('mixed', 'a.eml')], (l) => out.push(l), (l) => err.push(l));
    expect(list).toBe(EXIT_NOTHING_SCANNED);
    expect(err.join('\n')).toContain('cannot read the list file: is a device, not a regular file');
    expect(out).toEqual([]);
  });

  it('reports a folder that cannot be listed, scans the other inputs and exits 2', async () => {
    const r = await scan([at(UNLISTABLE), at('mixed', 'a.eml')]);
    expect(r.code).toBe(EXIT_SOME_UNREADABLE);
    expect(r.out[0]).toBe(`${at(UNLISTABLE)}: error: cannot list the folder: permission denied`);
    expect(r.out).toContain(`${at('mixed', 'a.eml')}: nothing found`);
    const json = await scan(['--json', at(UNLISTABLE)]);
    expect(JSON.parse(json.out[0]!)).toEqual({ file: at(UNLISTABLE), error: 'cannot list the folder: permission denied' });
  });

  it('exits 1 with a message when the folders hold nothing to scan', async () => {
    const r = await scan([at('no-mail')]);
    expect(r.code).toBe(EXIT_NOTHING_SCANNED);
    expect(r.out).toEqual([]);
    expect(r.err.join('\n')).toContain('no .eml or .txt files in this folder');
    expect(r.err.join('\n')).toContain('nothing to scan');
  });

  it('exits 0 when every file was scanned', async () => {
    expect((await scan([at('mixed', 'a.eml'), at('mixed', 'c.eml')])).code).toBe(EXIT_OK);
  });
});

describe('scan: a body longer than the engine reads', () => {
  it('finds the demand after 600 KB of filler and says that the middle was not read', async () => {
    const r = await scan([at('long', 'demand-at-the-end.txt')]);
    expect(r.out[0]).toBe(`${at('long', 'demand-at-the-end.txt')}: SUSPECTED extortion`);
    expect(r.out.at(-1)).toMatch(/^ {2}note: the body is [\d,]+ characters long; only the first [\d,]+ and the last [\d,]+ were read$/);
    const json = await scan(['--json', at('long', 'demand-at-the-end.txt')]);
    const verdict = JSON.parse(json.out[0]!) as { level: string; notes: string[] };
    expect(verdict.level).toBe('suspected');
    expect(verdict.notes).toEqual([expect.stringMatching(/^the body is [\d,]+ characters long/)]);
  });
});

describe('scan: a time budget per file', () => {
  it('stops a file that takes longer than --time-limit, says so, and scans the next file', async () => {
    const r = await scan(['--time-limit', '0.25', at('slow')]);
    expect(r.code).toBe(EXIT_SOME_UNREADABLE);
    expect(r.out[0]).toBe(
      `${at('slow', 'a-large.eml')}: error: took longer than 0.25 s to read, so it was stopped (the other files are still scanned; --time-limit sets the budget)`,
    );
    expect(r.out[1]).toBe(`${at('slow', 'b-small.eml')}: nothing found`);
  }, 60_000);

  it('reads the same large file within the default budget', async () => {
    const r = await scan([at('slow', 'a-large.eml')]);
    expect(r.out).toEqual([`${at('slow', 'a-large.eml')}: nothing found`]);
    expect(r.code).toBe(EXIT_OK);
  }, 60_000);

  it('refuses a time limit that is not a positive number of seconds', async () => {
    const r = await scan(['--time-limit', 'soon', at('slow', 'b-small.eml')]);
    expect(r.code).toBe(EXIT_NOTHING_SCANNED);
    expect(r.err.join('\n')).toContain('--time-limit must be a number of seconds');
  });
});

describe('scan: file names cannot steer the terminal', () => {
  it('plain output shows control, line-breaking and bidi characters as escapes', async () => {
    const r = await scan([at('names')]);
    const text = r.out.join('\n');
    // One line per file, none of them a forged verdict line.
    expect(r.out).toHaveLength(4);
    expect(r.out.some((l) => l.startsWith('fake.eml'))).toBe(false);
    expect(text).toContain('nl\\nfake.eml: nothing found\\n.eml: nothing found');
    expect(text).toContain('esc\\x1B[2J\\x1B]0;title\\x07\\rcr.eml: nothing found');
    expect(text).toContain('bidi\\u202Egnp.eml');
    expect(text).toContain('csi\\x9B31m.eml');
    // eslint-disable-next-line no-control-regex -- looking for raw control characters is the point
    for (const line of r.out) expect(line).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
  });

  it('--json writes C1 and bidi controls as \\u escapes and parses back to the real name', async () => {
    const r = await scan(['--json', at('names')]);
    const text = r.out.join('\n');
    expect(text).toContain('\\u009b31m.eml');
    expect(text).toContain('bidi\\u202egnp.eml');
    // eslint-disable-next-line no-control-regex -- looking for raw control characters is the point
    for (const line of r.out) expect(line).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
    const files = r.out.map((l) => (JSON.parse(l) as { file: string }).file);
    expect(files).toContain(at('names', 'bidi\u202egnp.eml'));
    expect(files).toContain(at('names', 'nl\nfake.eml: nothing found\n.eml'));
  });
});
