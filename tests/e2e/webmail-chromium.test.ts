/**
 * Webmail end to end in real Chromium with the built extension: fixture pages served at the
 * real webmail URLs (Playwright routes reach the extension's content scripts), the real
 * background answering from its IndexedDB list. One browser for the whole file.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchExtension, type LaunchedExtension, waitUntilSenderListed } from '../helpers/extension';
import { leaks, serveFixtures, type LoggedRequest } from '../helpers/webmail-routes';
import { messageById } from '../fixtures/webmail/messages';

const known = messageById('18c2a1f0b7e4d901');
const suspected = messageById('18c2a1f0b7e4d902');
const benignIds = ['18c2a1f0b7e4d903', '18c2a1f0b7e4d904', '18c2a1f0b7e4d905', '18c2a1f0b7e4d906'];

let ext: LaunchedExtension;
const requests: LoggedRequest[] = [];

type ChromeApi = {
  tabs: { query(q: object): Promise<{ id?: number }[]> };
  action: { getBadgeText(d: { tabId: number }): Promise<string> };
};

/** Badge texts of all tabs (the extension has no `tabs` permission to look tabs up by URL). */
async function badgeTexts(): Promise<string[]> {
  const worker = await ext.serviceWorker();
  return worker.evaluate(async () => {
    const c = (globalThis as unknown as { chrome: ChromeApi }).chrome;
    const tabs = await c.tabs.query({});
    return Promise.all(tabs.map((t) => c.action.getBadgeText({ tabId: t.id! })));
  });
}

const warningLevels = (page: Page) =>
  page.locator('[data-vahti="warning"]').evaluateAll((els) => els.map((e) => e.getAttribute('data-vahti-level')));

beforeAll(async () => {
  ext = await launchExtension();
  await serveFixtures(ext.context, requests);
  await waitUntilSenderListed(ext, known.from.address);
});

afterAll(async () => {
  await ext?.stop();
});

describe('Gmail in Chromium', () => {
  let page: Page;

  it('marks the inbox row of a listed sender before anything is opened, and no other row', async () => {
    page = await ext.context.newPage();
    await page.goto('https://mail.google.com/mail/u/0/#inbox');
    await expect.poll(() => page.locator('[data-vahti="row"][data-vahti-level="known"]').count(), { timeout: 15_000 }).toBe(1);
    const rowId = await page.locator('[data-vahti="row"][data-vahti-level="known"]').evaluate((e) => e.closest('tr')!.getAttribute('data-open'));
    expect(rowId).toBe(known.id);
    expect(await warningLevels(page)).toEqual([]);
  });

  it('warns on the known and the suspected message (opened from the list), not on ordinary mail', async () => {
    await page.locator(`tr[data-open="${known.id}"]`).click();
    await expect.poll(() => warningLevels(page), { timeout: 15_000 }).toEqual(['known']);
    for (const id of benignIds) {
      await page.evaluate((i) => (location.hash = `#inbox/${i}`), id);
      await page.waitForFunction((i) => document.querySelector(`div.adn[data-legacy-message-id="${i}"]`), id);
      await page.waitForTimeout(700);
      expect(await warningLevels(page), id).toEqual([]);
    }
    await page.evaluate((i) => (location.hash = `#inbox/${i}`), suspected.id);
    await expect.poll(() => warningLevels(page), { timeout: 15_000 }).toEqual(['suspected']);
    await expect.poll(badgeTexts, { timeout: 5_000 }).toContain('2');
  });

  it('shows the warning from an extension page in a closed shadow root, with what to do and official help', async () => {
    // The warning's host is in the page before its frame has loaded the extension page: wait
    // for the frame (a loaded machine once took longer than the test above).
    const warningPage = `chrome-extension://${ext.extensionId}/warning.html`;
    await expect.poll(() => page.frames().some((f) => f.url().startsWith(warningPage)), { timeout: 15_000 }).toBe(true);
    const frame = page.frames().find((f) => f.url().startsWith(warningPage));
    expect(frame).toBeDefined();
    await expect.poll(() => frame!.locator('.vahti-steps li').count(), { timeout: 10_000 }).toBeGreaterThan(2);
    const links = await frame!.locator('.vahti-guidance a, a[href^="https://"]').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
    expect(links.length).toBeGreaterThan(0);
    // The page's own scripts see no shadow root and cannot reach the frame's document.
    expect(await page.evaluate(() => document.querySelector('[data-vahti="warning"]')!.shadowRoot)).toBeNull();
    const box = await page.locator('[data-vahti="warning"]').boundingBox();
    expect(box!.height).toBeGreaterThan(100);
  });

  it('keeps the warning through a re-render of the thread', async () => {
    const leftAfterRerender = await page.evaluate(() => {
      (window as unknown as { vahtiFixture: { rerender(): void } }).vahtiFixture.rerender();
      return document.querySelectorAll('[data-vahti="warning"]').length;
    });
    expect(leftAfterRerender).toBe(0); // the page dropped our node with its own
    await expect.poll(() => warningLevels(page), { timeout: 5_000 }).toEqual(['suspected']);
  });

  it('a page script cannot remove or hide the warning for good', async () => {
    await page.evaluate(() => {
      const style = document.createElement('style');
      style.textContent = '[data-vahti]{display:none!important;visibility:hidden!important} vahti-warning{opacity:0!important}';
      document.head.append(style);
      const host = document.querySelector<HTMLElement>('[data-vahti="warning"]')!;
      host.style.display = 'none';
      host.remove();
    });
    await expect.poll(() => warningLevels(page), { timeout: 5_000 }).toEqual(['suspected']);
    await page.evaluate(() => {
      const host = document.querySelector<HTMLElement>('[data-vahti="warning"]')!;
      host.setAttribute('style', 'display:none');
      host.hidden = true;
    });
    await expect
      .poll(() =>
        page.evaluate(() => {
          const host = document.querySelector<HTMLElement>('[data-vahti="warning"]')!;
          const cs = getComputedStyle(host);
          return `${cs.display}/${cs.visibility}/${cs.opacity}/${host.getBoundingClientRect().height > 100}`;
        }),
      )
      .toBe('block/visible/1/true');
  });

  it('sent no request that carries any part of a message', async () => {
    expect(requests.length).toBeGreaterThan(0);
    const external = requests.filter((r) => !r.url.startsWith('chrome-extension://'));
    // Only the fixture documents themselves were requested from the web.
    expect(external.every((r) => r.method === 'GET' && r.body === '')).toBe(true);
    expect(leaks(requests)).toEqual([]);
  });
});

describe('other webmails in Chromium', () => {
  it('reads Proton’s body from its sandboxed about:blank frame', async () => {
    const page = await ext.context.newPage();
    await page.goto(`https://mail.proton.me/u/0/inbox?open=${suspected.id}`);
    await expect.poll(() => warningLevels(page), { timeout: 15_000 }).toEqual(['suspected']);
    expect(await page.locator('[data-vahti="row"][data-vahti-level="known"]').count()).toBe(1);
    await page.close();
  });

  it('Outlook and Yahoo: known message flagged, benign not', async () => {
    for (const host of ['outlook.office.com/mail/inbox', 'mail.yahoo.com/d/folders/1']) {
      const page = await ext.context.newPage();
      await page.goto(`https://${host}?open=${known.id}`);
      await expect.poll(() => warningLevels(page), { timeout: 15_000 }).toEqual(['known']);
      await page.goto(`https://${host}?open=${benignIds[0]}`);
      await page.waitForTimeout(1500);
      expect(await warningLevels(page)).toEqual([]);
      await page.close();
    }
  });
});
