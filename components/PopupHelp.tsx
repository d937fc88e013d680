/**
 * The popup's "Received a threatening email?": help for the person's country without any
 * flagged message (many read mail on a phone or in a desktop program and come to the computer
 * afraid), and the way to "Check a message", first so that it fits in a small popup.
 */
import { useMemo } from 'preact/hooks';
import { countryGuidance } from '../utils/app/guidance/resolve';
import { UiLanguageSchema, type Country } from '../utils/app/guidance/types';
import { HelpContacts } from './HelpContacts';
import type { Translate } from './i18n';

export function PopupHelp({ t, language, country, onCheckMessage }: { t: Translate; language: string; country: Country; onCheckMessage: () => void }) {
  const uiLanguage = UiLanguageSchema.catch('en').parse(language);
  const guidance = useMemo(() => countryGuidance(country, uiLanguage), [country, uiLanguage]);
  return (
    <section aria-labelledby="popup-help" class="vahti-popup-help">
      <h2 id="popup-help">{t('popup_help_title')}</h2>
      <p>{t('popup_check_help')}</p>
      <p>
        <button type="button" class="vahti-button" onClick={onCheckMessage}>
          {t('popup_check_message')}
        </button>
      </p>
      <p>{t('popup_help_lead')}</p>
      <HelpContacts entries={guidance} t={t} language={uiLanguage} />
    </section>
  );
}
