import { afterEach, describe, expect, it, vi } from 'vitest';
import type { MessageFeatures } from '../../../utils/core/engine/features';
import type { Verdict } from '../../../utils/core/engine/verdict';
import { rowMark } from '../../../utils/app/inbox/row-mark';
import { gmail } from '../../../utils/page/providers';
import { createScanner, type RowMark, type RowText, type Scanner, type WarningContext } from '../../../utils/page/scanner';
import { gmailPage } from '../../fixtures/webmail/gmail';
import { MESSAGES, messageById } from '../../fixtures/webmail/messages';
import { loadPage, openGmailThread, tick } from './load';

const known = messageById('18c2a1f0b7e4d901');
const suspected = messageById('18c2a1f0b7e4d902');
const benign = messageById('18c2a1f0b7e4d903');

/**
 * Stands in for the background: judges messages by the fixture's expectation (by sender), and
 * rows as the background does (utils/app/inbox/row-mark.ts), with the list standing in by sender.
 */
function fakeBackground() {
  const calls: { key: string; features: MessageFeatures; row?: RowText }[] = [];
  const classify = async (key: string, features: MessageFeatures): Promise<Verdict> => {
    calls.push({ key, features });
    const m = MESSAGES.find((x) => x.from.address === features.senderAddress);
    return { level: m?.expect ?? 'none', reasons: [] };
  };
  const classifyRow = async (key: string, features: MessageFeatures, row: RowText): Promise<RowMark | null> => {
    calls.push({ key, features, row });
    const listed = MESSAGES.find((x) => x.from.address === features.senderAddress)?.listedSender;
    return rowMark({ level: listed ? 'known' : 'none', reasons: [] }, row);
  };
  return { calls, classify, classifyRow };
}

let scanner: Scanner | undefined;
afterEach(() => scanner?.stop());

function start(doc: Document, classify: (k: string, f: MessageFeatures) => Promise<Verdict>, classifyRow = fakeBackground().classifyRow) {
  const rendered: WarningContext[] = [];
  scanner = createScanner({
    doc,
    resolveProvider: () => gmail,
    classify,
    classifyRow,
    renderWarning: (root, w) => {
      rendered.push(w);
      root.replaceChildren(doc.createTextNode(`warning ${w.verdict.level}`));
    },
    renderRowMark: (root, mark) => root.replaceChildren(doc.createTextNode(`mark ${mark}`)),
    debounceMs: 10,
  });
  scanner.start();
  return rendered;
}

const warnings = (doc: Document) => Array.from(doc.querySelectorAll('[data-vahti="warning"]'));

