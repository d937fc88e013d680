/**
 * No silent failure: for each provider, a page in today's markup is readable (no report); with
 * one body marker or one sender marker removed, as a webmail redesign would, the scanner reports
 * which part it cannot read; put back, it reports the page readable again.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ProviderId } from '../../../utils/page/provider';
import { gmail, outlook, proton, roundcube, yahoo } from '../../../utils/page/providers';
import type { ReadHealth } from '../../../utils/page/read-health';
import { createScanner, type Scanner } from '../../../utils/page/scanner';
import { messageById } from '../../fixtures/webmail/messages';
import { TODAY } from '../../fixtures/webmail/today';
import { loadFixture, tick } from './load';

const known = messageById('18c2a1f0b7e4d901');
const ADAPTERS = { gmail, outlook, yahoo, proton, roundcube } as const;
const GRACE_MS = 30;

const strip = (doc: Document, selector: string, attr: string) => {
  const found = Array.from(doc.querySelectorAll(selector));
  expect(found.length).toBeGreaterThan(0);
  for (const el of found) el.removeAttribute(attr);
};
const drop = (doc: Document, selector: string) => {
  const found = Array.from(doc.querySelectorAll(selector));
  expect(found.length).toBeGreaterThan(0);
  for (const el of found) el.remove();
};

/** One marker each provider's page would lose in a redesign. */
const BREAK: Record<Exclude<ProviderId, 'generic'>, { body: (d: Document) => void; sender: (d: Document) => void }> = {
  gmail: {
    body: (d) => d.querySelectorAll('div.nH:not([style]) div.a3s').forEach((el) => el.classList.remove('a3s')),
    sender: (d) => strip(d, 'div.nH:not([style]) .gs [email]', 'email'),
  },
  outlook: {
    body: (d) => strip(d, '[role="document"]', 'role'),
    sender: (d) => drop(d, '.Y7lS5'),
  },
  yahoo: {
    body: (d) => strip(d, '[data-test-id="message-view-body-content"]', 'data-test-id'),
    sender: (d) => drop(d, '[data-test-id="message-from"]'),
  },
  proton: {
    body: (d) => drop(d, 'iframe[data-testid="content-iframe"]'),
    sender: (d) => drop(d, '[data-testid="recipients:sender"]'),
  },
  roundcube: {
    body: (d) => strip(d, '#messagebody', 'id'),
    sender: (d) => {
      drop(d, '.header-summary');
      drop(d, 'td.header.from');
    },
  },
};

let scanner: Scanner | undefined;
afterEach(() => scanner?.stop());

function watch(doc: Document, id: Exclude<ProviderId, 'generic'>) {
  const reports: ReadHealth[] = [];
  scanner = createScanner({
    doc,
    resolveProvider: () => ADAPTERS[id],
    classify: async () => ({ level: 'none', reasons: [] }),
    renderWarning: () => undefined,
    classifyRow: async () => null,
    renderRowMark: () => undefined,
    debounceMs: 5,
    onReadHealth: (h) => reports.push(h),
    readGraceMs: GRACE_MS,
  });
  scanner.start();
  return reports;
}

describe.each(TODAY.map((f) => [f.providerId, f] as const))('%s: a page Vahti cannot read is reported', (id, fixtures) => {
  it('reports nothing for a readable page', async () => {
    const reports = watch(loadFixture(fixtures.opened(known)), id);
    await tick(GRACE_MS * 4);
    scanner!.scanNow();
    expect(reports).toEqual([]);
  });

  for (const part of ['body', 'sender'] as const) {
    it(`reports the ${part} it cannot read once the marker is gone`, async () => {
      const doc = loadFixture(fixtures.opened(known));
      BREAK[id][part](doc);
      const reports = watch(doc, id);
      await vi.waitFor(() => expect(reports).toEqual([{ providerId: id, problems: [part] }]), { timeout: 2000 });
    });
  }

  it('reports the page readable again when the marker comes back', async () => {
    const doc = loadFixture(fixtures.opened(known));
    const readable = doc.documentElement.cloneNode(true) as HTMLElement;
    BREAK[id].body(doc);
    const reports = watch(doc, id);
    await vi.waitFor(() => expect(reports).toHaveLength(1), { timeout: 2000 });
    doc.documentElement.replaceChildren(...Array.from(readable.childNodes));
    if (id === 'proton') {
      const frame = doc.querySelector<HTMLIFrameElement>('iframe[data-testid="content-iframe"]')!;
      Object.defineProperty(frame, 'contentDocument', { value: new DOMParser().parseFromString(fixtures.opened(known).frameHtml!, 'text/html') });
    }
    await vi.waitFor(() => expect(reports).toEqual([{ providerId: id, problems: ['body'] }, { providerId: id, problems: [] }]), { timeout: 2000 });
  });
});
