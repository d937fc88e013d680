import { describe, expect, it } from 'vitest';
import { collectRows } from '../../../utils/page/provider';
import { gmail, outlook, proton, providerFor, roundcube, yahoo, generic } from '../../../utils/page/providers';
import { gmailPage } from '../../fixtures/webmail/gmail';
import { messageById, MESSAGES } from '../../fixtures/webmail/messages';
import { genericPage, outlookPage, protonPage, roundcubeListPage, roundcubePreviewPage, yahooPage } from '../../fixtures/webmail/providers';
import { loadPage, openGmailThread } from './load';

const known = messageById('18c2a1f0b7e4d901');
const suspected = messageById('18c2a1f0b7e4d902');
const benign = messageById('18c2a1f0b7e4d903');

describe('Gmail adapter', () => {
  it('reads an opened message: sender, name, subject, visible body, links, anchor before the body', () => {
    const doc = loadPage(gmailPage(MESSAGES));
    openGmailThread(doc, benign.id);
    const [m, ...rest] = gmail.findOpenedMessages(doc);
    expect(rest).toHaveLength(0);
    expect(m!.providerMessageId).toBe(benign.id);
    const f = m!.readFeatures();
    expect(f.senderAddress).toBe('ajanvaraus@terapiakeskus.example.com');
    expect(f.senderName).toBe('Terapiakeskus Esimerkki');
    expect(f.subject).toBe(benign.subject);
    expect(f.bodyText).toContain('psykoterapeutti Hanna Laineen');
    expect(f.bodyText.split('\n')).toContain(benign.paragraphs[0]);
    expect(f.links).toEqual(['https://terapiakeskus.example.com/peru']);
    expect((m!.anchor.before as Element).matches('div.ii.gt')).toBe(true);
  });

  it('skips a collapsed earlier message whose body is not in the DOM', () => {
    const doc = loadPage(gmailPage([known], { collapsedEarlier: true }));
    openGmailThread(doc, known.id);
    expect(doc.querySelectorAll('div.adn')).toHaveLength(2);
    const found = gmail.findOpenedMessages(doc);
    expect(found.map((m) => m.providerMessageId)).toEqual([known.id]);
  });

  it('leaves text hidden by inline styles out of the body text', () => {
    const doc = loadPage(gmailPage([benign]));
    openGmailThread(doc, benign.id);
    const body = doc.querySelector('div.a3s')!;
    const hidden = doc.createElement('span');
    hidden.setAttribute('style', 'display: none');
    hidden.textContent = 'HIDDEN-FILTER-BAIT';
    body.append(hidden);
    expect(gmail.findOpenedMessages(doc)[0]!.readFeatures().bodyText).not.toContain('HIDDEN-FILTER-BAIT');
  });

  it('lists inbox rows with sender address, name and thread id', () => {
    const doc = loadPage(gmailPage(MESSAGES, { fillerRows: 3 }));
    const rows = collectRows(gmail, doc);
    expect(rows).toHaveLength(MESSAGES.length + 3);
    expect(rows[0]).toMatchObject({ rowId: known.id, senderAddress: 'aaron417smith@yahoo.jp', senderName: 'Aaron Smith' });
    expect(rows[0]!.markParent.matches('div.yW')).toBe(true);
  });

  it('is chosen for mail.google.com', () => {
    expect(providerFor(loadPage(gmailPage([known])))).toBe(gmail);
  });
});

describe('Outlook adapter', () => {
  it('reads the sender address from a title attribute and the body from [role=document]', () => {
    const doc = loadPage(outlookPage(suspected, MESSAGES), 'https://outlook.office.com/mail/inbox/id/AQQk1');
    expect(providerFor(doc)).toBe(outlook);
    const [m] = outlook.findOpenedMessages(doc);
    const f = m!.readFeatures();
    expect(f.senderAddress).toBe(suspected.from.address);
    expect(f.subject).toBe(suspected.subject);
    expect(f.bodyText).toContain('bc1qk7wesfetl7xl8tpqe7g99hxu8ev96myqhclcsu');
    expect(m!.providerMessageId).toBe(`AQQk${suspected.id}`);
    expect((m!.anchor.before as Element).getAttribute('role')).toBe('document');
    const rows = collectRows(outlook, doc);
    expect(rows.map((r) => r.senderAddress)).toContain('aaron417smith@yahoo.jp');
  });

  it('matches all four Outlook hosts', () => {
    for (const host of ['outlook.live.com', 'outlook.office.com', 'outlook.office365.com', 'outlook.cloud.microsoft']) {
      expect(outlook.hosts).toContain(host);
    }
    expect(outlook.hosts).not.toContain('outlook.example.com');
  });
});

