/**
 * The real Roundcube on Dovecot (tests/helpers/roundcube-server.ts) in real Firefox ESR: the
 * person adds the site in the options (Firefox grants a host permission asked for from a click
 * when its prompt is turned off, see tests/helpers/firefox.ts), logs in, listed senders' rows are
 * marked, each message gets its verdict in the preview pane, the evidence file saved from the
 * warning carries the headers Roundcube shows, the Sent folder's recipients are not taken for
 * senders, no request carries mail content. The test host name resolves to this machine by a
 * preference and the throwaway certificate is accepted for the session. Puppeteer has no
 * download events over WebDriver BiDi, so the profile saves downloads, unasked, into a
 * folder of the test's own and the test reads the file Firefox wrote there.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Frame, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MESSAGES, messageById } from '../fixtures/webmail/messages';
import { expectRoundcubeEvidence } from '../helpers/evidence-file';
import { EXTENSION_ORIGIN, launchFirefox, type LaunchedFirefox } from '../helpers/firefox';
import { MAIL_PASSWORD, MAIL_USER, REAL_ROUNDCUBE_HOST, startRealRoundcube, type RealRoundcube } from '../helpers/roundcube-server';
import { leaks, type LoggedRequest } from '../helpers/webmail-routes';
import { pollThroughErrors } from '../helpers/poll';

const known = messageById('18c2a1f0b7e4d901');
const startedAt = Date.now();
let rc: RealRoundcube;
let ff: LaunchedFirefox;
let page: Page;
const browserRequests: LoggedRequest[] = [];
const downloads = mkdtempSync(join(tmpdir(), 'vahti-firefox-downloads-'));


const levelsIn = (target: Frame) =>
  target.evaluate(() => Array.from(document.querySelectorAll('[data-vahti="warning"]')).map((e) => e.getAttribute('data-vahti-level')));

const markedSubjects = () =>
  page.evaluate(() =>
    Array.from(document.querySelectorAll('#messagelist tr.message'))
      .filter((r) => r.querySelector('[data-vahti="row"][data-vahti-level="known"]'))
      .map((r) => r.querySelector('span.subject a')?.textContent?.trim() ?? ''),
  );

const rowCount = () => page.evaluate(() => document.querySelectorAll('#messagelist tr.message').length);

const END_OF_CONTENT = '----- END MESSAGE CONTENT -----';

/** The one evidence file Firefox finished writing into the download folder ('' until then). */
function savedEvidence(): string {
  const names = readdirSync(downloads);
  // Firefox writes into `<name>.part` and renames it when the download is complete.
  const done = names.filter((n) => /^vahti-evidence-.*\.txt$/.test(n));
  if (names.some((n) => n.endsWith('.part')) || done.length !== 1) return '';
  return readFileSync(join(downloads, done[0]!), 'utf8');
}

const rowIdOf = (subject: string) =>
  page.evaluate((s) => Array.from(document.querySelectorAll('#messagelist tr.message')).find((r) => r.textContent?.includes(s))?.id ?? '', subject);

/**
 * The warning page's frame. Puppeteer's BiDi frame list names moz-extension frames
 * about:blank, so the frame's own location tells which one it is.
 */
function warningFrame(): Promise<Frame | undefined> {
  return pollThroughErrors(
    async () => {
      for (const f of page.frames()) {
        const href = await f.evaluate(() => location.href).catch(() => '');
        if (href.startsWith(`${EXTENSION_ORIGIN}/warning.html`)) return f;
      }
      return undefined;
    },
    (f) => f !== undefined,
    15_000,
  );
}

