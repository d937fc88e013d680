/**
 * The toolbar badge: per tab, how many opened messages the background itself judged `known` or
 * `suspected`. This is the signal a page cannot forge (a page can draw a fake banner, not a
 * badge). Counts come only from verdicts the background computed; the count of a tab starts
 * again when a new webmail document connects (a real page load, not an in-app route change).
 * Inbox-row checks (keys `<provider>:row:…`) are not counted: they are not opened messages.
 */
import { browser } from 'wxt/browser';
import type { Browser } from 'wxt/browser';
import type { VerdictLevel } from '../../utils/core/engine/verdict';

/** Per tab: message id → the level the background gave it. */
const flaggedByTab = new Map<number, Map<string, 'known' | 'suspected'>>();
/** Per tab: how many of its warnings the warning frames saw covered, moved away or hidden. */
const hiddenByTab = new Map<number, number>();
const action = () => browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction;

/** Tabs whose title says a warning is hidden (set back when it is not). */
const titledTabs = new Set<number>();

export const HIDDEN_WARNING_TITLE = 'Vahti: a warning on this page is being hidden. Open Vahti to see why.';

function show(tabId: number) {
  const count = flaggedByTab.get(tabId)?.size ?? 0;
  const hidden = hiddenByTab.get(tabId) ?? 0;
  // A hidden warning outranks the count: the page is working against the person.
  const text = hidden > 0 ? '!' : count === 0 ? '' : count > 99 ? '99+' : String(count);
  void action()
    .setBadgeText({ tabId, text })
    .catch(() => undefined); // the tab may be gone
  if (hidden > 0 || titledTabs.has(tabId)) {
    const title = hidden > 0 ? browser.i18n.getMessage('badge_warning_hidden' as never) || HIDDEN_WARNING_TITLE : 'Vahti';
    if (hidden > 0) titledTabs.add(tabId);
    else titledTabs.delete(tabId);
    void action()
      .setTitle({ tabId, title })
      .catch(() => undefined);
  }
}

/** From the warning frames' reports: how many warnings on the tab are hidden now. */
export function showHidden(tabId: number, hidden: number): void {
  if (hidden > 0) hiddenByTab.set(tabId, hidden);
  else hiddenByTab.delete(tabId);
  show(tabId);
}

/** `gmail:msg:<id>#<bodyhash>` → `gmail:msg:<id>`: a message whose body changed is still one message. */
function messageIdOf(messageKey: string): string | null {
  if (!messageKey.includes(':msg:')) return null;
  const hash = messageKey.lastIndexOf('#');
  return hash > 0 ? messageKey.slice(0, hash) : messageKey;
}

/** Call with every verdict the classify handler sends to a content script. */
export function noteVerdict(sender: Browser.runtime.MessageSender, messageKey: string, level: VerdictLevel): void {
  const tabId = sender.tab?.id;
  const id = messageIdOf(messageKey);
  if (tabId === undefined || tabId < 0 || id === null) return;
  const frameScoped = `${sender.frameId ?? 0}/${id}`;
  const flagged = flaggedByTab.get(tabId) ?? new Map<string, 'known' | 'suspected'>();
  const had = flagged.has(frameScoped);
  if (level === 'none' && !had) return;
  if (level === 'none') flagged.delete(frameScoped);
  else flagged.set(frameScoped, level);
  flaggedByTab.set(tabId, flagged);
  show(tabId);
}

export function flaggedCount(tabId: number): number {
  return flaggedByTab.get(tabId)?.size ?? 0;
}

/** The levels of the flagged messages on a tab, for the popup (no message ids leave here). */
export function flaggedLevels(tabId: number): { level: 'known' | 'suspected' }[] {
  return [...(flaggedByTab.get(tabId)?.values() ?? [])].map((level) => ({ level }));
}

/**
 * Wires the badge: new webmail documents reset their tab, closed tabs are forgotten (and
 * `onTabReset` lets the warning registry forget them too).
 */
export function registerBadge(onTabReset: (tabId: number) => void): void {
  void action()
    .setBadgeBackgroundColor({ color: '#b3261e' })
    .catch(() => undefined);
  browser.runtime.onConnect.addListener((port) => {
    if (port.name !== 'vahti-webmail') return;
    const tabId = port.sender?.tab?.id;
    if (tabId === undefined || port.sender?.frameId !== 0) return;
    flaggedByTab.delete(tabId);
    hiddenByTab.delete(tabId);
    onTabReset(tabId);
    show(tabId);
  });
  browser.tabs.onRemoved.addListener((tabId) => {
    flaggedByTab.delete(tabId);
    hiddenByTab.delete(tabId);
    onTabReset(tabId);
  });
}
