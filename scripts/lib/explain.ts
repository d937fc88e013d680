/**
 * `npm run scan -- --explain`: why a message got the level it got, for a helpdesk or a
 * maintainer. For every verdict it lists the signs the heuristics found and the warning framing
 * that vetoes them; for a message that was not flagged it also names the rules that came
 * closest and what each one lacked ("crypto-demand-threat-clock: missing threat or deletion
 * offer"). Must not classify (it reads the engine's evidence) and prints no mail content
 * beyond the redacted findings the engine already makes.
 */
import type { Evidence } from '../../utils/core/engine/classify';
import { RESEMBLANCE_THRESHOLD } from '../../utils/core/heuristics';

/** Near misses shown: the rules missing the fewest conditions, enough to see the gap. */
const MAX_NEAR_MISSES = 4;

export function explainLines(evidence: Evidence): string[] {
  const { heuristics } = evidence;
  const lines = ['  explain:'];
  const bySignal = new Map<string, string[]>();
  for (const f of heuristics.findings) {
    const values = bySignal.get(f.signal);
    if (values === undefined) bySignal.set(f.signal, [f.matched]);
    else values.push(f.matched);
  }
  if (bySignal.size === 0) lines.push('    signs found: none');
  else {
    lines.push('    signs found:');
    for (const [signal, values] of bySignal) lines.push(`      ${signal}: ${values.join(' | ')}`);
  }
  if (heuristics.resemblance === undefined) {
    lines.push('    resemblance to the extortion mail the model learned from: not scored (nothing at stake, or commercial mail)');
  } else {
    const { score, words } = heuristics.resemblance;
    const why = words.length > 0 ? `; raised most by: ${words.join(', ')}` : '';
    lines.push(`    resemblance to the extortion mail the model learned from: ${score.toFixed(2)} (rule 20 needs ${RESEMBLANCE_THRESHOLD.toFixed(2)} and more)${why}`);
  }
  const counter = heuristics.counterSignals ?? [];
  if (counter.length > 0) {
    lines.push(`    reads as a warning about extortion (vetoes heuristics and content signatures): ${counter.map((c) => `${c.signal} "${c.matched}"`).join(', ')}`);
  }
  if (!heuristics.suspected) {
    const misses = (heuristics.nearMisses ?? []).slice(0, MAX_NEAR_MISSES);
    if (misses.length > 0) {
      lines.push('    closest rules and what each lacked:');
      for (const m of misses) lines.push(`      ${m.rule}: missing ${m.missing.join(', ')}`);
    }
  }
  return lines;
}
