/**
 * Webmail benchmark in real Chromium on a 200-row Gmail-style inbox (tests/fixtures/webmail):
 * - time from a message's insertion into the page to Vahti's warning frame in its host (p50/p95),
 *   with a fresh message id and body each time, so every insertion goes to the background and
 *   back twice (the verdict, then the warning frame's one-time token);
 * - main-thread time of the content script per navigation (open a message, back to the inbox),
 *   from a CPU profile of the page's renderer thread, for ordinary and for flagged mail (a
 *   flagged message also creates the warning frame);
 * - the content script's bundle size (minified by the production build) and gzipped.
 * Goals (issue 4): p95 ≤ 100 ms, ≤ 5 ms per navigation, ≤ 50 kB. Uses the build in
 * VAHTI_OUT_DIR, or builds one into .bench/webmail-build.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { BrowserContext, Page } from 'playwright-core';
import { chromeBuildDir, launchExtension } from '../../tests/helpers/extension';
import { gmailPage } from '../../tests/fixtures/webmail/gmail';
import { MESSAGES } from '../../tests/fixtures/webmail/messages';

const ROWS = 200;
const INSERTIONS = 40;
const NAVIGATIONS = 30;
const GOALS = { p95Ms: 100, perNavigationMs: 5, bundleBytes: 50 * 1024 };

const percentile = (sorted: number[], p: number): number => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
const verdictMark = (ok: boolean) => (ok ? 'ok' : 'OVER GOAL');

function ensureBuild(): void {
  if (process.env.VAHTI_OUT_DIR) return;
  const outDir = resolve('.bench/webmail-build');
  console.log(`Building the extension into ${outDir} …`);
  execFileSync(process.execPath, [resolve('node_modules/wxt/bin/wxt.mjs'), 'build'], { env: { ...process.env, VAHTI_OUT_DIR: outDir }, stdio: 'ignore' });
  process.env.VAHTI_OUT_DIR = outDir;
}

const inbox = gmailPage(MESSAGES, { fillerRows: ROWS - MESSAGES.length });

async function serveInbox(context: BrowserContext): Promise<void> {
  await context.route(/^https?:\/\//, (route) =>
    new URL(route.request().url()).hostname === 'mail.google.com'
      ? route.fulfill({ status: 200, headers: { 'content-type': 'text/html; charset=utf-8' }, body: inbox })
      : route.abort('blockedbyclient'),
  );
}

type ProfileNode = { id: number; parent?: number; children?: number[]; callFrame: { url: string } };

/**
 * Opens each of `ids` and goes back to the inbox, under the CPU profiler of the page's renderer
 * main thread. Returns the main-thread time spent inside the content script (every sample whose
 * stack passes through content-scripts/webmail.js, including the DOM calls it makes) and inside
 * the warning page (when Chromium runs that extension frame on the same thread), per navigation.
 */
async function profileNavigations(page: Page, ids: readonly string[]): Promise<{ contentMs: number; warningMs: number }> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  for (let i = 0; i < NAVIGATIONS; i++) {
    await page.evaluate((id) => (location.hash = `#inbox/${id}`), ids[i % ids.length]!);
    await page.waitForTimeout(200);
    await page.evaluate(() => (location.hash = '#inbox'));
    await page.waitForTimeout(200);
  }
  const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] } };
  await cdp.detach();
  const parent = new Map<number, number>();
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const owner = new Map<number, 'content' | 'warning' | null>();
  const ownerOf = (id: number): 'content' | 'warning' | null => {
    const cached = owner.get(id);
    if (cached !== undefined) return cached;
    const url = byId.get(id)?.callFrame.url ?? '';
    const up = parent.get(id);
    const result = url.includes('content-scripts/webmail.js') ? 'content' : url.includes('/warning') || url.includes('/chunks/') ? 'warning' : up === undefined ? null : ownerOf(up);
    owner.set(id, result);
    return result;
  };
  let content = 0;
  let warning = 0;
  profile.samples.forEach((id, i) => {
    const who = ownerOf(id);
    const us = profile.timeDeltas[i + 1] ?? 0; // a sample's delta is the time until the next one
    if (who === 'content') content += us;
    else if (who === 'warning') warning += us;
  });
  const navigations = 2 * NAVIGATIONS;
  return { contentMs: content / 1000 / navigations, warningMs: warning / 1000 / navigations };
}

