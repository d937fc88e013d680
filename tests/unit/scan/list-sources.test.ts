import { mkdtemp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { formatSourceError, loadListSources } from '../../../scripts/lib/list-sources';
import type { SourceError } from '../../../scripts/lib/list-sources';
import { validateAddress } from '../../../utils/core/payment/validate';

const DEFAULT_DIR = path.resolve('scripts/list-sources/default');
const DATA_FILE = path.join(DEFAULT_DIR, 'addresses/sextortion-btc-2018-2019.txt');

describe('the default list sources', () => {
  it('assemble into a list with every campaign, and skip exactly the invalid data lines with warnings', async () => {
    const r = await loadListSources(DEFAULT_DIR);
    if (!('list' in r)) throw new Error(r.errors.map(formatSourceError).join('\n'));
    const { list } = r;
    expect(list.listId).toBe('vahti-default');
    expect(list.campaigns.map((c) => c.id).sort()).toEqual([
      'finland-monero-2025', 'finland-sextortion-2022', 'fred-hutch-2023', 'grozio-chirurgija-2017', 'integris-2023',
      'sextortion-2018-2019', 'sweden-kidnapping-2019', 'talos-aaron-smith-2018', 'vastaamo-2020',
    ]);
    expect(r.warnings.map((w) => w.line)).toEqual([245, 1430, 3239, 4616, 5306, 6465, 6892, 7400, 8903, 10432, 10437]);
    expect(r.warnings.every((w) => w.file === 'addresses/sextortion-btc-2018-2019.txt')).toBe(true);

    const lines = (await readFile(DATA_FILE, 'utf8')).split('\n').filter(Boolean);
    const valid = lines.filter((a) => validateAddress('btc', a));
    expect(valid.length).toBe(12_522);
    const inList = new Set(list.payments.filter((p) => p.campaign === 'sextortion-2018-2019').map((p) => p.address));
    expect(inList.size).toBe(valid.length);
    for (const a of valid) expect(inList.has(a)).toBe(true);

    expect(list.senders.filter((s) => s.campaign === 'talos-aaron-smith-2018')).toHaveLength(2_000);
    expect(list.senders).toContainEqual({ campaign: 'talos-aaron-smith-2018', match: 'address', value: 'aaron123smith@yahoo.jp' });
    expect(list.attribution.join(' ')).toContain('Paquet-Clouston');
    // Every campaign is used by at least one rule.
    const used = new Set([...list.senders, ...list.payments, ...list.signatures].map((e) => e.campaign));
    for (const c of list.campaigns) expect(used.has(c.id)).toBe(true);
  });
});

describe('loadListSources problems', () => {
  let dir: string;
  const header = { schema: 1, listId: 'test-list', version: 3, name: 'Test' };
  const campaign = { id: 'camp-a', name: 'A', languages: ['en'], severity: 'low', firstSeen: '2020-01-01' };

  beforeEach(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'vahti-sources-'));
    await mkdir(path.join(dir, 'campaigns'));
    await writeFile(path.join(dir, 'list.json'), JSON.stringify(header, null, 2));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  const write = (rel: string, text: string): Promise<void> => writeFile(path.join(dir, rel), text);
  const errorsOf = async (): Promise<SourceError[]> => {
    const r = await loadListSources(dir);
    if ('list' in r) throw new Error('expected errors, got a list');
    return r.errors;
  };

  it('builds a small valid folder and fills in the campaign of each entry', async () => {
    await write('campaigns/camp-a.json', JSON.stringify({
      campaign,
      senders: [{ match: 'address', value: 'x@bad.example' }],
      signatures: [{ id: 'sig-a', language: 'en', groups: [{ atLeast: 2, phrases: ['pay now', 'bitcoin wallet'] }] }],
      payments: [{ coin: 'btc', address: '16Sg7k6eZaQ9WZifokXMZnUEDdDRo6dyiu' }],
    }));
    const r = await loadListSources(dir);
    if (!('list' in r)) throw new Error(r.errors.map(formatSourceError).join('\n'));
    expect(r.list.version).toBe(3);
    expect(r.list.senders).toEqual([{ campaign: 'camp-a', match: 'address', value: 'x@bad.example' }]);
    expect(r.list.signatures[0]!.campaign).toBe('camp-a');
    expect(r.list.payments).toEqual([{ campaign: 'camp-a', coin: 'btc', address: '16Sg7k6eZaQ9WZifokXMZnUEDdDRo6dyiu' }]);
  });

  it('maps a too-broad entry found by the whole-list check back to its file and line', async () => {
    const text = [
      '{',
      `  "campaign": ${JSON.stringify(campaign)},`,
      '  "senders": [',
      '    { "match": "address", "value": "x@bad.example" },',
      '    { "match": "domain", "value": "gmail.com" }',
      '  ]',
      '}',
    ].join('\n');
    await write('campaigns/camp-a.json', text);
    const errors = await errorsOf();
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ file: 'campaigns/camp-a.json', line: 5, message: expect.stringContaining('senders[1] (domain "gmail.com")') });
  });

  it('reports a JSON syntax error at its line', async () => {
    await write('campaigns/camp-a.json', '{\n  "campaign": {\n    "id": "camp-a",\n  }\n}\n');
    const errors = await errorsOf();
    expect(errors).toHaveLength(1);
    expect(errors[0]!.file).toBe('campaigns/camp-a.json');
    expect(errors[0]!.line).toBe(4);
    expect(errors[0]!.message).toContain('not valid JSON');
  });

  it('reports a schema problem at the line of the offending entry', async () => {
    const text = [
      '{',
      `  "campaign": ${JSON.stringify(campaign)},`,
      '  "signatures": [',
      '    { "id": "ok-sig", "language": "en", "groups": [{ "atLeast": 1, "phrases": ["alpha beta"] }] },',
      '    { "id": "bad-sig", "language": "en",',
      '      "groups": [{ "atLeast": 3, "phrases": ["one", "two"] }] }',
      '  ]',
      '}',
    ].join('\n');
    await write('campaigns/camp-a.json', text);
    const errors = await errorsOf();
    expect(errors).toHaveLength(1);
    expect(errors[0]!.line).toBe(6);
    expect(errors[0]!.message).toMatch(/^signatures\[1\]\.groups\[0\]: atLeast is larger/);
  });

  it('rejects an unknown key, a file named differently from its campaign, and duplicate ids', async () => {
    await write('campaigns/camp-a.json', JSON.stringify({ campaign, extra: 1 }));
    expect((await errorsOf())[0]!.message).toContain('extra');

    await write('campaigns/camp-a.json', JSON.stringify({ campaign: { ...campaign, id: 'camp-b' } }, null, 2));
    const errors = await errorsOf();
    expect(errors[0]!.message).toContain('must match the file name');
    expect(errors[0]!.line).toBe(3);

    await write('campaigns/camp-a.json', JSON.stringify({ campaign, signatures: [{ id: 's', language: 'en', groups: [{ atLeast: 1, phrases: ['pay me'] }] }] }));
    await write('campaigns/camp-b.json', JSON.stringify({ campaign: { ...campaign, id: 'camp-b' }, signatures: [{ id: 's', language: 'en', groups: [{ atLeast: 1, phrases: ['pay you'] }] }] }));
    const dup = await errorsOf();
    expect(dup.map((e) => e.message)).toEqual([expect.stringContaining('signature id "s" is already used in campaigns/camp-a.json')]);
  });

  it('treats an invalid address written in a campaign file as an error, and in an address file as a warning', async () => {
    await write('campaigns/camp-a.json', JSON.stringify({ campaign, payments: [{ coin: 'btc', address: '16Sg7k6eZaQ9WZifokXMZnUEDdDRo6dyiU' }] }));
    expect((await errorsOf())[0]!.message).toContain('not a valid btc address');

    await mkdir(path.join(dir, 'addresses'));
    await write('addresses/a.txt', '# comment\n16Sg7k6eZaQ9WZifokXMZnUEDdDRo6dyiu\n\n1KD6jtQ96HD5GmGuiuBDA71J3qHiT1F9Xp\n16Sg7k6eZaQ9WZifokXMZnUEDdDRo6dyiu\n');
    await write('campaigns/camp-a.json', JSON.stringify({ campaign, paymentFiles: [{ coin: 'btc', file: 'addresses/a.txt' }] }));
    const r = await loadListSources(dir);
    if (!('list' in r)) throw new Error(r.errors.map(formatSourceError).join('\n'));
    expect(r.list.payments.map((p) => p.address)).toEqual(['16Sg7k6eZaQ9WZifokXMZnUEDdDRo6dyiu']);
    expect(r.warnings.map(formatSourceError)).toEqual([
      expect.stringMatching(/^addresses\/a\.txt:4: .*not a valid btc address.*skipped$/),
      expect.stringMatching(/^addresses\/a\.txt:5: duplicate btc address .* first in addresses\/a\.txt:2; skipped$/),
    ]);
  });

  it('refuses data files outside the source folder and reports unreadable ones', async () => {
    await write('campaigns/camp-a.json', JSON.stringify({ campaign, paymentFiles: [{ coin: 'btc', file: '../../etc/passwd' }] }));
    expect((await errorsOf())[0]!.message).toContain('must be a relative path inside the source folder');
    await write('campaigns/camp-a.json', JSON.stringify({ campaign, senderFiles: [{ match: 'domain', file: 'senders/missing.txt' }] }));
    expect((await errorsOf())[0]!.message).toContain('cannot read data file "senders/missing.txt": no such file');
  });

  it('reports a bad list header and a missing campaign folder', async () => {
    await write('list.json', JSON.stringify({ ...header, listId: 'Not Valid' }));
    await write('campaigns/camp-a.json', JSON.stringify({ campaign }));
    expect((await errorsOf())[0]).toMatchObject({ file: 'list.json', message: expect.stringContaining('listId') });
    await rm(path.join(dir, 'campaigns'), { recursive: true });
    await write('list.json', JSON.stringify(header));
    expect((await errorsOf())[0]!.message).toContain('cannot read the campaign folder');
  });
});
