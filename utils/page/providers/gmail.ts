/**
 * Gmail (mail.google.com). Reads opened messages and inbox rows from Gmail's own ids and
 * attributes; selectors, their public sources and dates are in docs/webmail-markers.md (Gmail).
 * Reads only.
 */
import { allOutside, dateOf, details, firstOutside, recipientAddresses, recipientNames, recipientsOf } from '../details';
import { buildFeatures } from '../message-features';
import { addressFrom, all, compactText, first, rowText } from '../text';
import type { OpenedMessage, WebmailProvider } from '../provider';
import { selectorsFor } from '../selector-overrides';

// gmail.js `api.dom.email` (src/gmail.js L4459–4468 @b7dfdab) and Mailvelope gmailIntegration.js L169:
// one message is `div.adn` with `data-message-id` / `data-legacy-message-id`.
const MESSAGE = ['div.adn[data-message-id]', 'div.adn[data-legacy-message-id]', '[data-message-id][data-legacy-message-id]'];
// Body: InboxSDK gmail-message-view.ts L210 (`div.ii.gt`), gmail.js `div.a3s`, Mailvelope `.a3s.aiL, .a3s.aXjCH`.
const BODY = ['div.ii.gt div.a3s', 'div.a3s.aiL', 'div.a3s.aXjCH', 'div.a3s'];
const BODY_WRAPPER = ['div.ii.gt', 'div.adP'];
// Sender: gmail.js `span[email].gD`; InboxSDK getSender() `td.gF span[email]`; Mailvelope `.gs .cf.ix span[email]`.
const SENDER = ['span.gD[email]', 'td.gF span[email]', '.gs .cf.ix span[email]'];
// Subject: gmail.js `h2.hP` (L4503–4505), with `data-legacy-thread-id` (L513).
const SUBJECT = ['h2.hP[data-legacy-thread-id]', 'h2.hP'];
// Date and recipients: gmail.js `api.dom.email` lookup map (src/gmail.js L4459–4468 @b7dfdab):
// `timestamp: "span.g3"` (its `title` holds the full date, the text a short one) and `to: "span[email].g2"`.
const DATE = ['span.g3[title]', 'span.g3'];
const TO = ['span.g2[email]'];
// Collapsed/hidden states: InboxSDK gmail-message-view.ts L707–716 (`.kv` collapsed, `.kQ`/`.kx`
// hidden). Gmail puts them on the list item around `div.adn`, so they are looked for on it and its
// ancestors; a collapsed message's header is `.adf.ads` and it has no body.
const NOT_EXPANDED = '.kv, .kQ, .kx';
// Gmail keeps several main views (`div.nH`) in the page and hides all but one with an inline style:
// a message in a hidden view is not on screen.
const HIDDEN_VIEW = '[style*="display: none"], [style*="display:none"]';
// The list shows recipients, not senders, in Sent and Drafts (`#sent`, `#drafts`, and a label
// search of them): those rows are not read.
const RECIPIENT_LISTS = ['#sent', '#drafts', '#scheduled', '#outbox'];
// Rows: gmail.js `api.dom.visible_messages` L3954 (`div[role=main] tbody>tr.zA[role=row]`);
// InboxSDK gmail-row-list-view.ts L238–260 keeps only `<tr>`s with an id.
const ROWS = ['div[role=main] tbody > tr.zA[id]', 'tbody > tr.zA[role=row]', 'tr.zA'];
// Row sender: InboxSDK gmail-thread-row-view.ts L1251 (`[email]` spans with `name`) in `td div.yW`.
const ROW_SENDER = ['div.yW [email]', '[email][name]', '[email]'];
// Row subject `span.bog` and snippet `span.y2` (shown as " - text"): read so by several public
// third-party scripts (docs/webmail-markers.md, read 2026-12).
const ROW_SUBJECT = ['.y6 span.bog', 'span.bog'];
const ROW_SNIPPET = ['span.y2', '.y2'];

