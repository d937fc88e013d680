import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { collapseWhitespace, foldDigitsInWords, foldForMatching, foldLookalikes, foldNormalizedForMatching, normalizeText } from '../../../utils/core/text/normalize';
import { mailText } from './arbitraries';

describe('normalizeText', () => {
  it('removes zero-width, bidi, soft-hyphen, word-joiner, BOM and variation-selector characters', () => {
    expect(normalizeText('bit\u200Bco\u200Cin \u200Dwal\u2060let')).toBe('bitcoin wallet');
    // The override shows "abc" as "cba", which is what is read (see "right-to-left overrides").
    expect(normalizeText('\uFEFFpay\u00ADment \u202Eabc\u202C \u2066x\u2069')).toBe('payment cba x');
    expect(normalizeText('a\uFE0Fb\u180Ec\u034Fd')).toBe('abcd');
  });

  it('applies NFKC: full-width and ligature forms become plain letters', () => {
    expect(normalizeText('ＢＴＣ １２３')).toBe('BTC 123');
    expect(normalizeText('ﬁle')).toBe('file');
  });

  it('collapses whitespace runs to one space and keeps a line break as one newline', () => {
    expect(normalizeText('  a \t\u00A0  b  ')).toBe('a b');
    expect(normalizeText('a  \r\n\r\n  b\u2028c')).toBe('a\nb\nc');
  });

  it('keeps case and diacritics', () => {
    expect(normalizeText('Hyvä Asiakas, Öljy ÅÄÖ')).toBe('Hyvä Asiakas, Öljy ÅÄÖ');
    // A decomposed ä (a + combining diaeresis) is composed, not stripped.
    expect(normalizeText('ha\u0308n')).toBe('hän');
  });

  it('is idempotent', () => {
    fc.assert(
      fc.property(mailText(200), (s) => {
        const once = normalizeText(s);
        expect(normalizeText(once)).toBe(once);
      }),
    );
  });
});

describe('foldForMatching', () => {
  it('folds Cyrillic and Greek look-alikes in keywords and lower-cases', () => {
    // Cyrillic с and о in "bitсоin", Cyrillic а and е in "WАLLЕT", Greek ο and ρ.
    expect(foldForMatching('Send Bitсоin to my WАLLЕT')).toBe('send bitcoin to my wallet');
    expect(foldForMatching('ΒΙΤCΟΙΝ')).toBe('bitcoin');
    expect(foldForMatching('Ρаypаl')).toBe('paypal');
  });

  it('folds the Armenian, IPA, small-capital and lunate-sigma letters sextortion templates hide words with', () => {
    // Armenian ո for n, Cyrillic ԍ for g, Greek ϲ (NFKC makes it ς), IPA ɑ and ɡ, small capital ᴡ, hooked ƙ.
    expect(foldForMatching('tiϲkiոԍ, ɑϲсeѕѕ tо ẏоur ɡɑdԍеtѕ ᴡіth thaոƙs')).toBe('ticking, access to your gadgets with thanks');
    // One UTF-16 unit in, one out: offsets into the folded text stay valid.
    const hidden = 'ɑᴡոϲƙʏ';
    expect(foldLookalikes(hidden)).toHaveLength(hidden.length);
  });

  it('turns every whitespace run, line breaks included, into one space', () => {
    expect(foldForMatching(' within\n\n 24 \t hours ')).toBe('within 24 hours');
  });

  it('keeps å, ä and ö distinct from a and o', () => {
    expect(foldForMatching('SÄHKÖPOSTI Åbo')).toBe('sähköposti åbo');
    expect(foldForMatching('maksa')).not.toBe(foldForMatching('mäksa'));
  });

  it('drops invisible characters inside words', () => {
    expect(foldForMatching('bit\u200Bcoin')).toBe('bitcoin');
  });

  it('gives the same result on raw and on normalised text, with no line breaks or double spaces', () => {
    fc.assert(
      fc.property(mailText(200), (s) => {
        const folded = foldForMatching(s);
        expect(foldForMatching(normalizeText(s))).toBe(folded);
        expect(folded).not.toMatch(/\s\s|\n/);
      }),
    );
  });
});

