/**
 * The message details a content script sends to the warning page (date, recipients, headers):
 * the frame protocol lets a bad `details` through without costing the warning (a hello is judged
 * by its token alone), the warning page's
 * check drops what does not fit field by field, and what passes lands in the evidence file, inside
 * the hashed content.
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import { describe, expect, it } from 'vitest';
import en from '../../../public/_locales/en/messages.json';
import { makeTranslator } from '../../../components/i18n';
import { buildEvidence, CONTENT_BEGIN, CONTENT_END } from '../../../utils/app/evidence/build';
import { DETAIL_LIMITS } from '../../../utils/core/engine/detail-limits';
import { parseMessageDetails } from '../../../utils/app/evidence/details';
import type { EvidenceInput } from '../../../utils/app/evidence/schema';
import { FRAME_HELLO, parseHello } from '../../../utils/page/frame-protocol';

const t = makeTranslator(en);
const BTC = 'bc1qk7wesfetl7xl8tpqe7g99hxu8ev96myqhclcsu';

const TOKEN = '0123456789abcdef0123456789abcdef';
/** The flagged message as the background sends it to the warning page. */
const show: Pick<EvidenceInput, 'features' | 'verdict'> = {
  verdict: { level: 'suspected', reasons: [] },
  features: { senderAddress: 'tuki@example.invalid', senderName: 'Asiakastuki', replyTo: [], subject: 'Maija Mäkelä', bodyText: `Maksu: ${BTC}`, links: [] },
};

describe('frame protocol: details do not decide whether a warning is shown', () => {
  it('accepts a hello with hostile or missing details (the page checks them), and still rejects a hello without a token', () => {
    for (const details of [undefined, null, 42, 'x'.repeat(10_000), [], { receivedAt: { toString: 1 } }]) {
      expect(parseHello(structuredClone({ type: FRAME_HELLO, token: TOKEN, details }))).toEqual({ token: TOKEN, details });
    }
    expect(parseHello({ type: FRAME_HELLO, details: {} })).toBeNull();
    expect(parseHello({ type: 'other', token: TOKEN })).toBeNull();
    expect(parseHello({ type: FRAME_HELLO, token: `${TOKEN}0` })).toBeNull();
    expect(parseHello({ type: FRAME_HELLO, token: TOKEN.toUpperCase() })).toBeNull();
  });
});

describe('warning page: parseMessageDetails', () => {
  const good = {
    receivedAt: 'Sat, Oct 24, 2020, 10:41 AM',
    to: ['Maija Mäkelä <maija.makela@gmail.com>'],
    headers: [
      { name: 'From', value: 'Asiakastuki <tuki@example.invalid>' },
      { name: 'Date', value: '2020-10-24 10:41' },
    ],
  };

  it('keeps valid details as they are', () => {
    expect(parseMessageDetails(structuredClone(good))).toEqual(good);
  });

  it('gives empty details for anything that is not an object', () => {
    for (const raw of [undefined, null, 0, 'date', true, [good]]) {
      expect(parseMessageDetails(raw)).toEqual({ to: [], headers: [] });
    }
  });

  it('drops a date that is too long, blank or not a string, and keeps the rest', () => {
    for (const receivedAt of ['x'.repeat(DETAIL_LIMITS.date + 1), '   ', 1603525260000, { date: 'x' }, ['Sat']]) {
      const parsed = parseMessageDetails({ ...good, receivedAt });
      expect(parsed).not.toHaveProperty('receivedAt');
      expect(parsed.to).toEqual(good.to);
      expect(parsed.headers).toEqual(good.headers);
    }
    expect(parseMessageDetails({ ...good, receivedAt: 'x'.repeat(DETAIL_LIMITS.date) }).receivedAt).toHaveLength(DETAIL_LIMITS.date);
  });

  it('drops recipients one by one (wrong type, too long, blank), and the whole list when it is longer than sent', () => {
    const to = ['a@example.fi', 7, null, { address: 'b@example.fi' }, 'c'.repeat(DETAIL_LIMITS.recipient + 1), '', 'd@example.fi'];
    expect(parseMessageDetails({ to }).to).toEqual(['a@example.fi', 'd@example.fi']);
    expect(parseMessageDetails({ to: 'a@example.fi' }).to).toEqual([]);
    const many = Array.from({ length: DETAIL_LIMITS.recipients + 1 }, (_, i) => `r${i}@example.fi`);
    expect(parseMessageDetails({ to: many }).to).toEqual([]);
    expect(parseMessageDetails({ to: many.slice(0, DETAIL_LIMITS.recipients) }).to).toHaveLength(DETAIL_LIMITS.recipients);
  });

  it('drops headers with a missing or over-long name, an over-long value, wrong types or extra keys', () => {
    const headers = [
      { name: 'From', value: 'ok' },
      { name: '', value: 'no name' },
      { name: 'N'.repeat(DETAIL_LIMITS.headerName + 1), value: 'long name' },
      { name: 'Long', value: 'v'.repeat(DETAIL_LIMITS.headerValue + 1) },
      { name: 'Type', value: 5 },
      { name: 'Extra', value: 'x', html: '<b>x</b>' },
      'Date: today',
      { name: 'Date', value: '' },
    ];
    expect(parseMessageDetails({ headers }).headers).toEqual([
      { name: 'From', value: 'ok' },
      { name: 'Date', value: '' },
    ]);
    const many = Array.from({ length: DETAIL_LIMITS.headers + 1 }, (_, i) => ({ name: `X-${i}`, value: 'v' }));
    expect(parseMessageDetails({ headers: many }).headers).toEqual([]);
  });

  it('never throws, even on a getter that does', () => {
    const hostile = Object.defineProperty({}, 'receivedAt', {
      get() {
        throw new Error('boom');
      },
      enumerable: true,
    });
    expect(parseMessageDetails(hostile)).toEqual({ to: [], headers: [] });
  });

  it('lets through only what the evidence input accepts: details at every limit still build a file', () => {
    const parsed = parseMessageDetails({
      receivedAt: 'd'.repeat(DETAIL_LIMITS.date),
      to: Array.from({ length: DETAIL_LIMITS.recipients }, () => 'r'.repeat(DETAIL_LIMITS.recipient)),
      headers: Array.from({ length: DETAIL_LIMITS.headers }, () => ({ name: 'n'.repeat(DETAIL_LIMITS.headerName), value: 'v'.repeat(DETAIL_LIMITS.headerValue) })),
    });
    // Nothing was dropped on the way: every detail at its limit is in the file as it was sent.
    expect(parsed.to).toHaveLength(DETAIL_LIMITS.recipients);
    expect(parsed.headers).toHaveLength(DETAIL_LIMITS.headers);
    const file = buildEvidence({ provider: 'roundcube', savedAt: '2026-11-23T18:03:00.000Z', features: show.features, verdict: show.verdict, ...parsed }, t);
    expect(file.text).toContain('d'.repeat(DETAIL_LIMITS.date));
    expect(file.text).toContain('r'.repeat(DETAIL_LIMITS.recipient));
    const headerLine = `${'n'.repeat(DETAIL_LIMITS.headerName)}: ${'v'.repeat(DETAIL_LIMITS.headerValue)}`;
    expect(file.content.split('\n').filter((line) => line === headerLine)).toHaveLength(DETAIL_LIMITS.headers);
  });
});

