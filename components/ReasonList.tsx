/**
 * "Why is this flagged?": each reason with its rule, campaign, list and list version, and the
 * matched value in the redacted form the engine gives. Shows provenance, never a verdict of
 * its own.
 */
import type { Reason, ReasonRule } from '../utils/engine/verdict';
import type { Translate } from './i18n';

const RULE_KEYS: Record<ReasonRule, string> = {
  'payment-address': 'reason_rule_payment_address',
  'sender-address': 'reason_rule_sender_address',
  'sender-domain': 'reason_rule_sender_domain',
  'display-name': 'reason_rule_display_name',
  'content-signature': 'reason_rule_content_signature',
  heuristic: 'reason_rule_heuristic',
};

export function ReasonList({ reasons, t }: { reasons: readonly Reason[]; t: Translate }) {
  if (reasons.length === 0) return <p>{t('reason_none')}</p>;
  return (
    <ul class="vahti-reason-list">
      {reasons.map((r, i) => (
        <li key={i} data-rule={r.rule}>
          <strong>{t(RULE_KEYS[r.rule])}</strong>
          {r.signal && <span> ({r.signal})</span>}
          {r.matched && (
            <>
              : <code>{r.matched}</code>
            </>
          )}
          <div class="vahti-provenance">
            {r.campaignId && <span>{t('reason_campaign', r.campaignId)} </span>}
            {r.listId && (
              <span>
                {r.listVersion === undefined
                  ? t('reason_list', r.listId)
                  : t('reason_list_version', [r.listId, String(r.listVersion)])}
              </span>
            )}
            {!r.listId && r.rule === 'heuristic' && <span>{t('reason_builtin')}</span>}
          </div>
        </li>
      ))}
    </ul>
  );
}
