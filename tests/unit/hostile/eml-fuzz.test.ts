import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildMatchIndex } from '../../../utils/core/engine/index';
import { classify } from '../../../utils/core/engine/classify';
import { MessageFeaturesSchema } from '../../../utils/core/engine/features';
import { MailParseError, parseEml, plainTextToFeatures } from '../../../utils/core/mail/eml';
import { htmlToVisibleTextViaDom } from '../../../scripts/lib/dom-text';

// Whatever the bytes, the parser ends in a verdict or in a MailParseError a person can read:
// never another exception, never a hang (the time per byte at the caps is measured by
// `npm run bench -- parser`, not here: tests do not time things).
const index = buildMatchIndex([]);

async function outcome(bytes: Uint8Array): Promise<'verdict' | 'refused'> {
  try {
    const parsed = await parseEml(bytes, { htmlToText: htmlToVisibleTextViaDom });
    // The features must still hold to the contract a content script's would.
    MessageFeaturesSchema.parse(parsed.features);
    expect(['known', 'suspected', 'none']).toContain(classify(index, parsed.features).level);
    return 'verdict';
  } catch (e) {
    if (!(e instanceof MailParseError)) throw e;
    expect(e.message.length).toBeGreaterThan(5);
    expect(e.message).not.toMatch(/\n\s+at /);
    return 'refused';
  }
}

const enc = new TextEncoder();
const concat = (parts: Uint8Array[]): Uint8Array => {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
};

/** Pieces of real mail syntax, so that generated files get deep into the parser. */
const token = fc.constantFrom(
  'From: a@example.com', 'To: x:;,y:;', 'Subject: ', '=?utf-8?B?w6Tk?=', '=?utf-8?Q?=C3=A4?=', '=?x?B?', '?=',
  'Content-Type: multipart/mixed; boundary="b"', 'Content-Type: message/rfc822', 'Content-Type: text/html',
  'Content-Transfer-Encoding: base64', 'Content-Transfer-Encoding: quoted-printable', 'charset=', 'boundary=b',
  '--b', '--b--', '<div>', '</div>', '<p style="display:none">', '&#x202e;', '&amp;', '=\r\n', '=C3', 'Pay $2,000 in bitcoin',
  '\r\n', '\n', '\r', '\r\n\r\n', '\t', ' ', '\u0000', '\u001b', '\u0085', '\u202e', 'ä', '😀',
);
const structured = fc.array(token, { maxLength: 400 }).map((parts) => enc.encode(parts.join('')));
const rawBytes = fc.uint8Array({ maxLength: 4096 });
const mixed = fc.tuple(structured, rawBytes, structured).map(([a, b, c]) => concat([a, b, c]));

describe('parser fuzz: random and structured garbage within the limits', () => {
  it('random bytes give a verdict or a MailParseError', async () => {
    await fc.assert(fc.asyncProperty(rawBytes, async (bytes) => void (await outcome(bytes))), { numRuns: 300 });
  });

  it('mail-shaped garbage gives a verdict or a MailParseError', async () => {
    await fc.assert(fc.asyncProperty(structured, async (bytes) => void (await outcome(bytes))), { numRuns: 400 });
  });

  it('mail syntax around raw bytes gives a verdict or a MailParseError', async () => {
    await fc.assert(fc.asyncProperty(mixed, async (bytes) => void (await outcome(bytes))), { numRuns: 200 });
  });

  it('a header section followed by garbage still reaches the parser and ends either way', async () => {
    const head = enc.encode('From: a@example.com\r\nSubject: fuzz\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n');
    const seen = new Set<string>();
    await fc.assert(
      fc.asyncProperty(mixed, async (bytes) => {
        seen.add(await outcome(concat([head, bytes])));
      }),
      { numRuns: 200 },
    );
    // With valid headers, most inputs are read: the property is not passing by refusing all.
    expect(seen.has('verdict')).toBe(true);
  });

  it('a .txt body of random bytes gives features or a MailParseError', () => {
    fc.assert(
      fc.property(rawBytes, (bytes) => {
        try {
          MessageFeaturesSchema.parse(plainTextToFeatures(bytes));
        } catch (e) {
          if (!(e instanceof MailParseError)) throw e;
        }
      }),
      { numRuns: 300 },
    );
  });
});
