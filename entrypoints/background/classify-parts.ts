/**
 * A verdict from the engine's two steps with the exact-key lookups done elsewhere (IndexedDB):
 * extractEvidence on the in-memory text index, one batched lookup, then verdictFrom. Kept apart
 * so the list service stays about lists.
 */
import { extractEvidence, verdictFrom } from '../../utils/core/engine/classify';
import type { MessageFeatures } from '../../utils/core/engine/features';
import { buildMatchIndex, type ExactHits, type TextIndex } from '../../utils/core/engine/index';
import type { Verdict } from '../../utils/core/engine/verdict';

export async function classifyParts(
  features: MessageFeatures,
  text: TextIndex,
  lookup: (keys: readonly string[]) => Promise<ExactHits>,
): Promise<Verdict> {
  const evidence = extractEvidence(features, text);
  return verdictFrom(evidence, await lookup(evidence.keys));
}

const WARM_UP = {
  senderAddress: 'warm-up@example.com',
  senderName: 'Warm up',
  replyTo: [],
  subject: 'Warm-up',
  bodyText: 'Send 0.1 BTC to 1BoatSLRHtKNngkdXEeobR76b53LETtpyT within 48 hours.',
  links: [],
};

/**
 * Runs the engine once on a fixed message. The first run of the engine in a fresh worker pays
 * for compiling its code and building its tables; doing that while the worker waits for
 * IndexedDB at start-up takes it off the first request's path.
 */
export function warmUpEngine(): void {
  extractEvidence(WARM_UP, buildMatchIndex([]).text);
}
