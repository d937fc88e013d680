/**
 * The popup's real client: asks the background (which alone holds list state and the per-tab
 * flag counts) and checks every answer with its schema before the UI sees it.
 */
import { browser } from 'wxt/browser';
import type { PopupClient } from '../../components/client';
import { GetTabFlagsResponseSchema } from '../../utils/app/messages';
import { askBackground, listStatusClient } from './background-client';

const action = () => browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction;

export function createPopupClient(): PopupClient {
  return {
    ...listStatusClient(),
    async getTabFlags() {
      const none = { known: 0, suspected: 0, other: 0 };
      const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
      if (tab?.id === undefined || tab.id < 0) return none;
      const answer = GetTabFlagsResponseSchema.safeParse(await askBackground({ type: 'getTabFlags', tabId: tab.id }).catch(() => null));
      if (answer.success) {
        const count = (level: string) => answer.data.flagged.filter((f) => f.level === level).length;
        return { ...none, known: count('known'), suspected: count('suspected'), hidden: answer.data.hiddenWarnings ?? 0 };
      }
      // A background without per-level counts: the toolbar badge (set only by the background) has the total.
      const badge = await action().getBadgeText({ tabId: tab.id });
      const total = badge.endsWith('+') ? 100 : Number.parseInt(badge, 10);
      return { ...none, other: Number.isFinite(total) ? total : 0 };
    },
    openOptions() {
      void browser.runtime.openOptionsPage().then(() => window.close());
    },
  };
}
