/**
 * How the helpdesk scan prints a verdict: a short readable block per file, or one JSON object
 * per line (`{"file","level","reasons"}` plus `"notes"` when there are any, or
 * `{"file","error"}`). Must not classify or read files. Reasons are already redacted by the
 * engine; nothing here adds mail content. File names, reasons and notes can carry text from a
 * hostile file, so every one of them goes through `terminalSafe` or `jsonLine`.
 */
import type { Reason, Verdict } from '../../utils/core/engine/verdict';
import { jsonLine, terminalSafe } from './terminal-text';

const LEVEL_TEXT: Record<Verdict['level'], string> = {
  known: 'KNOWN extortion campaign',
  suspected: 'SUSPECTED extortion',
  none: 'nothing found',
};

function reasonText(r: Reason): string {
  const what = r.signal ? `${r.rule} (${r.signal})` : r.rule;
  const from = r.campaignId ? ` — campaign ${r.campaignId}${r.listId ? `, list ${r.listId} v${r.listVersion ?? '?'}` : ''}` : '';
  return `${what}: ${r.matched}${from}`;
}

export function verdictLines(file: string, verdict: Verdict, notes: readonly string[] = []): string[] {
  const campaigns = [...new Set(verdict.reasons.map((r) => r.campaignId).filter((c): c is string => c !== undefined))];
  const head = `${terminalSafe(file)}: ${LEVEL_TEXT[verdict.level]}${verdict.level === 'known' && campaigns.length > 0 ? ` (${terminalSafe(campaigns.join(', '))})` : ''}`;
  const reasons = verdict.reasons.map((r) => `  - ${terminalSafe(reasonText(r))}`);
  // With level none, the engine may still report weak signs; say they did not add up.
  if (verdict.level === 'none' && reasons.length > 0) reasons.unshift('  weak signs, not enough to flag:');
  return [head, ...reasons, ...notes.map((n) => `  note: ${terminalSafe(n)}`)];
}

export function errorLine(file: string, message: string): string {
  return `${terminalSafe(file)}: error: ${terminalSafe(message)}`;
}

export function verdictJson(file: string, verdict: Verdict, notes: readonly string[] = []): string {
  return jsonLine({ file, level: verdict.level, reasons: verdict.reasons, ...(notes.length > 0 ? { notes } : {}) });
}

export function errorJson(file: string, message: string): string {
  return jsonLine({ file, error: message });
}
