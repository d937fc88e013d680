/**
 * Launches real Chromium with the built extension (from `VAHTI_OUT_DIR`, default `.output`)
 * in a fresh profile, and hands back the context, the extension id, its service worker and a
 * `stop()` that closes the browser and deletes the profile. Also: open an extension page, send
 * a runtime message from it, and stop the service worker through CDP (as the browser does when
 * it is idle). Fails loudly when the browser or the build is missing: no silent skips.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';

export const CHROMIUM_PATH = process.env.VAHTI_CHROMIUM ?? '/usr/bin/chromium';

export function chromeBuildDir(): string {
  const dir = resolve(process.env.VAHTI_OUT_DIR ?? '.output', 'chrome-mv3');
  if (!existsSync(join(dir, 'manifest.json'))) {
    throw new Error(`No built extension in ${dir}: run \`npx wxt build\` (or npm test) first.`);
  }
  return dir;
}

/**
 * Flags for Debian's Chromium with one unpacked extension. As root it needs `--no-sandbox`; the
 * background-networking flags keep it from calling Google's hosts, which this network refuses.
 * `--headless=new` because the old headless mode cannot run extensions.
 */
export function chromiumArgs(extensionDir: string, headless: boolean): string[] {
  return [
    ...(headless ? ['--headless=new'] : []),
    '--no-sandbox',
    '--disable-gpu',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    `--disable-extensions-except=${extensionDir}`,
    `--load-extension=${extensionDir}`,
  ];
}

export type LaunchedExtension = {
  context: BrowserContext;
  extensionId: string;
  extensionDir: string;
  /** The service worker as first found; after stopWorker() use `serviceWorker()`. */
  worker: Worker;
  /** The current service worker, waiting for it to start if needed. */
  serviceWorker: () => Promise<Worker>;
  /** Opens a page of the extension (an extension origin is needed for privileged messages). */
  openExtensionPage: (path?: string) => Promise<Page>;
  /** Sends a runtime message from an extension page and returns the answer. */
  sendMessage: <T = unknown>(page: Page, message: unknown) => Promise<T>;
  /** Stops the extension's service worker through CDP, as Chrome does after 30 s idle. */
  stopWorker: () => Promise<void>;
  stop: () => Promise<void>;
};

/**
 * Writes host access into the profile as Chromium stores it after a person clicked "Allow" in
 * the prompt of `permissions.request`. No automation reaches that native prompt (Playwright
 * declined to add it: microsoft/playwright#32755), so tests of hosts added at run time start
 * from the state the click leaves behind; the extension then finds the access through the
 * ordinary `permissions` API, exactly as after a real click. Needs a profile that has seen the
 * extension installed once.
 */
function grantHostAccessInProfile(userDataDir: string, extensionId: string, origins: readonly string[]): void {
  const file = join(userDataDir, 'Default', 'Preferences');
  const prefs = JSON.parse(readFileSync(file, 'utf8')) as {
    extensions?: { settings?: Record<string, Record<string, { explicit_host?: string[] }>> };
  };
  const settings = prefs.extensions?.settings?.[extensionId];
  if (!settings?.granted_permissions || !settings.active_permissions) {
    throw new Error(`The profile in ${userDataDir} has no permissions recorded for ${extensionId}: was it installed?`);
  }
  for (const key of ['granted_permissions', 'active_permissions'] as const) {
    const hosts = new Set(settings[key]!.explicit_host ?? []);
    for (const o of origins) hosts.add(o);
    settings[key]!.explicit_host = [...hosts];
  }
  writeFileSync(file, JSON.stringify(prefs));
}

