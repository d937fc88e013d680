/**
 * The engine's preparation of a message for the heuristics (normalised text, the fold, the
 * payment addresses found in text and links), so that the heuristics tests see what
 * `extractEvidence` hands them in production. One copy for every heuristics test file.
 */
import { assessHeuristics, type HeuristicInput } from '../../../utils/core/heuristics/assess';
import { findPaymentAddresses } from '../../../utils/core/payment/find';
import { foldForMatching, normalizeText } from '../../../utils/core/text/normalize';

export type Sender = Pick<HeuristicInput, 'senderAddress' | 'senderName' | 'recipients' | 'recipientNames'>;

export function assessMessage(subjectRaw: string, bodyRaw: string, links: string[] = [], sender: Sender = {}) {
  const subject = normalizeText(subjectRaw);
  const body = normalizeText(bodyRaw);
  const addresses = findPaymentAddresses(`${subject}\n${body}\n${links.join('\n')}`);
  return assessHeuristics({ subject, body, folded: foldForMatching(`${subject}\n${body}`), addresses, links, ...sender });
}
