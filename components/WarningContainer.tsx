/**
 * The banner with its behaviour, inside the warning page the content script frames: hides the
 * body by default if so set, saves the evidence file, prepares the police report, and asks for
 * "This is not extortion" to be remembered. Everything it shows (verdict, guidance ids, the
 * settings with the organisation's policy applied, the helpdesk) comes from the background,
 * which is the warning's only author; the container reads no storage and needs no extension
 * API, so it can be tested with fakes.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { MessageFeatures } from '../utils/core/engine/features';
import type { Verdict } from '../utils/core/engine/verdict';
import { buildEvidence } from '../utils/app/evidence/build';
import { buildReportSummary } from '../utils/app/evidence/report';
import type { Header } from '../utils/app/evidence/schema';
import { countryFromLocale, guidanceFor, languageFromLocale, policeGuidance } from '../utils/app/guidance/resolve';
import { CountrySchema, UiLanguageSchema, type UiLanguage } from '../utils/app/guidance/types';
import { isAllowedGuidanceUrl } from '../utils/app/guidance/allowlist';
import type { WarningEffective } from '../utils/app/messages';
import type { UiActions } from './dom-actions';
import type { Translate } from './i18n';
import { WarningBanner, type ActionOutcome } from './WarningBanner';

/** The flagged message as the background classified it, with the page's details for the evidence file. */
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
  /** The person's settings with the organisation's policy applied, from the background. */
  effective: WarningEffective;
  /** The browser's UI locale, e.g. `fi-FI`: the default for country and language. */
  locale: string;
  /** Strings in the browser's language. */
  t: Translate;
  /** Strings for a language the person chose in the options; without it, `t` is used. */
  translatorFor?: (language: UiLanguage) => Translate;
  /** Guidance ids of the matched campaigns (from the list, via the background). */
  guidanceIds?: readonly string[];
  extensionVersion?: string;
  actions: UiActions;
  /** "This is not extortion": the background stores it (only for a message it flagged here). */
  dismiss: () => Promise<void>;
  /** Hide or show the webmail's own body element (the host owns the page DOM). */
  onBodyHiddenChange: (hidden: boolean) => void;
  /** After the dismissal is stored: the host removes the warning's element. */
  onDismissed?: () => void;
  now?: () => Date;
}

export function WarningContainer(props: WarningContainerProps) {
  const { effective } = props;
  const [hidden, setHidden] = useState(effective.hideBodyByDefault);
  const [dismissed, setDismissed] = useState(false);
  const now = props.now ?? (() => new Date());

  useEffect(() => {
    setHidden(effective.hideBodyByDefault);
    props.onBodyHiddenChange(effective.hideBodyByDefault);
    // A new message key is a new warning.
  }, [props.message.messageKey]);

  // Checked again here: the background sends codes it knows, but a bad one must not break the warning.
  const chosenCountry = CountrySchema.safeParse(effective.country);
  const chosenLanguage = UiLanguageSchema.safeParse(effective.language);
  const country = chosenCountry.success ? chosenCountry.data : countryFromLocale(props.locale);
  const language = chosenLanguage.success ? chosenLanguage.data : languageFromLocale(props.locale);
  const t = useMemo(
    () => (chosenLanguage.success && props.translatorFor ? props.translatorFor(chosenLanguage.data) : props.t),
    [chosenLanguage.success ? chosenLanguage.data : undefined, props.translatorFor, props.t],
  );
  const guidance = useMemo(
    () => guidanceFor({ country, language, campaignGuidanceIds: props.guidanceIds ?? [] }),
    [country, language, props.guidanceIds],
  );

  if (dismissed) return null;

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
    await props.dismiss();
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
      helpdesk={effective.helpdesk}
      bodyHidden={hidden}
      canDismiss={effective.allowDismiss}
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
