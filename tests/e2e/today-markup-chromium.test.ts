/**
 * Each fixed webmail's page in today's markup (tests/fixtures/webmail/today), in real Chromium
 * with the built extension: a listed sender with an ordinary body must be warned about, which
 * only happens when the adapter reads the sender right (Outlook: from the localised `From:`
 * label alone; Proton: a body frame filled by `document.write`).
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { within } from '../helpers/bounded';
import { launchExtension, type LaunchedExtension, waitUntilSenderListed } from '../helpers/extension';
import { LISTED_BLAND, TODAY_HEADERS, TODAY_URLS, todayFixtureFor } from '../helpers/today-routes';
import { leaks, type LoggedRequest } from '../helpers/webmail-routes';

let ext: LaunchedExtension;
const requests: LoggedRequest[] = [];

const levelsIn = (page: Page) =>
  within(5_000, `reading the warnings in ${page.url()}`, () =>
    page.locator('[data-vahti="warning"]').evaluateAll((els) => els.map((e) => e.getAttribute('data-vahti-level'))),
  );

beforeAll(async () => {
  ext = await launchExtension();
  ext.context.on('request', (r) => requests.push({ url: r.url(), method: r.method(), body: r.postData() ?? '', headers: JSON.stringify(r.headers()) }));
  await ext.context.route(/^https:\/\//, (route) => {
    const html = todayFixtureFor(route.request().url());
    return html === null ? route.abort('blockedbyclient') : route.fulfill({ status: 200, headers: TODAY_HEADERS, body: html });
  });
  await waitUntilSenderListed(ext, LISTED_BLAND.from.address);
});

afterAll(async () => {
  await ext?.stop();
});

describe('today’s markup in Chromium', () => {
  for (const [name, url] of Object.entries(TODAY_URLS)) {
    it(`${name}: warns about the listed sender of an ordinary message`, async () => {
      const page = await ext.context.newPage();
      await page.goto(url);
      await expect.poll(() => levelsIn(page), { timeout: 15_000 }).toEqual(['known']);
      await page.close();
    });
  }

  it('sends no part of any message over the network', () => {
    const pageLoads = new Set(Object.values(TODAY_URLS).map((u) => u.split('#')[0]));
    expect(leaks(requests.filter((r) => !pageLoads.has(r.url)))).toEqual([]);
  });
});