/** The subject of the thread `message` is in: the nearest `h2.hP` above it, never another view's. */
function threadSubject(message: Element): string {
  for (let el = message.parentElement; el; el = el.parentElement) {
    const heading = first(el, mended('subject', SUBJECT));
    if (heading) return compactText(heading.textContent, 2000);
  }
  return '';
}

function showsRecipients(doc: Document): boolean {
  const hash = doc.location?.hash ?? '';
  return RECIPIENT_LISTS.some((h) => hash === h || hash.startsWith(`${h}/`) || hash.startsWith(`${h}?`));
}

/** A marker's selectors: the verified lists' overrides first, then this adapter's own. */
const mended = (key: Parameters<typeof selectorsFor>[1], own: readonly string[]) => selectorsFor('gmail', key, own);

export const gmail: WebmailProvider = {
  id: 'gmail',
  hosts: ['mail.google.com'],
  detect: (doc) => doc.location?.hostname === 'mail.google.com',

  findOpenedMessages(doc) {
    const out: OpenedMessage[] = [];
    for (const el of all(doc, mended('message', MESSAGE))) {
      if (el.closest(NOT_EXPANDED) || el.closest(HIDDEN_VIEW)) continue;
      const body = first(el, mended('body', BODY));
      if (!body) continue; // collapsed thread messages have no body in the DOM until opened
      const id = el.getAttribute('data-legacy-message-id') || el.getAttribute('data-message-id') || '';
      const sender = addressFrom(el, mended('sender', SENDER), ['email']);
      const subject = threadSubject(el);
      const wrapper = first(el, BODY_WRAPPER) ?? body;
      // The To line, read for the features (own-address rule) and for the evidence file alike.
      const toElements = () => allOutside(el, TO, [body]);
      if (!wrapper.parentElement) continue;
      out.push({
        element: el,
        providerMessageId: id,
        bodyRoots: [body],
        readFeatures: () =>
          buildFeatures({
          senderAddress: sender.address,
          senderName: sender.element?.getAttribute('name') ?? sender.element?.textContent ?? '',
          recipients: recipientAddresses(toElements()),
          recipientNames: recipientNames(toElements()),
          subject,
          bodyRoots: [body],
        }),
        // Gmail shows no header table (only "Show original", another page): no headers here.
        readDetails: () => details(dateOf(firstOutside(el, DATE, [body])), recipientsOf(toElements())),
        // Mailvelope puts its frame before `div.ii.gt` of the message (docs/webmail-markers.md).
        anchor: { parent: wrapper.parentElement, before: wrapper },
      });
    }
    return out;
  },

  // Any message id Gmail sets, on screen and not collapsed: the body markers are not needed to see it.
  openedContainers: (doc) =>
    all(doc, ['[data-message-id]', '[data-legacy-message-id]']).filter((el) => !el.closest(NOT_EXPANDED) && !el.closest(HIDDEN_VIEW)),

  inboxRowElements: (doc) => (showsRecipients(doc) ? [] : all(doc, mended('rows', ROWS))),

  readInboxRow(tr) {
    const sender = addressFrom(tr, mended('rowSender', ROW_SENDER), ['email']);
    if (!sender.address) return null;
    // Thread ids: gmail.js reads `span[data-thread-id]` / `data-legacy-thread-id`.
    const idEl = tr.querySelector('[data-legacy-thread-id], [data-thread-id]');
    const rowId = idEl?.getAttribute('data-legacy-thread-id') || idEl?.getAttribute('data-thread-id') || tr.id;
    if (!rowId) return null;
    const text = rowText(tr, ROW_SUBJECT, ROW_SNIPPET);
    return {
      element: tr,
      rowId,
      senderAddress: sender.address,
      senderName: sender.element?.getAttribute('name') ?? '',
      subject: text.subject,
      // Gmail sets the snippet off from the subject with a dash.
      snippet: text.snippet.replace(/^[-–]\s*/, ''),
      markParent: sender.element?.closest('div.yW') ?? sender.element?.parentElement ?? tr,
    };
  },
};
