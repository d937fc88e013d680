/**
 * Whether an inbox row — the sender, subject and snippet a webmail shows before anyone opens
 * the message — already has the shape of extortion, so the person can choose not to open it.
 * Meant for the background (never the content script alone), with the row's text as the
 * content script read it. Pure.
 *
 * A row is short, so the rule asks for more than any one sign: a valid identity code in the
 * subject next to a name, therapy, held data, a threat or a demand (the Vastaamo subjects
 * named the patient and their code; honest senders keep identity codes out of subject lines), a code
 * anywhere next to held personal data or a threat, or a money demand in cryptocurrency next
 * to a threat or a claimed recording, unless the row reads as a warning about such mail (the
 * engine's own advice and reporting cues). A clinic's invoice shows a code and therapy in its text,
 * a tax notice a code and a due date, a crypto exchange's check a code and bitcoin, an invoice
 * bitcoin and a due date: none of those marks a row (tests/unit/inbox/row-shape.test.ts). Every sign reuses the engine's own heuristics.
 */
import { findAmountDemands, findDeadlines } from '../../core/heuristics/amounts';
import { findCues } from '../../core/heuristics/cues';
import { findIdentityCodes } from '../../core/heuristics/hetu';
import { foldDigitsInWords, foldForMatching } from '../../core/text/normalize';

export interface RowText {
  subject: string;
  /** The preview of the body the webmail shows in the row; empty when it shows none. */
  snippet: string;
}

export type RowShapeSign = 'identity-code' | 'held-data' | 'therapy' | 'payment-demand' | 'crypto' | 'deadline' | 'threat';

export interface RowShape {
  shaped: boolean;
  /** The signs found, for "why is this row marked" and for tests; never the matched text. */
  signs: RowShapeSign[];
}

export function rowShape(row: RowText): RowShape {
  const text = `${row.subject}\n${row.snippet}`;
  const folded = foldForMatching(text);
  const cues = findCues(foldDigitsInWords(folded));
  const has = (cue: Parameters<typeof cues.get>[0]) => (cues.get(cue)?.length ?? 0) > 0;

  const signs: RowShapeSign[] = [];
  const identity = findIdentityCodes(text).length > 0;
  const subjectCodes = findIdentityCodes(row.subject);
  const identityInSubject = subjectCodes.length > 0;
  // "Maija Mäkelä 150385-917L": two words of letters beside the code read as a name.
  const nameInSubject = identityInSubject && row.subject.split(/\s+/).filter((w) => /^\p{Lu}\p{L}+[-\p{L}]*:?$/u.test(w)).length >= 2;
  const demand = has('payment-demand') || findAmountDemands(folded).length > 0;
  const crypto = has('crypto');
  const deadline = has('deadline') || findDeadlines(folded).length > 0;
  const threat = has('exposure-threat') || has('direct-threat') || has('violence-threat') || has('pay-to-delete') || has('recording');
  // Something about the reader claimed to be held: their records, their data.
  const held = has('personal-data') || has('held-data');
  const therapy = has('therapy-context');
  if (identity) signs.push('identity-code');
  if (held) signs.push('held-data');
  if (therapy) signs.push('therapy');
  if (demand) signs.push('payment-demand');
  if (crypto) signs.push('crypto');
  if (deadline) signs.push('deadline');
  if (threat) signs.push('threat');

  // A police warning or a bank's advice quotes the threat; the engine lets such framing veto too.
  const warning = has('advice') || has('reporting');
  const shaped =
    (identityInSubject && (nameInSubject || therapy || held || threat || demand || crypto)) ||
    (identity && (held || threat)) ||
    (demand && crypto && threat && !warning);
  return { shaped, signs };
}
