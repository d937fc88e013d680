/**
 * Word-boundary form of folded text, shared by phrases and messages so that a phrase only
 * matches whole words. Owns the character classes (word / symbol / separator); must not fold
 * case or look-alikes (that is `foldForMatching`'s job, which runs before this).
 *
 * The form: letters, digits and combining marks make words; punctuation and whitespace are
 * separators (a run of them becomes one space); symbols such as `€` or `$` are words of their
 * own, so "500€" and "500 €" read the same. The whole text is framed by spaces. A phrase
 * " maksa bitcoin " then occurs in the framed text only at word boundaries, and the matcher
 * needs no position bookkeeping, which keeps the scan one plain pass.
 */

export const CHAR_WORD = 1;
export const CHAR_SYMBOL = 2;
export const CHAR_SEPARATOR = 3;

export const SPACE = 0x20;

/** Filled lazily: 0 means not classified yet. 64 KiB, shared by every scan. */
export const CLASS_CACHE = new Uint8Array(0x10000);

const WORD_CHAR = /^[\p{L}\p{N}\p{M}]$/u;
const SYMBOL_CHAR = /^\p{S}$/u;

export function charClass(code: number): number {
  const known = CLASS_CACHE[code];
  if (known !== undefined && known !== 0) return known;
  let cls: number;
  if (code >= 0xd800 && code <= 0xdfff) {
    // Astral characters (emoji, rare scripts) stay inside their word: both halves of a
    // surrogate pair must travel together, and phrases and text are treated the same way.
    cls = CHAR_WORD;
  } else {
    const ch = String.fromCharCode(code);
    cls = WORD_CHAR.test(ch) ? CHAR_WORD : SYMBOL_CHAR.test(ch) ? CHAR_SYMBOL : CHAR_SEPARATOR;
  }
  CLASS_CACHE[code] = cls;
  return cls;
}

/** Reused output buffer of the word form (grown on demand; scans are synchronous). */
let buffer = new Uint16Array(4096);

/** `\s` of a regular expression, for one code unit, without one. */
export function isRegExpSpace(code: number): boolean {
  if (code === 0x20 || (code >= 0x09 && code <= 0x0d)) return true;
  if (code < 0x80) return false;
  return code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}

/** Sentence punctuation: a run of these before whitespace or the end ends a sentence. */
const isSentencePunctuation = (code: number): boolean => code === 0x2e || code === 0x21 || code === 0x3f || code === 0x3b || code === 0x3a;

/** Code units from a buffer as a string, in chunks small enough for `fromCharCode`'s arguments. */
function stringOf(units: Uint16Array, length: number): string {
  const CHUNK = 8192;
  let out = '';
  for (let at = 0; at < length; at += CHUNK) {
    out += String.fromCharCode.apply(null, units.subarray(at, Math.min(length, at + CHUNK)) as unknown as number[]);
  }
  return out;
}

function wordForm(folded: string, sentenceMark: number): string {
  const n = folded.length;
  // Every unit gives at most itself and one space; a sentence mark replaces at least one unit.
  if (buffer.length < 2 * n + 2) buffer = new Uint16Array(2 * n + 2);
  const out = buffer;
  let length = 0;
  let inWord = false;
  for (let i = 0; i < n; i++) {
    const code = folded.charCodeAt(i);
    if (sentenceMark !== 0 && isSentencePunctuation(code)) {
      let k = i + 1;
      while (k < n && isSentencePunctuation(folded.charCodeAt(k))) k++;
      inWord = false;
      if (k === n || isRegExpSpace(folded.charCodeAt(k))) {
        if (length > 0) out[length++] = SPACE;
        out[length++] = sentenceMark;
      }
      i = k - 1;
      continue;
    }
    let cls = CLASS_CACHE[code]!;
    if (cls === 0) cls = charClass(code);
    if (cls === CHAR_WORD) {
      if (!inWord && length > 0) out[length++] = SPACE;
      out[length++] = code;
      inWord = true;
    } else {
      inWord = false;
      if (cls === CHAR_SYMBOL) {
        if (length > 0) out[length++] = SPACE;
        out[length++] = code;
      }
    }
  }
  return stringOf(out, length);
}

/**
 * The word-boundary form of a (folded) string, without the framing spaces. Used for phrases
 * (and by the heuristics on whole messages); the scanner applies the same rules on the fly
 * instead of building a copy. Equivalently: the maximal runs of word characters and the single
 * symbol characters, joined by one space each.
 */
export function toWordForm(folded: string): string {
  return wordForm(folded, 0);
}

/**
 * The word form with each sentence end marked: a run of `.`, `!`, `?`, `;` or `:` followed by
 * whitespace or the end of the text becomes the word `mark` (a symbol character, so that it can
 * never be part of a word). The same as `toWordForm` of the text with each such run replaced by
 * ` mark `, in one pass.
 */
export function toWordFormMarkingSentences(folded: string, mark: string): string {
  return wordForm(folded, mark.charCodeAt(0));
}
