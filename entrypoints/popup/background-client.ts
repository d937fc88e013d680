/**
 * The one client for the background that the popup and the options page share: it asks, and
 * checks every answer with its schema before any UI sees it. (It lives with the popup because
 * files directly under entrypoints/ are entrypoints of their own.)
 */
import { browser } from 'wxt/browser';
import type { ListStatusClient } from '../../components/client';
import { CheckNowResponseSchema, GetListStatusResponseSchema, PageLocaleResponseSchema, type PageRequest } from '../../utils/app/messages';
import { countryFromLocale, languageFromLocale } from '../../utils/app/guidance/resolve';

export async function askBackground(request: PageRequest): Promise<unknown> {
  return browser.runtime.sendMessage(request);
}

/**
 * The language and country a page speaks in: the person's choice (or the organisation's), from
 * the background; the browser's where they chose none or the background cannot answer.
 */
export async function pageLocale() {
  const answer = PageLocaleResponseSchema.safeParse(await askBackground({ type: 'getPageLocale' }).catch(() => null));
  const chosen = answer.success ? answer.data : {};
  const locale = browser.i18n.getUILanguage();
  const language = chosen.language ?? languageFromLocale(locale);
  const country = chosen.country ?? countryFromLocale(locale);
  return { language, country };
}

export function listStatusClient(): ListStatusClient {
  return {
    async getListStatus() {
      return GetListStatusResponseSchema.parse(await askBackground({ type: 'getListStatus' })).sources;
    },
    async checkNow() {
      return CheckNowResponseSchema.parse(await askBackground({ type: 'checkNow' }));
    },
  };
}
