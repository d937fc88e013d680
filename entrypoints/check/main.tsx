/** Mounts "Check a message" in the language and for the country the person chose (or the browser's). */
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { CheckMessage } from '../../components/CheckMessage';
import { translatorFor } from '../../components/locales';
import '../../components/page.css';
import { countryFromLocale, languageFromLocale, toCatalogueCountry } from '../../utils/app/guidance/resolve';
import { parseSettings, SETTINGS_STORAGE_KEY } from '../../utils/app/settings/schema';
import { createCheckClient } from './client';

async function main() {
  const stored = await browser.storage.local.get(SETTINGS_STORAGE_KEY).catch(() => ({}) as Record<string, unknown>);
  const settings = parseSettings((stored as Record<string, unknown>)[SETTINGS_STORAGE_KEY]).settings;
  const locale = browser.i18n.getUILanguage();
  const language = settings.language ?? languageFromLocale(locale);
  const country = settings.country ? toCatalogueCountry(settings.country) : countryFromLocale(locale);
  document.documentElement.lang = language;
  const t = translatorFor(language);
  document.title = `${t('checkmsg_title')} – ${t('extName')}`;
  const app = document.getElementById('app');
  if (app) render(<CheckMessage client={createCheckClient()} t={t} language={language} country={country} />, app);
}

void main();
