/**
 * Counts quoted passages: a newsroom or a police bulletin that describes an extortion mail
 * quotes it ("„Ich habe Ihr Gerät gehackt“, heißt es in der Mail"), in any language; the mail
 * itself speaks in its own voice. Several quoted passages of a few words each are one cue of
 * third-person reporting (utils/core/heuristics/assess.ts), never a verdict on their own.
 * Owns only the counting; knows nothing about what the passages say.
 */

/** An opening mark, 12–400 characters on one line without another mark, a closing mark. */
const QUOTED_PASSAGE = /["“”„«»‚‘’]([^"“”„«»‚‘’\n]{12,400}?)["“”«»‘’]/g;

/** A passage counts when it holds at least three words: not a quoted name or a scare-quoted word. */
const MIN_WORDS = 3;

/** How many passages are enough to read as quoting; the tuned corpus has no extortion mail with three. */
export const QUOTING_PASSAGES = 3;

/** Quoted passages of three words or more in `text`, counted up to `QUOTING_PASSAGES`. */
export function countQuotedPassages(text: string): number {
  let count = 0;
  for (const match of text.matchAll(QUOTED_PASSAGE)) {
    if (match[1]!.trim().split(/\s+/).length >= MIN_WORDS && ++count === QUOTING_PASSAGES) break;
  }
  return count;
}
