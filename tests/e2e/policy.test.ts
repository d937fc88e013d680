/**
 * Real managed policy in real browsers, with the built extension.
 *
 * Chromium reads a policy file from its Linux policy folder (CI runs as root): the options page
 * shows the managed settings read-only, the policy's own signed list is synced from a local
 * list server and used, an invalid value is shown as a readable error, and a rewritten policy
 * applies after "Reload policies" without a restart. One browser launch.
 *
 * Firefox ESR reads `distribution/policies.json`; BiDi cannot open extension pages, so the
 * effect is observed on a fixture webmail page: the senders on the policy's watch list and in
 * the policy's own list (synced from the local server) get marked. Firefox reads policies.json
 * only at start, so another policy is a second launch.
 */
import { resolve } from 'node:path';
import { existsSync } from 'node:fs';
import puppeteer, { type Browser as PuppeteerBrowser, type Page as PuppeteerPage } from 'puppeteer-core';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { trustedKeyOf } from '../../utils/core/signing/sign';
import { sampleList, Repo } from '../ext/repo';
import { launchExtension, type LaunchedExtension } from '../helpers/extension';
import { startListServer, type ListServer } from '../helpers/list-server';
import { removePolicyFiles, writeChromiumPolicy, writeFirefoxPolicy } from '../helpers/policy-files';
import { FIXTURE_HEADERS, fixtureFor } from '../helpers/webmail-routes';
import { messageById } from '../fixtures/webmail/messages';

/** A new installation checks a list at a random moment in its first minute; the waits below allow for that on a loaded machine. */
const FIRST_CHECK_TEST_TIMEOUT_MS = 200_000;

const LIST_ID = 'clinic-e2e';
const LISTED_SENDER = 'extortion1@scam-mailer.example'; // in sampleList(LIST_ID, 1)
const LIST_ID_2 = 'clinic-e2e-second';
const LISTED_SENDER_2 = 'extortion2@scam-mailer.example'; // in sampleList(LIST_ID_2, 2)
const WATCHED_SENDER = 'watched@policy-watch.example';

type Status = { sources: { id: string; kind: string; version?: number }[] };
type Classified = { verdict?: { level: string; reasons: { listId?: string }[] } };

const features = (senderAddress: string) => ({ senderAddress, senderName: '', replyTo: [], subject: 'Hello', bodyText: 'Hello', links: [] });

afterAll(() => {
  removePolicyFiles();
});

