/**
 * Country and language: which official guidance the warning shows and in which language,
 * with a preview of that guidance. Either can follow the browser (left unset).
 */
import { useMemo } from 'preact/hooks';
import { countryFromLocale, countryGuidance, languageFromLocale } from '../../utils/app/guidance/resolve';
import { CountrySchema, UiLanguageSchema, type Country, type UiLanguage } from '../../utils/app/guidance/types';
import { setCountryAndLanguage } from '../../utils/app/settings/update';
import { GuidanceList } from '../GuidanceList';
import type { Translate } from '../i18n';
import type { SectionProps } from './section';

function regionName(language: string, country: Country, t: Translate): string {
  if (country === 'EU') return t('country_other');
  try {
    return new Intl.DisplayNames([language], { type: 'region' }).of(country) ?? country;
  } catch {
    return country;
  }
}

/** Languages are named in their own language, so a person can find theirs. */
function languageName(code: UiLanguage): string {
  try {
    const name = new Intl.DisplayNames([code], { type: 'language' }).of(code) ?? code;
    return name.charAt(0).toLocaleUpperCase(code) + name.slice(1);
  } catch {
    return code;
  }
}

export function PlaceSection({
  settings,
  t,
  save,
  locked,
  lockedNote,
  browserLocale,
  onLanguageChange,
}: SectionProps & { browserLocale: string; onLanguageChange?: (language: UiLanguage) => void }) {
  const language = settings.language ?? languageFromLocale(browserLocale);
  const country = settings.country ?? countryFromLocale(browserLocale);
  const guidance = useMemo(() => countryGuidance(country, language), [country, language]);

  async function changeLanguage(value: string) {
    const next = value === '' ? undefined : UiLanguageSchema.parse(value);
    if (await save(setCountryAndLanguage(settings, { language: next }), 'general')) {
      onLanguageChange?.(next ?? languageFromLocale(browserLocale));
    }
  }

  return (
    <section aria-labelledby="opt-place">
      <h2 id="opt-place">{t('options_place_title')}</h2>
      <p>
        <label for="opt-country">{t('options_country')}</label>{' '}
        <select
          id="opt-country"
          disabled={locked('country')}
          value={settings.country ?? ''}
          onChange={(e) => {
            const v = (e.currentTarget as HTMLSelectElement).value;
            void save(setCountryAndLanguage(settings, { country: v === '' ? undefined : CountrySchema.parse(v) }), 'general');
          }}
        >
          <option value="">{t('options_follow_browser', regionName(language, countryFromLocale(browserLocale), t))}</option>
          {CountrySchema.options.map((c) => (
            <option key={c} value={c}>
              {regionName(language, c, t)}
            </option>
          ))}
        </select>{' '}
        {locked('country') && lockedNote}
      </p>
      <p>
        <label for="opt-language">{t('options_language')}</label>{' '}
        <select
          id="opt-language"
          disabled={locked('language')}
          value={settings.language ?? ''}
          onChange={(e) => void changeLanguage((e.currentTarget as HTMLSelectElement).value)}
        >
          <option value="">{t('options_follow_browser', languageName(languageFromLocale(browserLocale)))}</option>
          {UiLanguageSchema.options.map((l) => (
            <option key={l} value={l} lang={l}>
              {languageName(l)}
            </option>
          ))}
        </select>{' '}
        {locked('language') && lockedNote}
      </p>
      <h3>{t('options_guidance_preview', regionName(language, country, t))}</h3>
      <GuidanceList entries={guidance} t={t} language={language} showSteps />
    </section>
  );
}