describe('evidence file with the details the webmail showed', () => {
  const details = parseMessageDetails({
    receivedAt: 'Sat, Oct 24, 2020, 10:41 AM',
    to: ['Maija Mäkelä <maija.makela@gmail.com>'],
    headers: [
      { name: 'Subject', value: 'Maija Mäkelä' },
      { name: 'From', value: 'Asiakastuki <tuki@example.invalid>' },
      { name: 'To', value: 'Maija Mäkelä <maija.makela@gmail.com>' },
      { name: 'Date', value: '2020-10-24 10:41' },
    ],
  });
  const input: EvidenceInput = { provider: 'roundcube', savedAt: '2026-11-23T18:03:00.000Z', features: show.features, verdict: show.verdict, ...details };
  const evidence = buildEvidence(input, t);

  it('shows the date and recipient, and puts the shown headers at the head of the content', () => {
    expect(evidence.text).toContain('Date received: Sat, Oct 24, 2020, 10:41 AM');
    expect(evidence.text).toContain('To: Maija Mäkelä <maija.makela@gmail.com>');
    expect(evidence.text).toContain('Headers: as exposed by the webmail');
    expect(evidence.content).toBe(
      [
        'Subject: Maija Mäkelä',
        'From: Asiakastuki <tuki@example.invalid>',
        'To: Maija Mäkelä <maija.makela@gmail.com>',
        'Date: 2020-10-24 10:41',
        '',
        `Maksu: ${BTC}`,
      ].join('\n'),
    );
  });

  it('hashes exactly the content between the markers, headers included', () => {
    const between = evidence.text.split(`${CONTENT_BEGIN}\n`)[1]!.split(`\n${CONTENT_END}`)[0]!;
    expect(between).toBe(evidence.content);
    expect(evidence.contentSha256).toBe(bytesToHex(sha256(new TextEncoder().encode(between))));
    // The details are part of what is hashed: another date is another hash.
    const other = buildEvidence({ ...input, headers: input.headers!.map((h) => (h.name === 'Date' ? { ...h, value: '2020-10-25 10:41' } : h)) }, t);
    expect(other.contentSha256).not.toBe(evidence.contentSha256);
  });

  it('without headers, the date goes into the content as a Date line', () => {
    const noHeaders = buildEvidence({ ...input, headers: [] }, t);
    expect(noHeaders.content.split('\n\n')[0]!.split('\n')).toContain('Date: Sat, Oct 24, 2020, 10:41 AM');
    expect(noHeaders.text).toContain('Headers: not exposed by the webmail');
  });
});
