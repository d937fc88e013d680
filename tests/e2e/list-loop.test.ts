/**
 * The maintainers' channel end to end, in Chromium and in Firefox: a maintainer adds a campaign
 * source file, runs `npm run list -- lint`, `build` and `publish` into a folder served by a
 * local static server (with ETag), and a running extension built with that server as its
 * update address (WXT_VAHTI_DEFAULT_LIST_URL) picks the new version up on "Check for updates
 * now" in its popup: the next message of that campaign is `known`, and the popup's list health
 * shows the new version. Publishing is signed with the development key, which development
 * builds trust (release keys do not exist before the key ceremony).
 */
import { execFileSync } from 'node:child_process';
import { cp, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createBase58check } from '@scure/base';
import { sha256 } from '@noble/hashes/sha2.js';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main as listCli } from '../../scripts/list';
import { BUNDLE_DIR, BUNDLE_SOURCES, DEV_KEY_FILE } from '../../scripts/list/bundle';
import type { ClassifyResponse } from '../../utils/app/messages';
import { launchExtension, type LaunchedExtension } from '../helpers/extension';
import { EXTENSION_ORIGIN, launchFirefox, type LaunchedFirefox } from '../helpers/firefox';
import { startListServer, type ListServer } from '../helpers/list-server';

const root = resolve(import.meta.dirname, '../..');
let server: ListServer;
let work: string;
let outDir: string;

/** A fresh, valid P2PKH address that no list knows: the new campaign's payment address. */
function newBtcAddress(): string {
  const payload = new Uint8Array(21);
  crypto.getRandomValues(payload.subarray(1));
  return createBase58check(sha256).encode(payload);
}

async function cli(args: string[]): Promise<string> {
  const out: string[] = [];
  const code = await listCli(args, { out: (l) => out.push(l), err: (l) => out.push(l), env: {}, cwd: work });
  if (code !== 0) throw new Error(`npm run list -- ${args.join(' ')} failed:\n${out.join('\n')}`);
  return out.join('\n');
}

/** Serves a published folder the way a static host does: every file by name, each with an ETag. */
async function serveFolder(dir: string): Promise<void> {
  for (const name of await readdir(dir)) {
    if (!name.endsWith('.json')) continue;
    const body = await readFile(join(dir, name));
    server.set(`/${name}`, { kind: 'body', body, etag: `"${Buffer.from(sha256(body)).toString('hex').slice(0, 16)}"` });
  }
}

/** What a maintainer does for a new campaign: a source file, a higher version, lint, build, publish. */
async function publishCampaign(version: number, address: string): Promise<void> {
  const sources = join(work, `sources-${version}`);
  await cp(BUNDLE_SOURCES, sources, { recursive: true });
  const campaign = {
    campaign: {
      id: `e2e-loop-${version}`,
      name: `End-to-end campaign ${version}`,
      languages: ['en'],
      guidance: ['fi-police'],
      severity: 'high',
      firstSeen: '2026-12-01',
      description: 'A campaign added by the end-to-end test of the publish loop.',
      source: 'https://example.org/e2e-loop',
    },
    payments: [{ coin: 'btc', address }],
  };
  await writeFile(join(sources, 'campaigns', `e2e-loop-${version}.json`), JSON.stringify(campaign, null, 2));
  const listJson = JSON.parse(await readFile(join(sources, 'list.json'), 'utf8')) as { version: number };
  await writeFile(join(sources, 'list.json'), JSON.stringify({ ...listJson, version }, null, 2));
  await cli(['lint', sources, '--allow-warnings']);
  await cli(['build', sources, '--out', `list-${version}.json`]);
  await cli(['publish', `list-${version}.json`, '--out', 'site', '--key-file', DEV_KEY_FILE]);
  await serveFolder(join(work, 'site'));
}

const paymentMail = (address: string) => ({
  senderAddress: 'someone@mailer.example',
  senderName: 'Someone',
  replyTo: [],
  subject: 'Your files',
  bodyText: `Send the payment to ${address} within 48 hours.`,
  links: [],
});

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
  work = await mkdtemp(join(tmpdir(), 'vahti-loop-'));
  outDir = join(work, 'out');
  // The published folder starts as the bundled list: installations are up to date.
  await cp(BUNDLE_DIR, join(work, 'site'), { recursive: true });
  await serveFolder(join(work, 'site'));
  const env = { ...process.env, VAHTI_OUT_DIR: outDir, WXT_VAHTI_RELEASE: '', WXT_VAHTI_DEFAULT_LIST_URL: server.url('/manifest.json') };
  for (const args of [['wxt', 'build'], ['wxt', 'build', '-b', 'firefox']]) execFileSync('npx', args, { cwd: root, env, stdio: 'pipe', timeout: 180_000 });
}, 400_000);

afterAll(async () => {
  await server?.close();
});

/** The version the published folder carries now. */
async function publishedVersion(): Promise<number> {
  const published = JSON.parse(await readFile(join(work, 'site', 'manifest.json'), 'utf8')) as { payload: string };
  return (JSON.parse(Buffer.from(published.payload, 'base64').toString('utf8')) as { version: number }).version;
}

// A fresh installation's first scheduled check comes 30 to 90 s after start (an alarm, jittered).
const SCHEDULE_TIMEOUT_MS = 150_000;

describe('a new campaign reaches a running extension', () => {
  let ext: LaunchedExtension | undefined;
  afterAll(async () => {
    await ext?.stop();
  });

  it('in Chromium: on its own schedule, then on "Check for updates now", and the popup shows the new version', async () => {
    const scheduled = { version: (await publishedVersion()) + 1, address: newBtcAddress() };
    await publishCampaign(scheduled.version, scheduled.address);
    ext = await launchExtension({ extensionDir: join(outDir, 'chrome-mv3') });
    const popup = await ext.openExtensionPage('popup.html');
    const classify = (address: string) => ext!.sendMessage<ClassifyResponse>(popup, { type: 'classify', messageKey: 'loop', features: paymentMail(address) });
    const startedAt = Date.now();
    await until('the scheduled check to install the new campaign', async () => (knownFromList(await classify(scheduled.address), scheduled.version) ? true : undefined), SCHEDULE_TIMEOUT_MS);
    console.info(`list loop (Chromium): start → known through the scheduled check in ${Date.now() - startedAt} ms`);

    const next = { version: scheduled.version + 1, address: newBtcAddress() };
    expect(knownFromList(await classify(next.address), next.version)).toBe(false);
    await publishCampaign(next.version, next.address);
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
  }, 300_000);
});

describe('in Firefox', () => {
  let firefox: LaunchedFirefox | undefined;
  afterAll(async () => {
    await firefox?.stop();
  });

  it('the same loop: on its own schedule, then on "Check for updates now" in its popup, and the popup shows the new version', async () => {
    const scheduled = { version: (await publishedVersion()) + 1, address: newBtcAddress() };
    await publishCampaign(scheduled.version, scheduled.address);
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
    await publishCampaign(next.version, next.address);
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
  }, 300_000);
});
