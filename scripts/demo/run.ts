/**
 * The demo: a Gmail-style inbox (our own markup following Gmail's documented markers, served at
 * https://mail.google.com/ by Playwright so the extension's content script runs as on the real
 * site; nothing is fetched from the internet) with extortion and ordinary mail, in Chromium with
 * the built extension. Walks through the inbox, opens every message, prints what Vahti flagged
 * and why, and saves screenshots. Windowed if DISPLAY is set (the browser stays open until
 * Ctrl-C), headless otherwise.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Frame, type Page } from 'playwright-core';
import { gmailPage } from '../../tests/fixtures/webmail/gmail';
import { chromiumArgs } from '../../tests/helpers/extension';
import { MESSAGES } from '../../tests/fixtures/webmail/messages';

const CHROMIUM = process.env.VAHTI_CHROMIUM ?? '/usr/bin/chromium';
const outDir = resolve(process.env.VAHTI_OUT_DIR ?? '.output');
const extensionDir = join(outDir, 'chrome-mv3');
const shotsDir = join(outDir, 'demo');
const windowed = Boolean(process.env.DISPLAY) && !process.argv.includes('--headless');
// The person's choices in Vahti's options: Finnish guidance, English text (VAHTI_DEMO_COUNTRY /
// VAHTI_DEMO_LANGUAGE change them, e.g. SE and sv).
const country = process.env.VAHTI_DEMO_COUNTRY ?? 'FI';
const language = process.env.VAHTI_DEMO_LANGUAGE ?? 'en';

function fail(message: string): never {
  console.error(`\nDemo failed: ${message}`);
  process.exit(1);
}

async function launch(userDataDir: string): Promise<BrowserContext> {
  if (!existsSync(CHROMIUM)) fail(`Chromium not found at ${CHROMIUM} (set VAHTI_CHROMIUM).`);
  if (!existsSync(join(extensionDir, 'manifest.json'))) fail(`no built extension in ${extensionDir}; run npm start without --no-build.`);
  return chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: false,
    viewport: { width: 1280, height: 900 },
    args: chromiumArgs(extensionDir, !windowed),
  });
}

/** A fresh profile installs the bundled signed list first; wait until the background can judge. */
async function waitForList(context: BrowserContext, extensionId: string): Promise<void> {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/popup.html`);
  await page.evaluate(
    (settings) => (globalThis as unknown as { chrome: { storage: { local: { set(i: object): Promise<void> } } } }).chrome.storage.local.set({ 'vahti.settings': settings }),
    { schema: 1, country, language },
  );
  const deadline = Date.now() + 120_000;
  const probe = { senderAddress: 'aaron417smith@yahoo.jp', senderName: '', replyTo: [], subject: '', bodyText: '', links: [] };
  for (;;) {
    const answer = await page.evaluate(
      (features) => (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).chrome.runtime.sendMessage({ type: 'classify', messageKey: 'gmail:row:demo-probe', features }),
      probe,
    );
    if ((answer as { verdict?: { level?: string } }).verdict?.level === 'known') break;
    if (Date.now() > deadline) fail(`the extension's list never became ready: ${JSON.stringify(answer)}`);
    await page.waitForTimeout(500);
  }
  await page.close();
}

async function warningFrame(page: Page): Promise<Frame | undefined> {
  return page.frames().find((f) => f.url().includes('/warning.html'));
}

/** Opens "Why am I seeing this warning?" in the warning and returns its text, one reason a line. */
async function reasonsText(page: Page): Promise<string[]> {
  const frame = await warningFrame(page);
  if (!frame) return [];
  const button = frame.locator('.vahti-actions button[aria-expanded]');
  if ((await button.getAttribute('aria-expanded')) !== 'true') await button.click();
  await frame.locator('.vahti-reason-list li').first().waitFor({ timeout: 5000 }).catch(() => undefined);
  const items = await frame.locator('.vahti-reason-list li').allInnerTexts();
  return items.map((t) => t.replace(/\s+/g, ' ').trim()).filter(Boolean);
}

