/**
 * The one interface every webmail adapter implements. An adapter only reads the page: it finds
 * opened messages and inbox rows and turns them into `MessageFeatures`. It never talks to the
 * extension, never mounts UI and never changes the page.
 */
import type { MessageFeatures } from '../core/engine/features';

export type ProviderId = 'gmail' | 'outlook' | 'yahoo' | 'proton' | 'roundcube' | 'generic';

/** Where the banner goes: inserted into `parent` before `before` (null = append). */
export interface BannerAnchor {
  parent: Element;
  before: Node | null;
}

/**
 * What the webmail shows about a message besides its features, for the evidence file: the date
 * as shown (the full form where the page has one), the recipients where shown, and header
 * name/value pairs only where the webmail shows a header table. Each string is capped
 * (`DETAIL_LIMITS`); the warning page validates it again before use.
 */
export interface MessageDetails {
  receivedAt?: string;
  to?: string[];
  headers?: { name: string; value: string }[];
}

export interface OpenedMessage {
  /** The element that stands for this message in the page (re-render detection uses it). */
  element: Element;
  /** The provider's own id for the message (or the best stable stand-in). */
  providerMessageId: string;
  /** Where the body text lives: its change (by text content) makes the message new again. */
  bodyRoots: Element[];
  /** Reads the full features; called only when the message or its body is new. */
  readFeatures(): MessageFeatures;
  /**
   * Reads date, recipients and shown headers for the evidence file. Called only when a warning
   * is shown for this message, never for ordinary mail. Absent where the page shows none.
   */
  readDetails?(): MessageDetails;
  anchor: BannerAnchor;
}

export interface InboxRow {
  element: Element;
  /** The provider's id for the row (thread or message id). */
  rowId: string;
  senderAddress: string;
  senderName: string;
  /** The subject the row shows; '' when it shows none. Capped (`FEATURE_LIMITS.subject`). */
  subject: string;
  /** The preview of the body the row shows; '' where the webmail shows none (`FEATURE_LIMITS.rowSnippet`). */
  snippet: string;
  /** Where the small row marker goes (appended as the last child). */
  markParent: Element;
}

export interface WebmailProvider {
  id: ProviderId;
  /**
   * The hosts this adapter handles without looking at the DOM. The manifest's content-script
   * `matches` are made from these (providers/index.ts), so a host is listed in one place only.
   * Empty for webmails a person adds (Roundcube, the generic fallback).
   */
  hosts: readonly string[];
  /** True when the document looks like this webmail (used for hosts the user added). */
  detect(doc: Document): boolean;
  /** Opened, expanded messages whose body is present. Collapsed ones are skipped until opened. */
  findOpenedMessages(doc: Document): OpenedMessage[];
  /**
   * The list's row elements only: one cheap query, so the scanner can skip rows it has read
   * before. Empty where the list shows recipients, not senders (Sent, Drafts).
   */
  inboxRowElements(doc: Document): Element[];
  /** Reads one row; null when it shows no sender (or no id). */
  readInboxRow(row: Element, index: number): InboxRow | null;
  /**
   * Elements that show an opened, expanded message, found without the body and sender markers
   * (ids, roles, the open-message URL or page class): one that `findOpenedMessages` cannot turn
   * into a message means the webmail changed its markup. Absent for the generic fallback.
   */
  openedContainers?(doc: Document): Element[];
  /**
   * Same-origin frames that hold message bodies and change without a mutation in this document
   * (Proton's sandboxed `about:blank` frame): the scanner also observes their documents.
   */
  bodyFrames?(doc: Document): HTMLIFrameElement[];
}

/** All rows of the list that show a sender (the scanner reads them one by one instead). */
export function collectRows(provider: Pick<WebmailProvider, 'inboxRowElements' | 'readInboxRow'>, doc: Document): InboxRow[] {
  const rows: InboxRow[] = [];
  provider.inboxRowElements(doc).forEach((el, index) => {
    const row = provider.readInboxRow(el, index);
    if (row) rows.push(row);
  });
  return rows;
}
