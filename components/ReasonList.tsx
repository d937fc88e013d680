/**
 * "Why is this flagged?": each reason with its rule, campaign, list and list version, and the
 * matched value in the redacted form the engine gives. Shows provenance, never a verdict of
 * its own.
 */
import type { Reason, ReasonRule } from '../utils/core/engine/verdict';
import type { Translate } from './i18n';

/** The list id the background gives watch-list matches (`WATCH_LIST_ID` in utils/app/policy/watch-list.ts). */
const WATCH_LIST_ID = 'watch-list';

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
  // Said once, not after every built-in sign: the list stays short enough to read.
  const builtin = reasons.some((r) => !r.listId && r.rule === 'heuristic');
  return (
    <>
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
            {(r.campaignId || r.listId) && (
              <div class="vahti-provenance">
                {r.campaignId && <span>{t('reason_campaign', r.campaignId)} </span>}
                {r.listId === WATCH_LIST_ID ? (
                  <span>{t('reason_watch_list')}</span>
                ) : (
                  r.listId && (
                    <span>
                      {r.listVersion === undefined
                        ? t('reason_list', r.listId)
                        : t('reason_list_version', [r.listId, String(r.listVersion)])}
                    </span>
                  )
                )}
              </div>
            )}
          </li>
        ))}
      </ul>
      {builtin && <p class="vahti-provenance">{t('reason_builtin')}</p>}
    </>
  );
}
