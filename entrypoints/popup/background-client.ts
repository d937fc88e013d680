/**
 * The one client for the background that the popup and the options page share: it asks, and
 * checks every answer with its schema before any UI sees it. (It lives with the popup because
 * files directly under entrypoints/ are entrypoints of their own.)
 */
import { browser } from 'wxt/browser';
import type { ListStatusClient } from '../../components/client';
import { CheckNowResponseSchema, GetListStatusResponseSchema, type PageRequest } from '../../utils/app/messages';

export async function askBackground(request: PageRequest): Promise<unknown> {
  return browser.runtime.sendMessage(request);
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