/** Inserts a fresh copy of a flagged message (new id, new body) and waits for the warning host. */
async function insertionLatencies(page: Page): Promise<number[]> {
  const known = MESSAGES.find((m) => m.expect === 'known')!;
  await page.evaluate((id) => (location.hash = `#inbox/${id}`), known.id);
  await page.waitForSelector('[data-vahti="warning"]', { timeout: 30_000 });
  const out: number[] = [];
  for (let i = 0; i < INSERTIONS; i++) {
    const latency = await page.evaluate(
      ({ id, n }) =>
        new Promise<number>((resolvePromise, reject) => {
          const thread = document.getElementById('vahti-fixture-thread')!;
          const template = document.getElementById(`t-${id}`) as HTMLTemplateElement;
          const clone = template.content.cloneNode(true) as DocumentFragment;
          const message = clone.querySelector('div.adn')!;
          message.setAttribute('data-message-id', `#msg-f:bench${n}`);
          message.setAttribute('data-legacy-message-id', `bench${n}`);
          clone.querySelector('div.a3s')!.append(document.createTextNode(` Reference ${n}.`));
          const timer = setTimeout(() => reject(new Error('no warning within 5 s')), 5000);
          // The host appears with the verdict; the warning's frame is mounted in it (the host
          // gets its height) only after the background's one-time token came back: that round
          // trip is part of the figure.
          const watch = new MutationObserver(() => {
            const host = document.querySelector('[data-vahti="warning"]');
            if (!host) return;
            watch.disconnect();
            const sized = new ResizeObserver(() => {
              if (host.getBoundingClientRect().height < 100) return;
              const t = performance.now() - t0;
              sized.disconnect();
              clearTimeout(timer);
              resolvePromise(t);
            });
            sized.observe(host);
          });
          watch.observe(thread, { childList: true, subtree: true });
          const t0 = performance.now();
          thread.replaceChildren(clone);
        }),
      { id: known.id, n: i },
    );
    out.push(latency);
    await page.waitForTimeout(100);
  }
  return out.sort((a, b) => a - b);
}

export async function bench(): Promise<void> {
  ensureBuild();
  const script = readFileSync(join(chromeBuildDir(), 'content-scripts', 'webmail.js'));
  const gz = gzipSync(script).length;

  const ext = await launchExtension();
  let latencies: number[];
  let roundTrips: number[];
  let benign: { contentMs: number; warningMs: number };
  let flagged: { contentMs: number; warningMs: number };
  try {
    // A fresh profile installs the bundled list first: wait until the background answers.
    const probePage = await ext.openExtensionPage('popup.html');
    const probe = { senderAddress: 'aaron417smith@yahoo.jp', senderName: '', replyTo: [], subject: '', bodyText: '', links: [] };
    for (let i = 0; ; i++) {
      const r = await ext.sendMessage<{ verdict?: { level: string } }>(probePage, { type: 'classify', messageKey: 'gmail:row:bench', features: probe });
      if (r.verdict?.level === 'known') break;
      if (i > 240) throw new Error('the background never became ready');
      await probePage.waitForTimeout(500);
    }
    // For comparison: the background's own share (message round trip + classification).
    const known = MESSAGES.find((m) => m.expect === 'known')!;
    const full = { senderAddress: known.from.address, senderName: known.from.name, replyTo: [], subject: known.subject, bodyText: known.paragraphs.join('\n'), links: [] };
    roundTrips = [];
    for (let i = 0; i < 20; i++) {
      const t0 = performance.now();
      await ext.sendMessage(probePage, { type: 'classify', messageKey: `gmail:msg:rt${i}#x`, features: { ...full, bodyText: `${full.bodyText} ${i}` } });
      roundTrips.push(performance.now() - t0);
    }
    roundTrips.sort((a, b) => a - b);
    await probePage.close();
    await serveInbox(ext.context);
    const page = await ext.context.newPage();
    await page.goto('https://mail.google.com/mail/u/0/#inbox');
    await page.waitForSelector('[data-vahti="row"]', { timeout: 30_000 });
    const rows = await page.locator('tr.zA').count();
    if (rows !== ROWS) throw new Error(`the inbox has ${rows} rows, expected ${ROWS}`);
    benign = await profileNavigations(page, MESSAGES.filter((m) => m.expect === 'none').map((m) => m.id));
    flagged = await profileNavigations(page, MESSAGES.filter((m) => m.expect !== 'none').map((m) => m.id));
    latencies = await insertionLatencies(page);
  } finally {
    await ext.stop();
  }

  const p50 = percentile(latencies, 50);
  const p95 = percentile(latencies, 95);
  const fmt = (n: number) => `${n.toFixed(2)} ms`;
  const bg50 = percentile(roundTrips, 50);
  const bg95 = percentile(roundTrips, 95);
  console.log(`Inbox: ${ROWS} rows (Gmail-style), real Chromium, real background and list.`);
  console.log(`Insertion → warning frame mounted (${INSERTIONS} fresh messages): p50 ${p50.toFixed(1)} ms, p95 ${p95.toFixed(1)} ms, max ${latencies.at(-1)!.toFixed(1)} ms  [goal p95 ≤ ${GOALS.p95Ms} ms: ${verdictMark(p95 <= GOALS.p95Ms)}]`);
  console.log(`  of which the background's classify round trip (from an extension page, as seen by Playwright): p50 ${bg50.toFixed(1)} ms, p95 ${bg95.toFixed(1)} ms`);
  console.log(
    `Content-script main-thread time per navigation (CPU profile, ${2 * NAVIGATIONS} navigations each): ordinary mail ${fmt(benign.contentMs)}, flagged mail ${fmt(flagged.contentMs)}  [goal ≤ ${GOALS.perNavigationMs} ms: ${verdictMark(Math.max(benign.contentMs, flagged.contentMs) <= GOALS.perNavigationMs)}]`,
  );
  console.log(`  + the warning page (extension frame) on the same thread: ordinary ${fmt(benign.warningMs)}, flagged ${fmt(flagged.warningMs)}`);
  console.log(`Content script: ${(script.length / 1024).toFixed(1)} kB minified, ${(gz / 1024).toFixed(1)} kB gzipped  [goal ≤ 50 kB: ${verdictMark(script.length <= GOALS.bundleBytes)}]`);
}
