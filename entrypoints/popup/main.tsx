/** Mounts the popup with the language the person chose (or the browser's). */
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { Popup } from '../../components/Popup';
import { translatorFor } from '../../components/locales';
import '../../components/page.css';
import { countryFromLocale, languageFromLocale, toCatalogueCountry } from '../../utils/app/guidance/resolve';
import { parseSettings, SETTINGS_STORAGE_KEY } from '../../utils/app/settings/schema';
import { createPopupClient } from './client';

async function main() {
  const stored = await browser.storage.local.get(SETTINGS_STORAGE_KEY).catch(() => ({}) as Record<string, unknown>);
  const settings = parseSettings((stored as Record<string, unknown>)[SETTINGS_STORAGE_KEY]).settings;
  const language = settings.language ?? languageFromLocale(browser.i18n.getUILanguage());
  document.documentElement.lang = language;
  const t = translatorFor(language);
  document.title = t('extName');
  const app = document.getElementById('app');
  const country = settings.country ? toCatalogueCountry(settings.country) : countryFromLocale(browser.i18n.getUILanguage());
  const openCheckPage = () => {
    void browser.tabs.create({ url: browser.runtime.getURL('/check.html') }).then(() => window.close());
  };
  if (app) render(<Popup client={createPopupClient()} t={t} language={language} country={country} onCheckMessage={openCheckPage} />, app);
}

void main();
