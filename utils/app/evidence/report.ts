/**
 * The summary "Prepare a police report" copies: the facts an online crime-report form asks
 * for (what happened, when, to whom, who, what was demanded, whether anything was paid, what
 * evidence exists), in the person's language, ready to paste. Pure; the person reviews and
 * sends it themselves.
 */
import type { Reason } from '../../core/engine/verdict';
import type { GuidanceEntry } from '../guidance/types';
import type { Evidence } from './build';
import { EvidenceInputSchema, type EvidenceInput, type TextLookup } from './schema';

/**
 * Words a police service asked victims to include: Finnish police asked for "Vastaamo" in
 * reports about that campaign; the FBI's IC3 asks for "extortion email scheme".
 */
const IC3_KEYWORD = 'extortion email scheme';

/**
 * Whether the mail has the shape of the Vastaamo extortion: a valid identity code with a
 * demand, therapy context, and a crypto payment. Named in the report whether or not a list
 * knows the campaign: new waves came from new senders and fresh addresses.
 */
export function hasVastaamoShape(reasons: readonly Reason[], paymentAddresses: number): boolean {
  const signals = new Set(reasons.flatMap((r) => (r.rule === 'heuristic' && r.signal ? [r.signal] : [])));
  const crypto = paymentAddresses > 0 || signals.has('payment-address') || reasons.some((r) => r.rule === 'payment-address');
  return signals.has('identity-code-with-demand') && signals.has('therapy-context') && crypto;
}

export function buildReportSummary(raw: EvidenceInput, evidence: Evidence, police: GuidanceEntry, t: TextLookup): string {
  const input = EvidenceInputSchema.parse(raw);
  const f = input.features;
  const known = input.verdict.level === 'known';
  const campaigns = [...new Set(input.verdict.reasons.flatMap((r) => (r.campaignId ? [r.campaignId] : [])))];
  const vastaamo =
    campaigns.some((c) => c.includes('vastaamo')) || hasVastaamoShape(input.verdict.reasons, evidence.paymentAddresses.length);
  const sender = [f.senderName, f.senderAddress ? `<${f.senderAddress}>` : ''].filter(Boolean).join(' ');

  const lines = [
    t('report_heading'),
    '',
    `${t('report_what_label')}: ${t('report_what')}${known ? ` ${t('report_known_campaign')}` : ''}`,
    ...(vastaamo ? [t('report_vastaamo')] : []),
    ...(police.id === 'us-ic3' ? [`${t('report_keyword')}: ${IC3_KEYWORD}`] : []),
    `${t('report_when')}: ${input.receivedAt ?? t('report_fill_in')}`,
    `${t('report_to')}: ${input.to.length ? input.to.join(', ') : t('report_fill_in')}`,
    `${t('report_sender')}: ${sender || t('evidence_unknown')}`,
    ...(f.replyTo.length ? [`${t('evidence_reply_to')}: ${f.replyTo.join(', ')}`] : []),
    `${t('report_subject')}: ${f.subject}`,
    `${t('report_demand')}: ${
      evidence.paymentAddresses.length
        ? evidence.paymentAddresses.map((p) => `${p.coin.toUpperCase()} ${p.address}${p.amount ? ` (${p.amount})` : ''}`).join('; ')
        : t('report_demand_unknown')
    }`,
    ...(campaigns.length ? [`${t('report_campaigns')}: ${campaigns.join(', ')}`] : []),
    // Whether the person replied is theirs to say, not ours to assume.
    `${t('report_replied')}: ${t('report_fill_in_replied')}`,
    `${t('report_paid')}: ${t('report_fill_in_paid')}`,
    `${t('report_evidence')}: ${t('report_evidence_text', [input.savedAt.slice(0, 10), evidence.fileName, evidence.contentSha256])}`,
    '',
    t('report_review'),
  ];
  return lines.join('\n');
}
