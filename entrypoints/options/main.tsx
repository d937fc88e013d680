/** Mounts the options page, re-rendering its strings when the person picks another language. */
import { render } from 'preact';
import { Options } from '../../components/Options';
import { translatorFor } from '../../components/locales';
import '../../components/page.css';
import type { UiLanguage } from '../../utils/app/guidance/types';
import { languageFromLocale } from '../../utils/app/guidance/resolve';
import { createOptionsClient } from './client';

const client = createOptionsClient();
const app = document.getElementById('app');

function mount(language: UiLanguage) {
  document.documentElement.lang = language;
  const t = translatorFor(language);
  document.title = t('options_title');
  if (app) render(<Options client={client} t={t} onLanguageChange={mount} />, app);
}

async function main() {
  const settings = await client.loadSettings().catch(() => null);
  mount(settings?.language ?? languageFromLocale(client.browserLocale));
}

void main();
