/**
 * Which webmail hosts Vahti may read, and the run-time content script for the ones a user adds
 * (Roundcube and other self-hosted webmails). Source of truth is the browser's own permission
 * store: every granted origin outside the fixed webmails gets the content script, in all frames
 * (Roundcube's preview is a frame). Used by the background (`syncWebmailScripts` at start and on
 * permission changes) and by extension pages (`addWebmailHost`, `requestMissingWebmailAccess`,
 * which must run inside a click handler: browsers only ask for permissions after a user gesture).
 */
import { browser } from 'wxt/browser';
import { FIXED_MATCHES } from '../../utils/webmail/providers';
import { webmailSiteOrigin, type SiteAddressError } from '../../utils/webmail/site-address';

export const DYNAMIC_SCRIPT_ID = 'vahti-webmail-added-hosts';
const SCRIPT_FILE = 'content-scripts/webmail.js';

const ORIGIN_ERRORS: Record<SiteAddressError, (input: string) => string> = {
  'not-an-address': (input) => `"${input}" is not a web address.`,
  'not-https': (input) => `Vahti only protects webmail over https (got "${input}").`,
  'already-protected': (input) => `Vahti already protects "${input}"; it needs no adding.`,
};

/**
 * `https://mail.example.fi/...` → `https://mail.example.fi/*`, by `webmailSiteOrigin`: only https
 * hosts outside the fixed webmails are accepted. Throws with a readable message otherwise.
 */
export function originPattern(url: string): string {
  const site = webmailSiteOrigin(url);
  if (!site.ok) throw new Error(ORIGIN_ERRORS[site.error](url));
  return site.value.origin;
}

/** Asks the user for access to one webmail host; the background then registers the script. */
export async function addWebmailHost(url: string): Promise<boolean> {
  const granted = await browser.permissions.request({ origins: [originPattern(url)] });
  if (granted) await syncWebmailScripts();
  return granted;
}

export async function removeWebmailHost(url: string): Promise<void> {
  await browser.permissions.remove({ origins: [originPattern(url)] });
  await syncWebmailScripts();
}

/**
 * Fixed webmail hosts whose access is not granted (Firefox lets people withhold it). Read from
 * `getAll`: Chrome's `contains` answers false for origins granted only through content-script
 * matches, while `getAll` lists them.
 */
export async function missingWebmailAccess(): Promise<string[]> {
  const granted = new Set((await browser.permissions.getAll()).origins ?? []);
  return FIXED_MATCHES.filter((origin) => !granted.has(origin));
}

/** For a button in the popup or options page: asks for every fixed host still missing. */
export async function requestMissingWebmailAccess(): Promise<boolean> {
  const missing = await missingWebmailAccess();
  if (missing.length === 0) return true;
  return browser.permissions.request({ origins: missing });
}

/** The hosts the user added (granted origins outside the fixed webmails). */
export async function addedWebmailOrigins(): Promise<string[]> {
  const all = await browser.permissions.getAll();
  const fixed = new Set(FIXED_MATCHES);
  return (all.origins ?? []).filter((o) => o.startsWith('https://') && !fixed.has(o) && o !== 'https://*/*');
}

/** Makes the run-time registration match the granted hosts (idempotent). */
export async function syncWebmailScripts(): Promise<void> {
  const origins = await addedWebmailOrigins();
  const existing = await browser.scripting.getRegisteredContentScripts({ ids: [DYNAMIC_SCRIPT_ID] });
  if (origins.length === 0) {
    if (existing.length > 0) await browser.scripting.unregisterContentScripts({ ids: [DYNAMIC_SCRIPT_ID] });
    return;
  }
  const script = {
    id: DYNAMIC_SCRIPT_ID,
    js: [SCRIPT_FILE],
    matches: origins,
    allFrames: true,
    runAt: 'document_idle' as const,
  };
  if (existing.length > 0) await browser.scripting.updateContentScripts([script]);
  else await browser.scripting.registerContentScripts([script]);
}

export const MISSING_ACCESS_TITLE = 'Vahti cannot read some webmails: open Vahti’s options to allow access.';

/**
 * Firefox lets people withhold host access (and before 127 did not grant it at install): when
 * a fixed webmail is missing, the toolbar says so everywhere (a global "!" and title; the
 * per-tab count of flagged messages still wins on a webmail tab). The options page asks with
 * `requestMissingWebmailAccess` from a click.
 */
export async function showMissingWebmailAccess(): Promise<string[]> {
  const missing = await missingWebmailAccess();
  const action = browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction;
  await action.setBadgeText({ text: missing.length > 0 ? '!' : '' });
  await action.setTitle({ title: missing.length > 0 ? MISSING_ACCESS_TITLE : 'Vahti' });
  return missing;
}

/** Background start-up: register for added hosts now and whenever permissions change. */
export function watchWebmailHosts(onError: (e: unknown) => void): void {
  const sync = () => {
    void syncWebmailScripts().catch(onError);
    void showMissingWebmailAccess().catch(onError);
  };
  browser.permissions.onAdded.addListener(sync);
  browser.permissions.onRemoved.addListener(sync);
  sync();
}
