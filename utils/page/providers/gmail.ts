/**
 * Gmail (mail.google.com). Reads opened messages and inbox rows from Gmail's own ids and
 * attributes; selectors and their sources are in ../../../shared docs webmail-dom.md §1.1.
 * Reads only.
 */
import { allOutside, dateOf, details, firstOutside, recipientsOf } from '../details';
import { buildFeatures } from '../message-features';
import { addressFrom, all, compactText, first } from '../text';
import { collectRows, type OpenedMessage, type WebmailProvider } from '../provider';

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
// Collapsed/hidden states: InboxSDK gmail-message-view.ts L707–716 (`.kv` collapsed, `.kQ`/`.kx` hidden).
const NOT_EXPANDED = ['kv', 'kQ', 'kx'];
// Rows: gmail.js `api.dom.visible_messages` L3954 (`div[role=main] tbody>tr.zA[role=row]`);
// InboxSDK gmail-row-list-view.ts L238–260 keeps only `<tr>`s with an id.
const ROWS = ['div[role=main] tbody > tr.zA[id]', 'tbody > tr.zA[role=row]', 'tr.zA'];
// Row sender: InboxSDK gmail-thread-row-view.ts L1251 (`[email]` spans with `name`) in `td div.yW`.
const ROW_SENDER = ['div.yW [email]', '[email][name]', '[email]'];

export const gmail: WebmailProvider = {
  id: 'gmail',
  matchesHost: (host) => host === 'mail.google.com',
  detect: (doc) => doc.location?.hostname === 'mail.google.com',

  findOpenedMessages(doc) {
    const out: OpenedMessage[] = [];
    const subject = compactText(first(doc, SUBJECT)?.textContent, 2000);
    for (const el of all(doc, MESSAGE)) {
      if (NOT_EXPANDED.some((c) => el.classList.contains(c))) continue;
      const body = first(el, BODY);
      if (!body) continue; // collapsed thread messages have no body in the DOM until opened
      const id = el.getAttribute('data-legacy-message-id') || el.getAttribute('data-message-id') || '';
      const sender = addressFrom(el, SENDER, ['email']);
      const wrapper = first(el, BODY_WRAPPER) ?? body;
      if (!wrapper.parentElement) continue;
      out.push({
        element: el,
        providerMessageId: id,
        bodyRoots: [body],
        readFeatures: () =>
          buildFeatures({
          senderAddress: sender.address,
          senderName: sender.element?.getAttribute('name') ?? sender.element?.textContent ?? '',
          subject,
          bodyRoots: [body],
        }),
        // Gmail shows no header table (only "Show original", another page): no headers here.
        readDetails: () => details(dateOf(firstOutside(el, DATE, [body])), recipientsOf(allOutside(el, TO, [body]))),
        // Mailvelope puts its frame before `div.ii.gt` of the message (webmail-dom.md §6).
        anchor: { parent: wrapper.parentElement, before: wrapper },
      });
    }
    return out;
  },

  inboxRowElements: (doc) => all(doc, ROWS),

  readInboxRow(tr) {
    const sender = addressFrom(tr, ROW_SENDER, ['email']);
    if (!sender.address) return null;
    // Thread ids: gmail.js reads `span[data-thread-id]` / `data-legacy-thread-id`.
    const idEl = tr.querySelector('[data-legacy-thread-id], [data-thread-id]');
    const rowId = idEl?.getAttribute('data-legacy-thread-id') || idEl?.getAttribute('data-thread-id') || tr.id;
    if (!rowId) return null;
    return {
      element: tr,
      rowId,
      senderAddress: sender.address,
      senderName: sender.element?.getAttribute('name') ?? '',
      markParent: sender.element?.closest('div.yW') ?? sender.element?.parentElement ?? tr,
    };
  },

  findInboxRows(doc) {
    return collectRows(this, doc);
  },
};
