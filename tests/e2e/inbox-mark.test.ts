/**
 * Inbox marks and the own-address rule, end to end in real Chromium with the built extension:
 * the Gmail fixture inbox (served at mail.google.com) marks the listed sender's row and the
 * Vastaamo-shaped row ("Maija Mäkelä 150385-917L") before anything is opened, and no ordinary
 * row; no request carries a row's text; a sextortion mail sent "from your own account" (From =
 * the To line's address) is flagged with the own-address sign, which needs the recipients the
 * page shows. Takes docs/screenshots/inbox-mark.png.
 */
import { join } from 'node:path';
import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, type LaunchedExtension, waitUntilSenderListed } from '../helpers/extension';
import { FIXTURE_HEADERS, leaks, serveFixtures, type LoggedRequest } from '../helpers/webmail-routes';
import { gmailPage } from '../fixtures/webmail/gmail';
import { MESSAGES, RECIPIENT, messageById, type FixtureMessage } from '../fixtures/webmail/messages';

const SCREENSHOTS = join(__dirname, '../../docs/screenshots');
const known = messageById('18c2a1f0b7e4d901');
const shaped = messageById('18c2a1f0b7e4d902');

/** Sextortion "sent from your own account": From is the inbox owner's own address (written for this test). */
const selfSent: FixtureMessage = {
  id: '18c2a1f0b7e4d9a7',
  from: { name: RECIPIENT.name, address: RECIPIENT.address },
  subject: 'Security notice for your account',
  date: '3 Dec',
  fullDate: 'Thu, Dec 3, 2026, 6:02 AM',
  sentAt: '2026-12-03T06:02:00+02:00',
  expect: 'suspected',
  paragraphs: [
    'Hello. As you can see, I sent this message from your own account, because I hacked it months ago.',
    'My malware recorded you through your webcam while you were watching adult videos.',
    'If you ignore this message, I will send the video to all your contacts, your family and your colleagues.',
  ],
};
const INBOX = [...MESSAGES, selfSent];

let ext: LaunchedExtension;
const requests: LoggedRequest[] = [];

beforeAll(async () => {
  ext = await launchExtension();
  await serveFixtures(ext.context, requests);
  // The second account's inbox holds the self-sent mail too (later routes are asked first).
  await ext.context.route(/^https:\/\/mail\.google\.com\/mail\/u\/1\//, (route) =>
    route.fulfill({ status: 200, headers: FIXTURE_HEADERS, body: gmailPage(INBOX, { title: `Inbox - ${RECIPIENT.address} - Gmail` }) }),
  );
  await waitUntilSenderListed(ext, known.from.address);
});

afterAll(async () => {
  await ext?.stop();
});

/** Marked rows as [row's message id, mark level], in list order. */
const marks = (page: Page) =>
  page.locator('[data-vahti="row"]').evaluateAll((els) => els.map((e) => [e.closest('tr')!.getAttribute('data-open'), e.getAttribute('data-vahti-level')]));

async function warningFrame(page: Page): Promise<Frame> {
  const prefix = `chrome-extension://${ext.extensionId}/warning.html`;
  await expect.poll(() => page.frames().some((f) => f.url().startsWith(prefix)), { timeout: 15_000 }).toBe(true);
  return page.frames().find((f) => f.url().startsWith(prefix))!;
}

describe('inbox marks in Chromium', () => {
  let page: Page;

  it('marks the listed sender and the Vastaamo-shaped row before anything is opened, and no ordinary row', async () => {
    page = await ext.context.newPage();
    await page.setViewportSize({ width: 1100, height: 520 });
    await page.goto('https://mail.google.com/mail/u/1/#inbox');
    await expect.poll(() => marks(page), { timeout: 15_000 }).toEqual([
      [known.id, 'known'],
      [shaped.id, 'suspected'],
    ]);
    // Every row was asked about (a late answer would add a mark): wait a little and look again.
    await page.waitForTimeout(1000);
    expect(await marks(page)).toEqual([
      [known.id, 'known'],
      [shaped.id, 'suspected'],
    ]);
    // The mark is Vahti's closed shadow root: the page sees the host, not what it says.
    expect(await page.evaluate(() => document.querySelector('[data-vahti="row"]')!.shadowRoot)).toBeNull();
    await page.locator('#vahti-fixture-list').screenshot({ path: join(SCREENSHOTS, 'inbox-mark.png') });
  });

  it('flags the mail sent from the reader\'s own address with the own-address sign', async () => {
    await page.evaluate((id) => (location.hash = `#inbox/${id}`), selfSent.id);
    await expect
      .poll(() => page.locator('[data-vahti="warning"]').evaluateAll((els) => els.map((e) => e.getAttribute('data-vahti-level'))), { timeout: 15_000 })
      .toEqual(['suspected']);
    const frame = await warningFrame(page);
    await frame.getByRole('button', { name: 'Why am I seeing this warning?' }).click();
    // In plain words for the reader, and by its code in the helpdesk details.
    await expect.poll(() => frame.locator('.vahti-reason-list').innerText(), { timeout: 10_000 }).toContain('Sent as if from your own address');
    expect(await frame.locator('.vahti-reasons').textContent()).toContain('heuristic/sent-from-own-address');
  });

  it('sent no request that carries a row\'s or a message\'s text', () => {
    expect(requests.length).toBeGreaterThan(0);
    expect(leaks(requests)).toEqual([]);
    const own = [selfSent.subject, 'malware recorded you', RECIPIENT.address];
    const carried = requests.filter((r) => own.some((s) => [r.url, r.body, r.headers].some((h) => h.includes(s))));
    expect(carried.map((r) => r.url)).toEqual([]);
  });
});
