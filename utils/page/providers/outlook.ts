/**
 * Outlook on the web (consumer, work and the new cloud.microsoft host). The weak spot among the
 * providers: classes are obfuscated and the sender's address is often only in a hover card, so
 * this adapter uses app sections, roles and `@`-bearing attributes, and falls back to the
 * display name (webmail-dom.md §1.2). Reads only; never clicks to learn data (§3.7).
 */
import { allOutside, dateOf, details, firstOutside, recipientsOf } from '../details';
import { buildFeatures } from '../message-features';
import { addressFrom, addressIn, all, compactText, first } from '../text';
import { collectRows, type OpenedMessage, type WebmailProvider } from '../provider';

const HOSTS = new Set(['outlook.live.com', 'outlook.office.com', 'outlook.office365.com', 'outlook.cloud.microsoft']);

// Reading region: fperezdev/wd-extension-poc src/lib/consts.ts `OUTLOOK_MAIL_READ`.
const READING = ['[data-app-section="MailReadCompose"]', '[data-app-section="ConversationContainer"]', '.item-reading-pane'];
// Body: JonathanDebug/POW-Capstone2025 Extension/content.js `[role="document"]` (label is localized, role is not).
const BODY = '[role="document"]';
// One message card inside a conversation (L): item containers, then legacy `.item-part` (Mailvelope providerSpecific.js L198).
const CARD = ['[data-app-section="ItemContainer"]', '[data-convid]', '.item-part', '[aria-expanded]'];
// Sender fallbacks (webmail-dom.md §1.2 "Recommended chain"): attributes with `@`, then mailto: links.
const SENDER = ['[data-app-section="SenderPersona"] [title*="@"]', '[title*="@"]', '[aria-label*="@"]', 'a[href^="mailto:"]', '.lpc-hoverTarget'];
// Display name when no address is in the DOM: persona target or avatar image label (L).
const SENDER_NAME = ['.lpc-hoverTarget', '[data-app-section="SenderPersona"]', '[role="img"][aria-label]'];
// Subject (L): headings in the reading region; roles, not localized labels.
const SUBJECT = ['[role="heading"][aria-level="2"]', '[role="heading"]', 'h2'];
// Date (L, third-party scripts only, not yet in webmail-dom.md): `[data-testid="SentReceivedSavedTime"]` per message card
// (its `title` where set, else the text), then any `<time datetime>` in the card.
const DATE = ['[data-testid="SentReceivedSavedTime"]', 'time[datetime]'];
// Recipients (L, third-party scripts only): `div[data-testid="RecipientWell"]`. Addresses are
// often only in the hover card, so a recipient is an `@`-bearing title/label/mailto, else a persona name.
const TO = [
  '[data-testid="RecipientWell"] [title*="@"]',
  '[data-testid="RecipientWell"] [aria-label*="@"]',
  '[data-testid="RecipientWell"] a[href^="mailto:"]',
  '[data-testid="RecipientWell"] .lpc-hoverTarget',
];
// Rows: `[role=listbox] [role=option][data-convid]` (fperezdev consts.ts, H for the attribute names).
const ROWS = ['[role="listbox"] [role="option"][data-convid]', '[role="option"][data-convid]'];

/** `/mail/<folder>/id/<ItemId>` (will355 providers/outlook.js). */
function itemIdFromUrl(doc: Document): string {
  const path = doc.location?.pathname ?? '';
  const i = path.indexOf('/id/');
  return i >= 0 ? decodeURIComponent(path.slice(i + 4).split('/')[0] ?? '') : '';
}

function headerOf(card: Element, body: Element): Element {
  // The header is everything in the card that is not the body: search the card but skip the body.
  return card === body ? body.parentElement ?? card : card;
}

export const outlook: WebmailProvider = {
  id: 'outlook',
  matchesHost: (host) => HOSTS.has(host),
  detect: (doc) => HOSTS.has(doc.location?.hostname ?? ''),

  findOpenedMessages(doc) {
    const region = first(doc, READING);
    if (!region) return [];
    const subject = compactText(first(region, SUBJECT)?.textContent, 2000);
    const out: OpenedMessage[] = [];
    const bodies = Array.from(region.querySelectorAll(BODY));
    bodies.forEach((body, index) => {
      const card = CARD.map((s) => body.closest(s)).find((c) => c && region.contains(c)) ?? region;
      const header = headerOf(card, body);
      const found = addressFrom(header, SENDER, ['title', 'aria-label']);
      // An address inside the body is not the sender.
      let address = found.element && body.contains(found.element) ? '' : found.address;
      const nameEl = first(header, SENDER_NAME);
      const name = nameEl && !body.contains(nameEl) ? nameEl.getAttribute('aria-label') || nameEl.textContent || '' : '';
      if (!address) address = addressIn(nameEl?.textContent);
      const id =
        card.getAttribute('data-convid') ||
        card.getAttribute('id') ||
        `${itemIdFromUrl(doc) || 'reading'}:${index}`;
      if (!body.parentElement) return;
      out.push({
        element: card,
        providerMessageId: id,
        bodyRoots: [body],
        readFeatures: () =>
          buildFeatures({
          senderAddress: address,
          senderName: name.replace(/<[^>]*>/g, ''),
          subject,
          bodyRoots: [body],
        }),
        // Outlook shows no header table in the reading pane: date and recipients only.
        readDetails: () => details(dateOf(firstOutside(header, DATE, [body])), recipientsOf(allOutside(header, TO, [body]))),
        // "before [role=document]" (webmail-dom.md §6).
        anchor: { parent: body.parentElement, before: body },
      });
    });
    return out;
  },

  inboxRowElements: (doc) => all(doc, ROWS),

  readInboxRow(row) {
    const { address, element } = addressFrom(row, ['[title*="@"]', '[aria-label*="@"]'], ['title', 'aria-label']);
    const avatar = row.querySelector('[role="img"][aria-label]');
    const name = avatar?.getAttribute('aria-label') ?? '';
    const rowId = row.getAttribute('data-convid');
    if ((!address && !name) || !rowId) return null;
    return {
      element: row,
      rowId,
      senderAddress: address,
      senderName: address && name === address ? '' : name,
      markParent: element?.parentElement ?? avatar?.parentElement ?? row,
    };
  },

  findInboxRows(doc) {
    return collectRows(this, doc);
  },
};
