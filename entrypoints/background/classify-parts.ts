/**
 * A verdict from the engine's two steps with the exact-key lookups done elsewhere (IndexedDB):
 * extractEvidence on the in-memory text index, one batched lookup, then verdictFrom. Kept apart
 * so the list service stays about lists.
 */
import { extractEvidence, verdictFrom } from '../../utils/engine/classify';
import type { MessageFeatures } from '../../utils/engine/features';
import type { ExactHits, TextIndex } from '../../utils/engine/index';
import type { Verdict } from '../../utils/engine/verdict';

export async function classifyParts(
  features: MessageFeatures,
  text: TextIndex,
  lookup: (keys: readonly string[]) => Promise<ExactHits>,
): Promise<Verdict> {
  const evidence = extractEvidence(features, text);
  return verdictFrom(evidence, await lookup(evidence.keys));
}
