/**
 * The bundled UI translations, so extension pages can follow the language chosen in the
 * options rather than the browser's. Owns the mapping language → messages; the strings live
 * in `public/_locales/<lang>/messages.json` (what `browser.i18n` also reads).
 */
import de from '../public/_locales/de/messages.json';
import en from '../public/_locales/en/messages.json';
import et from '../public/_locales/et/messages.json';
import fi from '../public/_locales/fi/messages.json';
import sv from '../public/_locales/sv/messages.json';
import type { UiLanguage } from '../utils/app/guidance/types';
import { makeTranslator, type LocaleMessages, type Translate } from './i18n';

export const LOCALES: Record<UiLanguage, LocaleMessages> = { en, fi, sv, de, et };

export function translatorFor(language: UiLanguage): Translate {
  return makeTranslator(LOCALES[language], LOCALES.en);
}
