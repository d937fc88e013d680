/**
 * Every adapter hands the opened message's recipients (the To line the webmail shows) to the
 * background in the features: their addresses, which the "sent from your own account" rule
 * compares with the sender, and their names where the page shows them. The same elements give
 * the evidence file its recipients.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { MessageFeatures } from '../../../utils/core/engine/features';
import { gmail, outlook, proton, roundcube, yahoo } from '../../../utils/page/providers';
import { createScanner, type Scanner } from '../../../utils/page/scanner';
import { messageById, RECIPIENT } from '../../fixtures/webmail/messages';
import { TODAY } from '../../fixtures/webmail/today';
import { loadFixture } from './load';

const known = messageById('18c2a1f0b7e4d901');
const ADAPTERS = { gmail, outlook, yahoo, proton, roundcube } as const;

let scanner: Scanner | undefined;
afterEach(() => scanner?.stop());

describe.each(TODAY.map((f) => [f.providerId, f] as const))('%s recipients', (id, fixtures) => {
  const adapter = ADAPTERS[id];

  it('arrive in the features the background is asked about, and match the evidence file\'s', async () => {
    const doc = loadFixture(fixtures.opened(known));
    const asked: MessageFeatures[] = [];
    scanner = createScanner({
      doc,
      resolveProvider: () => adapter,
      classify: async (_key, features) => {
        asked.push(features);
        return { level: 'none', reasons: [] };
      },
      classifyRow: async () => null,
      renderWarning: () => undefined,
      renderRowMark: () => undefined,
      debounceMs: 5,
    });
    scanner.start();
    await vi.waitFor(() => expect(asked).toHaveLength(1));
    const recipients = asked[0]!.recipients!;
    expect(recipients[0]).toBe(RECIPIENT.address);
    // Never the sender's own address from its header (the body's addresses are not in the To line).
    expect(recipients).not.toContain(known.from.address);
    // The evidence file's recipients are the same people, shown with their names.
    const [message] = adapter.findOpenedMessages(doc);
    const shown = message!.readDetails!().to ?? [];
    expect(shown).toHaveLength(recipients.length);
    recipients.forEach((address, i) => expect(shown[i]).toContain(address));
    // Their names, where the page shows one, go to the features too (a mail that quotes the
    // reader's full name is personal), and each is a name the evidence file shows.
    const names = asked[0]!.recipientNames ?? [];
    for (const name of names) {
      expect(name).not.toContain('@');
      expect(shown.some((s) => s.includes(name)), name).toBe(true);
    }
    expect(names).toContain(RECIPIENT.name);
  });
});
