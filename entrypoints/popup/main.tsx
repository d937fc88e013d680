/** Mounts the popup with the language the person chose (or the browser's). */
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { Popup } from '../../components/Popup';
import { translatorFor } from '../../components/locales';
import '../../components/page.css';
import { languageFromLocale } from '../../utils/app/guidance/resolve';
import { parseSettings, SETTINGS_STORAGE_KEY } from '../../utils/app/settings/schema';
import { createPopupClient } from './client';
import { loadUnreadablePages } from './page-health';

async function main() {
  const stored = await browser.storage.local.get(SETTINGS_STORAGE_KEY).catch(() => ({}) as Record<string, unknown>);
  const settings = parseSettings((stored as Record<string, unknown>)[SETTINGS_STORAGE_KEY]).settings;
  const language = settings.language ?? languageFromLocale(browser.i18n.getUILanguage());
  document.documentElement.lang = language;
  const t = translatorFor(language);
  document.title = t('extName');
  const app = document.getElementById('app');
  if (app) render(<Popup client={createPopupClient()} t={t} language={language} loadUnreadable={loadUnreadablePages} />, app);
}

void main();
