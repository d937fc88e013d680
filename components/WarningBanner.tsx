/**
 * The warning shown above an extortion email. Pure Preact: data and actions come in as props,
 * no browser API, no global CSS (the host injects `WARNING_BANNER_CSS` from
 * `WarningBanner.css.ts` into the shadow root as a <style> element's textContent).
 *
 * Words are chosen for a frightened reader, often in therapy, who has just been named in a
 * threat: short sentences, no blame, no alarm colours, the option not to read the message, and
 * the next steps in order. The two actions and the three most important contacts come first,
 * so they fit without scrolling; the rest waits behind "More help". Links are rendered only
 * for allowlisted official URLs.
 */
import { useId, useState } from 'preact/hooks';
import type { Verdict } from '../utils/core/engine/verdict';
import type { GuidanceEntry } from '../utils/app/guidance/types';
import { isAllowedGuidanceUrl } from '../utils/app/guidance/allowlist';
import type { Translate } from './i18n';
import { ReasonList } from './ReasonList';
import { HelpContacts } from './HelpContacts';

/** A helpdesk's contact, set by browser policy. Shown as text; never as a link. */
export interface HelpdeskContact {
  name: string;
  phone?: string;
  email?: string;
  /** Shown as text: a helpdesk's page is not on the official-guidance allowlist. */
  url?: string;
}

/** What an action reports back so the banner can say, politely, whether it worked. */
export interface ActionOutcome {
  ok: boolean;
}

export interface WarningBannerProps {
  verdict: Verdict;
  /** The language the banner is written in (its `lang`); guidance pages in another language say so. */
  language: string;
  /** Guidance for the user's country and language, most important first. */
  guidance: readonly GuidanceEntry[];
  t: Translate;
  helpdesk?: HelpdeskContact;
  /** Whether the message body is currently hidden behind the banner. */
  bodyHidden: boolean;
  /** Policy may forbid "This is not extortion" (managed installs). Default: allowed. */
  canDismiss?: boolean;
  onToggleBody: () => void;
  /** Called when the reasons are opened (the banner shows them itself). */
  onShowReasons?: () => void;
  onDismiss: () => void | Promise<ActionOutcome>;
  onSaveEvidence: () => Promise<ActionOutcome>;
  onPrepareReport: () => Promise<ActionOutcome>;
}

const NOTICE_KEYS = {
  evidenceSaved: 'banner_notice_evidence_saved',
  evidenceFailed: 'banner_notice_evidence_failed',
  reportCopied: 'banner_notice_report_copied',
  reportFailed: 'banner_notice_report_failed',
  dismissFailed: 'banner_notice_dismiss_failed',
} as const;
type Notice = keyof typeof NOTICE_KEYS;

export function WarningBanner(props: WarningBannerProps) {
  const { verdict, t } = props;
  const titleId = useId();
  const reasonsId = useId();
  const [reasonsOpen, setReasonsOpen] = useState(false);
  const [confirmingDismiss, setConfirmingDismiss] = useState(false);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [busy, setBusy] = useState(false);

  const known = verdict.level === 'known';
  const guidance = props.guidance.filter((g) => isAllowedGuidanceUrl(g.url));

  async function run(action: () => Promise<ActionOutcome>, good: Notice, bad: Notice) {
    if (busy) return;
    setBusy(true);
    try {
      const outcome = await action();
      setNotice(outcome.ok ? good : bad);
    } catch {
      setNotice(bad);
    } finally {
      setBusy(false);
    }
  }

  function toggleReasons() {
    const next = !reasonsOpen;
    setReasonsOpen(next);
    if (next) props.onShowReasons?.();
  }

  async function confirmDismiss() {
    try {
      const outcome = await props.onDismiss();
      if (outcome && !outcome.ok) setNotice('dismissFailed');
    } catch {
      setNotice('dismissFailed');
    }
    setConfirmingDismiss(false);
  }

  return (
    <section class="vahti-banner" data-level={verdict.level} aria-labelledby={titleId} lang={props.language}>
      <div role="alert" class="vahti-head">
        <h2 id={titleId} class="vahti-title">
          {t(known ? 'banner_title_known' : 'banner_title_suspected')}
        </h2>
        <p class="vahti-lead">{t(known ? 'banner_lead_known' : 'banner_lead_suspected')}</p>
      </div>

      <p class="vahti-body-state">
        <span>{t(props.bodyHidden ? 'banner_body_hidden' : 'banner_body_shown')}</span>{' '}
        <button type="button" class="vahti-button" aria-pressed={!props.bodyHidden} onClick={props.onToggleBody}>
          {t(props.bodyHidden ? 'banner_show_body' : 'banner_hide_body')}
        </button>
      </p>

      <h3 class="vahti-subtitle">{t('banner_steps_title')}</h3>
      <ol class="vahti-steps">
        <li>{t('banner_step_dont_pay')}</li>
        <li>{t('banner_step_dont_reply')}</li>
        <li>{t('banner_step_keep')}</li>
        <li>{t('banner_step_report')}</li>
        <li>{t('banner_step_support')}</li>
      </ol>

      <div class="vahti-actions">
        <button
          type="button"
          class="vahti-button"
          disabled={busy}
          onClick={() => void run(props.onSaveEvidence, 'evidenceSaved', 'evidenceFailed')}
        >
          {t('banner_save_evidence')}
        </button>
        <button
          type="button"
          class="vahti-button"
          disabled={busy}
          onClick={() => void run(props.onPrepareReport, 'reportCopied', 'reportFailed')}
        >
          {t('banner_prepare_report')}
        </button>
      </div>
      <p class="vahti-notice" role="status">
        {notice ? t(NOTICE_KEYS[notice]) : ''}
      </p>

      {guidance.length > 0 && (
        <>
          <h3 class="vahti-subtitle">{t('banner_help_title')}</h3>
          <HelpContacts entries={guidance} t={t} language={props.language} />
        </>
      )}

      {props.helpdesk && (
        <p class="vahti-helpdesk">
          <strong>{t('banner_helpdesk', props.helpdesk.name)}</strong>
          {props.helpdesk.phone && <span> {props.helpdesk.phone}</span>}
          {props.helpdesk.email && <span> {props.helpdesk.email}</span>}
          {props.helpdesk.url && <span> {props.helpdesk.url}</span>}
        </p>
      )}

      <div class="vahti-actions">
        <button
          type="button"
          class="vahti-button vahti-quiet"
          aria-expanded={reasonsOpen}
          aria-controls={reasonsId}
          onClick={toggleReasons}
        >
          {t('banner_why')}
        </button>
        {props.canDismiss !== false && !confirmingDismiss && (
          <button type="button" class="vahti-button vahti-quiet" onClick={() => setConfirmingDismiss(true)}>
            {t('banner_not_extortion')}
          </button>
        )}
      </div>

      {confirmingDismiss && (
        <div class="vahti-confirm" role="group" aria-label={t('banner_not_extortion')}>
          <p>{t('banner_dismiss_confirm')}</p>
          <button type="button" class="vahti-button" onClick={() => void confirmDismiss()}>
            {t('banner_dismiss_yes')}
          </button>{' '}
          <button type="button" class="vahti-button" onClick={() => setConfirmingDismiss(false)}>
            {t('banner_dismiss_cancel')}
          </button>
        </div>
      )}

      <div id={reasonsId} class="vahti-reasons" hidden={!reasonsOpen}>
        {reasonsOpen && <ReasonList reasons={verdict.reasons} t={t} />}
      </div>
    </section>
  );
}