describe('Yahoo adapter', () => {
  it('reads the email pill, subject and body; rows from data-test-id hooks', () => {
    const doc = loadPage(yahooPage(known, MESSAGES), 'https://mail.yahoo.com/d/folders/1/messages/123');
    expect(providerFor(doc)).toBe(yahoo);
    const [m] = yahoo.findOpenedMessages(doc);
    const f = m!.readFeatures();
    expect(f).toMatchObject({ senderAddress: known.from.address, senderName: 'Aaron Smith', subject: known.subject });
    expect(f.bodyText).toContain('1MX99GWJPjFZHwj3F18L9BJecgz6L2dSQt');
    const rows = collectRows(yahoo, doc);
    expect(rows[1]).toMatchObject({ rowId: suspected.id, senderAddress: suspected.from.address });
  });
});

describe('Proton adapter', () => {
  it('reads the body from the sandboxed about:blank frame once the page has filled it', () => {
    const doc = loadPage(protonPage(suspected, MESSAGES), 'https://mail.proton.me/u/0/inbox/abc');
    expect(providerFor(doc)).toBe(proton);
    const frame = doc.querySelector<HTMLIFrameElement>('iframe[data-testid="content-iframe"]')!;
    // happy-dom does not load frames; the real about:blank frame is read in the e2e tests.
    const frameDoc = document.implementation.createHTMLDocument('');
    Object.defineProperty(frame, 'contentDocument', { value: frameDoc });
    expect(proton.findOpenedMessages(doc)).toHaveLength(0); // empty frame: nothing to judge yet
    for (const p of suspected.paragraphs) {
      const div = frameDoc.createElement('div');
      div.textContent = p;
      frameDoc.body.append(div);
    }
    const [m] = proton.findOpenedMessages(doc);
    const f = m!.readFeatures();
    expect(f).toMatchObject({ senderAddress: suspected.from.address, senderName: 'Asiakastuki', subject: suspected.subject });
    expect(f.bodyText).toContain('24 tunnin kuluessa');
    expect(m!.providerMessageId).toBe(suspected.id);
    expect(proton.bodyFrames!(doc)).toEqual([frame]);
    expect(collectRows(proton, doc).map((r) => r.rowId)).toEqual(MESSAGES.map((x) => x.id));
  });
});

describe('Roundcube adapter', () => {
  it('is recognised by its markup on any host; rows in the list page', () => {
    const doc = loadPage(roundcubeListPage(MESSAGES, '1'), 'https://webmail.example.fi/?_task=mail&_mbox=INBOX');
    expect(providerFor(doc)).toBe(roundcube);
    expect(roundcube.findOpenedMessages(doc)).toHaveLength(0);
    const rows = collectRows(roundcube, doc);
    expect(rows[0]).toMatchObject({ rowId: '1', senderAddress: known.from.address, senderName: 'Aaron Smith' });
  });

  it('reads a message inside the preview frame, keyed by mailbox and uid', () => {
    const doc = loadPage(roundcubePreviewPage(known), 'https://webmail.example.fi/?_task=mail&_uid=7&_mbox=INBOX&_framed=1&_action=preview');
    expect(providerFor(doc)).toBe(roundcube);
    const [m] = roundcube.findOpenedMessages(doc);
    expect(m!.providerMessageId).toBe('INBOX/7');
    const f = m!.readFeatures();
    expect(f).toMatchObject({ senderAddress: known.from.address, senderName: 'Aaron Smith', subject: known.subject });
    expect(f.bodyText).toContain('My fee is $1900');
  });
});

describe('generic fallback', () => {
  it('treats the main region of an unknown webmail as one message without a sender', () => {
    const doc = loadPage(genericPage(suspected), 'https://mail.example.org/read/42');
    expect(providerFor(doc)).toBe(generic);
    const [m] = generic.findOpenedMessages(doc);
    const f = m!.readFeatures();
    expect(f.senderAddress).toBe('');
    expect(f.bodyText).toContain('bc1qk7wesfetl7xl8tpqe7g99hxu8ev96myqhclcsu');
    expect(collectRows(generic, doc)).toEqual([]);
  });
});
