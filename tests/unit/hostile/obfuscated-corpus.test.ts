/**
 * The spammer's disguises, applied to every tuned real text and every synthetic corpus mail:
 * each extortion text the engine flags as written must still be flagged when its body is
 * disguised the way spam is, and no honest text may become flagged by a disguise. Phrase by
 * phrase, tests/unit/text and tests/unit/heuristics check each disguise; this test checks that
 * they hold together on whole mails written by others (tests/corpus/real/*\/SOURCES.md).
 *
 * Only words are disguised, never a payment address: an address is Base58 or Bech32, whose
 * case and letters are the address, and the engine's look-alike fold for address candidates
 * has its own tests (tests/unit/payment).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { buildMatchIndex } from '../../../utils/core/engine/index';
import { classify } from '../../../utils/core/engine/classify';
import type { MessageFeatures } from '../../../utils/core/engine/features';
import { parseEml } from '../../../utils/core/mail/eml';
import { htmlToVisibleTextViaDom } from '../../../scripts/lib/dom-text';
import { loadCorpus } from '../../corpus/src/evaluate';
import { loadRealCorpus } from '../../corpus/src/real';

type Text = { name: string; label: 'extortion' | 'benign'; features: MessageFeatures };

/** A word the disguises may touch: letters only between non-word characters, so never a piece of an address. */
const WORD = /(?<![\p{L}\p{N}])\p{L}{2,20}(?![\p{L}\p{N}])/gu;
const onWords = (text: string, disguise: (word: string, nth: number) => string): string => {
  let nth = 0;
  return text.replace(WORD, (word) => disguise(word, nth++));
};

const backwards = (word: string): string => Array.from(word).reverse().join('');

/** Latin letters and the Cyrillic ones that look the same (normalize.ts folds them back). */
const CYRILLIC: Readonly<Record<string, string>> = { a: 'а', e: 'е', o: 'о', p: 'р', c: 'с', x: 'х', y: 'у', i: 'і' };

/** Hard-wraps each paragraph at `width` columns with CRLF, as plain-text mail clients send it. */
function wrap(text: string, width: number): string {
  return text
    .split('\n')
    .map((line) => {
      const rows: string[] = [];
      let row = '';
      for (const word of line.split(' ')) {
        if (row !== '' && row.length + 1 + word.length > width) {
          rows.push(row);
          row = word;
        } else row = row === '' ? word : `${row} ${word}`;
      }
      rows.push(row);
      return rows.join('\r\n');
    })
    .join('\r\n');
}

const DISGUISES: readonly (readonly [string, (body: string) => string])[] = [
  ['hard-wrapped at 38 columns with CRLF', (body) => wrap(body, 38)],
  ['quoted as a reply ("> " before every line)', (body) => body.split('\n').map((line) => `> ${line}`).join('\n')],
  ['words in capitals', (body) => onWords(body, (word) => word.toUpperCase())],
  ['a zero-width space or soft hyphen inside every third word', (body) => onWords(body, (word, nth) => (nth % 3 === 0 && word.length > 3 ? `${word.slice(0, 2)}${nth % 2 === 0 ? '\u200B' : '\u00AD'}${word.slice(2)}` : word))],
  ['Cyrillic look-alike letters in every other word', (body) => onWords(body, (word, nth) => (nth % 2 === 0 ? word.replace(/[aeopcxyi]/g, (c) => CYRILLIC[c]!) : word))],
  ['digits for letters in every fourth word ("vide0" aside: only between letters)', (body) => onWords(body, (word, nth) => (nth % 4 === 0 ? word.replace(/(?<=.)[oiea](?=.)/g, (c) => ({ o: '0', i: '1', e: '3', a: '4' })[c]!) : word))],
  ['every fifth word stored backwards behind a right-to-left override (shown the right way round)', (body) => onWords(body, (word, nth) => (nth % 5 === 0 ? `\u202E${backwards(word)}\u202C` : word))],
  ['no-break and doubled spaces', (body) => body.replace(/ /g, (_, at: number) => (at % 2 === 0 ? '\u00A0' : '  '))],
];

/**
 * Every way of hiding text that the shared reader knows (utils/core/mail/css-hiding.ts), taken
 * in turn: spam hides filler between the words to break up phrases, and a hostile sender could
 * hide a warning's words to trigger the warning-framing veto, or an extortioner's to flag an
 * honest mail.
 */
