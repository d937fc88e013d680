/**
 * The real Roundcube on Dovecot (tests/helpers/roundcube-server.ts) in real Firefox ESR: the
 * person adds the site in the options (Firefox grants a host permission asked for from a click
 * when its prompt is turned off, see tests/helpers/firefox.ts), logs in, listed senders' rows are
 * marked, each message gets its verdict in the preview pane, the Sent folder's recipients are not
 * taken for senders, no request carries mail content. The test host name resolves to this
 * machine by a preference and the throwaway certificate is accepted for the session.
 * The evidence file's Roundcube headers are checked in the Chromium twin of this test.
 */
import type { Frame, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MESSAGES, messageById } from '../fixtures/webmail/messages';
import { EXTENSION_ORIGIN, launchFirefox, type LaunchedFirefox } from '../helpers/firefox';
import { MAIL_PASSWORD, MAIL_USER, REAL_ROUNDCUBE_HOST, startRealRoundcube, type RealRoundcube } from '../helpers/roundcube-server';
import { leaks, type LoggedRequest } from '../helpers/webmail-routes';

const known = messageById('18c2a1f0b7e4d901');
const startedAt = Date.now();
let rc: RealRoundcube;
let ff: LaunchedFirefox;
let page: Page;
const browserRequests: LoggedRequest[] = [];

const poll = async <T>(read: () => Promise<T>, want: (v: T) => boolean, timeoutMs = 15_000): Promise<T> => {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = await read().catch(() => undefined);
    if ((v !== undefined && want(v)) || Date.now() > deadline) return v as T;
    await new Promise((r) => setTimeout(r, 200));
  }
};

const levelsIn = (target: Frame) =>
  target.evaluate(() => Array.from(document.querySelectorAll('[data-vahti="warning"]')).map((e) => e.getAttribute('data-vahti-level')));

const markedSubjects = () =>
  page.evaluate(() =>
    Array.from(document.querySelectorAll('#messagelist tr.message'))
      .filter((r) => r.querySelector('[data-vahti="row"][data-vahti-level="known"]'))
      .map((r) => r.querySelector('span.subject a')?.textContent?.trim() ?? ''),
  );

const rowCount = () => page.evaluate(() => document.querySelectorAll('#messagelist tr.message').length);

/** The preview frame once it shows `subject`. */
async function previewShowing(subject: string): Promise<Frame | undefined> {
  return poll(
    async () => {
      for (const f of page.frames()) {
        const shown = await f.evaluate(() => (location.search.includes('_action=preview') ? document.querySelector('#message-header h2.subject')?.textContent ?? '' : '')).catch(() => '');
        if (shown.includes(subject)) return f;
      }
      return undefined;
    },
    (f) => f !== undefined,
    20_000,
  );
}

beforeAll(async () => {
  rc = await startRealRoundcube({ inbox: MESSAGES, sent: [known] });
  ff = await launchFirefox({
    extensionPages: true,
    prefs: { 'network.dns.localDomains': REAL_ROUNDCUBE_HOST },
    acceptInsecureCerts: true,
  });
}, 180_000);

afterAll(async () => {
  await ff?.stop();
  await rc?.stop();
  console.info(`real Roundcube e2e (Firefox): ${((Date.now() - startedAt) / 1000).toFixed(1)} s`);
});

describe('a real Roundcube and Dovecot in Firefox', () => {
  it('the person adds the site in the options', async () => {
    const options = await ff.browser.newPage();
    void options.goto(`${EXTENSION_ORIGIN}/options.html`, { timeout: 0 }).catch(() => undefined);
    const field = await poll(() => options.$('#opt-site-input'), (el) => el !== null, 30_000);
    expect(field).not.toBeNull();
    await field!.type(rc.origin);
    // A real key press submits the form: the browser asks for access only from a person's input.
    await field!.press('Enter');
    const shown = await poll(() => options.evaluate(() => document.body.textContent ?? ''), (t) => t.includes('Vahti now protects'), 15_000);
    expect(shown).toContain(`Vahti now protects ${REAL_ROUNDCUBE_HOST}`);
    await options.close();
  });

  it('logs in and shows the test mailbox', async () => {
    page = await ff.browser.newPage();
    page.on('request', (r) => browserRequests.push({ url: r.url(), method: r.method(), body: '', headers: JSON.stringify(r.headers()) }));
    await page.goto(`${rc.origin}/`);
    await page.waitForSelector('#rcmloginuser');
    await page.type('#rcmloginuser', MAIL_USER);
    await page.type('#rcmloginpwd', MAIL_PASSWORD);
    await Promise.all([page.waitForNavigation(), page.click('#rcmloginsubmit')]);
    expect(await poll(rowCount, (n) => n === MESSAGES.length, 20_000)).toBe(MESSAGES.length);
  });

  it('marks the rows of listed senders, and only those', async () => {
    // A fresh profile installs the bundled list first, so the first answer can take a while.
    const listed = MESSAGES.filter((m) => m.listedSender).map((m) => m.subject);
    expect(await poll(markedSubjects, (s) => s.length > 0, 90_000)).toEqual(listed);
  });

  it('gives each message opened in the preview pane its verdict', async () => {
    for (const m of MESSAGES) {
      // A real mouse click: Roundcube's list selects rows on mouse down and up, not on `click()`.
      const rowId = await page.evaluate(
        (subject) => Array.from(document.querySelectorAll('#messagelist tr.message')).find((r) => r.textContent?.includes(subject))?.id ?? '',
        m.subject,
      );
      expect(rowId).toMatch(/^rcmrow/);
      await page.click(`#${rowId} span.subject`);
      const frame = await previewShowing(m.subject);
      expect(frame, `preview of ${m.subject}`).toBeDefined();
      if (m.expect === 'none') {
        await new Promise((r) => setTimeout(r, 1_500));
        expect({ subject: m.subject, levels: await levelsIn(frame!) }).toEqual({ subject: m.subject, levels: [] });
      } else {
        expect({ subject: m.subject, levels: await poll(() => levelsIn(frame!), (l) => l.length > 0) }).toEqual({ subject: m.subject, levels: [m.expect] });
      }
    }
  });

  it('does not take the recipients in the Sent folder for senders', async () => {
    await page.goto(`${rc.origin}/?_task=mail&_mbox=Sent`);
    expect(await poll(rowCount, (n) => n === 1, 20_000)).toBe(1);
    const shown = await page.evaluate(() => document.querySelector('#messagelist tr.message .rcmContactAddress')?.getAttribute('title'));
    expect(shown).toBe(known.from.address);
    await new Promise((r) => setTimeout(r, 1_500));
    expect(await markedSubjects()).toEqual([]);
  });

  it('sends no part of any message over the network', () => {
    expect(rc.requests.length).toBeGreaterThan(5);
    // Roundcube's own contact-photo requests name the sender; nothing else may carry mail.
    const ownPhotos = (url: string) => new URL(url).searchParams.get('_action') === 'photo';
    expect(leaks(rc.requests).filter((l) => !ownPhotos(l.url))).toEqual([]);
    const elsewhere = browserRequests.filter((r) => /^(https?|wss?):/.test(r.url) && !r.url.startsWith(`${rc.origin}/`));
    expect(leaks(elsewhere)).toEqual([]);
  });
});