async function main() {
  const userDataDir = mkdtempSync(join(tmpdir(), 'vahti-demo-'));
  const context = await launch(userDataDir);
  const cleanup = async () => {
    await context.close().catch(() => undefined);
    rmSync(userDataDir, { recursive: true, force: true });
  };
  try {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 30_000 }));
    const extensionId = new URL(worker.url()).host;

    // Serve the demo inbox at Gmail's address; refuse everything else (the demo is offline).
    const html = gmailPage(MESSAGES, { fillerRows: 6 });
    await context.route(/^https?:\/\//, (route) =>
      new URL(route.request().url()).hostname === 'mail.google.com'
        ? route.fulfill({ status: 200, headers: { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': "require-trusted-types-for 'script'" }, body: html })
        : route.abort('blockedbyclient'),
    );

    console.log('Preparing Vahti’s bundled list (first start of a fresh profile)…');
    await waitForList(context, extensionId);

    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto('https://mail.google.com/mail/u/0/#inbox');
    await page.waitForTimeout(1500);
    mkdirSync(shotsDir, { recursive: true });
    await page.screenshot({ path: join(shotsDir, 'inbox.png') });
    const markedRows = await page.locator('[data-vahti="row"]').evaluateAll((marks) =>
      marks.map((m) => {
        const sender = m.closest('tr')?.querySelector('[email]')?.getAttribute('email') ?? '?';
        return `${sender} (${m.getAttribute('data-vahti-level') === 'known' ? 'listed sender' : 'shape of extortion'})`;
      }),
    );

    console.log('\nInbox: rows marked before opening:', markedRows.length ? markedRows.join(', ') : 'none');
    console.log('\nOpening every message:\n');
    const results: { m: (typeof MESSAGES)[number]; level: string; reasons: string[] }[] = [];
    for (const m of MESSAGES) {
      await page.evaluate((id) => (location.hash = `#inbox/${id}`), m.id);
      await page.waitForSelector(`div.adn[data-legacy-message-id="${m.id}"]`);
      await page.waitForTimeout(1200);
      // Read what is there now: a locator's getAttribute would wait 30 s for a warning that
      // ordinary mail never gets.
      const level =
        (await page.locator('[data-vahti="warning"]').evaluateAll((hosts) => hosts[0]?.getAttribute('data-vahti-level') ?? null)) ?? 'none';
      const reasons = level === 'none' ? [] : await reasonsText(page);
      results.push({ m, level, reasons });
      const mark = level === 'known' ? 'FLAGGED (known)    ' : level === 'suspected' ? 'FLAGGED (suspected)' : 'not flagged        ';
      console.log(`  ${mark}  ${m.from.name} <${m.from.address}> — “${m.subject}”`);
      for (const r of reasons.slice(0, 4)) console.log(`                       why: ${r}`);
      if (reasons.length > 4) console.log(`                       … and ${reasons.length - 4} more signs (see “Why am I seeing this warning?” in the warning)`);
      if (level !== m.expect) console.log(`                       (expected ${m.expect})`);
    }

    // The screenshot people see first: the known extortion mail with Vahti's warning.
    const showcase = MESSAGES.find((m) => m.expect === 'known') ?? MESSAGES[0]!;
    await page.evaluate((id) => (location.hash = `#inbox/${id}`), showcase.id);
    await page.waitForTimeout(1500);
    await page.screenshot({ path: join(shotsDir, 'warning.png') });
    const flagged = results.filter((r) => r.level !== 'none').length;
    console.log(`\n${flagged} of ${results.length} messages flagged; ${markedRows.length} inbox row(s) marked.`);
    console.log(`Screenshots: ${join(shotsDir, 'inbox.png')}, ${join(shotsDir, 'warning.png')}`);
    const mismatches = results.filter((r) => r.level !== r.m.expect);

    if (windowed) {
      console.log('\nThe browser stays open: click around the inbox. Press Ctrl-C to quit.');
      await new Promise<void>((res) => {
        process.once('SIGINT', () => res());
        context.once('close', () => res());
      });
    }
    if (mismatches.length > 0) {
      console.error(`\n${mismatches.length} message(s) were not judged as expected.`);
      process.exitCode = 1;
    }
  } finally {
    await cleanup();
  }
}

main().catch((error: unknown) => fail(error instanceof Error ? error.message : String(error)));
