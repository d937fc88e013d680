/** Mounts "Check a message" in the language and for the country the person chose (asked of the background) or the browser's. */
import { render } from 'preact';
import { CheckMessage } from '../../components/CheckMessage';
import { translatorFor } from '../../components/locales';
import '../../components/page.css';
import { pageLocale } from '../popup/background-client';
import { createCheckClient } from './client';

async function main() {
  const { language, country } = await pageLocale();
  document.documentElement.lang = language;
  const t = translatorFor(language);
  document.title = `${t('checkmsg_title')} – ${t('extName')}`;
  const app = document.getElementById('app');
  if (app) render(<CheckMessage client={createCheckClient()} t={t} language={language} country={country} />, app);
}

void main();
