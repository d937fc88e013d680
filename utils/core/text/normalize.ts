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
const LINE_BREAK = /[\n\r\v\f\u2028\u2029\u0085]/;

/**
 * Cyrillic, Greek, Armenian, IPA and small-capital letters that render like Latin ones, mapped to that Latin letter with the
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
  // NFKC turns the lunate sigma "ϲ" into the final sigma.
  ['ς', 'c'],
  // Greek upper case
  ['Α', 'A'], ['Β', 'B'], ['Ε', 'E'], ['Ζ', 'Z'], ['Η', 'H'], ['Ι', 'I'], ['Κ', 'K'], ['Μ', 'M'],
  ['Ν', 'N'], ['Ο', 'O'], ['Ρ', 'P'], ['Τ', 'T'], ['Υ', 'Y'], ['Χ', 'X'], ['Ϲ', 'C'], ['Ϳ', 'J'],
  // Latin letters without the dot or with a different shape
  ['ı', 'i'], ['ȷ', 'j'],
  // More Cyrillic that sextortion templates use ("tiϲkiոԍ")
  ['ԍ', 'g'], ['ҽ', 'e'], ['ɩ', 'i'],
  // Latin IPA and hooked letters ("ɑ", "ɡ", "ƙ")
  ['ɑ', 'a'], ['ɡ', 'g'], ['ƙ', 'k'], ['ɓ', 'b'], ['ɗ', 'd'], ['ɦ', 'h'], ['ɱ', 'm'], ['ɲ', 'n'], ['ƥ', 'p'],
  ['ʠ', 'q'], ['ʂ', 's'], ['ƭ', 't'], ['ʋ', 'v'], ['ȥ', 'z'], ['ƚ', 'l'], ['ɯ', 'w'],
  // Small capitals ("ᴡith", "ʏou")
  ['ᴀ', 'a'], ['ʙ', 'b'], ['ᴄ', 'c'], ['ᴅ', 'd'], ['ᴇ', 'e'], ['ɢ', 'g'], ['ʜ', 'h'], ['ɪ', 'i'], ['ᴊ', 'j'],
  ['ᴋ', 'k'], ['ʟ', 'l'], ['ᴍ', 'm'], ['ɴ', 'n'], ['ᴏ', 'o'], ['ᴘ', 'p'], ['ʀ', 'r'], ['ꜱ', 's'], ['ᴛ', 't'],
  ['ᴜ', 'u'], ['ᴠ', 'v'], ['ᴡ', 'w'], ['ʏ', 'y'], ['ᴢ', 'z'],
  // Armenian lower case ("thiոκiոg")
  ['ո', 'n'], ['ս', 'u'], ['օ', 'o'], ['ց', 'g'], ['հ', 'h'], ['զ', 'q'], ['լ', 'l'],
  // Armenian upper case
  ['Օ', 'O'], ['Ս', 'U'], ['Տ', 'S'],
];

const LOOKALIKES: ReadonlyMap<string, string> = new Map(LOOKALIKE_PAIRS);

// Only letters from the table can change, so a quick test skips the common all-Latin case.
const HAS_LOOKALIKE = /[\u0180-\u02AF\u0370-\u03FF\u0400-\u058F\u1D00-\u1D7F\uA730-\uA731\u0131\u0237]/;
const LOOKALIKE_CANDIDATE = /[\u0180-\u02AF\u0370-\u03FF\u0400-\u058F\u1D00-\u1D7F\uA730-\uA731\u0131\u0237]/g;

// Per UTF-16 unit, filled lazily from the patterns above so that the tables can never disagree
// with them: 0 not yet known, then a bit set with FLAG_KNOWN always on.
const FLAG_KNOWN = 1;
const FLAG_INVISIBLE = 2;
const FLAG_SPACE = 4;
const FLAG_LINE_BREAK = 8;
const UNIT_FLAGS = new Uint8Array(0x10000);

/** Whether one character (a code unit or a surrogate pair) is one that INVISIBLE removes. */
function isInvisibleChar(ch: string): boolean {
  // The global pattern itself, so that the tables cannot drift from it; `test` moves lastIndex.
  INVISIBLE.lastIndex = 0;
  const invisible = INVISIBLE.test(ch);
  INVISIBLE.lastIndex = 0;
  return invisible;
}
const SPACE_ONE = /^[\s\u0085]$/;

function unitFlags(code: number): number {
  const known = UNIT_FLAGS[code]!;
  if (known !== 0) return known;
  const ch = String.fromCharCode(code);
  // A surrogate is judged with its partner (see hasInvisible); alone it is neither.
  let flags = FLAG_KNOWN;
  if (code < 0xd800 || code > 0xdfff) {
    if (isInvisibleChar(ch)) flags |= FLAG_INVISIBLE;
    if (SPACE_ONE.test(ch)) flags |= FLAG_SPACE;
    if (LINE_BREAK.test(ch)) flags |= FLAG_LINE_BREAK;
  }
  UNIT_FLAGS[code] = flags;
  return flags;
}

/** Whether `s` holds a character that INVISIBLE removes (one pass, no copy). */
function hasInvisible(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const code = s.charCodeAt(i);
    if (code >= 0x20 && code < 0x7f) continue;
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < s.length) {
      const low = s.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        // Astral characters are rare; the pattern itself judges the pair.
        if (isInvisibleChar(s.slice(i, i + 2))) return true;
        i++;
        continue;
      }
    }
    if ((unitFlags(code) & FLAG_INVISIBLE) !== 0) return true;
  }
  return false;
}

/**
 * A right-to-left override (U+202E) shows the letters after it in reverse, up to a pop (U+202C)
 * or the end of the line: stored "nioctib" is seen as "bitcoin", a way to hide words from a
 * filter that a reader never notices. The run is read in the order a person sees it; the
 * override and the pop are then removed with the other invisible characters.
 */
