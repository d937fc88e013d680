/**
 * Webmail end to end in real Firefox ESR with the built extension (see tests/helpers/firefox.ts
 * for how fixtures reach the real webmail URLs). One browser for the whole file.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Frame, HTTPRequest, Page } from 'puppeteer-core';
import { EXTENSION_ORIGIN, launchFirefox, type LaunchedFirefox } from '../helpers/firefox';
import { FIXTURE_HEADERS, ROUNDCUBE_HOST, fixtureFor, leaks, type LoggedRequest } from '../helpers/webmail-routes';
import { MESSAGES, messageById } from '../fixtures/webmail/messages';
import { poll } from '../helpers/poll';

const known = messageById('18c2a1f0b7e4d901');
const suspected = messageById('18c2a1f0b7e4d902');
const benign = messageById('18c2a1f0b7e4d903');

let ff: LaunchedFirefox;
const requests: LoggedRequest[] = [];

/** BiDi cannot show request bodies; any body at all fails the network check below. */
function bodyOf(request: HTTPRequest): string {
  try {
    return request.postData() ?? '';
  } catch {
    let has: boolean;
    try {
      has = request.hasPostData();
    } catch {
      has = request.method() !== 'GET';
    }
    return has ? '[a body BiDi cannot show]' : '';
  }
}

function serve(request: HTTPRequest): void {
  requests.push({ url: request.url(), method: request.method(), body: bodyOf(request), headers: JSON.stringify(request.headers()) });
  const html = fixtureFor(request.url());
  if (html === null) void request.abort('blockedbyclient');
  else void request.respond({ status: 200, headers: FIXTURE_HEADERS, body: html });
}


const levelsIn = (target: Page | Frame) =>
  target.evaluate(() => Array.from(document.querySelectorAll('[data-vahti="warning"]')).map((e) => e.getAttribute('data-vahti-level')));

beforeAll(async () => {
  // The person's own Roundcube, allowed once (see the helper): Vahti registers its script there.
  ff = await launchFirefox({ grantedOrigins: [`https://${ROUNDCUBE_HOST}/*`] });
});

afterAll(async () => {
  await ff?.stop();
});

