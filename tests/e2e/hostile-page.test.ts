/**
 * Vahti's warning against a hostile web page, in real Chromium with the built extension:
 * a site that frames the warning page (at its fixed URL, and at the dynamic URL had it learnt it)
 * and sends every shape of message the frame protocol ever had gets no warning text, no message
 * back, no stored change and no answer from the background; a webmail page's stylesheet attacks
 * on the warning's host (moving, shrinking, rotating, zooming, skipping, `@layer`, an animation,
 * a transition) leave the warning visible in place; and a page that covers the warning with an
 * overlay is reported in the toolbar badge and to the popup. A dismissal, a list source, a
 * watch-list entry or a country that the content script's world writes into `storage.local` is
 * never used by the background, and that copy is removed at the next start.
 */
import type { Frame, Page, Worker } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, waitUntilSenderListed, type LaunchedExtension } from '../helpers/extension';
import { serveFixtures } from '../helpers/webmail-routes';
import { messageById } from '../fixtures/webmail/messages';
import { within } from '../helpers/bounded';
import { evaluateInContentScript } from '../helpers/content-world';
import { startListServer, type ListServer } from '../helpers/list-server';
import { Repo } from '../ext/repo';
import { toUserListSource } from '../../utils/app/settings/sources';
import type { CheckMessageResponse, CheckNowResponse } from '../../utils/app/messages';
import { saveSettingsFromOptions } from '../helpers/settings';
import { ATTACKER, ATTACKS, applyAttack, measureWarningHost, probeFramedWarning, type HostBox } from '../helpers/hostile-page';

const known = messageById('18c2a1f0b7e4d901');
const suspected = messageById('18c2a1f0b7e4d902');
const appointment = messageById('18c2a1f0b7e4d903');
const newsletter = messageById('18c2a1f0b7e4d904');

let ext: LaunchedExtension;

type Seen = { type: unknown; url: string | undefined; messageKey?: unknown };

/** Records every runtime message the background receives from now on (a second listener that answers nothing). */
async function recordBackgroundRequests(worker: Worker): Promise<void> {
  await worker.evaluate(() => {
    const g = globalThis as unknown as { vahtiSeen?: Seen[]; chrome: { runtime: { onMessage: { addListener(f: (m: unknown, s: { url?: string }) => void): void } } } };
    if (g.vahtiSeen) return;
    g.vahtiSeen = [];
    g.chrome.runtime.onMessage.addListener((m, s) => {
      g.vahtiSeen!.push({ type: (m as { type?: unknown } | null)?.type, url: s.url, messageKey: (m as { messageKey?: unknown } | null)?.messageKey });
    });
  });
}

const backgroundRequests = async (): Promise<Seen[]> => (await ext.serviceWorker()).evaluate(() => (globalThis as unknown as { vahtiSeen: Seen[] }).vahtiSeen);
const storedState = async (): Promise<unknown> =>
  (await ext.serviceWorker()).evaluate(() => (globalThis as unknown as { chrome: { storage: { local: { get(k: null): Promise<unknown> } } } }).chrome.storage.local.get(null));

beforeAll(async () => {
  ext = await launchExtension();
  await serveFixtures(ext.context, []);
  await ext.context.route(`${ATTACKER}**`, (route) => route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><title>Attacker</title><body></body>' }));
  await waitUntilSenderListed(ext, known.from.address);
});

afterAll(async () => {
  await ext?.stop();
});

describe('a site that frames the warning page', () => {
  it('gets no warning, no message back, changes nothing stored, and gets no answer from the background', async () => {
    const worker = await ext.serviceWorker();
    await recordBackgroundRequests(worker);
    const dynamicUrl = await worker.evaluate(() => (globalThis as unknown as { chrome: { runtime: { getURL(p: string): string } } }).chrome.runtime.getURL('/warning.html'));
    const staticUrl = `chrome-extension://${ext.extensionId}/warning.html`;
    expect(dynamicUrl).not.toBe(staticUrl); // Chromium serves the page only at its per-session URL
    const before = await storedState();

    const page = await ext.context.newPage();
    await page.goto(ATTACKER);
    const received = await page.evaluate(probeFramedWarning, [staticUrl, dynamicUrl]);
    expect(received).toEqual([]);

    const extensionFrames = page.frames().filter((f) => f !== page.mainFrame());
    expect(extensionFrames).toHaveLength(2);
    // At the fixed URL Chromium refuses to load the page at all (its error page is all there is).
    expect(extensionFrames[0]!.url()).toMatch(/^chrome-error:/);
    expect(extensionFrames[1]!.url()).toBe(dynamicUrl.replace(/^chrome-extension:\/\/[^/]+/, `chrome-extension://${ext.extensionId}`) + '#0123456789abcdef');
    for (const frame of extensionFrames.slice(1)) {
      const text = await within(5_000, 'reading the framed page', () => frame.evaluate(() => document.body?.innerText ?? '').catch(() => ''));
      expect(text).not.toMatch(/extortion|Vahti|555/i);
      expect(await frame.locator('button').count().catch(() => 0)).toBe(0);
    }
    expect(await storedState()).toEqual(before);
    // The framed page asked the background nothing but to redeem a token-shaped string (which it refused).
    const fromFrames = (await backgroundRequests()).filter((r) => r.url?.includes('warning.html'));
    expect(fromFrames.every((r) => r.type === 'redeemWarning')).toBe(true);
    expect(fromFrames.length).toBeLessThanOrEqual(3 * extensionFrames.length);
    await page.close();
  });
});

async function hostBox(page: Page): Promise<HostBox> {
  return within(5_000, 'measuring the warning', () => page.evaluate(measureWarningHost));
}

/** Waits for `read` to satisfy `want` (hooks cannot use `expect.poll`); returns the last value. */
async function waitFor<T>(read: () => Promise<T>, want: (v: T) => boolean, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = await read().catch(() => undefined as T);
    if ((v !== undefined && want(v)) || Date.now() > deadline) return v;
    await new Promise((r) => setTimeout(r, 200));
  }
}

