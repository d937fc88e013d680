/**
 * "Why am I seeing this warning?": each reason in plain words, for a frightened reader. The
 * technical provenance (rule and signal codes, campaign, list and version, the redacted match)
 * sits behind "Details for your helpdesk". An identity code is never shown, not even
 * redacted: its date of birth is part of the threat, and the person knows whose it may be.
 * Shows provenance, never a verdict of its own.
 */
import { Fragment } from 'preact';
import type { HeuristicSignal } from '../utils/core/heuristics/assess';
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

/** The built-in signs (`utils/core/heuristics/assess.ts`) in plain words: typed on the engine's list, so a new sign cannot reach a person as a bare code. */
const SIGNAL_KEYS: Record<HeuristicSignal, string> = {
  'payment-address': 'reason_signal_payment_address',
  'payment-demand': 'reason_signal_payment_demand',
  deadline: 'reason_signal_deadline',
  'tiered-deadline': 'reason_signal_tiered_deadline',
  'exposure-threat': 'reason_signal_exposure_threat',
  'violence-threat': 'reason_signal_violence_threat',
  'pay-to-delete': 'reason_signal_pay_to_delete',
  recording: 'reason_signal_recording',
  'personal-data': 'reason_signal_personal_data',
  'identity-code': 'reason_signal_identity_code',
  'identity-code-with-demand': 'reason_signal_identity_code_with_demand',
  'tor-payment': 'reason_signal_tor_payment',
  'no-police': 'reason_signal_no_police',
  'therapy-context': 'reason_signal_therapy_context',
  'blame-company': 'reason_signal_blame_company',
  'sent-from-own-address': 'reason_signal_sent_from_own_address',
  'crypto-mention': 'reason_signal_crypto_mention',
  amount: 'reason_signal_amount',
  'time-span': 'reason_signal_time_span',
  'kidnapping-threat': 'reason_signal_kidnapping_threat',
  'business-threat': 'reason_signal_business_threat',
  'secret-claim': 'reason_signal_secret_claim',
  'police-impersonation': 'reason_signal_police_impersonation',
  'authority-claim': 'reason_signal_authority_claim',
  'compromising-material': 'reason_signal_compromising_material',
  'hacker-claim': 'reason_signal_hacker_claim',
  'recipient-address-quoted': 'reason_signal_recipient_address_quoted',
  'recipient-name-quoted': 'reason_signal_recipient_name_quoted',
  'password-quoted': 'reason_signal_password_quoted',
  resemblance: 'reason_signal_resemblance',
};

/** Signals whose matched value is the message's own words, worth quoting to the reader. */
const QUOTED_SIGNALS = new Set([
  'payment-demand',
  'deadline',
  'tiered-deadline',
  'exposure-threat',
  'violence-threat',
  'pay-to-delete',
  'recording',
  'personal-data',
  'no-police',
  'therapy-context',
  'blame-company',
  'crypto-mention',
  'amount',
  'time-span',
  'kidnapping-threat',
  'business-threat',
  'secret-claim',
  'police-impersonation',
  'authority-claim',
  'compromising-material',
  'hacker-claim',
]);

const isIdentityCode = (r: Reason) => r.signal === 'identity-code' || r.signal === 'identity-code-with-demand';

function plainWords(r: Reason, t: Translate): string {
  if (r.listId === WATCH_LIST_ID) return t('reason_watch_list');
  // A signal from an older list or build that this one has no words for falls back to the rule's words.
  const signal = r.rule === 'heuristic' && r.signal ? (SIGNAL_KEYS as Record<string, string | undefined>)[r.signal] : undefined;
  return t(signal ?? RULE_KEYS[r.rule]);
}

function technical(r: Reason, t: Translate): string[] {
  const parts = [t('reason_code', r.signal ? `${r.rule}/${r.signal}` : r.rule)];
  if (r.campaignId) parts.push(t('reason_campaign', r.campaignId));
  if (r.listId && r.listId !== WATCH_LIST_ID) {
    parts.push(r.listVersion === undefined ? t('reason_list', r.listId) : t('reason_list_version', [r.listId, String(r.listVersion)]));
  }
  if (r.matched && !isIdentityCode(r)) parts.push(t('reason_matched', r.matched));
  return parts;
}

/** One line per thing said: the same sign found three times is one line with three quotes. */
function grouped(reasons: readonly Reason[], t: Translate): { words: string; rule: ReasonRule; quotes: string[] }[] {
  const lines = new Map<string, { words: string; rule: ReasonRule; quotes: string[] }>();
  for (const r of reasons) {
    const words = plainWords(r, t);
    const line = lines.get(words) ?? { words, rule: r.rule, quotes: [] };
    if (r.rule === 'heuristic' && r.signal && QUOTED_SIGNALS.has(r.signal) && r.matched && !line.quotes.includes(r.matched)) {
      line.quotes.push(r.matched);
    }
    lines.set(words, line);
  }
  return [...lines.values()];
}

export function ReasonList({ reasons, t }: { reasons: readonly Reason[]; t: Translate }) {
  if (reasons.length === 0) return <p>{t('reason_none')}</p>;
  // Said once, not after every built-in sign: the list stays short enough to read.
  const builtin = reasons.some((r) => !r.listId && r.rule === 'heuristic');
  return (
    <>
      <ul class="vahti-reason-list">
        {grouped(reasons, t).map((line) => (
          <li key={line.words} data-rule={line.rule}>
            {line.words}
            {line.quotes.length > 0 && ': '}
            {line.quotes.map((q, i) => (
              <Fragment key={q}>
                {i > 0 && ', '}
                <q class="vahti-quote">{q}</q>
              </Fragment>
            ))}
          </li>
        ))}
      </ul>
      {builtin && <p class="vahti-provenance">{t('reason_builtin')}</p>}
      <details class="vahti-details">
        <summary>{t('reason_details')}</summary>
        <ul class="vahti-provenance">
          {reasons.map((r, i) => (
            <li key={i}>{technical(r, t).join(' · ')}</li>
          ))}
        </ul>
      </details>
    </>
  );
}
