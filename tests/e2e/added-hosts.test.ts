/**
 * Webmail sites added at run time, end to end in real Chromium: a person's Roundcube and a
 * webmail Vahti has no adapter for. The profile starts with host access to both, as the
 * browser records it after the person clicked "Allow" (no automation reaches that prompt; see
 * `grantedOrigins` in the helper). From there everything is the product's own path: the
 * background finds the access, registers the content script in all frames, Roundcube's preview
 * frame and the generic page are read, the warning appears, and removing the site in the
 * options takes the access and the script away again.
 */
import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MESSAGES, messageById } from '../fixtures/webmail/messages';
import { launchExtension, type LaunchedExtension, waitUntilSenderListed } from '../helpers/extension';
import { within } from '../helpers/bounded';
import { GENERIC_HOST, ROUNDCUBE_HOST, leaks, serveFixtures, type LoggedRequest } from '../helpers/webmail-routes';

const ROUNDCUBE_ORIGIN = `https://${ROUNDCUBE_HOST}/*`;
const GENERIC_ORIGIN = `https://${GENERIC_HOST}/*`;
const known = messageById('18c2a1f0b7e4d901');
const suspected = messageById('18c2a1f0b7e4d902');
const benign = messageById('18c2a1f0b7e4d903');
/** Roundcube's uid of a fixture message: its place in the list, from 1. */
const uid = (id: string) => String(MESSAGES.findIndex((m) => m.id === id) + 1);

let ext: LaunchedExtension;
const requests: LoggedRequest[] = [];

type Registered = { id: string; matches?: string[]; allFrames?: boolean };

async function registeredScripts(): Promise<Registered[]> {
  const page = await ext.openExtensionPage('popup.html');
  try {
    return await page.evaluate(() =>
      (globalThis as unknown as { chrome: { scripting: { getRegisteredContentScripts(): Promise<Registered[]> } } }).chrome.scripting.getRegisteredContentScripts(),
    );
  } finally {
    await page.close();
  }
}

/** Warning levels in one frame's document. */
const levelsIn = (frame: Page | Frame) =>
  within(5_000, `reading the warnings in ${frame.url()}`, () =>
    frame.locator('[data-vahti="warning"]').evaluateAll((els) => els.map((e) => e.getAttribute('data-vahti-level'))),
  );

/** Roundcube shows the opened message in its preview frame. */
function previewFrame(page: Page): Frame | undefined {
  return page.frames().find((f) => f.url().includes('_action=preview'));
}

async function openRoundcube(page: Page, messageId: string): Promise<Frame> {
  await page.goto(`https://${ROUNDCUBE_HOST}/?_task=mail&_mbox=INBOX&preview=${uid(messageId)}`);
  await expect.poll(() => previewFrame(page) !== undefined, { timeout: 10_000 }).toBe(true);
  const frame = previewFrame(page)!;
  // Attached, not visible: the warning hides the body of a flagged message by default.
  await frame.waitForSelector('#messagebody', { state: 'attached' });
  return frame;
}

beforeAll(async () => {
  ext = await launchExtension({ grantedOrigins: [ROUNDCUBE_ORIGIN, GENERIC_ORIGIN] });
  await serveFixtures(ext.context, requests);
  await waitUntilSenderListed(ext, known.from.address);
});

afterAll(async () => {
  await ext?.stop();
});

describe('webmail sites a person added', () => {
  it('registers the content script for exactly the allowed sites, in all frames', async () => {
    await expect
      .poll(async () => (await registeredScripts()).map((s) => ({ matches: [...(s.matches ?? [])].sort(), allFrames: s.allFrames })), { timeout: 15_000 })
      .toEqual([{ matches: [GENERIC_ORIGIN, ROUNDCUBE_ORIGIN], allFrames: true }]);
  });

  it('Roundcube: warns inside the preview frame on the known and the suspected message, not on ordinary mail', async () => {
    const page = await ext.context.newPage();
    for (const [message, level] of [
      [known, 'known'],
      [suspected, 'suspected'],
    ] as const) {
      const frame = await openRoundcube(page, message.id);
      await expect.poll(() => levelsIn(frame), { timeout: 15_000 }).toEqual([level]);
    }
    const frame = await openRoundcube(page, benign.id);
    // Time for a scan and a verdict to arrive if one were coming.
    await page.waitForTimeout(1_500);
    expect(await levelsIn(frame)).toEqual([]);
    expect(await levelsIn(page)).toEqual([]);
    await page.close();
  });

  it('Roundcube: marks the listed sender’s row in the message list', async () => {
    const page = await ext.context.newPage();
    await page.goto(`https://${ROUNDCUBE_HOST}/?_task=mail&_mbox=INBOX`);
    await expect.poll(() => page.locator('[data-vahti="row"][data-vahti-level="known"]').count(), { timeout: 15_000 }).toBeGreaterThan(0);
    const rows = await page.locator('[data-vahti="row"][data-vahti-level="known"]').evaluateAll((els) => [...new Set(els.map((e) => e.closest('tr')!.id))]);
    expect(rows).toEqual([`rcmrow${uid(known.id)}`]);
    await page.close();
  });

  it('another webmail: the generic reader warns on the suspected message and not on ordinary mail', async () => {
    const page = await ext.context.newPage();
    await page.goto(`https://${GENERIC_HOST}/?open=${suspected.id}`);
    await expect.poll(() => levelsIn(page), { timeout: 15_000 }).toEqual(['suspected']);
    await page.goto(`https://${GENERIC_HOST}/?open=${benign.id}`);
    await page.waitForTimeout(1_500);
    expect(await levelsIn(page)).toEqual([]);
    await page.close();
  });

  it('sends no part of any message over the network', () => {
    expect(leaks(requests)).toEqual([]);
    expect(requests.every((r) => r.method === 'GET')).toBe(true);
  });

  it('removing a site in the options takes Vahti’s access and script away from it', async () => {
    const options = await ext.openExtensionPage('options.html');
    await options.getByRole('button', { name: `Stop protecting ${ROUNDCUBE_HOST}` }).click();
    await expect.poll(() => options.locator(`.vahti-webmail-sites li[data-origin="${ROUNDCUBE_ORIGIN}"]`).count()).toBe(0);
    expect(await options.evaluate((o) => (globalThis as unknown as { chrome: { permissions: { contains(p: object): Promise<boolean> } } }).chrome.permissions.contains({ origins: [o] }), ROUNDCUBE_ORIGIN)).toBe(false);
    await options.close();
    await expect.poll(async () => (await registeredScripts()).flatMap((s) => s.matches ?? []), { timeout: 10_000 }).toEqual([GENERIC_ORIGIN]);

    const page = await ext.context.newPage();
    const frame = await openRoundcube(page, known.id);
    await page.waitForTimeout(1_500);
    expect(await levelsIn(frame)).toEqual([]);
    await page.close();
  });
});