describe('Chromium with a managed policy file', () => {
  let server: ListServer;
  let repo: Repo;
  let repo2: Repo;
  let ext: LaunchedExtension;
  let page: Page;

  const statusNow = async () => (await ext.sendMessage<Status>(page, { type: 'getListStatus' })).sources;
  const classify = (sender: string) => ext.sendMessage<Classified>(page, { type: 'classify', messageKey: `gmail:msg:${sender}`, features: features(sender) });

  beforeAll(async () => {
    server = await startListServer();
    repo = await Repo.create(server, { listId: LIST_ID });
    await repo.publish({ version: 1, list: sampleList(LIST_ID, 1) });
    repo2 = await Repo.create(server, { listId: LIST_ID_2 });
    await repo2.publish({ version: 2, list: sampleList(LIST_ID_2, 2) });
    writeChromiumPolicy({
      listSources: [{ id: LIST_ID, name: 'Clinic list', manifestUrl: server.url(repo.manifestPath), keys: [{ keyId: 'clinic-1', publicKey: trustedKeyOf(repo.key).publicKey, epoch: 1 }] }],
      defaultCountry: 'FI',
      hideBodyByDefault: false,
      helpdesk: { name: 'Clinic IT desk', phone: '+358 9 123 4567' },
      watchList: [WATCHED_SENDER],
      allowDismiss: false,
      lockedSettings: ['country', 'hideBodyByDefault'],
      // Chrome's schema lets this through (a string); Vahti must say what is wrong with it.
      webmailHosts: ['webmail.clinic.example', 'https://webmail2.clinic.example/roundcube'],
    });
    ext = await launchExtension();
    page = await ext.openExtensionPage('options.html');
  });

  afterAll(async () => {
    await ext?.stop();
    await server?.close();
    removePolicyFiles();
  });

  it('shows the managed settings read-only, the helpdesk, and the invalid value as a readable error', async () => {
    await page.locator('#opt-country').waitFor();
    expect(await page.locator('#opt-country').isDisabled()).toBe(true);
    expect(await page.locator('#opt-country').inputValue()).toBe('FI');
    expect(await page.locator('#opt-hide-body').isDisabled()).toBe(true);
    expect(await page.locator('#opt-hide-body').isChecked()).toBe(false);
    // Not locked: the person may still change their language.
    expect(await page.locator('#opt-language').isDisabled()).toBe(false);
    expect(await page.locator('.vahti-locked').count()).toBeGreaterThanOrEqual(2);
    expect(await page.locator('.vahti-locked').first().innerText()).toMatch(/organi[sz]ation/i);
    expect(await page.locator('section[aria-labelledby="opt-org"]').innerText()).toContain('Clinic IT desk');

    const problems = page.locator('section[aria-labelledby="opt-policy"] li');
    await expect.poll(() => problems.count()).toBe(1);
    const problem = await problems.first().innerText();
    expect(problem).toContain('webmailHosts[1]');
    expect(problem).toContain('host name');
    expect(await problems.first().isVisible()).toBe(true);

    // The valid host is listed with what the person still has to do: browsers grant host access only on a click.
    const host = page.locator('.vahti-org-hosts li');
    expect(await host.count()).toBe(1);
    expect(await host.getAttribute('data-allowed')).toBe('false');
    expect(await host.innerText()).toContain('webmail.clinic.example');
    expect(await page.locator('section[aria-labelledby="opt-org-hosts"] button').isVisible()).toBe(true);
  });

  it('syncs the policy list from the local server, pinned to the policy key, and uses it', async () => {
    // A new installation checks a list at a random moment in its first minute (so a whole
    // organisation does not arrive at once); a policy change at run time syncs at once (below).
    await expect
      .poll(async () => (await statusNow()).find((s) => s.id === LIST_ID), { timeout: 90_000, interval: 500 })
      .toMatchObject({ kind: 'policy', version: 1 });
    expect(server.requests.some((r) => r.path === repo.manifestPath)).toBe(true);
    const listed = await classify(LISTED_SENDER);
    expect(listed.verdict?.level).toBe('known');
    expect(listed.verdict?.reasons.some((r) => r.listId === LIST_ID)).toBe(true);
    // The policy's watch list joins classification too.
    expect((await classify(WATCHED_SENDER)).verdict?.level).toBe('known');
    expect((await statusNow()).some((s) => s.kind === 'builtin')).toBe(true);
    // The options page marks the policy list as set by the organisation.
    await page.reload();
    await expect.poll(() => page.locator(`li[data-source-id="${LIST_ID}"] .vahti-locked`).count()).toBe(1);
  }, FIRST_CHECK_TEST_TIMEOUT_MS);

  it('applies a changed policy at once after "Reload policies", without a restart', async () => {
    writeChromiumPolicy({
      listSources: [{ id: LIST_ID_2, name: 'Second list', manifestUrl: server.url(repo2.manifestPath), keys: [{ keyId: 'second-1', publicKey: trustedKeyOf(repo2.key).publicKey, epoch: 1 }] }],
      helpdesk: { name: 'New service desk', email: 'it@clinic.example' },
      useDefaultList: false,
    });
    const policyPage = await ext.context.newPage();
    await policyPage.goto('chrome://policy');
    await policyPage.locator('#reload-policies').click();

    // The old policy list and the default list are gone, and the new list is fetched at once.
    await expect
      .poll(async () => (await statusNow()).map((s) => `${s.id}@${s.version}`), { timeout: 30_000, interval: 500 })
      .toEqual([`${LIST_ID_2}@2`]);
    expect((await classify(LISTED_SENDER)).verdict?.level).toBe('none');
    expect((await classify(LISTED_SENDER_2)).verdict?.level).toBe('known');
    expect((await classify(WATCHED_SENDER)).verdict?.level).toBe('none');

    await page.reload();
    await page.locator('#opt-country').waitFor();
    expect(await page.locator('#opt-country').isDisabled()).toBe(false);
    expect(await page.locator('#opt-hide-body').isDisabled()).toBe(false);
    expect(await page.locator('section[aria-labelledby="opt-org"]').innerText()).toContain('New service desk');
    expect(await page.locator('section[aria-labelledby="opt-policy"]').count()).toBe(0);
    expect(await page.locator('section[aria-labelledby="opt-org-hosts"]').count()).toBe(0);
    await policyPage.close();
  });
});

