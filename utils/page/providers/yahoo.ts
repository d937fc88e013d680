/**
 * Yahoo Mail (mail.yahoo.com; AOL runs the same app). Uses Yahoo's `data-test-id` hooks with
 * the older class fallbacks (webmail-dom.md §1.3). Bodies are inline; a body inside a
 * same-origin iframe is read too. Reads only.
 */
import { allOutside, dateOf, details, firstOutside, recipientsOf } from '../details';
import { buildFeatures } from '../message-features';
import { addressFrom, all, compactText, first } from '../text';
import { collectRows, type OpenedMessage, type WebmailProvider } from '../provider';

const HOSTS = new Set(['mail.yahoo.com', 'mail.aol.com']);
// Trocker chrome/trocker.js L397–455: open mails; Mailvelope providerSpecific.js L184–191: `.message-view`.
const MESSAGE = ['[data-test-id="message-view"]', '.message-view'];
// Trocker: body `[data-test-id="message-view-body-content"]`, fallback `.msg-body`.
const BODY = ['[data-test-id="message-view-body-content"]', '.msg-body'];
const HEADER = ['[data-test-id="message-header"]', 'header'];
// Mailvelope: `header [data-test-id="message-from"] [data-test-id="email-pill"]` (text / title).
const SENDER = ['[data-test-id="message-from"] [data-test-id="email-pill"]', '[data-test-id="message-from"]', '[data-test-id="email-pill"]'];
// Subject (M/L): the conversation header's subject hook.
const SUBJECT = ['[data-test-id="message-group-subject-text"]', '[data-test-id="message-subject"]', 'h2'];
// Date and recipients (L, third-party scripts only, not yet in webmail-dom.md): `[data-test-id="message-date"]` (a `title` or
// `<time datetime>` inside where present, else its text) and `[data-test-id="message-to"]`, whose
// recipients are `email-pill`s like the sender's (address in `title`, name as text).
const DATE = ['[data-test-id="message-date"]', 'time[datetime]'];
const TO = ['[data-test-id="message-to"] [data-test-id="email-pill"]', '[data-test-id="message-to"] [title*="@"]'];
// Rows (M/L): `[data-test-id="message-list-item"]`, sender `[data-test-id="senders"]` with `title`;
// a 2026 capture reports `#email-sender-*[title]` instead (verify live).
const ROWS = ['[data-test-id="message-list-item"]'];
const ROW_SENDER = ['[data-test-id="senders"] [title*="@"]', '[data-test-id="senders"][title*="@"]', '[id^="email-sender-"][title*="@"]'];

function idFromUrl(doc: Document): string {
  // History API path `/d/folders/<n>/messages/<id>` (webmail-dom.md §1 table).
  const m = /\/messages\/([^/?#]+)/.exec(doc.location?.pathname ?? '');
  return m?.[1] ?? '';
}

export const yahoo: WebmailProvider = {
  id: 'yahoo',
  matchesHost: (host) => HOSTS.has(host),
  detect: (doc) => HOSTS.has(doc.location?.hostname ?? ''),

  findOpenedMessages(doc) {
    const subject = compactText(first(doc, SUBJECT)?.textContent, 2000);
    const out: OpenedMessage[] = [];
    all(doc, MESSAGE).forEach((el, index) => {
      if (el.getAttribute('data-test-expanded') === 'false') return;
      const body = first(el, BODY);
      if (!body?.parentElement) return;
      const header = first(el, HEADER) ?? el;
      const sender = addressFrom(header, SENDER, ['title']);
      const pill = first(header, SENDER);
      const name = pill ? compactText(pill.textContent, 256).replace(/<[^>]*>/g, '').trim() : '';
      // A same-origin frame inside the body (older Yahoo layouts; webmail-dom.md §0.3 "support both").
      const frameBodies = Array.from(body.querySelectorAll('iframe')).map((f) => {
        try {
          return (f as HTMLIFrameElement).contentDocument?.body ?? null;
        } catch {
          return null;
        }
      });
      out.push({
        element: el,
        providerMessageId: el.getAttribute('data-message-id') || `${idFromUrl(doc) || 'view'}:${index}`,
        bodyRoots: [body, ...frameBodies.filter((b): b is HTMLElement => !!b)],
        readFeatures: () =>
          buildFeatures({ senderAddress: sender.address, senderName: name, subject, bodyRoots: [body, ...frameBodies] }),
        // Yahoo shows headers only in "View raw message", another page: date and recipients only.
        readDetails: () => details(dateOf(firstOutside(el, DATE, [body])), recipientsOf(allOutside(el, TO, [body]))),
        // "after [data-test-id=message-header]" (webmail-dom.md §6) = before the body.
        anchor: { parent: body.parentElement, before: body },
      });
    });
    return out;
  },

  bodyFrames: (doc) => Array.from(doc.querySelectorAll<HTMLIFrameElement>(BODY.map((b) => `${b} iframe`).join(', '))),

  inboxRowElements: (doc) => all(doc, ROWS),

  readInboxRow(row, index) {
    const sender = addressFrom(row, ROW_SENDER, ['title']);
    if (!sender.address || !sender.element) return null;
    const link = row.matches('a[href*="/messages/"]') ? row : row.querySelector('a[href*="/messages/"]');
    const id = /\/messages\/([^/?#]+)/.exec(link?.getAttribute('href') ?? '')?.[1];
    return {
      element: row,
      rowId: row.getAttribute('data-message-id') || id || row.id || `row-${index}`,
      senderAddress: sender.address,
      senderName: compactText(sender.element.textContent, 256),
      markParent: sender.element.parentElement ?? row,
    };
  },

  findInboxRows(doc) {
    return collectRows(this, doc);
  },
};
