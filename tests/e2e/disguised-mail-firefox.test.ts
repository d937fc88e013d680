/**
 * Spam's disguises in a webmail, in real Firefox ESR with the built extension: Gmail shows an
 * HTML mail whose sextortion text hides a warning's words between its lines (small,
 * transparent, background-coloured and scaled-away text, which, read, would veto the warning)
 * and shows "bitcoin" the right way round from letters stored backwards (`<bdo dir="rtl">` and a
 * direction-overriding style), and an honest mail that hides an extortioner's words the same
 * ways. Firefox's DOM, read by the extension's one visible-text reader
 * (utils/page/visible-text.ts), must see what the person sees: a warning for the first, none
 * for the second. Sender and address are on no list, so only what is read decides.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HTTPRequest, Page } from 'puppeteer-core';
import { launchFirefox, type LaunchedFirefox } from '../helpers/firefox';
import { FIXTURE_HEADERS } from '../helpers/webmail-routes';
import { disguisedSextortionBody, hiddenThreats } from '../fixtures/disguised-mail';
import { gmailPage } from '../fixtures/webmail/gmail';
import { MESSAGES, messageById, type FixtureMessage } from '../fixtures/webmail/messages';
import { poll } from '../helpers/poll';

const DISGUISED_MARKER = 'DISGUISED-BODY-GOES-HERE';
const HONEST_MARKER = 'HONEST-BODY-GOES-HERE';

const disguised: FixtureMessage = {
  ...messageById('18c2a1f0b7e4d901'),
  id: '18c2a1f0b7e4d9d1',
  from: { name: 'Unknown', address: 'nobody@mailer.example.net' },
  subject: 'Your account',
  expect: 'suspected',
  listedSender: false,
  paragraphs: [DISGUISED_MARKER],
};
const honest: FixtureMessage = {
  ...messageById('18c2a1f0b7e4d903'),
  id: '18c2a1f0b7e4d9d2',
  subject: 'Kevään kuntosalitarjous',
  paragraphs: ['Hei Maija, kevään kuntosalitarjous on voimassa perjantaihin asti.', HONEST_MARKER],
};

const disguisedBody = disguisedSextortionBody();
const honestBody = hiddenThreats();
const gmailHtml = gmailPage([...MESSAGES, disguised, honest]).replace(`<div>${DISGUISED_MARKER}</div>`, disguisedBody).replace(`<div>${HONEST_MARKER}</div>`, honestBody);

let ff: LaunchedFirefox;

function serve(request: HTTPRequest): void {
  const url = new URL(request.url());
  if (url.hostname === 'mail.google.com' && url.pathname.startsWith('/mail/')) void request.respond({ status: 200, headers: FIXTURE_HEADERS, body: gmailHtml });
  else void request.abort('blockedbyclient');
}

const levelsIn = (page: Page) =>
  page.evaluate(() => Array.from(document.querySelectorAll('[data-vahti="warning"]')).map((e) => e.getAttribute('data-vahti-level')));

beforeAll(async () => {
  if (!gmailHtml.includes(disguisedBody) || !gmailHtml.includes(honestBody)) throw new Error('the disguised bodies did not make it into the page');
  ff = await launchFirefox();
});

afterAll(async () => {
  await ff?.stop();
});

describe('disguised mail in Gmail, in Firefox', () => {
  it('warns about the disguised threat and not about the honest mail with hidden threats', async () => {
    const page = await ff.newPage(serve);
    await page.goto('https://mail.google.com/mail/u/0/#inbox');
    await page.evaluate((id) => (location.hash = `#inbox/${id}`), disguised.id);
    await page.waitForSelector(`div.adn[data-legacy-message-id="${disguised.id}"]`);
    // A fresh profile installs the bundled list first, so the first answer can take a while. The
    // list knows the template's wording: read with the hidden warning, it would be vetoed as a
    // warning's quotation, and the heuristics too.
    const levels = await poll(() => levelsIn(page), (l) => l.length > 0, 90_000);
    expect(levels).toHaveLength(1);
    expect(['known', 'suspected']).toContain(levels[0]);

    await page.evaluate((id) => (location.hash = `#inbox/${id}`), honest.id);
    await page.waitForSelector(`div.adn[data-legacy-message-id="${honest.id}"]`);
    await new Promise((r) => setTimeout(r, 1500));
    expect(await levelsIn(page)).toEqual([]);
  });
});
