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

/**
 * The word-boundary form of a (folded) string, without the framing spaces. Used for phrases
 * (and by the heuristics on whole messages); the scanner applies the same rules on the fly
 * instead of building a copy. Equivalently: the maximal runs of word characters and the single
 * symbol characters, joined by one space each.
 */
export function toWordForm(folded: string): string {
  const tokens: string[] = [];
  let start = -1;
  for (let i = 0; i < folded.length; i++) {
    const code = folded.charCodeAt(i);
    let cls = CLASS_CACHE[code]!;
    if (cls === 0) cls = charClass(code);
    if (cls === CHAR_WORD) {
      if (start === -1) start = i;
      continue;
    }
    if (start !== -1) {
      tokens.push(folded.slice(start, i));
      start = -1;
    }
    if (cls === CHAR_SYMBOL) tokens.push(folded[i]!);
  }
  if (start !== -1) tokens.push(folded.slice(start));
  return tokens.join(' ');
}