async function warningFrame(page: Page): Promise<Frame> {
  const prefix = `chrome-extension://${ext.extensionId}/warning.html`;
  const frame = await waitFor(async () => page.frames().find((f) => f.url().startsWith(prefix)), (f) => f !== undefined);
  if (!frame) throw new Error(`no warning frame in ${page.url()}`);
  return frame;
}

describe('the webmail page’s stylesheet against the warning', () => {
  let page: Page;
  let baseline: Awaited<ReturnType<typeof hostBox>>;

  beforeAll(async () => {
    page = await ext.context.newPage();
    await page.setViewportSize({ width: 1100, height: 900 });
    await page.goto('https://mail.google.com/mail/u/0/#inbox');
    await page.evaluate((i) => (location.hash = `#inbox/${i}`), suspected.id);
    const frame = await warningFrame(page);
    const alert = await waitFor(() => frame.locator('[role="alert"]').textContent(), (t) => t?.includes('This email looks like extortion') ?? false);
    if (!alert?.includes('This email looks like extortion')) throw new Error(`the warning did not appear: ${alert}`);
    baseline = await waitFor(() => hostBox(page), (b) => b.height > 200);
    if (baseline.height <= 200) throw new Error(`the warning did not get its height: ${JSON.stringify(baseline)}`);
  });

  afterAll(async () => {
    await page?.close();
  });

  for (const [name, css] of Object.entries(ATTACKS)) {
    it(`${name}: the warning stays visible in place`, async () => {
      await page.evaluate(applyAttack, css);
      await page.waitForTimeout(300);
      const box = await hostBox(page);
      await page.evaluate(() => document.getElementById('attack')?.remove());
      expect(box).toEqual(baseline);
    });
  }

  it('a covering overlay is reported in the toolbar badge and to the popup', async () => {
    const worker = await ext.serviceWorker();
    await page.bringToFront();
    const tabId = await worker.evaluate(async () => {
      const [tab] = await (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ id: number }[]> } } }).chrome.tabs.query({ active: true, lastFocusedWindow: true });
      return tab!.id;
    });
    const badge = () => worker.evaluate((id) => (globalThis as unknown as { chrome: { action: { getBadgeText(d: object): Promise<string> } } }).chrome.action.getBadgeText({ tabId: id }), tabId);
    expect(await badge()).not.toBe('!');
    await page.evaluate(() => {
      const cover = document.createElement('div');
      cover.id = 'cover';
      cover.style.cssText = 'position:fixed;inset:0;background:#fff;z-index:2147483647;pointer-events:none';
      document.body.append(cover);
    });
    await expect.poll(badge, { timeout: 10_000 }).toBe('!');
    const popup = await ext.openExtensionPage('popup.html');
    const flags = await ext.sendMessage<{ hiddenWarnings?: number }>(popup, { type: 'getTabFlags', tabId });
    expect(flags.hiddenWarnings).toBe(1);
    await popup.close();
    await page.evaluate(() => document.getElementById('cover')?.remove());
    await expect.poll(badge, { timeout: 10_000 }).not.toBe('!');
  });

  it('a dismissal written into storage.local by another context does not hide the warning', async () => {
    const keys = [...new Set((await backgroundRequests()).flatMap((r) => (r.type === 'classify' && typeof r.messageKey === 'string' && r.messageKey.includes(':msg:') ? [r.messageKey] : [])))];
    expect(keys.length).toBeGreaterThan(0);
    const worker = await ext.serviceWorker();
    await worker.evaluate(
      (forged) =>
        (globalThis as unknown as { chrome: { storage: { local: { set(i: object): Promise<void> } } } }).chrome.storage.local.set({
          'vahti.settings': { dismissed: forged.map((key) => ({ key, at: '2026-01-01T00:00:00.000Z' })) },
        }),
      keys,
    );
    await page.reload();
    await page.evaluate((i) => (location.hash = `#inbox/${i}`), suspected.id);
    const frame = await warningFrame(page);
    const alert = await waitFor(() => frame.locator('[role="alert"]').textContent(), (t) => t?.includes('This email looks like extortion') ?? false);
    expect(alert).toContain('This email looks like extortion');
  });
});

