/**
 * The hostile-page attacks that apply to Firefox, in real Firefox ESR with the built extension.
 * Firefox serves the warning page only at the extension's per-install URL; a site that learnt it
 * (this test knows it: it fixes the UUID) frames it and gets no warning and no message back. The
 * webmail page's stylesheet attacks on the warning's host leave the warning visible in place.
 * Covering overlays are not reported in Firefox (it has no IntersectionObserver v2); see
 * docs/warning-trust.md.
 */
import type { HTTPRequest, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXTENSION_ORIGIN, launchFirefox, type LaunchedFirefox } from '../helpers/firefox';
import { ATTACKER, ATTACKS, applyAttack, measureWarningHost, probeFramedWarning, type HostBox } from '../helpers/hostile-page';
import { FIXTURE_HEADERS, fixtureFor } from '../helpers/webmail-routes';
import { messageById } from '../fixtures/webmail/messages';
import { pollThroughErrors } from '../helpers/poll';

const suspected = messageById('18c2a1f0b7e4d902');
let ff: LaunchedFirefox;

function serve(request: HTTPRequest): void {
  if (request.url().startsWith(ATTACKER)) {
    void request.respond({ status: 200, headers: { 'content-type': 'text/html' }, body: '<!doctype html><title>Attacker</title><body></body>' });
    return;
  }
  const html = fixtureFor(request.url());
  if (html === null) void request.abort('blockedbyclient');
  else void request.respond({ status: 200, headers: FIXTURE_HEADERS, body: html });
}


beforeAll(async () => {
  ff = await launchFirefox();
});

afterAll(async () => {
  await ff?.stop();
});

describe('Firefox: a site that frames the warning page at a URL it learnt', () => {
  it('gets no warning text and no message back', async () => {
    const page = await ff.newPage(serve);
    await page.goto(ATTACKER);
    const url = `${EXTENSION_ORIGIN}/warning.html`;
    const received = await page.evaluate(probeFramedWarning, [url]);
    expect(received).toEqual([]);
    const texts = await Promise.all(page.frames().filter((f) => f !== page.mainFrame()).map((f) => f.evaluate(() => `${location.href} ${document.body?.innerText ?? ''}`).catch(() => '')));
    // The frame did load our page (so the test is not passing on an error page), and shows nothing.
    expect(texts.some((t) => t.startsWith(`${url}#`))).toBe(true);
    for (const t of texts) expect(t).not.toMatch(/extortion|555|Vahti checked/i);
    await page.close();
  });
});

describe('Firefox: the webmail page’s stylesheet against the warning', () => {
  let page: Page;
  let baseline: HostBox;

  beforeAll(async () => {
    page = await ff.newPage(serve);
    await page.setViewport({ width: 1100, height: 900 });
    await page.goto('https://mail.google.com/mail/u/0/#inbox');
    await page.evaluate((id) => (location.hash = `#inbox/${id}`), suspected.id);
    // A fresh profile installs the bundled list first, so the first warning can take a while.
    baseline = await pollThroughErrors(() => page.evaluate(measureWarningHost), (b) => b.height > 200, 90_000);
    if (!baseline || baseline.height <= 200) throw new Error(`the warning did not appear: ${JSON.stringify(baseline)}`);
  });

  afterAll(async () => {
    await page?.close();
  });

  for (const [name, css] of Object.entries(ATTACKS)) {
    it(`${name}: the warning stays visible in place`, async () => {
      await page.evaluate(applyAttack, css);
      await new Promise((r) => setTimeout(r, 300));
      const box = await page.evaluate(measureWarningHost);
      await page.evaluate(() => document.getElementById('attack')?.remove());
      expect(box).toEqual(baseline);
    });
  }
});
