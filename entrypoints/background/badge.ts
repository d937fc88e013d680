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
const action = () => browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction;

function show(tabId: number) {
  const count = flaggedByTab.get(tabId)?.size ?? 0;
  const text = count === 0 ? '' : count > 99 ? '99+' : String(count);
  void action()
    .setBadgeText({ tabId, text })
    .catch(() => undefined); // the tab may be gone
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

/** Wires the badge: new webmail documents reset their tab, closed tabs are forgotten. */
export function registerBadge(): void {
  void action()
    .setBadgeBackgroundColor({ color: '#b3261e' })
    .catch(() => undefined);
  browser.runtime.onConnect.addListener((port) => {
    if (port.name !== 'vahti-webmail') return;
    const tabId = port.sender?.tab?.id;
    if (tabId === undefined || port.sender?.frameId !== 0) return;
    flaggedByTab.delete(tabId);
    show(tabId);
  });
  browser.tabs.onRemoved.addListener((tabId) => flaggedByTab.delete(tabId));
}

/** For the message listener: counts the verdict if `message` was a classify request that got one. */
export function noteClassifyAnswer(message: unknown, sender: Browser.runtime.MessageSender, response: unknown): void {
  const key = (message as { type?: unknown; messageKey?: unknown } | null)?.messageKey;
  if ((message as { type?: unknown } | null)?.type !== 'classify' || typeof key !== 'string') return;
  const level = (response as { verdict?: { level?: unknown } } | null)?.verdict?.level;
  if (level === 'known' || level === 'suspected' || level === 'none') noteVerdict(sender, key, level);
}