describe('Firefox ESR with policies.json', () => {
  const FIREFOX = process.env.VAHTI_FIREFOX ?? '/usr/bin/firefox-esr';
  const extensionDir = resolve(process.env.VAHTI_OUT_DIR ?? '.output', 'firefox-mv3');
  let browser: PuppeteerBrowser | undefined;
  let server: ListServer;
  let repo: Repo;

  beforeAll(async () => {
    if (!existsSync(FIREFOX)) throw new Error(`Firefox ESR not found at ${FIREFOX}`);
    if (!existsSync(resolve(extensionDir, 'manifest.json'))) throw new Error(`No Firefox build in ${extensionDir}: run \`npx wxt build -b firefox\` first.`);
    server = await startListServer();
    repo = await Repo.create(server, { listId: 'clinic-firefox' });
    // The organisation's own list knows the sender of an otherwise ordinary fixture message.
    await repo.publish({
      version: 1,
      list: sampleList('clinic-firefox', 1, { senders: [{ campaign: 'sextortion-test', match: 'address', value: digest.from.address }] }),
    });
  });

  afterAll(async () => {
    await browser?.close().catch(() => undefined);
    await server?.close();
    removePolicyFiles();
  });

  /** Starts Firefox with the policy, installs Vahti and opens the Gmail fixture inbox. */
  async function inboxWithPolicy(settings: Record<string, unknown>): Promise<PuppeteerPage> {
    // A browser left open by a failed test must not keep the old policy around.
    await browser?.close().catch(() => undefined);
    writeFirefoxPolicy(settings);
    browser = await puppeteer.launch({ browser: 'firefox', executablePath: FIREFOX, headless: true });
    await browser.installExtension(extensionDir);
    const page = await browser.newPage();
    await page.setRequestInterception(true);
    page.on('request', (request) => {
      const html = fixtureFor(request.url());
      void (html === null ? request.abort() : request.respond({ status: 200, headers: FIXTURE_HEADERS, body: html }));
    });
    await page.goto('https://mail.google.com/mail/u/0/#inbox');
    return page;
  }

  const markedRows = (page: PuppeteerPage) =>
    page.evaluate(() =>
      [...document.querySelectorAll('[data-vahti="row"][data-vahti-level="known"]')].map((e) => e.closest('tr')?.getAttribute('data-open') ?? '?').sort(),
    );

  // Ordinary mail in the fixture inbox (no list and no heuristic flags them).
  const newsletter = messageById('18c2a1f0b7e4d904');
  const digest = messageById('18c2a1f0b7e4d905');
  const colleague = messageById('18c2a1f0b7e4d906');
  const listed = messageById('18c2a1f0b7e4d901');

  it('marks senders from the policy watch list and the policy list (synced from the local server), and warns when opened', async () => {
    const page = await inboxWithPolicy({
      watchList: [newsletter.from.address],
      listSources: [{ id: 'clinic-firefox', name: 'Clinic list', manifestUrl: server.url(repo.manifestPath), keys: [{ keyId: 'k1', publicKey: trustedKeyOf(repo.key).publicKey, epoch: 1 }] }],
      allowDismiss: false,
    });
    await expect.poll(() => markedRows(page), { timeout: 30_000, interval: 250 }).toEqual(expect.arrayContaining([listed.id, newsletter.id]));
    // The policy list is checked at a random moment in the first minute, and a page is scanned
    // once, so the inbox is loaded again until the list is in.
    await expect
      .poll(
        async () => {
          await page.reload();
          await new Promise((r) => setTimeout(r, 1_500));
          return markedRows(page);
        },
        { timeout: 120_000, interval: 1_000 },
      )
      .toEqual([listed.id, newsletter.id, digest.id].sort());
    expect(server.requests.some((r) => r.path === repo.manifestPath)).toBe(true);
    await page.click(`tr[data-open="${newsletter.id}"]`);
    await expect
      .poll(() => page.evaluate(() => document.querySelector('[data-vahti="warning"]')?.getAttribute('data-vahti-level') ?? null), { timeout: 15_000 })
      .toBe('known');
  }, FIRST_CHECK_TEST_TIMEOUT_MS);

  // Each launch is a fresh profile (a temporary add-on does not outlive its browser), so this shows
  // that the policy file decides what is flagged, not that one installation follows a change.
  it('with another policies.json at start, the old entries no longer flag and the new one does', async () => {
    const page = await inboxWithPolicy({ watchList: [colleague.from.address] });
    await expect.poll(() => markedRows(page), { timeout: 90_000, interval: 250 }).toEqual([listed.id, colleague.id].sort());
  });
});
