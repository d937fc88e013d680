/**
 * Every adapter reads what an inbox row shows of a message (subject, and the snippet where the
 * webmail shows one) in today's markup, and the scanner sends it beside the sender and marks the
 * row with the kind the background answers: a Vastaamo-shaped row gets the shape mark, an
 * ordinary one none.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { MessageFeatures } from '../../../utils/core/engine/features';
import { collectRows } from '../../../utils/page/provider';
import { gmail, outlook, proton, roundcube, yahoo } from '../../../utils/page/providers';
import { createScanner, type RowMark, type RowText, type Scanner } from '../../../utils/page/scanner';
import { messageById } from '../../fixtures/webmail/messages';
import { TODAY } from '../../fixtures/webmail/today';
import { loadFixture } from './load';

const shaped = messageById('18c2a1f0b7e4d902'); // subject "Maija Mäkelä 150385-917L"
const benign = messageById('18c2a1f0b7e4d903');
const friend = messageById('18c2a1f0b7e4d906');
const ADAPTERS = { gmail, outlook, yahoo, proton, roundcube } as const;
// Where the webmail's list shows a preview of the body (Outlook's marker is not known yet).
const SHOWS_SNIPPET = new Set(['gmail', 'yahoo']);

let scanner: Scanner | undefined;
afterEach(() => scanner?.stop());

describe.each(TODAY.map((f) => [f.providerId, f] as const))('%s inbox rows', (id, fixtures) => {
  const adapter = ADAPTERS[id];

  it('reads each row\'s subject and, where shown, its snippet', () => {
    const doc = loadFixture(fixtures.inbox([benign, shaped, friend]));
    const rows = collectRows(adapter, doc);
    expect(rows.map((r) => r.subject)).toEqual([benign.subject, shaped.subject, friend.subject]);
    for (const [row, m] of [[rows[1]!, shaped], [rows[2]!, friend]] as const) {
      if (SHOWS_SNIPPET.has(id)) {
        expect(row.snippet.length).toBeGreaterThan(10);
        expect(m.paragraphs[0]!.startsWith(row.snippet.replace(/…$/, ''))).toBe(true);
      } else expect(row.snippet).toBe('');
    }
  });

  it('sends a shaped row with its text and shows the mark the background answers', async () => {
    const doc = loadFixture(fixtures.inbox([benign, shaped, friend]));
    const asked: { key: string; features: MessageFeatures; row: RowText }[] = [];
    const rendered: RowMark[] = [];
    scanner = createScanner({
      doc,
      resolveProvider: () => adapter,
      classify: async () => ({ level: 'none', reasons: [] }),
      // The background's answer, decided from the text it was sent (the real one: tests/ext).
      classifyRow: async (key, features, row) => {
        asked.push({ key, features, row });
        return row.subject.includes('150385-917L') ? 'extortion-shape' : null;
      },
      renderWarning: () => undefined,
      renderRowMark: (_root, mark) => rendered.push(mark),
      debounceMs: 5,
    });
    scanner.start();
    await vi.waitFor(() => expect(doc.querySelectorAll('[data-vahti="row"]')).toHaveLength(1));
    const ask = asked.find((a) => a.row.subject === shaped.subject)!;
    expect(ask.key.startsWith(`${id}:row:`)).toBe(true);
    expect(ask.features).toMatchObject({ senderAddress: shaped.from.address, subject: '', bodyText: '' });
    expect(asked).toHaveLength(3);
    const mark = doc.querySelector('[data-vahti="row"]')!;
    expect(mark.getAttribute('data-vahti-level')).toBe('suspected');
    // The mark sits in the shaped row, not in the ordinary ones.
    const rowEls = adapter.inboxRowElements(doc);
    expect(rowEls.findIndex((r) => r.contains(mark))).toBe(1);
    expect(rendered).toEqual(['extortion-shape']);
  });
});