const OVERRIDDEN_RUN = /\u202E([^\u202C\n\r\u2028\u2029\u0085]*)/g;
const inDisplayOrder = (s: string): string => (s.includes('\u202E') ? s.replace(OVERRIDDEN_RUN, (_, run: string) => Array.from(run).reverse().join('')) : s);

// The override is itself invisible, so text without invisible characters has no run to reorder.
const withoutInvisible = (s: string): string => (hasInvisible(s) ? inDisplayOrder(s).replace(INVISIBLE, '') : s);

/**
 * Every run of whitespace (`\s` and NEL) as one character: `\n` when `keepLineBreaks` and the
 * run holds a line break, else a space. Copies only the stretches that change; mail text is
 * mostly single spaces and single line breaks, which come back as the same string.
 */
export function collapseWhitespace(s: string, keepLineBreaks: boolean): string {
  let out = '';
  let copied = 0;
  // Edits that are a lone `\n` becoming a space (every line of folded text) are left to one
  // `replaceAll` at the end, which is far cheaper than cutting the text at each line.
  let loneLineBreaks = false;
  const n = s.length;
  for (let i = 0; i < n; i++) {
    const code = s.charCodeAt(i);
    // Printable ASCII other than the space is never whitespace: the common case, decided at once.
    if (code > 0x20 && code < 0x7f) continue;
    // So is a single space between two such characters (the other common case).
    if (code === 0x20 && i + 1 < n) {
      const next = s.charCodeAt(i + 1);
      if (next > 0x20 && next < 0x7f) continue;
    }
    let flags = unitFlags(code);
    if ((flags & FLAG_SPACE) === 0) continue;
    const start = i;
    let lineBreak = (flags & FLAG_LINE_BREAK) !== 0;
    while (i + 1 < n) {
      flags = unitFlags(s.charCodeAt(i + 1));
      if ((flags & FLAG_SPACE) === 0) break;
      if ((flags & FLAG_LINE_BREAK) !== 0) lineBreak = true;
      i++;
    }
    const replacement = keepLineBreaks && lineBreak ? '\n' : ' ';
    if (i === start && code === replacement.charCodeAt(0)) continue;
    if (i === start && code === 0x0a) {
      loneLineBreaks = true;
      continue;
    }
    out += s.slice(copied, start) + replacement;
    copied = i + 1;
  }
  const collapsed = copied === 0 ? s : out + s.slice(copied);
  // Only runs that became a space can hold a `\n` now, so these are the lone ones left above.
  return loneLineBreaks ? collapsed.replaceAll('\n', ' ') : collapsed;
}

/** NFKC, invisible characters removed, whitespace runs collapsed (line breaks kept as `\n`). */
export function normalizeText(s: string): string {
  return collapseWhitespace(withoutInvisible(s).normalize('NFKC'), true).trim();
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
  return collapseWhitespace(foldLetters(withoutInvisible(s).normalize('NFKC')), false).trim();
}

/** Lower case, look-alikes and foreign diacritics folded; whitespace untouched (each maps a non-space to non-spaces). */
function foldLetters(s: string): string {
  // Fold before lower-casing: Greek capital Nu must become "n", not "ν" (which reads as "v").
  return foldForeignDiacritics(foldLookalikes(foldLookalikes(s).toLowerCase()));
}

/** The letter each digit imitates inside a word ("p0rn", "b1tc01n", "h4ck3d"). */
const DIGIT_AS_LETTER: Readonly<Record<string, string>> = { '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't' };
const LETTER_LIKE_DIGITS = /[013457]+/g;
const LETTER = /\p{L}/u;

function isLetterAt(s: string, at: number): boolean {
  if (at < 0 || at >= s.length) return false;
  const c = s.charCodeAt(at);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
  return LETTER.test(s[at]!);
}

/**
 * Folded text with the digits that stand for letters read as those letters: a run of 0, 1, 3,
 * 4, 5 or 7 with a letter on both sides ("p0rn", "b1tc01n", "w3bc4m"), the spammer's old way
 * past word filters. A digit beside a space or another digit keeps its value ("24h", "0.05
 * btc", "mp4", "lato2017"). Only the phrase and frame scans read this form: amounts, time spans
 * and a quoted password ("p4ssw0rd" is one) read the digits as they are. The length is kept, so
 * offsets into either form agree.
 */
export function foldDigitsInWords(folded: string): string {
  let out: string | undefined;
  let copied = 0;
  LETTER_LIKE_DIGITS.lastIndex = 0;
  for (let m = LETTER_LIKE_DIGITS.exec(folded); m !== null; m = LETTER_LIKE_DIGITS.exec(folded)) {
    const end = m.index + m[0].length;
    if (!isLetterAt(folded, m.index - 1) || !isLetterAt(folded, end)) continue;
    let letters = '';
    for (const digit of m[0]) letters += DIGIT_AS_LETTER[digit]!;
    out = (out ?? '') + folded.slice(copied, m.index) + letters;
    copied = end;
  }
  return out === undefined ? folded : out + folded.slice(copied);
}

/**
 * `foldForMatching` of `normalizeText` output, or of several joined by line breaks (the engine's
 * subject and body): the same result without the passes the engine has just made. NFKC is
 * idempotent, and collapsing whitespace neither adds an invisible character nor makes a new
 * composition (a space is a starter that composes with nothing). Such text has no whitespace
 * but single spaces and line breaks, never two together (except a line break at either end of
 * a join with an empty part, which `trim` removes), and folding letters makes no whitespace,
 * so collapsing it again would only turn each line break into a space.
 */
export function foldNormalizedForMatching(s: string): string {
  return foldLetters(s).replaceAll('\n', ' ').trim();
}
