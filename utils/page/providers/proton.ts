/**
 * Proton Mail (mail.proton.me). The body sits in a sandboxed `about:blank` iframe without
 * `allow-scripts`, where no content script runs, so it is read from the parent through
 * `contentDocument` (docs/webmail-markers.md). Reads only.
 */
import { allOutside, dateOf, details, firstOutside, recipientAddresses, recipientNames, recipientsOf } from '../details';
import { buildFeatures } from '../message-features';
import { addressFrom, all, compactText, first, rowText } from '../text';
import type { OpenedMessage, WebmailProvider } from '../provider';
import { selectorsFor } from '../selector-overrides';

// ProtonMail/WebClients MessageView.tsx (d3526f9): `article.message-container[data-message-id][data-expanded]`.
const MESSAGE = ['article.message-container[data-message-id]', '[data-shortcut-target="message-container"][data-message-id]'];
// HeaderExpanded.tsx (newer): `recipients:sender`; RecipientItemLayout.tsx (2a9f749): `message-header:from`.
const SENDER = [
  '[data-testid="recipients:sender"] [data-testid="recipient-address"]',
  '[data-testid="recipients:sender"] .message-recipient-item-address',
  '[data-testid="message-header:from"] .message-recipient-item-address',
  '[data-testid="recipients:sender"]',
  '[data-testid="message-header:from"]',
];
const SENDER_NAME = [
  '[data-testid="recipients:sender"] [data-testid="recipient-label"]',
  '[data-testid="recipients:sender"] .message-recipient-item-label',
  '[data-testid="message-header:from"] .message-recipient-item-label',
];
// Date and recipients: newer ProtonMail/WebClients files, not yet in docs/webmail-markers.md (L until a live
// capture). Date: list/ItemDate.tsx renders `<span data-testid="item-date-<mode>" aria-hidden title?>short</span>
// <span class="sr-only">full</span>`; HeaderExpanded.tsx shows mode `full` with the details open.
// Searched in the message's header only (the list rows have item dates too).
const HEADER = ['[data-testid^="message-header-expanded"]', '.message-header'];
const DATE = ['[data-testid="item-date-full"]', '[data-testid^="item-date-"]', '.item-date'];
// Recipients: recipients/RecipientSimple.tsx `[data-testid="message-header:to"]` > `recipients:partial-recipients-list`,
// one child per recipient holding `recipient-label` and `recipient-address`.
const TO = [
  '[data-testid="message-header:to"] [data-testid="recipients:partial-recipients-list"] > *',
  '[data-testid="recipients:partial-recipients-list"] > *',
  '[data-testid="message-header:to"] [data-testid="recipient-address"]',
];
// Subject: the conversation header (ConversationHeader.tsx), else the page's h1.
const SUBJECT = ['[data-testid="conversation-header:subject"]', 'h1'];
// MessageBody.tsx (5004f63) and MessageBodyIframe.tsx (dc2d2cc).
const BODY_CONTAINER = ['[data-testid="message-content:body"]', '.message-content'];
const BODY_FRAME = ['iframe[data-testid="content-iframe"]', '.message-iframe iframe'];
// Item.tsx (32ec83b): rows; ItemSenders.tsx (f6df1f6) / ItemRowLayout.tsx (141a46d): sender `title`.
const ROWS = ['[data-shortcut-target="item-container"][data-element-id]'];
// Row subject: the list item layouts of ProtonMail/WebClients render `[data-testid="message-row:subject"]`
// (read 2026-12). Proton's list shows no body preview: the snippet stays empty.
const ROW_SUBJECT = ['[data-testid="message-row:subject"]'];
const ROW_SENDER = ['[data-testid="message-column:sender-address"]', '[data-testid="message-row:sender-address"]'];

/** The full date: `item-date-full`, a `title`, or the screen-reader copy next to the short one. */
function protonDate(header: Element): string {
  const el = firstOutside(header, DATE, []);
  if (!el) return '';
  if (el.getAttribute('data-testid') === 'item-date-full' || el.hasAttribute('title')) return dateOf(el);
  const next = el.nextElementSibling;
  return (next?.classList.contains('sr-only') ? dateOf(next) : '') || dateOf(el);
}

