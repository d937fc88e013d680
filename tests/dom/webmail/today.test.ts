/**
 * Every adapter against pages in today's markup (tests/fixtures/webmail/today): an opened
 * message, a thread with a collapsed one, the inbox, the Sent folder and a page with nothing
 * open; then each provider's known trap (Outlook's `From:` label, Gmail's hidden views, Yahoo's
 * address-as-text pill, Roundcube's Larry skin).
 */
import { describe, expect, it } from 'vitest';
import { collectRows } from '../../../utils/page/provider';
import { gmail, outlook, proton, providerFor, roundcube, yahoo } from '../../../utils/page/providers';
import { messageById, MESSAGES, RECIPIENT } from '../../fixtures/webmail/messages';
import { TODAY } from '../../fixtures/webmail/today';
import { outlookOpened } from '../../fixtures/webmail/today/outlook';
import { roundcubeLarryPreview } from '../../fixtures/webmail/today/roundcube';
import { loadFixture } from './load';

const known = messageById('18c2a1f0b7e4d901');
const suspected = messageById('18c2a1f0b7e4d902');
const benign = messageById('18c2a1f0b7e4d903');
const ADAPTERS = { gmail, outlook, yahoo, proton, roundcube } as const;

describe.each(TODAY.map((f) => [f.providerId, f] as const))('%s, today\'s markup', (id, fixtures) => {
  const adapter = ADAPTERS[id];

  it('reads the opened message: sender address and name, subject, body', () => {
    const doc = loadFixture(fixtures.opened(known));
    expect(providerFor(doc)).toBe(adapter);
    const found = adapter.findOpenedMessages(doc);
    expect(found).toHaveLength(1);
    const f = found[0]!.readFeatures();
    expect(f.senderAddress).toBe(known.from.address);
    expect(f.senderName).toBe(known.from.name);
    expect(f.subject).toBe(known.subject);
    expect(f.bodyText).toContain('1MX99GWJPjFZHwj3F18L9BJecgz6L2dSQt');
  });

  it('skips the collapsed message of a thread and reads the opened one', () => {
    const doc = loadFixture(fixtures.collapsed(benign, suspected));
    const found = adapter.findOpenedMessages(doc);
    if (id === 'roundcube') {
      // Roundcube's list page shows no message itself (the preview frame does).
      expect(found).toHaveLength(0);
      return;
    }
    expect(found).toHaveLength(1);
    const f = found[0]!.readFeatures();
    expect(f.senderAddress).toBe(suspected.from.address);
    expect(f.bodyText).toContain('bc1qk7wesfetl7xl8tpqe7g99hxu8ev96myqhclcsu');
    expect(f.bodyText).not.toContain(benign.paragraphs[0]!.slice(0, 40));
  });

  it('reads the inbox rows with each sender', () => {
    const doc = loadFixture(fixtures.inbox(MESSAGES));
    expect(adapter.findOpenedMessages(doc)).toHaveLength(0);
    const rows = collectRows(adapter, doc);
    expect(rows.map((r) => r.senderAddress)).toEqual(MESSAGES.map((m) => m.from.address));
    expect(rows[0]!.senderName).toBe(known.from.name);
    expect(new Set(rows.map((r) => r.rowId)).size).toBe(MESSAGES.length);
    for (const r of rows) expect(r.element.contains(r.markParent)).toBe(true);
  });

  it('does not take the recipients of the Sent folder for senders', () => {
    const doc = loadFixture(fixtures.sent(MESSAGES));
    expect(doc.body.textContent).toContain(RECIPIENT.name);
    expect(adapter.inboxRowElements(doc)).toEqual([]);
    expect(collectRows(adapter, doc)).toEqual([]);
  });

  it('finds nothing on a page with no message open', () => {
    const doc = loadFixture(fixtures.empty());
    expect(adapter.findOpenedMessages(doc)).toEqual([]);
    expect(collectRows(adapter, doc)).toEqual([]);
  });
});

describe('Outlook: the sender from the From: label', () => {
  it('reads a listed sender whose address is only in the localised label, not the body or recipient titles', () => {
    for (const locale of ['en', 'de'] as const) {
      const doc = loadFixture(outlookOpened(benign, { locale }));
      expect(doc.querySelectorAll('[role="document"] [title*="@"], [data-testid="RecipientWell"] [title*="@"]').length).toBeGreaterThan(0);
      const f = outlook.findOpenedMessages(doc)[0]!.readFeatures();
      expect(f.senderAddress).toBe(benign.from.address);
      expect(f.senderName).toBe(benign.from.name);
    }
  });

  it('reads a name-only internal sender by name, without taking a recipient or body address', () => {
    const doc = loadFixture(outlookOpened(benign, { nameOnly: true }));
    const f = outlook.findOpenedMessages(doc)[0]!.readFeatures();
    expect(f.senderAddress).toBe('');
    expect(f.senderName).toBe(benign.from.name);
  });
});

describe('Gmail: hidden views', () => {
  it('reads the subject of the thread on screen, not of a hidden view kept in the page', () => {
    const doc = loadFixture(TODAY[0]!.opened(known));
    expect(doc.body.textContent).toContain('STALE HIDDEN THREAD SUBJECT');
    const found = gmail.findOpenedMessages(doc);
    expect(found.map((m) => m.readFeatures().subject)).toEqual([known.subject]);
  });
});

describe('Yahoo: the pill shows the address', () => {
  it('keeps the address out of the sender name', () => {
    const doc = loadFixture(TODAY[2]!.opened(known));
    expect(doc.querySelector('[data-test-id="email-pill"]')!.textContent).toContain(known.from.address);
    expect(yahoo.findOpenedMessages(doc)[0]!.readFeatures().senderName).toBe(known.from.name);
  });
});

describe('Roundcube: Larry skin and the header table', () => {
  it('reads Larry\'s h3 subject and the sender from the header table', () => {
    const doc = loadFixture(roundcubeLarryPreview(known, 3));
    expect(providerFor(doc)).toBe(roundcube);
    const f = roundcube.findOpenedMessages(doc)[0]!.readFeatures();
    expect(f).toMatchObject({ senderAddress: known.from.address, senderName: known.from.name, subject: known.subject });
  });

  it('hands the evidence file elastic\'s table.header-headers rows', () => {
    const doc = loadFixture(TODAY[4]!.opened(known));
    const details = roundcube.findOpenedMessages(doc)[0]!.readDetails!();
    expect(details.headers?.map((h) => h.name)).toEqual(['Subject', 'From', 'To', 'Date']);
    expect(details.headers?.find((h) => h.name === 'From')?.value).toBe(`${known.from.name} <${known.from.address}>`);
  });
});
