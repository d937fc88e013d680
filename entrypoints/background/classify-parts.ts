/**
 * A verdict from the engine's two steps with the exact-key lookups done elsewhere (IndexedDB):
 * extractEvidence on the in-memory text index, one batched lookup, then verdictFrom. Kept apart
 * so the list service stays about lists.
 */
import { extractEvidence, prepareText, verdictFrom } from '../../utils/core/engine/classify';
import type { MessageFeatures } from '../../utils/core/engine/features';
import type { ExactHits, TextIndex } from '../../utils/core/engine/index';
import { assessHeuristics } from '../../utils/core/heuristics/assess';
import { cuePatterns } from '../../utils/core/heuristics/cues';
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
  subject: 'Warm-up',
  bodyText: 'Send 0.1 BTC to 1BoatSLRHtKNngkdXEeobR76b53LETtpyT within 48 hours.',
  links: [],
};

/**
 * Runs the engine's text steps once on a fixed message. The first run in a fresh worker pays for
 * compiling their code and decoding the lexicons' cue table and automaton that came prepared
 * with the build (utils/core/heuristics/cues.generated.ts); doing that while the worker waits
 * for IndexedDB at start-up takes it off the first request's path. The resemblance model's
 * weights are not decoded here: this message has nothing at stake, so rule 20 does not ask the
 * model, and most mail never needs it. The lists' own automaton is not built here: the index built from the lists makes it.
 */
export function warmUpEngine(): void {
  cuePatterns();
  const { subject, body, addresses, folded } = prepareText(WARM_UP);
  assessHeuristics({ subject, body, folded, addresses, links: [], cueIds: [], senderNameCueIds: [] });
}
