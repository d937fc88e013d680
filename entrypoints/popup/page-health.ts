/** The popup asks the background which webmail pages on the active tab Vahti cannot read. */
import { browser } from 'wxt/browser';
import { GetPageHealthResponseSchema, type UnreadablePage } from '../../utils/app/page-health';

export async function loadUnreadablePages(): Promise<UnreadablePage[]> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined || tab.id < 0) return [];
  const answer = GetPageHealthResponseSchema.safeParse(await browser.runtime.sendMessage({ type: 'getPageHealth', tabId: tab.id }));
  return answer.success ? answer.data.unreadable : [];
}
