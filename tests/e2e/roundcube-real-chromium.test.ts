/**
 * A real webmail, end to end in real Chromium: Debian's Roundcube 1.6 on Dovecot with a test
 * mailbox filled from the corpus (tests/helpers/roundcube-server.ts), reached over HTTPS at a
 * test host name. The person logs in; rows from listed senders are marked; opening each message
 * in the preview pane gives the right verdict; the evidence file carries the headers Roundcube
 * shows; the Sent folder's recipients are not taken for senders; no request carries mail content.
 * Host access starts as the browser records it after the person allowed the site (no automation
 * reaches that prompt; see `grantedOrigins` in tests/helpers/extension.ts).
 */
import { readFileSync } from 'node:fs';
import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MESSAGES, messageById } from '../fixtures/webmail/messages';
import { within } from '../helpers/bounded';
import { expectRoundcubeEvidence } from '../helpers/evidence-file';
import { launchExtension, type LaunchedExtension, waitUntilSenderListed } from '../helpers/extension';
import { MAIL_PASSWORD, MAIL_USER, REAL_ROUNDCUBE_HOST, startRealRoundcube, type RealRoundcube } from '../helpers/roundcube-server';
import { leaks, type LoggedRequest } from '../helpers/webmail-routes';

const known = messageById('18c2a1f0b7e4d901');
const startedAt = Date.now();
let rc: RealRoundcube;
let ext: LaunchedExtension;
let page: Page;
const browserRequests: LoggedRequest[] = [];

const levelsIn = (frame: Page | Frame) =>
  within(5_000, `reading the warnings in ${frame.url()}`, () =>
    frame.locator('[data-vahti="warning"]').evaluateAll((els) => els.map((e) => e.getAttribute('data-vahti-level'))),
  );

const markedSubjects = () =>
  within(5_000, 'reading the marked rows', () =>
    page.locator('#messagelist tr.message').evaluateAll((rows) =>
      rows.filter((r) => r.querySelector('[data-vahti="row"][data-vahti-level="known"]')).map((r) => r.querySelector('span.subject a')?.textContent?.trim() ?? ''),
    ),
  );

/** The preview frame once it shows `subject`. */
async function previewShowing(subject: string): Promise<Frame> {
  let found: Frame | undefined;
  await expect
    .poll(
      async () => {
        found = undefined;
        for (const f of page.frames().filter((x) => x.url().includes('_action=preview'))) {
          const shown = await f.locator('#message-header h2.subject').textContent({ timeout: 1_000 }).catch(() => null);
          if (shown?.includes(subject)) found = f;
        }
        return found !== undefined;
      },
      { timeout: 20_000 },
    )
    .toBe(true);
  return found!;
}

beforeAll(async () => {
  rc = await startRealRoundcube({ inbox: MESSAGES, sent: [known] });
  ext = await launchExtension({
    grantedOrigins: [`https://${REAL_ROUNDCUBE_HOST}/*`],
    // The test host name resolves to the local proxy; its throwaway certificate is accepted.
    extraArgs: [`--host-resolver-rules=MAP ${REAL_ROUNDCUBE_HOST} 127.0.0.1`, '--ignore-certificate-errors'],
  });
  ext.context.on('request', (r) => browserRequests.push({ url: r.url(), method: r.method(), body: r.postData() ?? '', headers: JSON.stringify(r.headers()) }));
  await waitUntilSenderListed(ext, known.from.address);
}, 180_000);

afterAll(async () => {
  await ext?.stop();
  await rc?.stop();
  console.info(`real Roundcube e2e (Chromium): ${((Date.now() - startedAt) / 1000).toFixed(1)} s`);
});

describe('a real Roundcube and Dovecot', () => {
  it('logs in and shows the test mailbox', async () => {
    page = await ext.context.newPage();
    // Roundcube's first request sets up its database, and PHP's server is slow on a loaded machine:
    // wait for the login page to load and for the mail view to open, not a fixed few seconds.
    await page.goto(`${rc.origin}/`, { waitUntil: 'load' });
    await page.fill('#rcmloginuser', MAIL_USER);
    await page.fill('#rcmloginpwd', MAIL_PASSWORD);
    await Promise.all([page.waitForURL(/_task=mail/, { timeout: 60_000 }), page.click('#rcmloginsubmit')]);
    await expect.poll(() => page.locator('#messagelist tr.message').count(), { timeout: 45_000 }).toBe(MESSAGES.length);
  });

  it('marks the rows of listed senders, and only those', async () => {
    const listed = MESSAGES.filter((m) => m.listedSender).map((m) => m.subject);
    await expect.poll(markedSubjects, { timeout: 20_000 }).toEqual(listed);
  });

  it('gives each message opened in the preview pane its verdict', async () => {
    for (const m of MESSAGES) {
      await page.locator('#messagelist tr.message', { hasText: m.subject }).first().click();
      const frame = await previewShowing(m.subject);
      if (m.expect === 'none') {
        await page.waitForTimeout(1_500); // time for a verdict to arrive if one were coming
        expect({ subject: m.subject, levels: await levelsIn(frame) }).toEqual({ subject: m.subject, levels: [] });
      } else {
        await expect.poll(() => levelsIn(frame), { timeout: 15_000 }).toEqual([m.expect]);
      }
    }
  });

  it('puts the headers Roundcube shows into the evidence file', async () => {
    await page.locator('#messagelist tr.message', { hasText: known.subject }).first().click();
    await previewShowing(known.subject);
    const prefix = `chrome-extension://${ext.extensionId}/warning.html`;
    await expect.poll(() => page.frames().some((f) => f.url().startsWith(prefix)), { timeout: 15_000 }).toBe(true);
    const warning = page.frames().find((f) => f.url().startsWith(prefix))!;
    const [download] = await Promise.all([page.waitForEvent('download'), warning.getByRole('button', { name: 'Save evidence' }).click()]);
    const text = readFileSync((await download.path())!, 'utf8');
    expectRoundcubeEvidence(text, known);
  });

  it('does not take the recipients in the Sent folder for senders', async () => {
    await page.goto(`${rc.origin}/?_task=mail&_mbox=Sent`);
    await expect.poll(() => page.locator('#mailboxlist li.mailbox.sent.selected').count(), { timeout: 20_000 }).toBe(1);
    await expect.poll(() => page.locator('#messagelist tr.message').count(), { timeout: 20_000 }).toBe(1);
    await expect.poll(() => page.locator('#messagelist tr.message .rcmContactAddress').first().getAttribute('title')).toBe(known.from.address);
    await page.waitForTimeout(1_500);
    expect(await markedSubjects()).toEqual([]);
  });

  it('sends no part of any message over the network', () => {
    expect(rc.requests.length).toBeGreaterThan(5);
    // Roundcube itself asks its own server for each sender's contact photo by address; that is
    // the webmail's request, which it makes with or without Vahti. Nothing else may carry mail.
    const ownPhotos = (url: string) => new URL(url).searchParams.get('_action') === 'photo';
    expect(leaks(rc.requests).filter((l) => !ownPhotos(l.url))).toEqual([]);
    const elsewhere = browserRequests.filter((r) => /^(https?|wss?):/.test(r.url) && !r.url.startsWith(`${rc.origin}/`));
    expect(leaks(elsewhere)).toEqual([]);
  });
});