describe('scanner', () => {
  it('marks list-sender and extortion-shaped rows, warns on known and suspected messages, never on benign ones', async () => {
    const doc = loadPage(gmailPage(MESSAGES));
    const bg = fakeBackground();
    start(doc, bg.classify, bg.classifyRow);
    await vi.waitFor(() => expect(doc.querySelectorAll('[data-vahti="row"]')).toHaveLength(2));
    await tick(100);
    const marks = Array.from(doc.querySelectorAll('[data-vahti="row"]'));
    expect(marks.map((m) => [m.closest('tr')!.id, m.getAttribute('data-vahti-level')])).toEqual([
      [':r0', 'known'],
      [':r1', 'suspected'],
    ]);
    // Rows are asked about with their sender as features and their subject and snippet beside them.
    const rowCall = bg.calls.find((c) => c.key === `gmail:row:${known.id}`)!;
    expect(rowCall.features).toMatchObject({ senderAddress: known.from.address, bodyText: '', subject: '' });
    expect(rowCall.row).toEqual({ subject: known.subject, snippet: known.paragraphs[0]!.slice(0, 90).trim() });

    for (const [m, level] of [[known, 'known'], [suspected, 'suspected'], [benign, null]] as const) {
      openGmailThread(doc, m.id);
      if (level !== null) await vi.waitFor(() => expect(warnings(doc)).toHaveLength(1));
      await tick(100);
      const w = warnings(doc);
      if (level === null) expect(w).toHaveLength(0);
      else {
        expect(w).toHaveLength(1);
        expect(w[0]!.getAttribute('data-vahti-level')).toBe(level);
        // Above the message body, outside it (copy/paste of the mail is unaffected).
        expect(w[0]!.nextElementSibling!.matches('div.ii.gt')).toBe(true);
      }
    }
  });

  it('re-reads a row whose content changed (a reused row node now shows another sender)', async () => {
    const doc = loadPage(gmailPage([known, benign]));
    start(doc, fakeBackground().classify);
    await vi.waitFor(() => expect(doc.querySelectorAll('[data-vahti="row"]')).toHaveLength(1));
    const sender = doc.querySelector('tr[id=":r0"] [email]')!;
    sender.setAttribute('email', benign.from.address);
    sender.setAttribute('name', benign.from.name);
    sender.textContent = benign.from.name;
    await vi.waitFor(() => expect(doc.querySelectorAll('[data-vahti="row"]')).toHaveLength(0));
  });

  it('asks once per message body, again when the body changes, and re-attaches after a re-render', async () => {
    const doc = loadPage(gmailPage(MESSAGES));
    const bg = fakeBackground();
    const rendered = start(doc, bg.classify);
    openGmailThread(doc, known.id);
    await vi.waitFor(() => expect(warnings(doc)).toHaveLength(1));
    const asked = () => bg.calls.filter((c) => c.key.startsWith(`gmail:msg:${known.id}#`)).length;
    expect(asked()).toBe(1);
    expect(rendered).toHaveLength(1);
    const first = warnings(doc)[0]!;

    // The page re-renders the thread: new nodes, same message and body → no new question.
    openGmailThread(doc, known.id);
    await vi.waitFor(() => expect(first.isConnected).toBe(true));
    await tick(100);
    expect(asked()).toBe(1);
    expect(warnings(doc)).toEqual([first]);
    expect(first.isConnected).toBe(true);
    expect(doc.querySelector('div.adn')!.contains(first)).toBe(true);

    // The body changes (e.g. "show trimmed content"): a new key, asked again.
    doc.querySelector('div.a3s')!.append(doc.createTextNode(' More text.'));
    await vi.waitFor(() => expect(asked()).toBe(2));
    const keys = new Set(bg.calls.map((c) => c.key));
    expect(keys.size).toBe(bg.calls.length);
  });

  it('puts the warning back when the page removes it or changes its attributes', async () => {
    const doc = loadPage(gmailPage(MESSAGES));
    start(doc, fakeBackground().classify);
    openGmailThread(doc, suspected.id);
    await vi.waitFor(() => expect(warnings(doc)).toHaveLength(1));
    const host = warnings(doc)[0] as HTMLElement;
    host.remove();
    expect(host.isConnected).toBe(false);
    await vi.waitFor(() => expect(host.isConnected).toBe(true));

    host.style.display = 'none';
    host.setAttribute('data-vahti-level', 'none');
    host.setAttribute('hidden', '');
    await vi.waitFor(() => expect(host.hasAttribute('hidden')).toBe(false));
    expect(host.style.getPropertyValue('display')).toBe('block');
    expect(host.style.getPropertyPriority('display')).toBe('important');
    expect(host.getAttribute('data-vahti-level')).toBe('suspected');
    expect(host.hasAttribute('hidden')).toBe(false);
    // The shadow root is closed: page scripts get nothing.
    expect(host.shadowRoot).toBeNull();
  });

  it('removes a warning when its message is gone or the node now shows another message', async () => {
    const doc = loadPage(gmailPage(MESSAGES));
    start(doc, fakeBackground().classify);
    openGmailThread(doc, known.id);
    await vi.waitFor(() => expect(warnings(doc)).toHaveLength(1));
    openGmailThread(doc, benign.id);
    await vi.waitFor(() => expect(warnings(doc)).toHaveLength(0));
  });

  it('retries later when the background does not answer, and does no work while the page is quiet', async () => {
    const doc = loadPage(gmailPage(MESSAGES));
    let fail = true;
    const bg = fakeBackground();
    scanner = createScanner({
      doc,
      resolveProvider: () => gmail,
      classify: (k, f) => (fail ? Promise.reject(new Error('no background')) : bg.classify(k, f)),
      classifyRow: bg.classifyRow,
      renderWarning: () => undefined,
      renderRowMark: () => undefined,
      debounceMs: 10,
      retryMs: 1000,
    });
    scanner.start();
    openGmailThread(doc, known.id);
    await tick(50);
    expect(warnings(doc)).toHaveLength(0);
    fail = false;
    await vi.waitFor(() => expect(warnings(doc)).toHaveLength(1), { timeout: 3000 });
    const scans = scanner.stats.scans;
    await tick(300);
    expect(scanner.stats.scans).toBe(scans);
  });
});
