/**
 * Yahoo Mail (mail.yahoo.com; AOL runs the same app). Uses Yahoo's `data-test-id` hooks with
 * the older class fallbacks (docs/webmail-markers.md). Bodies are inline; a body inside a
 * same-origin iframe is read too. Reads only.
 */
import { allOutside, dateOf, details, firstOutside, recipientAddresses, recipientNames, recipientsOf } from '../details';
import { buildFeatures } from '../message-features';
import { addressFrom, all, compactText, first, rowText } from '../text';
import type { OpenedMessage, WebmailProvider } from '../provider';
import { selectorsFor } from '../selector-overrides';

const HOSTS = ['mail.yahoo.com', 'mail.aol.com'];
// Trocker chrome/trocker.js L397–455: open mails; Mailvelope providerSpecific.js L184–191: `.message-view`.
const MESSAGE = ['[data-test-id="message-view"]', '.message-view'];
// Trocker: body `[data-test-id="message-view-body-content"]`, fallback `.msg-body`.
const BODY = ['[data-test-id="message-view-body-content"]', '.msg-body'];
const HEADER = ['[data-test-id="message-header"]', 'header'];
// Mailvelope: `header [data-test-id="message-from"] [data-test-id="email-pill"]` (text / title).
// Only inside `message-from`: any other pill in the header is a recipient's.
const SENDER = ['[data-test-id="message-from"] [data-test-id="email-pill"]', '[data-test-id="message-from"]'];
// The name stands beside the pill in `message-from` (the pill itself may show only the address).
const SENDER_NAME = ['[data-test-id="message-from"]'];
// Subject (M/L): the conversation header's subject hook.
const SUBJECT = ['[data-test-id="message-group-subject-text"]', '[data-test-id="message-subject"]', 'h2'];
// Date and recipients (L, third-party scripts only, not yet in docs/webmail-markers.md): `[data-test-id="message-date"]` (a `title` or
// `<time datetime>` inside where present, else its text) and `[data-test-id="message-to"]`, whose
// recipients are `email-pill`s like the sender's (address in `title`, name as text).
const DATE = ['[data-test-id="message-date"]', 'time[datetime]'];
const TO = ['[data-test-id="message-to"] [data-test-id="email-pill"]', '[data-test-id="message-to"] [title*="@"]'];
// Rows (M/L): `[data-test-id="message-list-item"]`, sender `[data-test-id="senders"]` with `title`;
// a 2026 capture reports `#email-sender-*[title]` instead (verify live).
const ROWS = ['[data-test-id="message-list-item"]'];
// Row subject and snippet (M): `[data-test-id="message-subject"]` and `[data-test-id="snippet"]` in the list item.
const ROW_SUBJECT = ['[data-test-id="message-subject"]'];
const ROW_SNIPPET = ['[data-test-id="snippet"]'];
const ROW_SENDER = ['[data-test-id="senders"] [title*="@"]', '[data-test-id="senders"][title*="@"]', '[id^="email-sender-"][title*="@"]'];

// Sent (2) and Draft (3) list recipients, not senders (folder ids of the History API path,
// docs/webmail-markers.md "Yahoo"; L until checked on a live account).
const SENT_FOLDERS = /^\/d\/folders\/[23](?:\/|$)/;

/** A shown name without any address in it (and the `<>` around it); '' when only an address was shown. */
function shownName(text: string | null | undefined): string {
  return compactText((text ?? '').replace(/[^\s<>()]+@[^\s<>()]+/g, ' ').replace(/[<>()]/g, ' '), 256);
}

function idFromUrl(doc: Document): string {
  // History API path `/d/folders/<n>/messages/<id>` (docs/webmail-markers.md).
  const m = /\/messages\/([^/?#]+)/.exec(doc.location?.pathname ?? '');
  return m?.[1] ?? '';
}

/** A marker's selectors: the verified lists' overrides first, then this adapter's own. */
const mended = (key: Parameters<typeof selectorsFor>[1], own: readonly string[]) => selectorsFor('yahoo', key, own);

export const yahoo: WebmailProvider = {
  id: 'yahoo',
  hosts: HOSTS,
  detect: (doc) => HOSTS.includes(doc.location?.hostname ?? ''),

  findOpenedMessages(doc) {
    const subject = compactText(first(doc, mended('subject', SUBJECT))?.textContent, 2000);
    const out: OpenedMessage[] = [];
    all(doc, mended('message', MESSAGE)).forEach((el, index) => {
      if (el.getAttribute('data-test-expanded') === 'false') return;
      const body = first(el, mended('body', BODY));
      if (!body?.parentElement) return;
      const header = first(el, HEADER) ?? el;
      const sender = addressFrom(header, mended('sender', SENDER), ['title']);
      // Today's pill may show the address as its text (beside the name, or alone): the name is
      // what is left without it.
      const name = shownName(first(header, SENDER_NAME)?.textContent);
      // A same-origin frame inside the body (older Yahoo layouts; docs/webmail-markers.md "support both").
      const frameBodies = Array.from(body.querySelectorAll('iframe')).map((f) => {
        try {
          return (f as HTMLIFrameElement).contentDocument?.body ?? null;
        } catch {
          return null;
        }
      });
      // The To pills, read for the features (own-address rule) and for the evidence file alike.
      const toElements = () => allOutside(el, TO, [body]);
      out.push({
        element: el,
        providerMessageId: el.getAttribute('data-message-id') || `${idFromUrl(doc) || 'view'}:${index}`,
        bodyRoots: [body, ...frameBodies.filter((b): b is HTMLElement => !!b)],
        readFeatures: () =>
          buildFeatures({ senderAddress: sender.address, senderName: name, recipients: recipientAddresses(toElements()), recipientNames: recipientNames(toElements()), subject, bodyRoots: [body, ...frameBodies] }),
        // Yahoo shows headers only in "View raw message", another page: date and recipients only.
        readDetails: () => details(dateOf(firstOutside(el, DATE, [body])), recipientsOf(toElements())),
        // "after [data-test-id=message-header]" (docs/webmail-markers.md) = before the body.
        anchor: { parent: body.parentElement, before: body },
      });
    });
    return out;
  },

  openedContainers: (doc) => all(doc, MESSAGE).filter((el) => el.getAttribute('data-test-expanded') !== 'false'),

  bodyFrames: (doc) => Array.from(doc.querySelectorAll<HTMLIFrameElement>(BODY.map((b) => `${b} iframe`).join(', '))),

  inboxRowElements: (doc) => (SENT_FOLDERS.test(doc.location?.pathname ?? '') ? [] : all(doc, mended('rows', ROWS))),

  readInboxRow(row, index) {
    const sender = addressFrom(row, mended('rowSender', ROW_SENDER), ['title']);
    if (!sender.address || !sender.element) return null;
    const link = row.matches('a[href*="/messages/"]') ? row : row.querySelector('a[href*="/messages/"]');
    const id = /\/messages\/([^/?#]+)/.exec(link?.getAttribute('href') ?? '')?.[1];
    return {
      element: row,
      rowId: row.getAttribute('data-message-id') || id || row.id || `row-${index}`,
      senderAddress: sender.address,
      senderName: shownName(sender.element.textContent),
      ...rowText(row, ROW_SUBJECT, ROW_SNIPPET),
      markParent: sender.element.parentElement ?? row,
    };
  },
};
