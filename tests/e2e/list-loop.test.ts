/**
 * The maintainers' channel end to end, in Chromium and in Firefox: a maintainer adds a campaign
 * source file, runs `npm run list -- lint`, `build` and `publish` into a folder served by a
 * local static server (with ETag), and a running extension built with that server as its
 * update address (WXT_VAHTI_DEFAULT_LIST_URL) picks the new version up on its own first scheduled
 * check and on "Check for updates now" in its popup: the next message of that campaign is
 * `known`, and the popup's list health shows the new version. Each step's time is printed. Publishing is signed with the development key, which development
 * builds trust (release keys do not exist before the key ceremony).
 */
import { execFileSync } from 'node:child_process';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ClassifyResponse } from '../../utils/app/messages';
import { launchExtension, type LaunchedExtension } from '../helpers/extension';
import { EXTENSION_ORIGIN, launchFirefox, type LaunchedFirefox } from '../helpers/firefox';
import { startListServer, type ListServer } from '../helpers/list-server';
import { newBtcAddress, paymentMail, startPublisher, type Publisher } from '../helpers/list-loop';

const root = resolve(import.meta.dirname, '../..');
let server: ListServer;
let publisher: Publisher;
let outDir: string;

async function until<T>(what: string, probe: () => Promise<T | undefined>, timeoutMs = 60_000): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe().catch(() => undefined);
    if (value !== undefined) return value;
    if (Date.now() > end) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

/**
 * Firefox's WebDriver BiDi may never report a moz-extension:// navigation as finished (the page
 * loads, the command waits on), so the test navigates, then waits for the page itself.
 */
async function openWithoutWaiting(page: Page, url: string): Promise<void> {
  void page.goto(url, { timeout: 0 }).catch(() => undefined);
  await until(`${url} to load`, async () => ((await page.evaluate(() => document.readyState === 'complete' && location.href)) === url ? true : undefined), 30_000);
}

const knownFromList = (response: ClassifyResponse, version: number) =>
  response.verdict.level === 'known' && response.verdict.reasons.some((r) => r.listId === 'vahti-default' && r.listVersion === version);

beforeAll(async () => {
  server = await startListServer();
  publisher = await startPublisher(server);
  outDir = await mkdtemp(join(tmpdir(), 'vahti-loop-build-'));
  const env = { ...process.env, VAHTI_OUT_DIR: outDir, WXT_VAHTI_RELEASE: '', WXT_VAHTI_DEFAULT_LIST_URL: server.url('/manifest.json') };
  for (const args of [['wxt', 'build'], ['wxt', 'build', '-b', 'firefox']]) execFileSync('npx', args, { cwd: root, env, stdio: 'pipe', timeout: 180_000 });
}, 400_000);

afterAll(async () => {
  await server?.close();
});

// A fresh installation's first scheduled check comes 30 to 90 s after start (an alarm, jittered).
const SCHEDULE_TIMEOUT_MS = 150_000;

describe('a new campaign reaches a running extension', () => {
  let ext: LaunchedExtension | undefined;
  afterAll(async () => {
    await ext?.stop();
  });

  it('in Chromium: on its own schedule, then on "Check for updates now", and the popup shows the new version', async () => {
    const scheduled = { version: (await publisher.publishedVersion()) + 1, address: newBtcAddress() };
    await publisher.publishCampaign(scheduled.version, scheduled.address);
    ext = await launchExtension({ extensionDir: join(outDir, 'chrome-mv3') });
    const popup = await ext.openExtensionPage('popup.html');
    const classify = (address: string) => ext!.sendMessage<ClassifyResponse>(popup, { type: 'classify', messageKey: 'loop', features: paymentMail(address) });
    const startedAt = Date.now();
    await until('the scheduled check to install the new campaign', async () => (knownFromList(await classify(scheduled.address), scheduled.version) ? true : undefined), SCHEDULE_TIMEOUT_MS);
    console.info(`list loop (Chromium): start → known through the scheduled check in ${Date.now() - startedAt} ms`);

    const next = { version: scheduled.version + 1, address: newBtcAddress() };
    expect(knownFromList(await classify(next.address), next.version)).toBe(false);
    await publisher.publishCampaign(next.version, next.address);
    const manifestRequests = server.requests.filter((r) => r.path === '/manifest.json').length;
    const clickedAt = Date.now();
    await popup.getByRole('button', { name: 'Check for updates now' }).click();
    await until('the new campaign to be known', async () => (knownFromList(await classify(next.address), next.version) ? true : undefined));
    console.info(`list loop (Chromium): "Check now" → first known verdict of the new campaign in ${Date.now() - clickedAt} ms`);
    expect(server.requests.filter((r) => r.path === '/manifest.json').length).toBeGreaterThan(manifestRequests);

    await popup.reload();
    const health = popup.locator('[data-source-id="vahti-default"]');
    await expect.poll(async () => health.textContent(), { timeout: 30_000 }).toContain(`Version ${next.version}`);
    await expect.poll(async () => health.getAttribute('data-signature')).toBe('verified');

    // The options page shows the update address this build was made with.
    const options = await ext.openExtensionPage('options.html');
    await expect.poll(async () => options.locator('[data-default-list-address]').getAttribute('data-default-list-address'), { timeout: 30_000 }).toBe(
      server.url('/manifest.json'),
    );
  }, 300_000);
});

