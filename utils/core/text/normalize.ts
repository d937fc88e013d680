/**
 * Text normalisation for detection. Owns: turning mail text into one canonical form
 * (`normalizeText`), a phrase-matching form (`foldForMatching`) and a case-preserving
 * look-alike fold for payment-address candidates (`foldLookalikes`).
 * Must not: case-fold anything address-related (Base58 is case-sensitive), strip diacritics
 * the reading languages use (å/ä/ö carry meaning in Finnish and Swedish), or be used for display.
 */
import { foldForeignDiacritics } from './foreign-diacritics';

// Invisible format characters that spammers put inside words and addresses to dodge filters:
// every general-category Cf character (zero-width space/joiners, bidi controls, word joiner,
// soft hyphen, BOM, Mongolian vowel separator, tags), plus variation selectors, Mongolian
// free variation selectors and the combining grapheme joiner, which are category Mn.
// Control characters (C0 other than tab and line breaks, DEL, C1 other than NEL) render as
// nothing or as a box, and a single one between "Pay" and "$2,000" must not hide a phrase, so
// they are removed like the format characters.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const INVISIBLE = /[\p{Cf}\u034F\u180B-\u180D\uFE00-\uFE0F\u{E0100}-\u{E01EF}\x00-\x08\x0E-\x1F\x7F-\x84\x86-\x9F]/gu;

// After NFKC, `\s` covers the remaining space characters; a run that holds a line break
// becomes one `\n` so that a wrapped address can still be re-joined later. NEL (U+0085) is a
// line break that `\s` does not know.
const WHITESPACE_RUN = /[\s\u0085]+/g;
const LINE_BREAK = /[\n\r\v\f\u2028\u2029\u0085]/;

/**
 * Cyrillic and Greek letters that render like Latin ones, mapped to that Latin letter with the
 * same case. Every entry is one UTF-16 unit on both sides, so folding never changes the length
 * of a string and offsets stay valid.
 */
const LOOKALIKE_PAIRS: readonly (readonly [string, string])[] = [
  // Cyrillic lower case
  ['а', 'a'], ['е', 'e'], ['һ', 'h'], ['і', 'i'], ['ј', 'j'], ['к', 'k'], ['ӏ', 'l'],
  ['м', 'm'], ['о', 'o'], ['р', 'p'], ['ԛ', 'q'], ['ѕ', 's'], ['т', 't'], ['у', 'y'], ['ԝ', 'w'],
  ['х', 'x'], ['ԁ', 'd'], ['с', 'c'], ['ү', 'y'], ['ѵ', 'v'],
  // Cyrillic upper case
  ['А', 'A'], ['В', 'B'], ['Е', 'E'], ['Н', 'H'], ['І', 'I'], ['Ј', 'J'], ['К', 'K'], ['Ӏ', 'I'],
  ['М', 'M'], ['О', 'O'], ['Р', 'P'], ['Ԛ', 'Q'], ['Ѕ', 'S'], ['Т', 'T'], ['У', 'Y'], ['Ԝ', 'W'],
  ['Х', 'X'], ['С', 'C'], ['Ү', 'Y'], ['Ѵ', 'V'],
  // Greek lower case
  ['α', 'a'], ['ε', 'e'], ['ι', 'i'], ['κ', 'k'], ['ν', 'v'], ['ο', 'o'], ['ρ', 'p'], ['τ', 't'],
  ['υ', 'u'], ['χ', 'x'], ['γ', 'y'], ['ω', 'w'], ['ϲ', 'c'], ['ϳ', 'j'],
  // Greek upper case
  ['Α', 'A'], ['Β', 'B'], ['Ε', 'E'], ['Ζ', 'Z'], ['Η', 'H'], ['Ι', 'I'], ['Κ', 'K'], ['Μ', 'M'],
  ['Ν', 'N'], ['Ο', 'O'], ['Ρ', 'P'], ['Τ', 'T'], ['Υ', 'Y'], ['Χ', 'X'], ['Ϲ', 'C'], ['Ϳ', 'J'],
  // Latin letters without the dot or with a different shape
  ['ı', 'i'], ['ȷ', 'j'],
];

const LOOKALIKES: ReadonlyMap<string, string> = new Map(LOOKALIKE_PAIRS);

// Only letters from the table can change, so a quick test skips the common all-Latin case.
const HAS_LOOKALIKE = /[\u0370-\u03FF\u0400-\u052F\u0131\u0237]/;
const LOOKALIKE_CANDIDATE = /[\u0370-\u03FF\u0400-\u052F\u0131\u0237]/g;

/** NFKC, invisible characters removed, whitespace runs collapsed (line breaks kept as `\n`). */
export function normalizeText(s: string): string {
  const visible = s.replace(INVISIBLE, '').normalize('NFKC');
  return visible
    .replace(WHITESPACE_RUN, (run) => (LINE_BREAK.test(run) ? '\n' : ' '))
    .trim();
}

/**
 * Folds Cyrillic/Greek look-alikes to the Latin letter of the same case. Case is kept, so this
 * is safe for Base58 address candidates. The result has the same length as the input.
 */
export function foldLookalikes(s: string): string {
  if (!HAS_LOOKALIKE.test(s)) return s;
  return s.replace(LOOKALIKE_CANDIDATE, (ch) => LOOKALIKES.get(ch) ?? ch);
}

/**
 * The form phrases are matched in: normalised, lower-cased, look-alikes folded, all whitespace
 * (line breaks too) as single spaces. Diacritics the reading languages use are kept, so
 * "sähköposti" stays distinct; others are folded ("thĕ pőĭnt", foreign-diacritics.ts).
 */
export function foldForMatching(s: string): string {
  // Fold before lower-casing: Greek capital Nu must become "n", not "ν" (which reads as "v").
  const folded = foldLookalikes(s.replace(INVISIBLE, '').normalize('NFKC'));
  return foldForeignDiacritics(foldLookalikes(folded.toLowerCase())).replace(WHITESPACE_RUN, ' ').trim();
}
