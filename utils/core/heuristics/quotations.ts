/**
 * Counts quoted passages: a newsroom or a police bulletin that describes an extortion mail
 * quotes it ("„Ich habe Ihr Gerät gehackt“, heißt es in der Mail"), in any language; the mail
 * itself speaks in its own voice. Several quoted passages of a few words each are one cue of
 * third-person reporting (utils/core/heuristics/assess.ts), never a verdict on their own. The
 * narrative around the quotations (`narrativeAroundQuotes`) is what assess.ts judges again to
 * tell a report from the mail itself. Owns only finding the passages; knows nothing about what
 * they say.
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

/**
 * A passage in double quotation marks as newsrooms of the twelve languages print them ("…", “…”,
 * „…“, ”…”, «…», »…«): the opening mark not after a letter or digit, the closing one not before
 * one, up to 1,500 characters and no blank line between (a quotation a source wraps). Single
 * marks are left out: ’ is also the apostrophe of "don’t" and "l’ordinateur".
 */
const QUOTED_SPEECH = /(?<![\p{L}\p{N}])["“”„«»]((?:(?!\n\s*\n)[^"“”„«»]){1,1500})["“”„«»](?![\p{L}\p{N}])/gu;

/**
 * Quotations are looked for in the first 50,000 characters: each opening mark may cost a scan of
 * up to 1,500 characters, and a text made of marks must not make that quadratic. Quotations
 * beyond stay in the narrative, so they can only keep a rule firing, never veto it.
 */
const QUOTED_SPEECH_SCANNED = 50_000;

/** Words a quotation must hold in all, and the narrative around it, to read as a report. */
export const REPORTED_SPEECH_QUOTED_WORDS = 6;
export const REPORTED_SPEECH_NARRATIVE_WORDS = 12;

const wordsIn = (text: string): number => text.split(/[^\p{L}\p{N}]+/u).filter(Boolean).length;

/**
 * `text` with its quoted passages cut out, when it reads as someone reporting what a mail said:
 * quotations of six words or more in all, and twelve words or more of narrative around them
 * ("A man from Zwolle got a message that said: "…". He went to the police."). Undefined when it
 * does not; a mail that is one quotation, or quotes a word in passing, speaks in its own voice.
 * Each passage leaves a line break, so that no sentence joins the narrative on either side.
 */
export function narrativeAroundQuotes(text: string): string | undefined {
  let quotedWords = 0;
  const head = text.slice(0, QUOTED_SPEECH_SCANNED).replace(QUOTED_SPEECH, (_, inside: string) => {
    quotedWords += wordsIn(inside);
    return '\n';
  });
  const outside = head + text.slice(QUOTED_SPEECH_SCANNED);
  if (quotedWords < REPORTED_SPEECH_QUOTED_WORDS || wordsIn(outside) < REPORTED_SPEECH_NARRATIVE_WORDS) return undefined;
  return outside;
}
