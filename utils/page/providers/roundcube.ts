/**
 * Roundcube, self-hosted on any host the user adds. Recognised by its markup, not its host.
 * The preview is a same-origin frame (`#messagecontframe`) where the content script also runs
 * (`allFrames`), so a message is read inside that frame; the list is read in the top page
 * (docs/webmail-markers.md, roundcube/roundcubemail@28b4441). Reads only.
 */
import { DETAIL_LIMITS } from '../../core/engine/detail-limits';
import { allOutside, dateOf, details, firstOutside, headerOf, recipientAddresses, recipientNames, recipientsOf } from '../details';
import { buildFeatures } from '../message-features';
import { addressFrom, all, compactText, first, rowText } from '../text';
import type { OpenedMessage, WebmailProvider } from '../provider';
import { selectorsFor } from '../selector-overrides';

// skins/elastic/templates/includes/layout.html L43: `<body class="task-<task> action-<action>">`.
const DETECT = ['body.task-mail', '#messagelist', '#messagecontframe', '#messagebody'];
// A message is shown in this document: elastic's and Larry's page classes and header ids.
const OPENED = ['body.action-preview', 'body.action-show', '#message-header', '#messagepreviewheader', '#messageheader'];
// skins/elastic/templates/message.html: `#message-header`, `h2.subject`, `#messagebody`.
const BODY = ['#messagebody'];
// Larry (skins/larry/templates/messagepreview.html) shows it as `h3.subject`.
const SUBJECT = ['#message-header h2.subject', 'h2.subject', 'h3.subject', '.header-subject'];
// program/actions/mail/show.php L505–508 (`td.header.from`), index.php address_string() L1346–1454.
const SENDER = [
  'td.header.from span.adr a.rcmContactAddress',
  'td.header.from .rcmContactAddress',
  '.header-summary span.adr a.rcmContactAddress',
  // Not any contact in `#message-header`: with the From row gone, that would be a recipient.
  '.header-summary .rcmContactAddress',
];
const REPLY_TO = ['td.header.replyto .rcmContactAddress', 'td.header.reply-to .rcmContactAddress'];
// Header table: skins/elastic/templates/message.html renders `messageHeaders` as `table.header-headers`
// (exclude="subject"); older skins and embedded message parts use `table.headers-table`. show.php
// message_headers(): rows of `td.header-title` (localized) + `td.header.<hkey>`. Rows inside
// `#messagebody` belong to an attached message, not this one.
const HEADER_ROWS = ['#message-header .header-headers tr', '#message-header .headers-table tr', '.header-headers tr', '.headers-table tr'];
// show.php `$standard_headers`, by the row's `<hkey>` class; other rows keep the title they show.
const HEADER_NAMES = new Map([
  ['subject', 'Subject'],
  ['from', 'From'],
  ['sender', 'Sender'],
  ['to', 'To'],
  ['cc', 'Cc'],
  ['bcc', 'Bcc'],
  ['replyto', 'Reply-To'],
  ['mail-reply-to', 'Mail-Reply-To'],
  ['mail-followup-to', 'Mail-Followup-To'],
  ['date', 'Date'],
  ['priority', 'Priority'],
]);
// Date: show.php message_summary() wraps the long-format date in `span.text-nowrap`; the header
// table's `td.header.date` holds the (possibly short) one.
const DATE = ['.header-summary span.text-nowrap', 'td.header.date'];
const TO = ['td.header.to .rcmContactAddress', 'td.header.to span.adr'];
// program/js/app.js L2408: rows `tr.message` with id `rcmrow<uid>`; index.php L541: unlinked `span.rcmContactAddress[title]`.
// Elastic's default (widescreen) list has no `td.fromto`: the sender is `td.subject span.fromto`.
const ROWS = ['#messagelist tr.message[id^="rcmrow"]'];
// Row subject: the list's `span.subject a` (inside `td.subject` in elastic's widescreen list), as
// the real Roundcube of the e2e tests shows it. Roundcube's list shows no body preview: no snippet.
const ROW_SUBJECT = ['td.subject span.subject a', 'span.subject a', 'td.subject a'];
const ROW_SENDER = ['.fromto span.adr .rcmContactAddress[title]', '.fromto .rcmContactAddress[title]'];
// The folder list marks the open folder `selected` and special folders by class
// (program/actions/mail/index.php folder list): in Sent and Drafts the "smart column" shows the recipient.
const RECIPIENT_LIST = ['#mailboxlist li.mailbox.selected.sent', '#mailboxlist li.mailbox.selected.drafts'];

