/** Mounts the popup with the language the person chose (asked of the background) or the browser's. */
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { Popup } from '../../components/Popup';
import { translatorFor } from '../../components/locales';
import '../../components/page.css';
import { pageLocale } from './background-client';
import { createPopupClient } from './client';
import { loadUnreadablePages } from './page-health';

async function main() {
  const { language, country } = await pageLocale();
  document.documentElement.lang = language;
  const t = translatorFor(language);
  document.title = t('extName');
  const app = document.getElementById('app');
  const openCheckPage = () => {
    void browser.tabs.create({ url: browser.runtime.getURL('/check.html') }).then(() => window.close());
  };
  if (app) render(<Popup client={createPopupClient()} t={t} language={language} country={country} onCheckMessage={openCheckPage} loadUnreadable={loadUnreadablePages} />, app);
}

void main();
