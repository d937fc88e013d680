/**
 * Each fixed webmail's page in today's markup, in real Firefox ESR with the built extension:
 * the Firefox twin of today-markup-chromium.test.ts (fixtures served by request interception,
 * see tests/helpers/firefox.ts).
 */
import type { HTTPRequest, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchFirefox, type LaunchedFirefox } from '../helpers/firefox';
import { TODAY_HEADERS, TODAY_URLS, todayFixtureFor } from '../helpers/today-routes';
import { poll } from '../helpers/poll';

let ff: LaunchedFirefox;

function serve(request: HTTPRequest): void {
  const html = todayFixtureFor(request.url());
  if (html === null) void request.abort('blockedbyclient');
  else void request.respond({ status: 200, headers: TODAY_HEADERS, body: html });
}


const levelsIn = (page: Page) =>
  page.evaluate(() => Array.from(document.querySelectorAll('[data-vahti="warning"]')).map((e) => e.getAttribute('data-vahti-level')));

beforeAll(async () => {
  ff = await launchFirefox();
});

afterAll(async () => {
  await ff?.stop();
});

describe('today’s markup in Firefox', () => {
  let first = true;
  for (const [name, url] of Object.entries(TODAY_URLS)) {
    it(`${name}: warns about the listed sender of an ordinary message`, async () => {
      const page = await ff.newPage(serve);
      await page.goto(url);
      // A fresh profile installs the bundled list first, so the first answer can take a while.
      expect(await poll(() => levelsIn(page), (l) => l.length > 0, first ? 90_000 : 15_000)).toEqual(['known']);
      first = false;
      await page.close();
    });
  }
});
