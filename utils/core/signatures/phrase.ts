/**
 * How a list phrase becomes a search pattern. Owns the phrase syntax; must not scan text.
 *
 * Phrases match whole words by default: "lunnaat" does not match inside "lunnaatonta". A
 * phrase may start and/or end with `*` to allow the rest of a word on that side, which Finnish
 * needs for inflected forms: "bitcoin*" matches "bitcoineina", "*osoitteeseen" matches
 * "lompakko-osoitteeseen". A `*` elsewhere is not special (punctuation is a word break).
 */
import { foldDigitsInWords, foldForMatching } from '../text/normalize';
import { toWordForm } from './tokens';

export interface PreparedPhrase {
  /** What the automaton searches for in the framed word form of the text. */
  pattern: string;
  /** Length of the phrase's own text in word form (without `*` and framing). */
  literalLength: number;
}

/**
 * `folded`: the phrase is already in `foldForMatching` form (the lexicons are; a test checks
 * every phrase), so the fold, the larger part of preparing ~18,000 phrases on a waking worker,
 * is skipped. List phrases come from outside and are always folded here.
 */
export function preparePhrase(phrase: string, folded = false): PreparedPhrase {
  let body = phrase.trim();
  const openStart = body.startsWith('*');
  const openEnd = body.endsWith('*') && body.length > 1;
  if (openStart) body = body.slice(1);
  if (openEnd) body = body.slice(0, -1);
  const words = toWordForm(folded ? body : foldDigitsInWords(foldForMatching(body)));
  if (words.length === 0) return { pattern: '', literalLength: 0 };
  return {
    pattern: `${openStart ? '' : ' '}${words}${openEnd ? '' : ' '}`,
    literalLength: words.length,
  };
}
