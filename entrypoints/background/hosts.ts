/**
 * Which webmail hosts Vahti may read, and the run-time content script for the ones a person
 * adds (Roundcube and other self-hosted webmails). Source of truth is the browser's own
 * permission store: every granted origin outside the fixed webmails gets the content script, in
 * all frames (Roundcube's preview is a frame). The background alone registers it
 * (`watchWebmailHosts`: at start, on every permission change and every policy change), so
 * extension pages only ask for or give back access, and two registrations never race.
 */
import { browser } from 'wxt/browser';
import type { ManagedPolicy } from '../../utils/app/policy/schema';
import { FIXED_MATCHES } from '../../utils/page/providers';
import { readManagedPolicy } from './policy';
import { serialQueue } from './serial';

export const DYNAMIC_SCRIPT_ID = 'vahti-webmail-added-hosts';
const SCRIPT_FILE = 'content-scripts/webmail.js';

/**
 * Fixed webmail hosts whose access is not granted (Firefox lets people withhold it). Read from
 * `getAll`: Chrome's `contains` answers false for origins granted only through content-script
 * matches, while `getAll` lists them.
 */
export async function missingWebmailAccess(): Promise<string[]> {
  const granted = new Set((await browser.permissions.getAll()).origins ?? []);
  return FIXED_MATCHES.filter((origin) => !granted.has(origin));
}

/** The hosts the user added (granted origins outside the fixed webmails). */
export async function addedWebmailOrigins(): Promise<string[]> {
  const all = await browser.permissions.getAll();
  const fixed = new Set(FIXED_MATCHES);
  return (all.origins ?? []).filter((o) => o.startsWith('https://') && !fixed.has(o) && o !== 'https://*/*');
}

/**
 * The added hosts that get the content script. When the organisation locks `webmailHosts`, only
 * its own hosts do: a host the person (or anything else) granted is not read, whatever the
 * options page shows.
 */
export function allowedAddedOrigins(granted: readonly string[], policy: ManagedPolicy): string[] {
  if (!policy.lockedSettings?.includes('webmailHosts')) return [...granted];
  const orgOrigins = new Set((policy.webmailHosts ?? []).map((host) => `https://${host}/*`));
  return granted.filter((origin) => orgOrigins.has(origin));
}

/** Makes the run-time registration match the granted hosts (idempotent). */
export async function syncWebmailScripts(): Promise<void> {
  const origins = allowedAddedOrigins(await addedWebmailOrigins(), (await readManagedPolicy()).policy);
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
 * per-tab count of flagged messages still wins on a webmail tab). The options page asks for
 * them from a click ("Your webmail sites").
 */
export async function showMissingWebmailAccess(): Promise<string[]> {
  const missing = await missingWebmailAccess();
  const action = browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction;
  await action.setBadgeText({ text: missing.length > 0 ? '!' : '' });
  await action.setTitle({ title: missing.length > 0 ? MISSING_ACCESS_TITLE : 'Vahti' });
  return missing;
}

/**
 * Background start-up: register for added hosts now and whenever permissions or the managed
 * policy change. Returns the trigger, for the policy watcher.
 */
export function watchWebmailHosts(onError: (e: unknown) => void): () => void {
  // One at a time, in order: two overlapping runs (start-up and a grant, or two quick grants)
  // would both find no script and both register it, and the second fails as a duplicate.
  const run = serialQueue(onError);
  const sync = () => {
    void run(async () => {
      await syncWebmailScripts().catch(onError);
      await showMissingWebmailAccess().catch(onError);
    });
  };
  browser.permissions.onAdded.addListener(sync);
  browser.permissions.onRemoved.addListener(sync);
  sync();
  return sync;
}
