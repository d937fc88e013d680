/**
 * List sync in real Chromium with the built extension: a fresh install flags a known extortion
 * mail offline from the bundled list, and a worker killed in the middle of an update (manifest
 * verified, list file still arriving) leaves the old list active; the next worker start
 * completes the update. The list server is a real local HTTP server; the user list is added
 * the way the options page adds it (a request to the background).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { emlToFeatures } from '../../utils/core/mail/eml';
import type { ClassifyResponse, GetListStatusResponse } from '../../utils/app/messages';
import { launchExtension, type LaunchedExtension } from '../helpers/extension';
import { startListServer, type ListServer } from '../helpers/list-server';
import { Repo } from '../ext/repo';
import { saveUserSourcesFromOptions } from '../helpers/user-sources';
import { htmlToVisibleTextViaDom } from '../../scripts/lib/dom-text';

/** The few extension APIs these tests call inside the browser. */
type ExtensionGlobal = {
  chrome: {
    runtime: { sendMessage: (message: unknown) => Promise<unknown> };
  };
};

let ext: LaunchedExtension;
let page: Page;
let server: ListServer;

beforeAll(async () => {
  server = await startListServer();
  ext = await launchExtension();
  page = await ext.openExtensionPage();
});
afterAll(async () => {
  await ext?.stop();
  await server?.close();
});

const status = () => ext.sendMessage<GetListStatusResponse>(page, { type: 'getListStatus' });
const classify = (features: unknown) => ext.sendMessage<ClassifyResponse>(page, { type: 'classify', messageKey: 'e2e', features });
const fromSender = (senderAddress: string) => ({ senderAddress, senderName: 'Support', subject: 'Hello', bodyText: 'Please read this.' });

async function until<T>(what: string, probe: () => Promise<T | undefined>, timeoutMs = 30_000): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe().catch(() => undefined);
    if (value !== undefined) return value;
    if (Date.now() > end) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

describe('sync in Chromium', () => {
  it('a fresh install flags a known extortion mail offline, from the bundled list', async () => {
    const eml = readFileSync(resolve(import.meta.dirname, '../corpus/extortion/en-sextortion-password.eml'));
    const { verdict } = await classify(await emlToFeatures(eml, htmlToVisibleTextViaDom));
    expect(verdict.level).toBe('known');
    expect(verdict.reasons.some((r) => r.rule === 'payment-address' && r.listId !== undefined)).toBe(true);
    const { sources } = await status();
    expect(sources[0]).toMatchObject({ kind: 'builtin', signature: 'bundled', stale: false });
    expect(sources[0]!.entryCount).toBeGreaterThan(10_000);
  });

  it('a worker killed mid-update keeps the old list active, and the next start completes the update', async () => {
    const repo = await Repo.create(server, { listId: 'e2e-user-list' });
    const source = repo.configured();
    await repo.publish({ version: 1 });
    await saveUserSourcesFromOptions(ext, [source]);
    await until('v1 installed', async () => ((await status()).sources.find((s) => s.id === source.id)?.version === 1 ? true : undefined));
    expect((await classify(fromSender('extortion1@scam-mailer.example'))).verdict.reasons).toContainEqual(
      expect.objectContaining({ rule: 'sender-address', listId: 'e2e-user-list', listVersion: 1 }),
    );

    // v2: the manifest verifies, but the list file stalls half-way through.
    const v2 = await repo.publish({ version: 2 });
    const listPath = repo.listPath(v2);
    server.set(listPath, { kind: 'stall', body: v2.listBytes, sendBytes: Math.floor(v2.listBytes.length / 2) });
    void page.evaluate((id) => {
      void (globalThis as unknown as ExtensionGlobal).chrome.runtime.sendMessage({ type: 'checkNow', sourceId: id }).catch(() => undefined);
    }, source.id);
    await until('the list file download', async () => (server.requests.some((r) => r.path === listPath) ? true : undefined));
    await ext.stopWorker();

    // A new worker wakes for this message; the next download stalls too, so nothing can complete yet.
    const during = await status();
    expect(during.sources.find((s) => s.id === source.id)).toMatchObject({ version: 1, signature: 'verified' });
    const old = await classify(fromSender('extortion1@scam-mailer.example'));
    expect(old.verdict.reasons).toContainEqual(expect.objectContaining({ listId: 'e2e-user-list', listVersion: 1 }));
    expect((await classify(fromSender('extortion2@scam-mailer.example'))).verdict).toEqual({ level: 'none', reasons: [] });
    // Proof that the old worker really died mid-check: the new one repeats the interrupted check.
    await until('the new worker to repeat the check', async () =>
      server.requests.filter((r) => r.path === listPath).length >= 2 ? true : undefined,
    );

    // The server recovers: the interrupted update finishes without anyone pressing "check now".
    server.set(listPath, { kind: 'body', body: v2.listBytes });
    server.release();
    const done = await until('v2 installed', async () => {
      const s = (await status()).sources.find((x) => x.id === source.id);
      return s?.version === 2 ? s : undefined;
    });
    expect(done.lastError).toBeUndefined();
    expect(done.entryCount).toBe(4); // three payment addresses and one sender: no duplicate or leftover rows
    const now = await classify(fromSender('extortion2@scam-mailer.example'));
    expect(now.verdict.reasons).toContainEqual(expect.objectContaining({ rule: 'sender-address', listId: 'e2e-user-list', listVersion: 2 }));
    expect((await classify(fromSender('extortion1@scam-mailer.example'))).verdict).toEqual({ level: 'none', reasons: [] });
  });
});
