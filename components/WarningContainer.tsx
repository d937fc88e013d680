/**
 * The banner with its behaviour, for the webmail content script to mount in its closed shadow
 * root: reads the person's settings (hide-body default, country, language, dismissals), hides
 * the body by default if so set, remembers "This is not extortion", saves the evidence file
 * and prepares the police report. Takes storage and the page actions as props, so it needs no
 * extension API itself and can be tested with fakes.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { MessageFeatures } from '../utils/core/engine/features';
import type { Verdict } from '../utils/core/engine/verdict';
import { buildEvidence } from '../utils/app/evidence/build';
import { buildReportSummary } from '../utils/app/evidence/report';
import type { Header } from '../utils/app/evidence/schema';
import { countryFromLocale, guidanceFor, languageFromLocale, policeGuidance } from '../utils/app/guidance/resolve';
import type { UiLanguage } from '../utils/app/guidance/types';
import { isAllowedGuidanceUrl } from '../utils/app/guidance/allowlist';
import { parseSettings, SETTINGS_STORAGE_KEY, type Settings } from '../utils/app/settings/schema';
import { applyPolicy, chosenFields } from '../utils/app/policy/apply';
import { parseManagedPolicy } from '../utils/app/policy/parse';
import { POLICY_STORAGE_KEY } from '../utils/app/policy/schema';
import { dismissMessage, isDismissed } from '../utils/app/settings/update';
import type { UiActions } from './dom-actions';
import type { Translate } from './i18n';
import { WarningBanner, type ActionOutcome, type HelpdeskContact } from './WarningBanner';

/** The part of `browser.storage.local` the container uses. */
export interface KeyValueStorage {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

/** What the content script knows about the flagged message. Stays in the content script. */
export interface WarningMessage {
  messageKey: string;
  provider: string;
  features: MessageFeatures;
  receivedAt?: string;
  to?: string[];
  headers?: Header[];
}

export interface WarningContainerProps {
  verdict: Verdict;
  message: WarningMessage;
  storage: KeyValueStorage;
  /** The browser's UI locale, e.g. `fi-FI`: the default for country and language. */
  locale: string;
  /** Strings in the browser's language. */
  t: Translate;
  /** Strings for a language the person chose in the options; without it, `t` is used. */
  translatorFor?: (language: UiLanguage) => Translate;
  /** Guidance ids of the matched campaigns (from the list, via the background). */
  guidanceIds?: readonly string[];
  helpdesk?: HelpdeskContact;
  canDismiss?: boolean;
  extensionVersion?: string;
  actions: UiActions;
  /** Hide or show the webmail's own body element (the host owns the page DOM). */
  onBodyHiddenChange: (hidden: boolean) => void;
  /**
   * Called when the message is dismissed: after the person's dismissal is stored, or at once when
   * it was dismissed before (a reload, another tab), so the host removes the warning's element and
   * leaves no `data-vahti="warning"` mark on mail the person said is not extortion.
   */
  onDismissed?: () => void;
  now?: () => Date;
}

/**
 * Where the background publishes the parsed managed policy (`POLICY_STORAGE_KEY` in
 * entrypoints/background/policy.ts; a test keeps the two in step).
 */

interface Effective {
  settings: Settings;
  helpdesk?: HelpdeskContact;
  allowDismiss: boolean;
}

/** The settings with the organisation's policy applied (defaults, locks, helpdesk, dismiss). */
async function readEffective(storage: KeyValueStorage): Promise<Effective> {
  const [own, published] = await Promise.all([storage.get(SETTINGS_STORAGE_KEY), storage.get(POLICY_STORAGE_KEY)]);
  const raw = own[SETTINGS_STORAGE_KEY];
  const settings = parseSettings(raw).settings;
  const policyRaw = (published[POLICY_STORAGE_KEY] as { policy?: unknown } | undefined)?.policy;
  const { policy } = parseManagedPolicy(policyRaw);
  const config = applyPolicy(settings, policy, chosenFields(raw));
  return { settings: config.settings, helpdesk: config.helpdesk, allowDismiss: config.allowDismiss };
}

export function WarningContainer(props: WarningContainerProps) {
  const [effective, setEffective] = useState<Effective | null>(null);
  const settings = effective?.settings ?? null;
  const [hidden, setHidden] = useState(false);
  const [dismissed, setDismissed] = useState(false);
  const now = props.now ?? (() => new Date());

  useEffect(() => {
    let live = true;
    readEffective(props.storage)
      .catch((): Effective => ({ settings: parseSettings(undefined).settings, allowDismiss: true }))
      .then((e) => {
        if (!live) return;
        const s = e.settings;
        setEffective(e);
        const gone = isDismissed(s, props.message.messageKey);
        setDismissed(gone);
        const hide = !gone && s.hideBodyByDefault;
        setHidden(hide);
        props.onBodyHiddenChange(hide);
        if (gone) props.onDismissed?.();
      });
    return () => {
      live = false;
    };
    // Settings are read once per message; a new message key is a new warning.
  }, [props.message.messageKey]);

  const country = settings?.country ?? countryFromLocale(props.locale);
  const language = settings?.language ?? languageFromLocale(props.locale);
  const t = useMemo(
    () => (settings?.language && props.translatorFor ? props.translatorFor(settings.language) : props.t),
    [settings?.language, props.translatorFor, props.t],
  );
  const guidance = useMemo(
    () => guidanceFor({ country, language, campaignGuidanceIds: props.guidanceIds ?? [] }),
    [country, language, props.guidanceIds],
  );

  if (!settings || dismissed) return null;

  const evidenceInput = () => ({
    provider: props.message.provider,
    savedAt: now().toISOString(),
    receivedAt: props.message.receivedAt,
    to: props.message.to ?? [],
    features: props.message.features,
    headers: props.message.headers ?? [],
    verdict: props.verdict,
    extensionVersion: props.extensionVersion,
  });

  async function saveEvidence(): Promise<ActionOutcome> {
    const evidence = buildEvidence(evidenceInput(), t);
    await props.actions.saveFile(evidence.fileName, evidence.text);
    return { ok: true };
  }

  async function prepareReport(): Promise<ActionOutcome> {
    const police = policeGuidance(country, language);
    const input = evidenceInput();
    const evidence = buildEvidence(input, t);
    let copied = true;
    try {
      await props.actions.copyText(buildReportSummary(input, evidence, police, t));
    } catch {
      copied = false;
    }
    // The official page opens even if copying failed: reporting matters more than the summary.
    if (isAllowedGuidanceUrl(police.url)) props.actions.openUrl(police.url);
    return { ok: copied };
  }

  async function dismiss(): Promise<ActionOutcome> {
    const stored = (await props.storage.get(SETTINGS_STORAGE_KEY))[SETTINGS_STORAGE_KEY];
    const next = dismissMessage(parseSettings(stored).settings, props.message.messageKey, now(), props.message.features.senderAddress || undefined);
    // Only `dismissed` changes: writing every parsed field back would turn defaults into choices
    // (and a policy default would then no longer reach this person).
    const raw = typeof stored === 'object' && stored !== null && !Array.isArray(stored) ? stored : {};
    await props.storage.set({ [SETTINGS_STORAGE_KEY]: { ...raw, dismissed: next.dismissed } });
    setDismissed(true);
    props.onBodyHiddenChange(false);
    props.onDismissed?.();
    return { ok: true };
  }

  return (
    <WarningBanner
      verdict={props.verdict}
      language={language}
      guidance={guidance}
      t={t}
      helpdesk={props.helpdesk ?? effective?.helpdesk}
      bodyHidden={hidden}
      canDismiss={props.canDismiss ?? effective?.allowDismiss}
      onToggleBody={() => {
        const next = !hidden;
        setHidden(next);
        props.onBodyHiddenChange(next);
      }}
      onDismiss={dismiss}
      onSaveEvidence={saveEvidence}
      onPrepareReport={prepareReport}
    />
  );
}