describe('foldNormalizedForMatching', () => {
  // The engine's form: subject and body normalised and joined by a line break.
  const joined = (subject: string, body: string): string => `${normalizeText(subject)}\n${normalizeText(body)}`;

  it('folds normalised text, joined or not, as foldForMatching folds it', () => {
    const piece = fc.constantFrom('', ' ', '\n', '\r\n', '\t', '\u00A0', '\u2028', '\u0085', '\u3000', 'İ', 'Ω', '\u2126', 'Ν', 'ĕ', 'a', 'Ä', '€', '\u200B');
    const text = fc.oneof(mailText(120), fc.array(piece, { maxLength: 20 }).map((p) => p.join('')));
    fc.assert(
      fc.property(text, text, (subject, body) => {
        expect(foldNormalizedForMatching(joined(subject, body))).toBe(foldForMatching(joined(subject, body)));
        expect(foldNormalizedForMatching(normalizeText(body))).toBe(foldForMatching(body));
      }),
      { numRuns: 500 },
    );
  });

  it('folds every corpus message as foldForMatching folds it', () => {
    const files = ['tests/corpus/extortion', 'tests/corpus/benign'].flatMap((dir) => readdirSync(dir).filter((f) => f.endsWith('.eml')).map((f) => join(dir, f)));
    expect(files.length).toBeGreaterThan(50);
    for (const file of files) {
      const raw = readFileSync(file, 'utf8');
      const [head, ...rest] = raw.split('\n\n');
      expect(foldNormalizedForMatching(joined(head!, rest.join('\n\n')))).toBe(foldForMatching(joined(head!, rest.join('\n\n'))));
    }
  });
});

describe('right-to-left overrides', () => {
  it('reads a run forced right-to-left in the order it is seen, up to a pop or the end of the line', () => {
    expect(normalizeText('Send \u202Enioctib\u202C to me')).toBe('Send bitcoin to me');
    expect(normalizeText('\u202Eoediv eht\nnext line')).toBe('the video\nnext line');
    expect(foldForMatching('I will send \u202Estcatnoc ruoy lla\u202C the clip')).toBe('i will send all your contacts the clip');
  });

  it('leaves text without an override as it is, and drops a stray pop', () => {
    expect(normalizeText('plain text')).toBe('plain text');
    expect(normalizeText('a\u202Cb')).toBe('ab');
  });
});

describe('foldDigitsInWords', () => {
  it('reads digits between letters as the letters they imitate', () => {
    expect(foldDigitsInWords('i recorded your p0rn session, pay in b1tc01n')).toBe('i recorded your porn session, pay in bitcoin');
    expect(foldDigitsInWords('w3bc4m h4ck3d')).toBe('webcam hacked');
    expect(foldDigitsInWords('kirj0ita')).toBe('kirjoita');
    expect(foldDigitsInWords('sähk0posti')).toBe('sähkoposti');
  });

  it('keeps digits that are numbers: beside a space, a sign or another digit, or at a word end', () => {
    const kept = ['pay 0.05 btc within 24h', '48 hours', '€1500', 'mp4 h264 covid19', 'lato2017', 'vide0', '1st 3rd', 'bc1qxy2k', 'abc2024def'];
    for (const text of kept.slice(0, 7)) expect(foldDigitsInWords(text)).toBe(text);
    // Digits among letters are read as letters wherever they are: an address's fold is never read as an address.
    expect(foldDigitsInWords('bc1qxy2k')).toBe('bciqxy2k');
    // 2 imitates no letter, so a run holding it is a number.
    expect(foldDigitsInWords('abc2024def')).toBe('abc2024def');
  });

  it('keeps the length, and returns the same string when nothing changes', () => {
    fc.assert(
      fc.property(mailText(200), (text) => {
        const folded = foldForMatching(text);
        const read = foldDigitsInWords(folded);
        expect(read.length).toBe(folded.length);
        expect(foldDigitsInWords(read)).toBe(read);
      }),
    );
    const plain = 'nothing to fold here, 24 hours';
    expect(foldDigitsInWords(plain)).toBe(plain);
  });
});