describe('a list source, a watch-list entry and a country written into storage.local by the content script', () => {
  let server: ListServer;
  afterAll(async () => {
    await server?.close();
  });

  /** What the background's watch list says of a sender, asked the way "Check a message" asks. */
  async function levelOf(address: string): Promise<string> {
    const check = await ext.openExtensionPage('check.html');
    try {
      const features = { senderAddress: address, senderName: 'X', subject: 'Hello', bodyText: 'See you on Tuesday.' };
      return (await ext.sendMessage<CheckMessageResponse>(check, { type: 'checkMessage', features })).verdict.level;
    } finally {
      await check.close();
    }
  }

  /** The first official contact the warning on a message shows (its country's police, first). */
  async function firstGuidance(id: string): Promise<string | null> {
    const page = await ext.context.newPage();
    try {
      await page.goto('https://mail.google.com/mail/u/0/#inbox');
      await page.evaluate((i) => (location.hash = `#inbox/${i}`), id);
      const frame = await warningFrame(page);
      const guidance = frame.locator('[data-guidance-id]').first();
      return await waitFor(() => guidance.getAttribute('data-guidance-id'), (g) => g !== null);
    } finally {
      await page.close();
    }
  }

  it('none is used, now or after the worker restarts, and the copy is removed', async () => {
    // The person's own choices, made in the options: their country and a sender they watch.
    await saveSettingsFromOptions(ext, { country: 'FI', watchList: [appointment.from.address] });
    server = await startListServer();
    const repo = await Repo.create(server, { listId: 'forged-list' });
    await repo.publish({ version: 1 });
    const forged = repo.configured();
    const page = await ext.context.newPage();
    await page.goto('https://mail.google.com/mail/u/0/#inbox');
    // In the content script's own world, where earlier versions kept a person's lists and settings:
    // a list of its own, a watch list that drops the person's entry and adds another, another country.
    const settings = { listSources: [forged], watchList: [newsletter.from.address], country: 'US' };
    const write = `chrome.storage.local.set(${JSON.stringify({ 'vahti.settings': settings, userListSources: [toUserListSource(forged)] })}).then(() => 'written')`;
    const written = await waitFor(
      () => evaluateInContentScript(page, ext.extensionId, write).catch((cause: unknown) => String(cause)),
      (r) => r === 'written',
    );
    expect(written).toBe('written');
    expect(await storedState()).toMatchObject({ userListSources: [expect.objectContaining({ id: forged.id })], 'vahti.settings': settings }); // Chromium let it write
    await page.close();

    const options = await ext.openExtensionPage('options.html');
    const checkAll = () => ext.sendMessage<CheckNowResponse>(options, { type: 'checkNow' });
    const popup = await ext.openExtensionPage('popup.html');
    for (const start of ['before', 'after'] as const) {
      if (start === 'after') await ext.stopWorker();
      expect((await checkAll()).sources.map((s) => s.id), start).not.toContain(forged.id);
      expect(await ext.sendMessage(options, { type: 'listUserSources' }), start).toEqual({ sources: [] });
      expect(await ext.sendMessage(options, { type: 'getSettings' }), start).toEqual({ settings: { country: 'FI', watchList: [appointment.from.address] } });
      expect(await levelOf(appointment.from.address), start).toBe('known'); // the person's entry still warns
      expect(await levelOf(newsletter.from.address), start).toBe('none'); // the forged one adds nothing
      expect(await ext.sendMessage(popup, { type: 'getPageLocale' }), start).toEqual({ country: 'FI' });
      expect(await firstGuidance(appointment.id), start).toBe('fi-police'); // the person's country's help, not the forged one's
    }
    expect(server.requests.map((r) => r.path)).not.toContain(repo.manifestPath);
    await expect.poll(async () => Object.keys((await storedState()) as object), { timeout: 10_000 }).not.toContain('userListSources');
    await expect.poll(async () => Object.keys((await storedState()) as object), { timeout: 10_000 }).not.toContain('vahti.settings');
    await popup.close();
    await options.close();
  });
});