/** The preview frame once it shows `subject`. */
async function previewShowing(subject: string): Promise<Frame | undefined> {
  return pollThroughErrors(
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
    prefs: {
      'network.dns.localDomains': REAL_ROUNDCUBE_HOST,
      // Downloads go straight to the test's folder: no dialog, no panel.
      'browser.download.dir': downloads,
      'browser.download.folderList': 2,
      'browser.download.useDownloadDir': true,
      'browser.download.always_ask_before_handling_new_types': false,
      'browser.download.alwaysOpenPanel': false,
      'browser.helperApps.neverAsk.saveToDisk': 'text/plain',
    },
    acceptInsecureCerts: true,
  });
}, 180_000);

afterAll(async () => {
  await ff?.stop();
  await rc?.stop();
  rmSync(downloads, { recursive: true, force: true });
  console.info(`real Roundcube e2e (Firefox): ${((Date.now() - startedAt) / 1000).toFixed(1)} s`);
});

describe('a real Roundcube and Dovecot in Firefox', () => {
  it('the person adds the site in the options', async () => {
    const options = await ff.browser.newPage();
    void options.goto(`${EXTENSION_ORIGIN}/options.html`, { timeout: 0 }).catch(() => undefined);
    const field = await pollThroughErrors(() => options.$('#opt-site-input'), (el) => el !== null, 30_000);
    expect(field).not.toBeNull();
    await field!.type(rc.origin);
    // A real key press submits the form: the browser asks for access only from a person's input.
    await field!.press('Enter');
    const shown = await pollThroughErrors(() => options.evaluate(() => document.body.textContent ?? ''), (t) => t.includes('Vahti now protects'), 15_000);
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
    expect(await pollThroughErrors(rowCount, (n) => n === MESSAGES.length, 20_000)).toBe(MESSAGES.length);
  });

  it('marks the rows of listed senders, and only those', async () => {
    // A fresh profile installs the bundled list first, so the first answer can take a while.
    const listed = MESSAGES.filter((m) => m.listedSender).map((m) => m.subject);
    expect(await pollThroughErrors(markedSubjects, (s) => s.length > 0, 90_000)).toEqual(listed);
  });

  it('gives each message opened in the preview pane its verdict', async () => {
    for (const m of MESSAGES) {
      // A real mouse click: Roundcube's list selects rows on mouse down and up, not on `click()`.
      const rowId = await rowIdOf(m.subject);
      expect(rowId).toMatch(/^rcmrow/);
      await page.click(`#${rowId} span.subject`);
      const frame = await previewShowing(m.subject);
      expect(frame, `preview of ${m.subject}`).toBeDefined();
      if (m.expect === 'none') {
        await new Promise((r) => setTimeout(r, 1_500));
        expect({ subject: m.subject, levels: await levelsIn(frame!) }).toEqual({ subject: m.subject, levels: [] });
      } else {
        expect({ subject: m.subject, levels: await pollThroughErrors(() => levelsIn(frame!), (l) => l.length > 0) }).toEqual({ subject: m.subject, levels: [m.expect] });
      }
    }
  });

  it('puts the headers Roundcube shows into the evidence file', async () => {
    await page.click(`#${await rowIdOf(known.subject)} span.subject`);
    const preview = await previewShowing(known.subject);
    expect(preview, `preview of ${known.subject}`).toBeDefined();
    const warning = await warningFrame();
    expect(warning, 'the warning frame').toBeDefined();
    const button = await pollThroughErrors(
      () => warning!.waitForSelector('button::-p-text(Save evidence)', { timeout: 1_000 }),
      (b) => b !== null,
      15_000,
    );
    expect(button).not.toBeNull();
    // A real mouse click on the button (the step list above it also names "Save evidence").
    await button!.click();
    const text = await pollThroughErrors(async () => savedEvidence(), (t) => t.includes(END_OF_CONTENT), 20_000);
    expectRoundcubeEvidence(text, known);
  });

  it('does not take the recipients in the Sent folder for senders', async () => {
    await page.goto(`${rc.origin}/?_task=mail&_mbox=Sent`);
    expect(await pollThroughErrors(rowCount, (n) => n === 1, 20_000)).toBe(1);
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
