/**
 * What the background remembers about the warnings it authored: per tab, the messages it
 * flagged (verdict and features, so the warning frame never takes them from a page), the
 * one-time tokens a content script may hand to its warning frame, and which warnings the frame
 * saw hidden. Memory only: a worker that restarts forgets it, and the content script then asks
 * for a verdict again before it asks for a token.
 */
import type { MessageFeatures } from '../../utils/core/engine/features';
import type { Verdict } from '../../utils/core/engine/verdict';

export interface FlaggedMessage {
  tabId: number;
  /** The frame whose content script sent the features (the warning is mounted there). */
  frameId: number;
  messageKey: string;
  verdict: Verdict;
  features: MessageFeatures;
}

interface TokenGrant {
  tabId: number;
  frameId: number;
  messageKey: string;
  expiresAt: number;
}

/** Long enough for a slow frame load, short enough that a leaked token is soon worthless. */
export const TOKEN_LIFETIME_MS = 30_000;
/** Per tab: a long-open webmail tab must not grow memory without bound. */
const MAX_FLAGGED_PER_TAB = 200;
const MAX_TOKENS = 500;

function hex(bytes: Uint8Array): string {
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

export class WarningRegistry {
  private readonly flaggedByTab = new Map<number, Map<string, FlaggedMessage>>();
  private readonly tokens = new Map<string, TokenGrant>();
  private readonly hiddenByTab = new Map<number, Set<string>>();

  constructor(
    private readonly now: () => number = Date.now,
    private readonly randomBytes: (n: number) => Uint8Array = (n) => crypto.getRandomValues(new Uint8Array(n)),
  ) {}

  /** Remember a message this background flagged (a later verdict of `none` forgets it). */
  note(message: FlaggedMessage): void {
    const flagged = this.flaggedByTab.get(message.tabId) ?? new Map<string, FlaggedMessage>();
    flagged.delete(message.messageKey);
    flagged.set(message.messageKey, message);
    while (flagged.size > MAX_FLAGGED_PER_TAB) flagged.delete(flagged.keys().next().value!);
    this.flaggedByTab.set(message.tabId, flagged);
  }

  forget(tabId: number, messageKey: string): void {
    this.flaggedByTab.get(tabId)?.delete(messageKey);
    this.hiddenByTab.get(tabId)?.delete(messageKey);
  }

  flagged(tabId: number, messageKey: string): FlaggedMessage | undefined {
    return this.flaggedByTab.get(tabId)?.get(messageKey);
  }

  /**
   * A token for the warning of `messageKey`, only to the tab and frame whose content script
   * sent the features the background flagged. 128 random bits.
   */
  issue(tabId: number, frameId: number, messageKey: string): string | null {
    const flagged = this.flagged(tabId, messageKey);
    if (!flagged || flagged.frameId !== frameId) return null;
    this.dropExpired();
    if (this.tokens.size >= MAX_TOKENS) this.tokens.delete(this.tokens.keys().next().value!);
    const token = hex(this.randomBytes(16));
    this.tokens.set(token, { tabId, frameId, messageKey, expiresAt: this.now() + TOKEN_LIFETIME_MS });
    return token;
  }

  /**
   * Spends a token: once, before it expires, and only from the tab it was issued to. A token
   * asked for from another tab is spent too, so a leaked token cannot be tried twice.
   */
  redeem(token: string, tabId: number): FlaggedMessage | null {
    const grant = this.tokens.get(token);
    if (!grant) return null;
    this.tokens.delete(token);
    if (grant.tabId !== tabId || grant.expiresAt <= this.now()) return null;
    const flagged = this.flagged(grant.tabId, grant.messageKey);
    return flagged && flagged.frameId === grant.frameId ? flagged : null;
  }

  /** From the warning frame: whether the person can see the warning. Returns the tab's hidden count. */
  setVisible(tabId: number, messageKey: string, visible: boolean): number {
    if (!this.flagged(tabId, messageKey)) return this.hiddenCount(tabId);
    const hidden = this.hiddenByTab.get(tabId) ?? new Set<string>();
    if (visible) hidden.delete(messageKey);
    else hidden.add(messageKey);
    this.hiddenByTab.set(tabId, hidden);
    return hidden.size;
  }

  hiddenCount(tabId: number): number {
    return this.hiddenByTab.get(tabId)?.size ?? 0;
  }

  /** A new document in the tab, or the tab closed: its warnings and tokens are gone. */
  resetTab(tabId: number): void {
    this.flaggedByTab.delete(tabId);
    this.hiddenByTab.delete(tabId);
    for (const [token, grant] of this.tokens) if (grant.tabId === tabId) this.tokens.delete(token);
  }

  private dropExpired(): void {
    const now = this.now();
    for (const [token, grant] of this.tokens) if (grant.expiresAt <= now) this.tokens.delete(token);
  }
}
