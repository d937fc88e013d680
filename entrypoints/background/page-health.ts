/**
 * Pages Vahti cannot read, per tab: a content script reports that its webmail shows a message
 * whose body or sender it cannot read (see utils/page/read-health.ts). The background says so on
 * that tab's toolbar button (its title always; its badge "?" while no flagged message is counted
 * there), answers the popup, and counts it for the diagnostics export (kinds only, no content).
 */
import { browser } from 'wxt/browser';
import type { Browser } from 'wxt/browser';
import {
  countUnreadable,
  GetPageHealthRequestSchema,
  PAGE_HEALTH_STORAGE_KEY,
  PageHealthReportSchema,
  parsePageHealthCounts,
  PROVIDER_NAMES,
  type GetPageHealthResponse,
  type UnreadablePage,
} from '../../utils/app/page-health';
import { flaggedCount } from './badge';

/** Per tab: frame id → what that frame's page cannot read. */
const byTab = new Map<number, Map<number, UnreadablePage>>();
const action = () => browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction;

function unreadableOn(tabId: number): UnreadablePage[] {
  return [...(byTab.get(tabId)?.values() ?? [])];
}

function show(tabId: number): void {
  const pages = unreadableOn(tabId);
  const first = pages[0];
  const title = first ? browser.i18n.getMessage('popup_unreadable', PROVIDER_NAMES[first.providerId]) : browser.i18n.getMessage('extName');
  void action()
    .setTitle({ tabId, title })
    .catch(() => undefined); // the tab may be gone
  // The flagged count is the more urgent signal: "?" only where no count is shown.
  if (flaggedCount(tabId) === 0) {
    void action()
      .setBadgeText({ tabId, text: first ? '?' : '' })
      .catch(() => undefined);
  }
}

async function count(report: UnreadablePage): Promise<void> {
  const stored = await browser.storage.local.get(PAGE_HEALTH_STORAGE_KEY);
  const next = countUnreadable(parsePageHealthCounts(stored[PAGE_HEALTH_STORAGE_KEY]), report.providerId, report.problems, new Date());
  await browser.storage.local.set({ [PAGE_HEALTH_STORAGE_KEY]: next });
}

/**
 * Handles `pageHealth` (from a webmail tab) and `getPageHealth` (from the popup); null for any
 * other message. `fromExtensionPage` says whether the sender is one of Vahti's own pages.
 */
export async function handlePageHealthMessage(
  message: unknown,
  sender: Browser.runtime.MessageSender,
  fromExtensionPage: boolean,
): Promise<GetPageHealthResponse | { ok: true } | { error: string } | null> {
  const report = PageHealthReportSchema.safeParse(message);
  if (report.success) {
    const tabId = sender.tab?.id;
    if (tabId === undefined || tabId < 0) return { error: 'Only a webmail tab can report its page.' };
    const frames = byTab.get(tabId) ?? new Map<number, UnreadablePage>();
    const frameId = sender.frameId ?? 0;
    const was = frames.get(frameId);
    if (report.data.problems.length === 0) frames.delete(frameId);
    else frames.set(frameId, { providerId: report.data.providerId, problems: report.data.problems });
    byTab.set(tabId, frames);
    show(tabId);
    if (report.data.problems.length > 0 && !was) await count({ providerId: report.data.providerId, problems: report.data.problems });
    return { ok: true };
  }
  const ask = GetPageHealthRequestSchema.safeParse(message);
  if (ask.success) {
    if (!fromExtensionPage) return { error: 'This request is only accepted from Vahti’s own pages.' };
    return { unreadable: unreadableOn(ask.data.tabId) };
  }
  return null;
}

/** A new webmail document starts its tab afresh; closed tabs are forgotten. */
export function registerPageHealth(): void {
  browser.runtime.onConnect.addListener((port) => {
    const tabId = port.sender?.tab?.id;
    if (port.name !== 'vahti-webmail' || tabId === undefined || port.sender?.frameId !== 0) return;
    if (byTab.delete(tabId)) show(tabId);
  });
  browser.tabs.onRemoved.addListener((tabId) => byTab.delete(tabId));
}
