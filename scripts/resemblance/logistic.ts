/**
 * Logistic regression by stochastic gradient descent over sparse binary features, each example
 * scaled as model.ts scores it (`featureValue`: 1/√n per feature, n at least a floor).
 * Deterministic: a fixed seed shuffles the examples, so the same examples always give the same
 * weights.
 */
import { featureValue } from '../../utils/core/heuristics/resemblance/features';

export type Example = { ids: Uint16Array; label: 0 | 1 };

export type TrainOptions = {
  size: number;
  epochs: number;
  /** L2 shrinkage per step. */
  lambda: number;
  /** Extortion mail is the rarer class: its errors weigh this much more. */
  positiveWeight: number;
};

export const TRAIN_OPTIONS: TrainOptions = { size: 1 << 16, epochs: 30, lambda: 1e-6, positiveWeight: 4 };

export function trainLogistic(examples: readonly Example[], options: TrainOptions = TRAIN_OPTIONS): { weights: Float64Array; bias: number } {
  const weights = new Float64Array(options.size);
  let bias = 0;
  let seed = 42;
  const random = (): number => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
  const order = examples.map((_, i) => i);
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    const rate = 0.5 / (1 + epoch * 0.1);
    for (const index of order) {
      const { ids, label } = examples[index]!;
      if (ids.length === 0) continue;
      const value = featureValue(ids.length);
      let z = bias;
      for (const id of ids) z += weights[id]! * value;
      const p = 1 / (1 + Math.exp(-z));
      const gradient = (p - label) * (label === 1 ? options.positiveWeight : 1);
      for (const id of ids) weights[id] = weights[id]! * (1 - rate * options.lambda) - rate * gradient * value;
      bias -= rate * gradient;
    }
  }
  return { weights, bias };
}
