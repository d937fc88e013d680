import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import { describe, expect, it } from 'vitest';
import en from '../../../public/_locales/en/messages.json';
import fi from '../../../public/_locales/fi/messages.json';
import { makeTranslator } from '../../../components/i18n';
import { buildEvidence, CONTENT_BEGIN, CONTENT_END } from '../../../utils/app/evidence/build';
import { buildReportSummary, hasVastaamoShape } from '../../../utils/app/evidence/report';
import type { EvidenceInput } from '../../../utils/app/evidence/schema';
import { localizeEntry } from '../../../utils/app/guidance/resolve';
import { CATALOGUE } from '../../../utils/app/guidance/catalogue';

const t = makeTranslator(en);
const BTC = 'bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4';

const input: EvidenceInput = {
  provider: 'gmail',
  savedAt: '2026-11-23T18:03:00.000Z',
  receivedAt: '24 Oct 2020, 10:12',
  to: ['patient@example.fi'],
  features: {
    senderAddress: 'ransom@example.net',
    senderName: 'Ransom\nFake: header',
    subject: 'Vastaamo: your data',
    bodyText: `Hello,\nPay 200 EUR in bitcoin to ${BTC} within 24 hours.\nÄlä viivyttele.`,
    links: ['http://example.onion/'],
  },
  verdict: {
    level: 'known',
    reasons: [{ rule: 'payment-address', campaignId: 'vastaamo-2020', listId: 'vahti-default', listVersion: 3, matched: 'bc1qw5…3t4' }],
  },
  extensionVersion: '0.1.0',
};

describe('evidence file', () => {
  const evidence = buildEvidence(input, t);

  it('holds sender, date, subject, payment address in full, reasons and the full text', () => {
    expect(evidence.text).toContain('Sender: Ransom Fake: header <ransom@example.net>');
    expect(evidence.text).toContain('Date received: 24 Oct 2020, 10:12');
    expect(evidence.text).toContain('Subject: Vastaamo: your data');
    expect(evidence.text).toContain(`  btc ${BTC}`);
    expect(evidence.text).toContain('payment-address, campaign vastaamo-2020, list vahti-default v3');
    expect(evidence.text).toContain('Älä viivyttele.');
    expect(evidence.text).toContain('Nothing was uploaded');
  });

  it('hashes exactly the content between the markers, and the hash is checkable', () => {
    const between = evidence.text.split(`${CONTENT_BEGIN}\n`)[1]!.split(`\n${CONTENT_END}`)[0]!;
    expect(between).toBe(evidence.content);
    const expected = bytesToHex(sha256(new TextEncoder().encode(between)));
    expect(evidence.contentSha256).toBe(expected);
    expect(evidence.text).toContain(`SHA-256 of the message content: ${expected}`);
    expect(evidence.fileName).toBe(`vahti-evidence-2026-11-23-1803-${expected.slice(0, 8)}.txt`);
  });

  it('changes the hash when one character of the body changes', () => {
    const other = buildEvidence({ ...input, features: { ...input.features, bodyText: input.features.bodyText + '!' } }, t);
    expect(other.contentSha256).not.toBe(evidence.contentSha256);
  });

  it('uses exposed headers as the header part of the content', () => {
    const withHeaders = buildEvidence({ ...input, headers: [{ name: 'Received', value: 'from mx.example.net' }] }, t);
    expect(withHeaders.content.startsWith('Received: from mx.example.net\n\n')).toBe(true);
    expect(withHeaders.text).toContain('as exposed by the webmail');
  });

  it('keeps a one-line field from faking a section (no line breaks in header lines)', () => {
    const header = evidence.content.split('\n\n')[0]!;
    expect(header.split('\n')).toEqual([
      'From: Ransom Fake: header <ransom@example.net>',
      'To: patient@example.fi',
      'Date: 24 Oct 2020, 10:12',
      'Subject: Vastaamo: your data',
    ]);
  });

  it('has a JSON twin with the same hash', () => {
    const json = JSON.parse(evidence.json);
    expect(json.format).toBe('vahti-evidence');
    expect(json.contentSha256).toBe(evidence.contentSha256);
    expect(json.paymentAddresses[0].address).toBe(BTC);
  });
});

describe('police report summary', () => {
  const evidence = buildEvidence(input, t);

  it('is shaped for the Finnish online form, in Finnish, with the word Vastaamo', () => {
    const police = localizeEntry(CATALOGUE.get('fi-police')!, 'fi');
    const summary = buildReportSummary(input, evidence, police, makeTranslator(fi, en));
    expect(summary).toContain('Rikosilmoitus: kiristys sähköpostitse');
    expect(summary).toContain('Vastaamo');
    expect(summary).toContain('24 Oct 2020, 10:12');
    expect(summary).toContain('patient@example.fi');
    expect(summary).toContain(`BTC ${BTC}`);
    expect(summary).toContain(evidence.contentSha256);
    expect(summary).toContain('Olenko maksanut: (täydennä');
    expect(summary).not.toContain('Pay 200 EUR');
  });

  it('names Vastaamo when the mail has its shape, even from a sender no list knows', () => {
    const police = localizeEntry(CATALOGUE.get('fi-police')!, 'en');
    const heuristic = (signal: string, matched: string) => ({ rule: 'heuristic' as const, signal, matched });
    const shaped = {
      ...input,
      verdict: {
        level: 'suspected' as const,
        reasons: [heuristic('identity-code-with-demand', '150385-****'), heuristic('therapy-context', 'terap…'), heuristic('payment-demand', 'maksakaa')],
      },
    };
    expect(buildReportSummary(shaped, evidence, police, t)).toContain('Vastaamo case');
    // Without therapy context it is another identity-code threat, not named Vastaamo.
    const noTherapy = { ...shaped, verdict: { ...shaped.verdict, reasons: shaped.verdict.reasons.filter((r) => r.signal !== 'therapy-context') } };
    expect(buildReportSummary(noTherapy, evidence, police, t)).not.toContain('Vastaamo case');
    expect(hasVastaamoShape(shaped.verdict.reasons, 0)).toBe(false);
    expect(hasVastaamoShape(shaped.verdict.reasons, 1)).toBe(true);
  });

  it('leaves whether the person replied for them to fill in', () => {
    const police = localizeEntry(CATALOGUE.get('fi-police')!, 'fi');
    const summary = buildReportSummary(input, evidence, police, makeTranslator(fi, en));
    expect(summary).toContain('Olenko vastannut: (täydennä');
    expect(summary).not.toContain('En ole vastannut');
    expect(summary).toContain('minulta vaaditaan rahaa');
  });

  it('adds the IC3 keyword for the US and asks to fill in what is unknown', () => {
    const police = localizeEntry(CATALOGUE.get('us-ic3')!, 'en');
    const summary = buildReportSummary({ ...input, to: [], receivedAt: undefined }, evidence, police, t);
    expect(summary).toContain('Keyword: extortion email scheme');
    expect(summary).toContain('When I received it: (please fill in)');
  });
});
