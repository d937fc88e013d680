/**
 * Launches real Firefox ESR (puppeteer-core over WebDriver BiDi) with the built extension
 * (`VAHTI_OUT_DIR`, default `.output`, `firefox-mv3`) installed as a temporary add-on.
 *
 * Fixture pages are served at the real webmail URLs with puppeteer's request interception
 * (BiDi `network.addIntercept`): the content script's manifest `matches` fire on the real
 * origin, exactly as in Chromium with Playwright routes. The extension's internal UUID is
 * pinned by a pref so tests can open its pages (moz-extension://<uuid>/…). Optional-permission
 * prompts are turned off so a `permissions.request` from a trusted click is granted.
 * Fails loudly when the browser or the build is missing: no silent skips.
 */
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type HTTPRequest, type Page } from 'puppeteer-core';
import { GECKO_EXTENSION_ID } from '../../utils/app/extension-ids';

export const FIREFOX_PATH = process.env.VAHTI_FIREFOX ?? '/usr/bin/firefox-esr';
export const EXTENSION_UUID = '6f1f2c7e-8a4b-4d8e-9c51-7a1e0b5d2c33';
export const EXTENSION_ORIGIN = `moz-extension://${EXTENSION_UUID}`;

export function firefoxBuildDir(): string {
  const dir = resolve(process.env.VAHTI_OUT_DIR ?? '.output', 'firefox-mv3');
  if (!existsSync(join(dir, 'manifest.json'))) {
    throw new Error(`No built Firefox extension in ${dir}: run \`npx wxt build -b firefox\` (or npm test) first.`);
  }
  return dir;
}

export interface LaunchedFirefox {
  browser: Browser;
  /** A new tab whose requests go through `handle` (respond with a fixture or abort). */
  newPage(handle: (request: HTTPRequest) => void): Promise<Page>;
  stop(): Promise<void>;
}

/**
 * Host access as Firefox stores it (`extension-preferences.json` in the profile) after a person
 * allowed these origins in the prompt, which no automation reaches; the extension then finds
 * the access through the ordinary `permissions` API.
 */
function profileWithHostAccess(origins: readonly string[]): string {
  const profile = mkdtempSync(join(tmpdir(), 'vahti-firefox-'));
  writeFileSync(join(profile, 'extension-preferences.json'), JSON.stringify({ [GECKO_EXTENSION_ID]: { permissions: [], origins } }));
  return profile;
}

/**
 * `extensionPages`: lets the test open the extension's own pages (popup, options) in a tab.
 * Since Firefox 153, WebDriver may only navigate to http(s), file, blob and about:blank unless
 * Firefox runs with --remote-allow-system-access ("Navigation to moz-extension://… is not
 * allowed in this context"); the flag is opt-in so the webmail tests keep the default limits.
 */
export async function launchFirefox(options: { grantedOrigins?: readonly string[]; extensionPages?: boolean } = {}): Promise<LaunchedFirefox> {
  if (!existsSync(FIREFOX_PATH)) throw new Error(`Firefox not found at ${FIREFOX_PATH}`);
  const dir = firefoxBuildDir();
  const profile = options.grantedOrigins?.length ? profileWithHostAccess(options.grantedOrigins) : undefined;
  const removeProfile = () => {
    if (profile) rmSync(profile, { recursive: true, force: true });
  };
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    headless: true,
    ...(options.extensionPages ? { args: ['--remote-allow-system-access'] } : {}),
    ...(profile ? { userDataDir: profile } : {}),
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_EXTENSION_ID]: EXTENSION_UUID }),
      'extensions.webextOptionalPermissionPrompts': false,
      'browser.shell.checkDefaultBrowser': false,
      'datareporting.policy.dataSubmissionEnabled': false,
    },
  });
  try {
    await browser.installExtension(dir);
  } catch (cause) {
    await browser.close();
    removeProfile();
    throw cause;
  }
  return {
    browser,
    async newPage(handle) {
      const page = await browser.newPage();
      await page.setRequestInterception(true);
      page.on('request', (request) => {
        // Extension pages and frames are not network: let them through untouched.
        if (request.url().startsWith('moz-extension:') || request.url().startsWith('about:')) void request.continue();
        else handle(request);
      });
      return page;
    },
    async stop() {
      await browser.close();
      removeProfile();
    },
  };
}