describe('foldLookalikes', () => {
  it('folds look-alikes but keeps case, so Base58 stays intact', () => {
    expect(foldLookalikes('Аа Оо Рр Сс')).toBe('Aa Oo Pp Cc');
    expect(foldLookalikes('1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2')).toBe('1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2');
    // Cyrillic А at position 18 becomes Latin A.
    expect(foldLookalikes('1BvBMSEYstWetqTFn5Аu4m4GFg7xJaNVN2')).toBe('1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2');
  });

  it('never changes the length of a string', () => {
    fc.assert(
      fc.property(mailText(200), (s) => {
        expect(foldLookalikes(s)).toHaveLength(s.length);
      }),
    );
  });

  it('leaves other Cyrillic letters alone', () => {
    expect(foldLookalikes('Жизнь')).toBe('Жизнь');
  });
});

describe('collapseWhitespace', () => {
  // The regular-expression form it replaces, kept here as the reference.
  const reference = (s: string, keepLineBreaks: boolean): string =>
    s.replace(/[\s\u0085]+/g, (run) => (keepLineBreaks && /[\n\r\v\f\u2028\u2029\u0085]/.test(run) ? '\n' : ' '));

  it('turns each run into one space, or one line break when asked and the run holds one', () => {
    expect(collapseWhitespace('a \t\u00A0 b\r\n\r\nc\u0085d', true)).toBe('a b\nc\nd');
    expect(collapseWhitespace('a \t\u00A0 b\r\n\r\nc\u0085d', false)).toBe('a b c d');
    expect(collapseWhitespace(' \n', true)).toBe('\n');
    expect(collapseWhitespace('\n', false)).toBe(' ');
  });

  it('returns the very same string when nothing changes', () => {
    const s = 'one line\nanother line';
    expect(collapseWhitespace(s, true)).toBe(s);
  });

  it('agrees with the regular-expression form on any text', () => {
    const piece = fc.constantFrom(' ', '  ', '\n', '\r\n', '\t', '\u00A0', '\u2028', '\u0085', '\u3000', 'a', 'ä', '€', '\uD83D\uDE00', '\uD800', 'x y');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), fc.boolean(), (pieces, keep) => {
        const s = pieces.join('');
        expect(collapseWhitespace(s, keep)).toBe(reference(s, keep));
      }),
    );
    fc.assert(
      fc.property(mailText(60), fc.boolean(), (s, keep) => {
        expect(collapseWhitespace(s, keep)).toBe(reference(s, keep));
      }),
    );
  });
});

describe('invisible characters outside the Basic Multilingual Plane', () => {
  it('removes astral variation selectors and tags but keeps emoji and lone surrogates', () => {
    expect(normalizeText('a\u{E0100}b\u{E0041}c')).toBe('abc');
    expect(normalizeText('a\u{1F600}b')).toBe('a\u{1F600}b');
    expect(normalizeText('a\uD800b')).toBe('a\uD800b');
  });
});

describe('foldNormalizedForMatching', () => {
  it('gives foldForMatching\'s result for normalizeText output (the engine folds its normalised text)', () => {
    fc.assert(
      fc.property(mailText(200), (s) => {
        const normalized = normalizeText(s);
        expect(foldNormalizedForMatching(normalized)).toBe(foldForMatching(normalized));
      }),
      { numRuns: 2000 },
    );
  });

  it('is not foldForMatching for text that was not normalised (it skips those passes)', () => {
    expect(foldNormalizedForMatching('pa\u200By')).toBe('pa\u200by');
    expect(foldForMatching('pa\u200By')).toBe('pay');
  });
});

