/**
 * Fallback for any other webmail the user adds: the whole visible page is one "message", so
 * payment addresses and content signatures are found wherever the mail is shown. No sender,
 * no rows: nothing on an unknown page says which text is the sender (docs/webmail-markers.md).
 */
import { buildFeatures } from '../message-features';
import type { WebmailProvider } from '../provider';

// The most specific reading container a page offers, by role (docs/webmail-markers.md "Container").
const CONTAINER = ['[role="main"]', 'main', '[role="document"]', 'article'];

export const generic: WebmailProvider = {
  id: 'generic',
  hosts: [],
  detect: () => true,

  findOpenedMessages(doc) {
    const root = CONTAINER.map((s) => doc.querySelector(s)).find(Boolean) ?? doc.body;
    if (!root) return [];
    if (!root.textContent?.trim()) return [];
    return [
      {
        element: root,
        providerMessageId: `${doc.location?.pathname ?? ''}${doc.location?.hash ?? ''}`.slice(0, 200) || '/',
        bodyRoots: [root],
        readFeatures: () => buildFeatures({ senderAddress: '', senderName: '', subject: '', bodyRoots: [root] }),
        anchor: { parent: root, before: root.firstChild },
      },
    ];
  },

  inboxRowElements: () => [],
  readInboxRow: () => null,
};
