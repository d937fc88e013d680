/**
 * The bundled UI translations, so extension pages can follow the language chosen in the
 * options rather than the browser's. Owns the mapping language → messages; the strings live
 * in `public/_locales/<lang>/messages.json` (what `browser.i18n` also reads).
 */
import en from '../public/_locales/en/messages.json';
import fi from '../public/_locales/fi/messages.json';
import sv from '../public/_locales/sv/messages.json';
import type { UiLanguage } from '../utils/app/guidance/types';
import { makeTranslator, type LocaleMessages, type Translate } from './i18n';

export const LOCALES: Record<UiLanguage, LocaleMessages> = { en, fi, sv };

export function translatorFor(language: UiLanguage): Translate {
  return makeTranslator(LOCALES[language], LOCALES.en);
}
