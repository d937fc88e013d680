/**
 * What the resemblance model reads of a message: hashed pieces of its words. Each word gives its
 * first five letters (a crude stem that holds across inflection: "hackattu", "hackasin") and its
 * four-letter pieces with the word's edges marked ("<web", "webc", …, "cam>"), which carry
 * compounds and spellings the stems miss ("Webcam-Aufnahme", "webkamerasi"). Owns the hashing;
 * must not judge anything. The trainer (scripts/resemblance/train.ts) and the engine use this
 * one function, so the model is read exactly as it was trained.
 */

/** The model's table has 2^16 weights: hashes are cut to 16 bits. */
export const RESEMBLANCE_BITS = 16;
const MASK = (1 << RESEMBLANCE_BITS) - 1;

/** Words read, from the start: extortion says its piece early, and the cost stays bounded. */
export const RESEMBLANCE_MAX_WORDS = 1500;

/** Longer "words" are addresses, hashes and links: noise to a model of wording. */
const MAX_WORD_LENGTH = 24;

const WORD = /[\p{L}\p{N}]+/gu;

/** 32-bit FNV-1a of `prefix` followed by `s` from `start` to `end`, cut to the table's size. */
function hash(prefix: number, s: string, start: number, end: number): number {
  let h = Math.imul(0x811c9dc5 ^ prefix, 0x01000193);
  for (let i = start; i < end; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return (h >>> 0) & MASK;
}

/**
 * Fewest features a text is weighed as having: each feature counts 1/√n (a long mail is not more
 * alarming for being long), but a sentence of ten words would then count each of its few pieces
 * three times as much as a mail does, and one strong word ("bomb", "send it to all your…") would
 * carry it. Below this many, a text is weighed as if the rest of its pieces were neutral.
 */
export const RESEMBLANCE_MIN_FEATURES = 80;

/** The weight of one feature of a text with `count` distinct features (trainer and model alike). */
export function featureValue(count: number): number {
  return 1 / Math.sqrt(Math.max(count, RESEMBLANCE_MIN_FEATURES));
}

const STEM = 0x73; // "s"
const PIECE = 0x63; // "c"

export type ResemblanceFeatures = {
  /** Distinct feature ids, in order of first occurrence. */
  ids: Uint16Array;
  /** For each id, the index into `words` of the word that first gave it. */
  wordOf: Uint16Array;
  /** The words read, as found (for explaining a score). */
  words: readonly string[];
};

// One scratch table for "seen" marks, cleared after each call through the ids it set.
const seen = new Uint8Array(1 << RESEMBLANCE_BITS);

/** The distinct features of `folded` (output of `foldForMatching`). */
export function resemblanceFeatures(folded: string): ResemblanceFeatures {
  const ids: number[] = [];
  const wordOf: number[] = [];
  const words: string[] = [];
  const take = (id: number, word: number): void => {
    if (seen[id] === 1) return;
    seen[id] = 1;
    ids.push(id);
    wordOf.push(word);
  };
  for (const match of folded.matchAll(WORD)) {
    if (words.length >= RESEMBLANCE_MAX_WORDS) break;
    const word = match[0];
    if (word.length > MAX_WORD_LENGTH) continue;
    const w = words.push(word) - 1;
    take(hash(STEM, word, 0, Math.min(5, word.length)), w);
    const edged = `<${word}>`;
    for (let i = 0; i + 4 <= edged.length; i++) take(hash(PIECE, edged, i, i + 4), w);
  }
  for (const id of ids) seen[id] = 0;
  return { ids: Uint16Array.from(ids), wordOf: Uint16Array.from(wordOf), words };
}
