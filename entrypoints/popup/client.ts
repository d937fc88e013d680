/**
 * The popup's real client: asks the background (which alone holds list state and the per-tab
 * flag counts) and checks every answer with its schema before the UI sees it.
 */
import { browser } from 'wxt/browser';
import type { PopupClient } from '../../components/client';
import {
  CheckNowResponseSchema,
  GetListStatusResponseSchema,
  GetTabFlagsResponseSchema,
  type PageRequest,
} from '../../utils/messages';

async function ask(request: PageRequest): Promise<unknown> {
  return browser.runtime.sendMessage(request);
}

export function createPopupClient(): PopupClient {
  return {
    async getTabFlags() {
      const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
      if (tab?.id === undefined || tab.id < 0) return [];
      return GetTabFlagsResponseSchema.parse(await ask({ type: 'getTabFlags', tabId: tab.id })).flagged;
    },
    async getListStatus() {
      return GetListStatusResponseSchema.parse(await ask({ type: 'getListStatus' })).sources;
    },
    async checkNow() {
      return CheckNowResponseSchema.parse(await ask({ type: 'checkNow' }));
    },
    openOptions() {
      void browser.runtime.openOptionsPage().then(() => window.close());
    },
  };
}
