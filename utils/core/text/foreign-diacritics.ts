/**
 * Folds Latin letters with diacritics that none of Vahti's twelve reading languages use to
 * their base letter: "Lĕts gĕt straight to thĕ pőĭnt" reads "lets get straight to the point".
 * Sextortion campaigns sprinkle such letters over English (and other) text to slip past word
 * filters; the letters the languages do use (ä ö å õ š ž ą ł ø æ é ñ ß …) are kept, so
 * "sähköposti" and "będzie" stay what they are. One character in, one out: lengths are kept.
 * Applied to lower-case text (`foldForMatching`), so only lower-case letters are listed.
 */

/** Letters with diacritics written by fi, sv, en, et, de, nl, fr, da, no, es, it or pl. */
const KEPT = new Set([...'äöåüõšžéèêëàâçïîôûùÿœæøñáíóúąćęłńśźżìòß']);

/** Latin-1 Supplement, Latin Extended-A and -B, Latin Extended Additional. */
const CANDIDATE = /[\u00c0-\u024f\u1e00-\u1eff]/;
const CANDIDATES = /[\u00c0-\u024f\u1e00-\u1eff]/g;

/** Letters NFD does not split but that read as a plain letter. */
const EXTRA: ReadonlyMap<string, string> = new Map([['ı', 'i'], ['ŀ', 'l'], ['ƒ', 'f']]);

function baseLetter(ch: string): string {
  if (KEPT.has(ch)) return ch;
  const extra = EXTRA.get(ch);
  if (extra !== undefined) return extra;
  const base = ch.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
  // Only a single plain letter replaces the character; anything else stays as it was.
  return base.length === 1 && base >= 'a' && base <= 'z' ? base : ch;
}

const FOLDED = new Map<string, string>();

/** Per code unit of the candidate ranges: 0 not yet known, 1 kept as it is, 2 folded. */
const CHANGES = new Uint8Array(0x1f00);

/** Whether folding would change anything: one pass over character codes, no copy. */
function hasForeignDiacritic(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const code = s.charCodeAt(i);
    if (code < 0xc0 || (code > 0x24f && code < 0x1e00) || code > 0x1eff) continue;
    let changes = CHANGES[code]!;
    if (changes === 0) {
      const ch = String.fromCharCode(code);
      changes = baseLetter(ch) === ch ? 1 : 2;
      CHANGES[code] = changes;
    }
    if (changes === 2) return true;
  }
  return false;
}

/** `s` (lower case) with foreign-diacritic letters folded; `s` itself when it has none. */
export function foldForeignDiacritics(s: string): string {
  // Mail in the reading languages is full of kept letters (ä, ö, é): a text with only those is
  // common, and the replacement below would call back for each of them for nothing.
  if (!CANDIDATE.test(s) || !hasForeignDiacritic(s)) return s;
  return s.replace(CANDIDATES, (ch) => {
    let folded = FOLDED.get(ch);
    if (folded === undefined) {
      folded = baseLetter(ch);
      FOLDED.set(ch, folded);
    }
    return folded;
  });
}