// Proton fills the frame with `document.open/write/close` around `#proton-root` (docs/webmail-markers.md).
function frameBody(frame: Element | null): HTMLElement | null {
  try {
    const frameDoc = (frame as HTMLIFrameElement | null)?.contentDocument;
    return frameDoc?.getElementById('proton-root') ?? frameDoc?.body ?? null;
  } catch {
    return null; // cross-origin: not Proton's own frame
  }
}

// Folders whose list shows recipients, not senders: `/u/<n>/<folder>` (WebClients route names).
const RECIPIENT_FOLDERS = new Set(['sent', 'all-sent', 'drafts', 'all-drafts', 'scheduled']);

function showsRecipients(doc: Document): boolean {
  const parts = (doc.location?.pathname ?? '').split('/');
  const folder = parts[1] === 'u' ? parts[3] : parts[1];
  return RECIPIENT_FOLDERS.has(folder ?? '');
}

/** A marker's selectors: the verified lists' overrides first, then this adapter's own. */
const mended = (key: Parameters<typeof selectorsFor>[1], own: readonly string[]) => selectorsFor('proton', key, own);

export const proton: WebmailProvider = {
  id: 'proton',
  hosts: ['mail.proton.me'],
  detect: (doc) => doc.location?.hostname === 'mail.proton.me',

  findOpenedMessages(doc) {
    const out: OpenedMessage[] = [];
    for (const el of all(doc, mended('message', MESSAGE))) {
      if (el.getAttribute('data-expanded') === 'false') continue;
      const container = first(el, BODY_CONTAINER);
      const frame = container ? first(container, mended('body', BODY_FRAME)) : null;
      const body = frameBody(frame);
      // Proton fills the frame after it loads: an empty frame is not yet a message to judge.
      if (!container?.parentElement || !body || body.childNodes.length === 0) continue;
      const sender = addressFrom(el, mended('sender', SENDER), ['title']);
      const header = () => first(el, HEADER) ?? el;
      // The To line, read for the features (own-address rule) and for the evidence file alike.
      const toElements = () => allOutside(header(), TO, [container]);
      out.push({
        element: el,
        providerMessageId: el.getAttribute('data-message-id') ?? '',
        bodyRoots: [body],
        readFeatures: () =>
          buildFeatures({
          senderAddress: sender.address,
          senderName: compactText(first(el, SENDER_NAME)?.textContent, 256),
          recipients: recipientAddresses(toElements()),
          recipientNames: recipientNames(toElements()),
          subject: frame?.getAttribute('data-subject') ?? compactText(first(doc, mended('subject', SUBJECT))?.textContent, 2000),
          bodyRoots: [body],
        }),
        // Proton shows headers only in "View headers", a modal: date and recipients only.
        readDetails: () => details(protonDate(header()), recipientsOf(toElements())),
        // "before [data-testid=message-content:body], in the parent document" (docs/webmail-markers.md).
        anchor: { parent: container.parentElement, before: container },
      });
    }
    return out;
  },

  openedContainers: (doc) => all(doc, MESSAGE).filter((el) => el.getAttribute('data-expanded') !== 'false'),

  bodyFrames: (doc) => Array.from(doc.querySelectorAll<HTMLIFrameElement>(BODY_FRAME.join(', '))),

  inboxRowElements: (doc) => (showsRecipients(doc) ? [] : all(doc, mended('rows', ROWS))),

  readInboxRow(row) {
    // `title` is the comma-joined list of sender addresses; the first is the sender.
    const sender = addressFrom(row, mended('rowSender', ROW_SENDER), ['title']);
    if (!sender.address || !sender.element) return null;
    return {
      element: row,
      rowId: row.getAttribute('data-element-id') ?? '',
      senderAddress: sender.address,
      senderName: compactText(sender.element.textContent, 256),
      ...rowText(row, ROW_SUBJECT, []),
      markParent: sender.element.parentElement ?? row,
    };
  },
};