describe('in Firefox', () => {
  let firefox: LaunchedFirefox | undefined;
  afterAll(async () => {
    await firefox?.stop();
  });

  it('the same loop: on its own schedule, then on "Check for updates now" in its popup, and the popup shows the new version', async () => {
    const scheduled = { version: (await publisher.publishedVersion()) + 1, address: newBtcAddress() };
    await publisher.publishCampaign(scheduled.version, scheduled.address);
    const previous = process.env.VAHTI_OUT_DIR;
    process.env.VAHTI_OUT_DIR = outDir; // launchFirefox installs the build from VAHTI_OUT_DIR
    try {
      firefox = await launchFirefox({ extensionPages: true });
    } finally {
      if (previous === undefined) delete process.env.VAHTI_OUT_DIR;
      else process.env.VAHTI_OUT_DIR = previous;
    }
    const popup = await firefox.browser.newPage();
    await openWithoutWaiting(popup, `${EXTENSION_ORIGIN}/popup.html`);
    const classify = (address: string) =>
      popup.evaluate(
        (features) =>
          (globalThis as unknown as { browser: { runtime: { sendMessage: (m: unknown) => Promise<ClassifyResponse> } } }).browser.runtime.sendMessage({
            type: 'classify',
            messageKey: 'loop-ff',
            features,
          }),
        paymentMail(address),
      );
    const startedAt = Date.now();
    await until('the scheduled check to install the new campaign', async () => (knownFromList(await classify(scheduled.address), scheduled.version) ? true : undefined), SCHEDULE_TIMEOUT_MS);
    console.info(`list loop (Firefox): start → known through the scheduled check in ${Date.now() - startedAt} ms`);

    const next = { version: scheduled.version + 1, address: newBtcAddress() };
    expect(knownFromList(await classify(next.address), next.version)).toBe(false);
    await publisher.publishCampaign(next.version, next.address);
    const clickedAt = Date.now();
    const button = await popup.waitForSelector('::-p-text(Check for updates now)');
    await button!.click();
    await until('the new campaign to be known', async () => (knownFromList(await classify(next.address), next.version) ? true : undefined));
    console.info(`list loop (Firefox): "Check now" → first known verdict of the new campaign in ${Date.now() - clickedAt} ms`);

    await openWithoutWaiting(popup, `${EXTENSION_ORIGIN}/popup.html`);
    await until('the popup to show the new version', async () => {
      const text = await popup.$eval('[data-source-id="vahti-default"]', (el) => el.textContent ?? '').catch(() => '');
      return text.includes(`Version ${next.version}`) ? text : undefined;
    }, 30_000);

    // Firefox's options page too: the list health and the update address this build uses.
    const options = await firefox.browser.newPage();
    await openWithoutWaiting(options, `${EXTENSION_ORIGIN}/options.html`);
    const shown = await until('the options page to show the update address', async () =>
      (await options.$eval('[data-default-list-address]', (el) => el.getAttribute('data-default-list-address')).catch(() => null)) ?? undefined,
    30_000);
    expect(shown).toBe(server.url('/manifest.json'));
    const optionsHealth = await options.$eval('[data-source-id="vahti-default"]', (el) => el.textContent ?? '');
    expect(optionsHealth).toContain(`Version ${next.version}`);
  }, 300_000);
});