describe('Gmail in Firefox', () => {
  let page: Page;

  it('marks the listed sender’s row, flags known and suspected messages and not benign ones', async () => {
    page = await ff.newPage(serve);
    await page.goto('https://mail.google.com/mail/u/0/#inbox');
    // A fresh profile installs the bundled list first, so the first answer can take a while.
    const rows = await poll(
      () => page.evaluate(() => Array.from(document.querySelectorAll('[data-vahti="row"][data-vahti-level="known"]')).map((m) => m.closest('tr')!.getAttribute('data-open'))),
      (r) => r.length > 0,
      90_000,
    );
    expect(rows).toEqual([known.id]);

    await page.click(`tr[data-open="${known.id}"] td.a4W`);
    expect(await poll(() => levelsIn(page), (l) => l.length > 0)).toEqual(['known']);

    await page.evaluate((id) => (location.hash = `#inbox/${id}`), benign.id);
    await page.waitForSelector(`div.adn[data-legacy-message-id="${benign.id}"]`);
    await new Promise((r) => setTimeout(r, 1000));
    expect(await levelsIn(page)).toEqual([]);

    await page.evaluate((id) => (location.hash = `#inbox/${id}`), suspected.id);
    expect(await poll(() => levelsIn(page), (l) => l.length > 0)).toEqual(['suspected']);
  });

  it('shows the warning from the extension page, out of the webmail’s reach', async () => {
    // Puppeteer's BiDi frame list shows moz-extension frames as about:blank; the frame's own
    // location proves where the warning comes from.
    // The frame may still be loading on a busy machine: ask again until it answers.
    const frameUrls = () => Promise.all(page.frames().map((f) => f.evaluate(() => location.href).catch(() => '')));
    const fromWarningPage = (urls: string[]) => urls.some((u) => u === `${EXTENSION_ORIGIN}/warning.html`);
    expect(fromWarningPage(await poll(frameUrls, fromWarningPage, 10_000))).toBe(true);
    // The height is reported by the warning page over its private port once it has rendered.
    const height = await poll(() => page.evaluate(() => document.querySelector('[data-vahti="warning"]')!.getBoundingClientRect().height), (h) => h > 200, 10_000);
    expect(height).toBeGreaterThan(200);
    expect(await page.evaluate(() => document.querySelector('[data-vahti="warning"]')!.shadowRoot)).toBeNull();
  });

  it('survives a re-render and a page script that removes and hides it', async () => {
    const left = await page.evaluate(() => {
      (window as unknown as { vahtiFixture: { rerender(): void } }).vahtiFixture.rerender();
      return document.querySelectorAll('[data-vahti="warning"]').length;
    });
    expect(left).toBe(0);
    expect(await poll(() => levelsIn(page), (l) => l.length > 0, 5_000)).toEqual(['suspected']);

    await page.evaluate(() => {
      const style = document.createElement('style');
      style.textContent = '[data-vahti]{display:none!important;visibility:hidden!important}';
      document.head.append(style);
      const host = document.querySelector<HTMLElement>('[data-vahti="warning"]')!;
      host.setAttribute('style', 'display:none');
      host.hidden = true;
      host.remove();
    });
    const state = await poll(
      () =>
        page.evaluate(() => {
          const host = document.querySelector<HTMLElement>('[data-vahti="warning"]');
          if (!host) return 'gone';
          const cs = getComputedStyle(host);
          return `${cs.display}/${cs.visibility}/${host.getBoundingClientRect().height > 100}`;
        }),
      (s) => s === 'block/visible/true',
      5_000,
    );
    expect(state).toBe('block/visible/true');
  });
});

describe('other webmails in Firefox', () => {
  it('reads Proton’s body from its sandboxed about:blank frame', async () => {
    const page = await ff.newPage(serve);
    await page.goto(`https://mail.proton.me/u/0/inbox?open=${known.id}`);
    expect(await poll(() => levelsIn(page), (l) => l.length > 0)).toEqual(['known']);
    await page.close();
  });

  it('Roundcube the person added: warns inside the preview frame, marks the listed sender’s row, not ordinary mail', async () => {
    const page = await ff.newPage(serve);
    const uid = (id: string) => MESSAGES.findIndex((m) => m.id === id) + 1;
    const preview = () => page.frames().find((f) => f.url().includes('_action=preview'));
    await page.goto(`https://${ROUNDCUBE_HOST}/?_task=mail&_mbox=INBOX&preview=${uid(known.id)}`);
    expect(await poll(async () => (preview() ? levelsIn(preview()!) : []), (l) => l.length > 0)).toEqual(['known']);
    const rows = await poll(
      () => page.evaluate(() => Array.from(document.querySelectorAll('[data-vahti="row"][data-vahti-level="known"]')).map((e) => e.closest('tr')!.id)),
      (r) => r.length > 0,
    );
    expect([...new Set(rows)]).toEqual([`rcmrow${uid(known.id)}`]);

    await page.goto(`https://${ROUNDCUBE_HOST}/?_task=mail&_mbox=INBOX&preview=${uid(benign.id)}`);
    await poll(async () => preview()?.evaluate(() => document.readyState) ?? 'none', (s) => s === 'complete');
    await new Promise((r) => setTimeout(r, 1_500));
    expect(await levelsIn(preview()!)).toEqual([]);
    await page.close();
  });

  it('sent no request that carries any part of a message', () => {
    expect(requests.length).toBeGreaterThan(0);
    expect(requests.every((r) => r.method === 'GET' && r.body === '')).toBe(true);
    expect(leaks(requests)).toEqual([]);
  });
});
