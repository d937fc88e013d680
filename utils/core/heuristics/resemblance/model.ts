/**
 * The resemblance model: a logistic regression over the hashed word pieces of `features.ts`,
 * trained by scripts/resemblance/train.ts on the tuned corpus (real extortion mail quoted by
 * newsrooms and police, the synthetic corpus, and honest look-alikes). It says how much a text
 * reads like the extortion mail it learned from, in any of the twelve languages, where the
 * rules' phrases miss a paraphrase. It decides nothing alone: assess.ts reads its score beside
 * the rules' own signs (docs/resemblance.md). Owns decoding the weights and scoring; no I/O.
 */
import { base64 } from '@scure/base';
import { featureValue, RESEMBLANCE_BITS, resemblanceFeatures } from './features';
import { RESEMBLANCE_WEIGHTS } from './weights.generated';

export type ResemblanceWeights = {
  bits: number;
  /** A weight is `scale` × its signed byte. */
  scale: number;
  bias: number;
  /** 2^bits signed bytes, base64. */
  weights: string;
};

export type Resemblance = {
  /** 0–1: how much the text reads like the extortion mail the model learned from. */
  score: number;
  /** The words that raised the score most, most first (letters only, four or more). */
  words: string[];
};

/** A decoded model: one signed byte per feature id. */
export type ResemblanceModel = { table: Int8Array; scale: number; bias: number };

/**
 * The score from which a text counts as reading like extortion (assess.ts, rule 20). Chosen
 * from the trainer's cross-validation on the tuned corpus (docs/resemblance.md): at it, no
 * honest tuned mail held out of training was flagged once the rules' other conditions and
 * the warning-framing veto applied.
 */
export const RESEMBLANCE_THRESHOLD = 0.8;

/** Throws on weights of another table size: features.ts and the file must agree. */
export function decodeResemblanceWeights(w: ResemblanceWeights): ResemblanceModel {
  if (w.bits !== RESEMBLANCE_BITS) throw new Error(`resemblance weights have ${w.bits} bits; features.ts hashes to ${RESEMBLANCE_BITS}`);
  const bytes = base64.decode(w.weights);
  if (bytes.length !== 1 << w.bits) throw new Error(`resemblance weights hold ${bytes.length} bytes, not ${1 << w.bits}`);
  return { table: new Int8Array(bytes.buffer, bytes.byteOffset, bytes.length), scale: w.scale, bias: w.bias };
}

let shipped: ResemblanceModel | undefined;

/** The model built into the extension (weights.generated.ts), decoded once. */
export function shippedResemblanceModel(): ResemblanceModel {
  return (shipped ??= decodeResemblanceWeights(RESEMBLANCE_WEIGHTS));
}

/** Words shown to explain a score: no digits (codes, sums), nothing shorter than four letters. */
const SHOWABLE = /^\p{L}{4,}$/u;
const MAX_WORDS_SHOWN = 3;

/** How much `folded` (output of `foldForMatching`) reads like extortion, with the words why. */
export function scoreResemblance(folded: string, model: ResemblanceModel = shippedResemblanceModel()): Resemblance {
  const { ids, wordOf, words } = resemblanceFeatures(folded);
  if (ids.length === 0) return { score: 1 / (1 + Math.exp(-model.bias)), words: [] };
  const norm = featureValue(ids.length);
  let sum = 0;
  const byWord = new Map<number, number>();
  for (let i = 0; i < ids.length; i++) {
    const weight = model.table[ids[i]!]! * model.scale;
    sum += weight;
    const w = wordOf[i]!;
    byWord.set(w, (byWord.get(w) ?? 0) + weight);
  }
  const z = model.bias + sum * norm;
  const shown = [...byWord]
    .filter(([w, weight]) => weight > 0 && SHOWABLE.test(words[w]!))
    .sort((a, b) => b[1] - a[1]);
  const distinct = [...new Set(shown.map(([w]) => words[w]!))].slice(0, MAX_WORDS_SHOWN);
  return { score: 1 / (1 + Math.exp(-z)), words: distinct };
}