export async function launchExtension(
  options: {
    extensionDir?: string;
    headless?: boolean;
    /** Host access as if the person had allowed these origins (e.g. their Roundcube) before. */
    grantedOrigins?: readonly string[];
    /** More Chromium switches (e.g. a host name for a local test server). */
    extraArgs?: readonly string[];
  } = {},
): Promise<LaunchedExtension> {
  if (!existsSync(CHROMIUM_PATH)) throw new Error(`Chromium not found at ${CHROMIUM_PATH}`);
  const extensionDir = options.extensionDir ?? chromeBuildDir();
  const userDataDir = mkdtempSync(join(tmpdir(), 'vahti-chromium-'));
  const launch = () =>
    chromium.launchPersistentContext(userDataDir, {
      executablePath: CHROMIUM_PATH,
      headless: false, // `--headless=new` below: the old headless mode cannot run extensions
      args: [...chromiumArgs(extensionDir, options.headless !== false), ...(options.extraArgs ?? [])],
    });
  if (options.grantedOrigins?.length) {
    // Install once, so the profile records the extension, then grant and start again.
    const first = await launch();
    try {
      const worker = first.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://')) ?? (await first.waitForEvent('serviceworker', { timeout: 30_000 }));
      await first.close();
      grantHostAccessInProfile(userDataDir, new URL(worker.url()).host, options.grantedOrigins);
    } catch (cause) {
      await first.close().catch(() => undefined);
      rmSync(userDataDir, { recursive: true, force: true });
      throw cause;
    }
  }
  const context = await launch();
  const stop = async (): Promise<void> => {
    await context.close().catch(() => undefined);
    rmSync(userDataDir, { recursive: true, force: true });
  };

  try {
    const serviceWorker = async (): Promise<Worker> => {
      const found = context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://'));
      return found ?? (await context.waitForEvent('serviceworker', { timeout: 30_000 }));
    };
    const worker = await serviceWorker();
    const extensionId = new URL(worker.url()).host;

    const pages = readdirSync(extensionDir).filter((f) => f.endsWith('.html'));
    const openExtensionPage = async (path?: string): Promise<Page> => {
      const target = path ?? pages[0];
      if (target === undefined) throw new Error(`The build in ${extensionDir} has no extension page to message from.`);
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/${target.replace(/^\//, '')}`);
      return page;
    };

    const sendMessage = <T>(page: Page, message: unknown): Promise<T> =>
      page.evaluate((m) => (globalThis as unknown as { chrome: { runtime: { sendMessage: (m: unknown) => Promise<unknown> } } }).chrome.runtime.sendMessage(m), message) as Promise<T>;

    const stopWorker = async (): Promise<void> => {
      const page = context.pages()[0] ?? (await context.newPage());
      const cdp = await context.newCDPSession(page);
      try {
        await cdp.send('ServiceWorker.enable');
        await cdp.send('ServiceWorker.stopAllWorkers');
      } finally {
        await cdp.detach().catch(() => undefined);
      }
    };

    return { context, extensionId, extensionDir, worker, serviceWorker, openExtensionPage, sendMessage, stopWorker, stop };
  } catch (cause) {
    await stop();
    throw cause;
  }
}

/**
 * Waits until the background judges a message from `senderAddress` as `known`: a fresh profile
 * installs the bundled list first, and tests that open webmail pages must not race it.
 */
export async function waitUntilSenderListed(ext: LaunchedExtension, senderAddress: string, timeoutMs = 90_000): Promise<void> {
  const page = await ext.openExtensionPage('popup.html');
  const features = { senderAddress, senderName: '', replyTo: [], subject: '', bodyText: '', links: [] };
  const deadline = Date.now() + timeoutMs;
  try {
    for (;;) {
      const r = await ext.sendMessage<{ verdict?: { level: string } }>(page, { type: 'classify', messageKey: 'gmail:row:warmup', features });
      if (r.verdict?.level === 'known') return;
      if (Date.now() > deadline) throw new Error(`the background never judged a listed sender: ${JSON.stringify(r)}`);
      await new Promise((res) => setTimeout(res, 500));
    }
  } finally {
    await page.close();
  }
}
