import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toWordForm, toWordFormMarkingSentences } from '../../../utils/core/signatures/tokens';
import { mailText } from '../text/arbitraries';

const MARK = '¦';
// What the one-pass form must equal: sentence ends replaced by the mark, then the word form.
const reference = (s: string): string => toWordForm(s.replace(/[.!?;:]+(?=\s|$)/g, ` ${MARK} `));

describe('toWordFormMarkingSentences', () => {
  it.each([
    ["Don't pay. Report it!", "don t pay ¦ report it ¦"],
    ['a.b c?! d', 'a b c ¦ d'],
    ['x:\u00A0y', 'x ¦ y'],
    ['1.5 btc', '1 5 btc'],
    ['...', '¦'],
    ['', ''],
  ])('%j → %j', (input, expected) => {
    expect(toWordFormMarkingSentences(input.toLowerCase(), MARK)).toBe(expected);
  });

  it('equals the word form of the text with each sentence end replaced by the mark', () => {
    const piece = fc.constantFrom('.', '!', '?', ';', ':', ' ', '\n', '\u00A0', '\u3000', 'a', 'ä', '€', '-', '1', '\uD83D\uDE00', '\u0301');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
        const s = pieces.join('');
        expect(toWordFormMarkingSentences(s, MARK)).toBe(reference(s));
      }),
    );
    fc.assert(
      fc.property(mailText(80), (s) => {
        expect(toWordFormMarkingSentences(s, MARK)).toBe(reference(s));
      }),
    );
  });

  it('builds texts longer than one chunk of code units', () => {
    const long = 'word. '.repeat(5000);
    expect(toWordFormMarkingSentences(long, MARK)).toBe(reference(long));
    expect(toWordForm(long)).toBe(Array.from({ length: 5000 }, () => 'word').join(' '));
  });
});