/** The subject heading without its screen-reader label (`<span class="voice">Subject: </span>`). */
function subjectText(doc: Document): string {
  const h = first(doc, mended('subject', SUBJECT));
  if (!h) return '';
  let text = '';
  for (const node of Array.from(h.childNodes)) {
    // The voice label ("Subject: ") and the controls beside the subject ("Open in new window")
    // are Roundcube's words, not the sender's.
    if (node.nodeType === 1 && ((node as Element).classList.contains('voice') || (node as Element).matches('a, button'))) continue;
    text += node.textContent ?? '';
  }
  return compactText(text, 2000);
}

/** Header rows as shown, with the subject (shown above the table, from the same headers) first. */
function headerRows(doc: Document, body: Element): { name: string; value: string }[] {
  const rows: { name: string; value: string }[] = [];
  for (const tr of allOutside(doc, HEADER_ROWS, [body])) {
    const cell = tr.querySelector('td.header');
    if (!cell) continue;
    const key = Array.from(cell.classList).find((c) => HEADER_NAMES.has(c));
    const name = (key && HEADER_NAMES.get(key)) || tr.querySelector('.header-title')?.textContent;
    const addresses = cell.querySelectorAll('.rcmContactAddress');
    const value = addresses.length > 0 ? recipientsOf(Array.from(addresses)).join(', ') : cell.textContent;
    const row = headerOf(name, value);
    if (row) rows.push(row);
    if (rows.length >= DETAIL_LIMITS.headers) break;
  }
  if (rows.length > 0 && !rows.some((r) => r.name === 'Subject')) {
    const subject = headerOf('Subject', subjectText(doc));
    if (subject?.value) rows.unshift(subject);
  }
  return rows;
}

function uidFromUrl(doc: Document): string {
  const search = doc.location?.search ?? '';
  const params = new URLSearchParams(search);
  return `${params.get('_mbox') ?? ''}/${params.get('_uid') ?? ''}`;
}

/** A marker's selectors: the verified lists' overrides first, then this adapter's own. */
const mended = (key: Parameters<typeof selectorsFor>[1], own: readonly string[]) => selectorsFor('roundcube', key, own);

export const roundcube: WebmailProvider = {
  id: 'roundcube',
  hosts: [],
  detect: (doc) => DETECT.some((s) => doc.querySelector(s) !== null),

  findOpenedMessages(doc) {
    const body = first(doc, mended('body', BODY));
    if (!body?.parentElement) return [];
    const sender = addressFrom(doc, mended('sender', SENDER), ['title']);
    const replyTo = all(doc, REPLY_TO)
      .map((el) => addressFrom(el.parentElement ?? el, ['.rcmContactAddress'], ['title']).address)
      .filter(Boolean);
    // The To row, read for the features (own-address rule) and for the evidence file alike.
    const toElements = () => allOutside(doc, TO, [body]);
    const msg: OpenedMessage = {
      element: body,
      providerMessageId: uidFromUrl(doc),
      bodyRoots: [body],
      readFeatures: () =>
          buildFeatures({
        senderAddress: sender.address,
        senderName: sender.element && !sender.element.textContent?.includes('@') ? compactText(sender.element.textContent, 256) : '',
        replyTo,
        recipients: recipientAddresses(toElements()),
        recipientNames: recipientNames(toElements()),
        subject: subjectText(doc),
        bodyRoots: [body],
      }),
      readDetails: () =>
        details(
          dateOf(firstOutside(doc, DATE, [body])),
          recipientsOf(toElements()),
          headerRows(doc, body),
        ),
      // "in the frame, before #messagebody" (docs/webmail-markers.md).
      anchor: { parent: body.parentElement, before: body },
    };
    return [msg];
  },

  // The page class (`action-preview`, `action-show`) or a message header says a message is shown here.
  openedContainers: (doc) => (doc.body && first(doc, OPENED) ? [doc.body] : []),

  inboxRowElements: (doc) => (first(doc, RECIPIENT_LIST) ? [] : all(doc, mended('rows', ROWS))),

  readInboxRow(row) {
    const sender = addressFrom(row, mended('rowSender', ROW_SENDER), ['title']);
    if (!sender.address || !sender.element) return null;
    return {
      element: row,
      rowId: row.id.slice('rcmrow'.length),
      senderAddress: sender.address,
      senderName: compactText(sender.element.textContent, 256).includes('@') ? '' : compactText(sender.element.textContent, 256),
      ...rowText(row, ROW_SUBJECT, []),
      markParent: sender.element.parentElement ?? row,
    };
  },
};
