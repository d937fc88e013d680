import { describe, expect, it } from 'vitest';
import { buildMatchIndex } from '../../../utils/core/engine/index';
import { classify } from '../../../utils/core/engine/classify';
import { MailParseError, parseEml } from '../../../utils/core/mail/eml';
import { MIME_LIMITS } from '../../../utils/core/mail/mime-bounds';
import { freshBtcBech32 } from '../../corpus/src/addresses';
import { htmlToVisibleTextViaDom } from '../../../scripts/lib/dom-text';

const crlf = (lines: string[]): string => lines.join('\r\n') + '\r\n';
const ADDRESS = freshBtcBech32('unit-eml-bounds');
const DEMAND = `I have photos of you at the hotel. Pay $2,000 in bitcoin to ${ADDRESS} by Friday. If I don't see the money, I will send them to your family.`;
const index = buildMatchIndex([]);

async function refusal(eml: string | Uint8Array): Promise<string> {
  try {
    await parseEml(eml, { htmlToText: htmlToVisibleTextViaDom });
  } catch (e) {
    expect(e).toBeInstanceOf(MailParseError);
    return (e as Error).message;
  }
  throw new Error('the file was read, but should have been refused');
}

/** Adjacent base64 words that postal-mime joins (in quadratic time) and then fails to decode as UTF-8. */
const encodedWords = (n: number): string => Array.from({ length: n }, () => '=?utf-8?B?w6Tk?=').join(' ');

describe('bounded parsing: each cap has its own error naming the limit', () => {
  it('refuses more encoded words than the cap, and reads a subject at the cap', async () => {
    const over = await refusal(crlf(['From: a@example.com', `Subject: ${encodedWords(80_000)}`, '', 'hi']));
    expect(over).toContain(`more than ${MIME_LIMITS.encodedWords.toLocaleString('en')} encoded words`);
    const at = await parseEml(crlf(['From: a@example.com', `Subject: ${encodedWords(MIME_LIMITS.encodedWords)}`, '', 'hi']), { htmlToText: htmlToVisibleTextViaDom });
    expect(at.features.subject.length).toBeGreaterThan(0);
  });

  it('counts encoded words in part headers too (a filename, a description)', async () => {
    const eml = crlf([
      'From: a@example.com',
      'Content-Type: multipart/mixed; boundary="b"',
      '',
      '--b',
      'Content-Type: text/plain',
      '',
      'hello',
      '--b',
      'Content-Type: application/octet-stream',
      `Content-Description: ${encodedWords(MIME_LIMITS.encodedWords + 1)}`,
      '',
      'AAAA',
      '--b--',
    ]);
    expect(await refusal(eml)).toContain('encoded words');
  });

  it('refuses more MIME parts than the cap, also inside a forwarded message', async () => {
    const parts = (n: number, boundary: string): string[] => [
      ...Array.from({ length: n }, () => [`--${boundary}`, 'Content-Type: text/plain', '', 'x']).flat(),
      `--${boundary}--`,
    ];
    const flat = crlf(['From: a@example.com', 'Content-Type: multipart/mixed; boundary="p"', '', ...parts(MIME_LIMITS.parts + 1, 'p')]);
    expect(await refusal(flat)).toContain(`more than ${MIME_LIMITS.parts.toLocaleString('en')} MIME parts`);
    const nested = crlf([
      'From: a@example.com',
      'Content-Type: multipart/mixed; boundary="outer"',
      '',
      '--outer',
      'Content-Type: message/rfc822',
      '',
      'From: b@example.com',
      'Content-Type: multipart/mixed; boundary="inner"',
      '',
      ...parts(MIME_LIMITS.parts + 1, 'inner'),
      '--outer--',
    ]);
    expect(await refusal(nested)).toContain('MIME parts');
    const atCap = crlf(['From: a@example.com', 'Content-Type: multipart/mixed; boundary="p"', '', ...parts(MIME_LIMITS.parts - 1, 'p')]);
    expect((await parseEml(atCap, { htmlToText: htmlToVisibleTextViaDom })).features.bodyText).toContain('x');
  });

  it('refuses header lines larger than the cap', async () => {
    const received = Array.from({ length: 3_000 }, (_, i) => `Received: from relay${i}.example.net by mx.example.com with ESMTP id ${'x'.repeat(60)}`);
    expect(await refusal(crlf(['From: a@example.com', ...received, '', 'hi']))).toContain(
      `header lines are larger than ${MIME_LIMITS.headerBytes.toLocaleString('en')} bytes`,
    );
  });
});

describe('never "nothing found" by accident', () => {
  it('reads a file with CR-only line endings as an email', async () => {
    const eml = ['From: Extortionist <x@example.net>', 'Subject: About your secret', 'Content-Type: text/plain; charset=utf-8', '', DEMAND, ''].join('\r');
    const parsed = await parseEml(eml, { htmlToText: htmlToVisibleTextViaDom });
    expect(parsed.features.senderAddress).toBe('x@example.net');
    expect(parsed.features.subject).toBe('About your secret');
    expect(classify(index, parsed.features).level).toBe('suspected');
  });

  it('refuses, with a message, forwarded messages nested deeper than the parser reads', async () => {
    let inner = crlf(['From: x@example.net', 'Subject: About your secret', 'Content-Type: text/plain', '', DEMAND]);
    for (let depth = 0; depth < 12; depth++) {
      inner = crlf([`From: fwd${depth}@example.org`, `Subject: Fwd ${depth}`, 'Content-Type: message/rfc822', '', inner]);
    }
    expect(await refusal(inner)).toContain('nested more than 10 deep');
  });

  it('reads the end of a body after 600 KB of visible filler, and says the body was clipped', async () => {
    const filler = '<p>Lorem ipsum dolor sit amet, consectetur adipiscing elit.</p>\r\n'.repeat(Math.ceil((600 * 1024) / 60));
    const eml = crlf(['From: x@example.net', 'Subject: About your secret', 'Content-Type: text/html; charset=utf-8', '', `<html><body>${filler}<p>${DEMAND}</p></body></html>`]);
    const parsed = await parseEml(eml, { htmlToText: htmlToVisibleTextViaDom });
    expect(parsed.features.bodyClipped?.totalChars).toBeGreaterThan(600 * 1024 * 0.8);
    expect(parsed.features.bodyText).toContain('by Friday');
    expect(classify(index, parsed.features).level).toBe('suspected');
  });
});
