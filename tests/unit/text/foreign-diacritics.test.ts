import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldForeignDiacritics } from '../../../utils/core/text/foreign-diacritics';

describe('foldForeignDiacritics', () => {
  it('reads a homoglyph-sprinkled sextortion line as plain words', () => {
    expect(foldForeignDiacritics('lĕts gĕt straight to thĕ pőĭnt. i māde ā double videő')).toBe('lets get straight to the point. i made a double video');
    expect(foldForeignDiacritics('ıt ıs ųs')).toBe('it is us');
  });

  it('keeps the letters of the twelve reading languages', () => {
    const kept = 'sähköposti på sõnum šokk żółć będzie ørret cœur niño straße però perché más';
    expect(foldForeignDiacritics(kept)).toBe(kept);
  });

  it('keeps the length and leaves text without candidates as it is', () => {
    const s = 'ĕ ő ā ĭ ų ạ ẹ';
    expect(foldForeignDiacritics(s)).toHaveLength(s.length);
    const plain = 'plain ascii text';
    expect(foldForeignDiacritics(plain)).toBe(plain);
  });
});

describe('foldForeignDiacritics on long text', () => {
  it('returns the very text when every accented letter in it is one the languages use', () => {
    const s = 'hyvä asiakas, sähköposti på svenska, café, będzie. '.repeat(200);
    expect(foldForeignDiacritics(s)).toBe(s);
  });

  it('folds each character as it folds that character alone, whatever surrounds it', () => {
    const letter = fc.constantFrom('a', 'ä', 'ĕ', 'ő', 'ĭ', 'é', 'ł', 'ŀ', 'ı', 'ƒ', 'ǆ', 'ȁ', 'ḁ', 'ỳ', ' ', '€', 'ß', 'ø');
    fc.assert(
      fc.property(fc.array(letter, { maxLength: 30 }), (letters) => {
        const s = letters.join('');
        expect(foldForeignDiacritics(s)).toBe(letters.map((ch) => foldForeignDiacritics(ch)).join(''));
      }),
    );
  });
});
