import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// The real command line as a child process, on real .eml files.
const ROOT = path.resolve('.');
const TIMEOUT = 120_000;

type Run = { code: number; stdout: string; stderr: string };

function scan(args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    execFile(process.execPath, ['--import', 'tsx', path.join(ROOT, 'scripts/scan.ts'), ...args], { cwd: ROOT, timeout: TIMEOUT }, (error, stdout, stderr) => {
      const code = error && typeof error.code === 'number' ? error.code : error ? -1 : 0;
      resolve({ code, stdout, stderr });
    });
  });
}

const crlf = (lines: string[]): string => lines.join('\r\n') + '\r\n';

const VASTAAMO = crlf([
  'From: "Ransom" <ransom@example.net>',
  'To: asiakas@example.fi',
  'Subject: =?UTF-8?Q?Teid=C3=A4n_tietonne?=',
  'MIME-Version: 1.0',
  'Content-Type: text/plain; charset=utf-8',
  'Content-Transfer-Encoding: quoted-printable',
  '',
  'Olette k=C3=A4ytt=C3=A4neet Vastaamon palveluita. Joudumme ik=C3=A4v=C3=A4 kyll=C3=A4 pyyt=C3=A4m=C3=A4=',
  '=C3=A4n Teit=C3=A4 maksamaan pit=C3=A4=C3=A4ksenne henkil=C3=B6tietonne turvassa. Jos saamme 200 euroa =',
  'bitcoineina 24 tunnin kuluessa, tietonne poistetaan.',
]);

const BENIGN_HTML = crlf([
  'From: Ajanvaraus <noreply@clinic.example.fi>',
  'Subject: Muistutus: aikasi torstaina',
  'MIME-Version: 1.0',
  'Content-Type: text/html; charset=utf-8',
  '',
  '<html><body><p>Hei, muistutamme ajastasi torstaina klo 14.</p><p>Peruutukset <a href="https://clinic.example.fi/peru">verkossa</a>.</p></body></html>',
]);

const SENDER_LISTED = crlf(['From: Someone <bad@listed.example>', 'Subject: hello', '', 'Nothing special here.']);

let dir: string;
const file = (name: string): string => path.join(dir, name);

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'vahti-scan-'));
  await writeFile(file('vastaamo.eml'), VASTAAMO);
  await writeFile(file('benign.eml'), BENIGN_HTML);
  await writeFile(file('broken.eml'), 'This is a Word document, not an email.\n\nReally.');
  await writeFile(file('sender.eml'), SENDER_LISTED);
  await writeFile(file('body.txt'), 'Muistutus: laskusi eräpäivä on 5.12.\n');
  const list = (senders: unknown[]) => ({
    schema: 1,
    listId: 'helpdesk-test',
    version: 7,
    name: 'Helpdesk test list',
    campaigns: [{ id: 'test-camp', name: 'Test', languages: ['en'], severity: 'low', firstSeen: '2024-01-01' }],
    senders,
  });
  await writeFile(file('good-list.json'), JSON.stringify(list([{ campaign: 'test-camp', match: 'address', value: 'bad@listed.example' }])));
  await writeFile(file('broad-list.json'), JSON.stringify(list([{ campaign: 'test-camp', match: 'domain', value: 'gmail.com' }])));
  await writeFile(file('not-json.json'), '{ "schema": 1, ');
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('npm run scan', () => {
  it('prints a readable verdict per file, an error line for a broken file, scans the rest and exits 2', async () => {
    const r = await scan([file('vastaamo.eml'), file('broken.eml'), file('benign.eml'), file('body.txt')]);
    expect(r.code).toBe(2);
    const out = r.stdout;
    expect(out).toContain(`${file('vastaamo.eml')}: KNOWN extortion campaign (vastaamo-2020)`);
    expect(out).toMatch(/content-signature \(vastaamo-2020-fi\): .*henkilötietonne.* — campaign vastaamo-2020, list vahti-default v\d+/);
    expect(out).toContain(`${file('broken.eml')}: error: header line 1 is not an email header`);
    expect(out).toContain(`${file('benign.eml')}: nothing found`);
    expect(out).toContain(`${file('body.txt')}: nothing found`);
    // The broken file is reported in order, and the files after it were still scanned.
    expect(out.indexOf('broken.eml: error')).toBeLessThan(out.indexOf('benign.eml: nothing found'));
    expect(r.stderr).toMatch(/list "vahti-default" version \d+ from /);
    expect(r.stderr).not.toMatch(/\n\s+at /); // no stack trace
  }, TIMEOUT);

  it('prints one JSON object per line with --json, including an error object', async () => {
    const r = await scan(['--json', file('vastaamo.eml'), file('broken.eml'), file('benign.eml')]);
    expect(r.code).toBe(2);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatchObject({ file: file('vastaamo.eml'), level: 'known' });
    expect(Object.keys(lines[0]!).sort()).toEqual(['file', 'level', 'reasons']);
    expect(lines[0]!.reasons).toContainEqual(
      expect.objectContaining({ rule: 'content-signature', campaignId: 'vastaamo-2020', listId: 'vahti-default' }),
    );
    expect(lines[1]).toEqual({ file: file('broken.eml'), error: expect.stringContaining('not an email header') });
    expect(lines[2]).toMatchObject({ file: file('benign.eml'), level: 'none' });
  }, TIMEOUT);

  it('uses a list given with --list, and exits 0 when every file was scanned', async () => {
    const r = await scan(['--json', '--list', file('good-list.json'), file('sender.eml'), file('vastaamo.eml')]);
    expect(r.stderr).toContain(`list "helpdesk-test" version 7 from list file ${file('good-list.json')}`);
    expect(r.code).toBe(0);
    const [sender, vastaamo] = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as { level: string; reasons: { rule: string; listId?: string }[] });
    expect(sender!.level).toBe('known');
    expect(sender!.reasons).toContainEqual(expect.objectContaining({ rule: 'sender-address', listId: 'helpdesk-test' }));
    // The default list is not loaded as well: no vahti-default reasons.
    expect(vastaamo!.reasons.some((x) => x.listId === 'vahti-default')).toBe(false);
  }, TIMEOUT);

  it('refuses a too-broad or malformed --list with a clear message and scans nothing', async () => {
    const broad = await scan(['--list', file('broad-list.json'), file('vastaamo.eml')]);
    expect(broad.code).toBe(1);
    expect(broad.stdout).toBe('');
    expect(broad.stderr).toContain(`the list ${file('broad-list.json')} cannot be used`);
    expect(broad.stderr).toContain('senders[0] (domain "gmail.com")');

    const malformed = await scan(['--list', file('not-json.json'), file('vastaamo.eml')]);
    expect(malformed.code).toBe(1);
    expect(malformed.stderr).toContain('the list file is not valid JSON');
  }, TIMEOUT);

  it('prints help, and a usage error for an unknown option', async () => {
    const help = await scan(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Usage: npm run scan -- [--json] [--list FILE]');
    const bad = await scan(['--frobnicate', file('vastaamo.eml')]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain("Unknown option '--frobnicate'");
  }, TIMEOUT);
});