const HIDERS = [
  'display:none', 'font-size:0', 'font-size:1px', 'color:transparent', 'color:#fff;background-color:#fff',
  'mso-hide:all', 'position:absolute;left:-9999px', 'transform:scale(0)', 'width:0;height:0;overflow:hidden;display:inline-block',
];
const FILLER = {
  // Hidden in extortion: a warning's words, which would veto it if they were read.
  extortion: ["don't pay, report it to the police", 'the scammers send this mail to thousands, ignore it'],
  // Hidden in honest mail: an extortioner's words, which would flag it if they were read.
  benign: ['i recorded you, pay 500 € in bitcoin within 24 hours', 'or i send the video to all your contacts'],
} as const;

const escapeHtml = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The body as an HTML mail, each match of `pattern` in each escaped line passed to `disguise` with its count from 1. */
function asHtml(body: string, pattern: RegExp, disguise: (word: string, nth: number) => string): string {
  let nth = 0;
  const lines = body.split('\n').map((line) => escapeHtml(line).replace(pattern, (word) => disguise(word, ++nth)));
  return `<html><body><div>${lines.join('<br>')}</div></body></html>`;
}

/** The body as an HTML mail with hidden filler after every fourth word, each hidden another way. */
const withHiddenFiller = (body: string, label: Text['label']): string =>
  asHtml(body, /(\S+)(?=\s|$)/g, (word, nth) =>
    nth % 4 !== 0 ? word : `${word}<span style="${HIDERS[(nth / 4) % HIDERS.length]!}"> ${FILLER[label][(nth / 4) % 2]} </span>`,
  );

/** The body as an HTML mail with every fifth word stored backwards and shown the right way round by the markup. */
const withReversedWords = (body: string): string =>
  asHtml(body, /(?<![\p{L}\p{N}&;])\p{L}{2,20}(?![\p{L}\p{N}])/gu, (word, nth) =>
    nth % 5 !== 0
      ? word
      : nth % 2 === 0
        ? `<bdo dir="rtl">${backwards(word)}</bdo>`
        : `<span style="unicode-bidi:bidi-override;direction:rtl">${backwards(word)}</span>`,
  );

const index = buildMatchIndex([]);
const flagged = (features: MessageFeatures): boolean => classify(index, features).level !== 'none';
const texts: Text[] = [];

/**
 * The texts whose verdict a disguised body changes: a flagged extortion text that is no longer
 * flagged, or an honest one that becomes flagged. Extortion the engine misses as written, and
 * honest mail it flags as written, are the corpus report's business, not a disguise's.
 */
function changedVerdicts(disguisedBody: (t: Text) => string): string[] {
  const changed: string[] = [];
  for (const t of texts) {
    const before = flagged(t.features);
    if (t.label === 'extortion' ? !before : before) continue;
    const after = flagged({ ...t.features, bodyText: disguisedBody(t) });
    if (after !== before) changed.push(`${t.name}: ${before ? 'flagged' : 'unflagged'} → ${after ? 'flagged' : 'unflagged'}`);
  }
  return changed;
}

beforeAll(async () => {
  for (const f of loadRealCorpus()) {
    // Untuned files are read by the corpus report alone, once (tests/corpus/README.md).
    if (f.batch !== 'tuned') continue;
    const { features } = await parseEml(f.bytes, { htmlToText: htmlToVisibleTextViaDom });
    texts.push({ name: f.path, label: f.label, features });
  }
  for (const f of loadCorpus()) {
    const { features } = await parseEml(f.bytes, { htmlToText: htmlToVisibleTextViaDom });
    texts.push({ name: f.file, label: f.label, features });
  }
}, 60_000);

describe('disguised corpus mail', () => {
  it('holds hundreds of flagged extortion texts and honest ones to disguise', () => {
    expect(texts.filter((t) => t.label === 'extortion' && flagged(t.features)).length).toBeGreaterThan(250);
    expect(texts.filter((t) => t.label === 'benign').length).toBeGreaterThan(350);
  });

  it('keeps every verdict when sent as HTML with filler hidden in every way the reader knows', () => {
    expect(changedVerdicts((t) => htmlToVisibleTextViaDom(withHiddenFiller(t.features.bodyText, t.label)).text)).toEqual([]);
  });

  it('keeps every verdict when sent as HTML with every fifth word stored backwards and shown the right way round by <bdo> or a style', () => {
    expect(changedVerdicts((t) => htmlToVisibleTextViaDom(withReversedWords(t.features.bodyText)).text)).toEqual([]);
  });

  for (const [name, disguise] of DISGUISES) {
    it(`keeps every verdict when ${name}`, () => {
      expect(changedVerdicts((t) => disguise(t.features.bodyText))).toEqual([]);
    });
  }
});
