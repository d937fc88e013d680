/**
 * Message details for the evidence file (date, recipients, shown headers), read per provider from
 * the shared webmail fixtures, carried by the scanner's warning context, checked by the warning
 * page and written into the evidence file.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import en from '../../../public/_locales/en/messages.json';
import { makeTranslator } from '../../../components/i18n';
import { buildEvidence, CONTENT_BEGIN, CONTENT_END, sha256Hex } from '../../../utils/app/evidence/build';
import { DETAIL_LIMITS } from '../../../utils/core/engine/detail-limits';
import { parseMessageDetails } from '../../../utils/app/evidence/details';
import type { Verdict } from '../../../utils/core/engine/verdict';
import { generic, gmail, outlook, proton, roundcube, yahoo, type OpenedMessage, type WebmailProvider } from '../../../utils/page/providers';
import { createScanner, type Scanner, type WarningContext } from '../../../utils/page/scanner';
import { gmailPage } from '../../fixtures/webmail/gmail';
import { MESSAGES, messageById, RECIPIENT } from '../../fixtures/webmail/messages';
import { genericPage, outlookPage, protonPage, roundcubePreviewPage, yahooPage } from '../../fixtures/webmail/providers';
import { loadPage, openGmailThread, tick } from './load';

const known = messageById('18c2a1f0b7e4d901');
const vastaamo = messageById('18c2a1f0b7e4d902');
const benign = messageById('18c2a1f0b7e4d903');
const shownRecipient = `${RECIPIENT.name} <${RECIPIENT.address}>`;

function only(messages: OpenedMessage[]): OpenedMessage {
  expect(messages).toHaveLength(1);
  return messages[0]!;
}

describe('message details per provider', () => {
  it('Gmail: the full date from span.g3[title] (not its short text) and the recipient from span.g2[email][name]', () => {
    const doc = loadPage(gmailPage(MESSAGES));
    openGmailThread(doc, vastaamo.id);
    const d = only(gmail.findOpenedMessages(doc)).readDetails!();
    expect(d).toEqual({ receivedAt: 'Sat, Oct 24, 2020, 10:41 AM', to: [shownRecipient] });
    expect(doc.querySelector('span.g3')!.textContent).toBe('24 Oct');
  });

  it('Gmail: falls back to the shown text without a title, and ignores look-alike markup inside the body', () => {
    const doc = loadPage(gmailPage([known]));
    openGmailThread(doc, known.id);
    const body = doc.querySelector('div.a3s')!;
    const fake = doc.createElement('span');
    fake.className = 'g2';
    fake.setAttribute('email', 'attacker@example.net');
    fake.textContent = 'attacker';
    body.append(fake);
    doc.querySelector('span.g3')!.removeAttribute('title');
    const d = only(gmail.findOpenedMessages(doc)).readDetails!();
    expect(d).toEqual({ receivedAt: '26 Jul', to: [shownRecipient] });
  });

  it('Outlook: date from [data-testid=SentReceivedSavedTime] title, recipients from the RecipientWell', () => {
    const doc = loadPage(outlookPage(vastaamo, MESSAGES), 'https://outlook.office.com/mail/inbox/id/AQQk1');
    const d = only(outlook.findOpenedMessages(doc)).readDetails!();
    expect(d).toEqual({ receivedAt: 'Sat, Oct 24, 2020, 10:41 AM', to: [shownRecipient] });
    // The sender is still the sender, not the recipient shown after it.
    expect(only(outlook.findOpenedMessages(doc)).readFeatures().senderAddress).toBe(vastaamo.from.address);
  });

  it('Yahoo: date from <time datetime> in [data-test-id=message-date], recipients from message-to email pills', () => {
    const doc = loadPage(yahooPage(vastaamo, MESSAGES), 'https://mail.yahoo.com/d/folders/1/messages/123');
    const m = only(yahoo.findOpenedMessages(doc));
    expect(m.readDetails!()).toEqual({ receivedAt: '2020-10-24T10:41:00+03:00', to: [shownRecipient] });
    expect(m.readFeatures()).toMatchObject({ senderAddress: vastaamo.from.address, senderName: vastaamo.from.name });
  });

  it('Proton: the screen-reader full date next to item-date-simple, recipients from message-header:to', () => {
    const doc = loadPage(protonPage(vastaamo, MESSAGES), 'https://mail.proton.me/u/0/inbox/abc');
    const frame = doc.querySelector<HTMLIFrameElement>('iframe[data-testid="content-iframe"]')!;
    const frameDoc = document.implementation.createHTMLDocument('');
    frameDoc.body.append(frameDoc.createTextNode(vastaamo.paragraphs.join('\n')));
    Object.defineProperty(frame, 'contentDocument', { value: frameDoc });
    const m = only(proton.findOpenedMessages(doc));
    expect(m.readDetails!()).toEqual({ receivedAt: 'Sat, Oct 24, 2020, 10:41 AM', to: [shownRecipient] });
    expect(m.readFeatures().senderAddress).toBe(vastaamo.from.address);
    // A title on the date (Proton without tooltips) is the full form too.
    doc.querySelector('[data-testid="item-date-simple"]')!.setAttribute('title', 'lauantai 24. lokakuuta 2020 klo 10.41');
    expect(m.readDetails!().receivedAt).toBe('lauantai 24. lokakuuta 2020 klo 10.41');
  });

  it('Roundcube: long date from the summary, recipients and the header table rows (subject first), not rows inside the body', () => {
    const doc = loadPage(roundcubePreviewPage(vastaamo), 'https://webmail.example.fi/?_task=mail&_uid=7&_mbox=INBOX&_framed=1&_action=preview');
    // An attached message's header table inside the body is not this message's header.
    const body = doc.getElementById('messagebody')!;
    const part = doc.createElement('div');
    part.className = 'message-partheaders';
    const table = doc.createElement('table');
    table.className = 'headers-table';
    const tr = table.insertRow();
    tr.insertCell().className = 'header-title';
    const cell = tr.insertCell();
    cell.className = 'header from';
    cell.textContent = 'forged@example.net';
    part.append(table);
    body.prepend(part);

    const d = only(roundcube.findOpenedMessages(doc)).readDetails!();
    expect(d.receivedAt).toBe('Sat, Oct 24, 2020, 10:41 AM');
    expect(d.to).toEqual([shownRecipient]);
    expect(d.headers).toEqual([
      { name: 'Subject', value: vastaamo.subject },
      { name: 'From', value: `${vastaamo.from.name} <${vastaamo.from.address}>` },
      { name: 'To', value: shownRecipient },
      { name: 'Date', value: '2020-10-24 10:41' },
    ]);
  });

  it('Roundcube: a row the adapter has no name for keeps the title it shows; rows are capped in number and length', () => {
    const doc = loadPage(roundcubePreviewPage(known), 'https://webmail.example.fi/?_task=mail&_uid=7&_mbox=INBOX&_framed=1&_action=preview');
    const tbody = doc.querySelector('.headers-table tbody')!;
    for (let i = 0; i < 60; i++) {
      const tr = doc.createElement('tr');
      const title = doc.createElement('td');
      title.className = 'header-title';
      title.textContent = `X-Plugin-${i}:`;
      const value = doc.createElement('td');
      value.className = 'header x-plugin';
      value.textContent = 'v'.repeat(5000);
      tr.append(title, value);
      tbody.append(tr);
    }
    const headers = only(roundcube.findOpenedMessages(doc)).readDetails!().headers!;
    expect(headers).toHaveLength(DETAIL_LIMITS.headers);
    expect(headers[4]).toEqual({ name: 'X-Plugin-0', value: 'v'.repeat(DETAIL_LIMITS.headerValue) });
  });

  it('caps dates and recipients, and drops repeats', () => {
    const doc = loadPage(gmailPage([known]));
    openGmailThread(doc, known.id);
    doc.querySelector('span.g3')!.setAttribute('title', 'x'.repeat(1000));
    const toLine = doc.querySelector('span.hb')!;
    for (let i = 0; i < 80; i++) {
      const s = doc.createElement('span');
      s.className = 'g2';
      s.setAttribute('email', `r${i % 70}@example.fi`);
      s.setAttribute('name', 'n'.repeat(400));
      toLine.append(s);
    }
    const d = only(gmail.findOpenedMessages(doc)).readDetails!();
    expect(d.receivedAt).toHaveLength(DETAIL_LIMITS.date);
    expect(d.to).toHaveLength(DETAIL_LIMITS.recipients);
    expect(d.to![0]).toBe(shownRecipient);
    // A name too long for the limit leaves the address alone.
    expect(d.to![1]).toBe('r0@example.fi');
    expect(new Set(d.to).size).toBe(d.to!.length);
    expect(d.to!.every((r) => r.length <= DETAIL_LIMITS.recipient)).toBe(true);
  });

  it('generic: reads no details (nothing on an unknown page says which text is the date)', () => {
    const doc = loadPage(genericPage(vastaamo), 'https://mail.example.org/read/42');
    expect(only(generic.findOpenedMessages(doc)).readDetails).toBeUndefined();
  });
});

describe('details through the scanner and into the evidence file', () => {
  let scanner: Scanner | undefined;
  afterEach(() => scanner?.stop());

  /** Gmail with each message's `readDetails` counted. */
  function countingGmail(calls: string[]): WebmailProvider {
    return {
      ...gmail,
      findOpenedMessages: (doc) =>
        gmail.findOpenedMessages(doc).map((m) => ({
          ...m,
          readDetails: () => {
            calls.push(m.providerMessageId);
            return m.readDetails!();
          },
        })),
    };
  }

  it('hands readDetails to the warning only, and never reads details of ordinary mail', async () => {
    const doc = loadPage(gmailPage(MESSAGES));
    const calls: string[] = [];
    const rendered: WarningContext[] = [];
    const classify = async (_key: string, f: { senderAddress: string }): Promise<Verdict> => ({
      level: MESSAGES.find((m) => m.from.address === f.senderAddress)?.expect ?? 'none',
      reasons: [],
    });
    scanner = createScanner({
      doc,
      resolveProvider: () => countingGmail(calls),
      classify,
      renderWarning: (root, w) => {
        rendered.push(w);
        root.replaceChildren(doc.createTextNode('warning'));
      },
      classifyRow: async () => null,
      renderRowMark: () => undefined,
      debounceMs: 5,
    });
    scanner.start();
    openGmailThread(doc, benign.id);
    await tick(60);
    expect(rendered).toHaveLength(0);
    expect(calls).toEqual([]);

    openGmailThread(doc, vastaamo.id);
    await vi.waitFor(() => expect(rendered).toHaveLength(1));
    expect(calls).toEqual([]); // the scanner passes the reader on; the renderer calls it
    expect(rendered[0]!.readDetails!()).toEqual({ receivedAt: 'Sat, Oct 24, 2020, 10:41 AM', to: [shownRecipient] });
  });

  it('writes the Gmail fixture message date and recipient into the evidence file, hashed with the content', () => {
    const doc = loadPage(gmailPage(MESSAGES));
    openGmailThread(doc, vastaamo.id);
    const m = only(gmail.findOpenedMessages(doc));
    // What the warning page does with the frame message: structured clone, then the check.
    const { receivedAt, to, headers } = parseMessageDetails(structuredClone(m.readDetails!()));
    const evidence = buildEvidence(
      {
        provider: 'gmail',
        savedAt: '2026-11-23T18:03:00.000Z',
        receivedAt,
        to,
        headers,
        features: m.readFeatures(),
        verdict: { level: 'suspected', reasons: [{ rule: 'heuristic', signal: 'personal-id', matched: '150385-917L' }] },
        extensionVersion: '0.1.0',
      },
      makeTranslator(en),
    );
    expect(evidence.text).toContain('Date received: Sat, Oct 24, 2020, 10:41 AM');
    expect(evidence.text).toContain(`To: ${shownRecipient}`);
    expect(evidence.content.split('\n\n')[0]!.split('\n')).toEqual([
      `From: ${vastaamo.from.name} <${vastaamo.from.address}>`,
      `To: ${shownRecipient}`,
      'Date: Sat, Oct 24, 2020, 10:41 AM',
      `Subject: ${vastaamo.subject}`,
    ]);
    const between = evidence.text.split(`${CONTENT_BEGIN}\n`)[1]!.split(`\n${CONTENT_END}`)[0]!;
    expect(between).toBe(evidence.content);
    expect(sha256Hex(between)).toBe(evidence.contentSha256);
  });
});
