// @vitest-environment node
// The background's list service over the real Dexie store (fake-indexeddb), the real bundled
// default list from public/lists/default, and a real local list server for user lists.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { VahtiDb } from '../../entrypoints/background/db';
import { ListService } from '../../entrypoints/background/list-service';
import { DexieListStore } from '../../entrypoints/background/list-store';
import { handleMessage, type MessageDeps } from '../../entrypoints/background/messages';
import { memorySettings, memoryUserSources, testWarningDesk } from './warning-desk';
import { builtinSources, DEFAULT_SOURCE_ID } from '../../entrypoints/background/sources';
import type { MessageFeaturesInput } from '../../utils/core/engine/features';
import { MessageFeaturesSchema } from '../../utils/core/engine/features';
import { EXTEND_AFTER_CHARS } from '../../utils/core/signatures/matcher';
import type { ListSource } from '../../utils/app/sync/source';
import { startListServer, type ListServer } from '../helpers/list-server';
import { Repo, SAMPLE_BTC } from './repo';

const publicDir = resolve(import.meta.dirname, '../../public');
const readPackaged = async (path: string): Promise<Uint8Array> => new Uint8Array(readFileSync(publicDir + path));

// An address from the sextortion campaign in the bundled default list.
const BUNDLED_BTC = '16Sg7k6eZaQ9WZifokXMZnUEDdDRo6dyiu';
const extortion = (address: string): MessageFeaturesInput => ({
  senderAddress: 'someone@example.com',
  senderName: 'Someone',
  subject: 'Your account',
  bodyText: `Send the bitcoin to ${address} today.`,
});

let server: ListServer;
let n = 0;
let db: VahtiDb;
let store: DexieListStore;
let clock: number;
let extraSources: ListSource[];
const wakes: number[] = [];

beforeAll(async () => {
  server = await startListServer();
});
afterAll(async () => {
  await server.close();
});
beforeEach(() => {
  db = new VahtiDb(`service-${++n}`);
  store = new DexieListStore(db);
  clock = Date.now();
  extraSources = [];
});

const newServiceDeps = (): ConstructorParameters<typeof ListService>[0] => ({
  store,
  fetch: globalThis.fetch,
  now: () => clock,
  random: () => 0.5,
  readPackaged,
  loadSources: async () => [...builtinSources(), ...extraSources],
  scheduleWake: async (at) => {
    wakes.push(at);
  },
  log: () => undefined,
  timeoutMs: 2_000,
});
const newService = (): ListService => new ListService(newServiceDeps());

const classify = (service: ListService, features: MessageFeaturesInput) => service.classify(MessageFeaturesSchema.parse(features));

describe('list service', () => {
  it('a fresh install flags a known campaign offline from the bundled list', async () => {
    const service = newService();
    const verdict = await classify(service, extortion(BUNDLED_BTC));
    expect(verdict.level).toBe('known');
    expect(verdict.reasons[0]).toMatchObject({ rule: 'payment-address', listId: expect.any(String) });
    const [status] = await service.status();
    expect(status).toMatchObject({ id: DEFAULT_SOURCE_ID, signature: 'bundled', stale: false });
    expect(status!.entryCount).toBeGreaterThan(10_000);
  }, 60_000);

  it('a waking worker uses the automaton the last one stored, and builds anew when it is damaged', async () => {
    const storedRow = async () => {
      for (let i = 0; i < 200 && (await store.storedAutomaton()) === undefined; i++) await new Promise((r) => setTimeout(r, 10));
      return store.storedAutomaton();
    };
    const first = newService();
    expect((await first.ready()).text.signatures.automatonReused).toBe(false);
    const saved = await storedRow();
    expect(saved?.key).toBe((await first.ready()).text.signatures.automatonKey);

    // The next wake: a new service over the same database.
    const second = newService();
    expect((await second.ready()).text.signatures.automatonReused).toBe(true);
    expect((await classify(second, extortion(BUNDLED_BTC))).level).toBe('known');
    expect((await classify(second, { ...extortion('1BoatSLRHtKNngkdXEeobR76b53LETtpyT'), bodyText: 'I recorded you through your webcam. Send 0.1 BTC to 1BoatSLRHtKNngkdXEeobR76b53LETtpyT within 48 hours or the video goes to all your contacts.' })).level).toBe('suspected');

    // Damaged tables: refused with a line in the log, the verdicts unchanged, a good copy stored again.
    saved!.tables.fail[5] = 5;
    await store.saveAutomaton(saved!);
    const logged: string[] = [];
    const third = new ListService({ ...newServiceDeps(), log: (line) => logged.push(line) });
    expect((await third.ready()).text.signatures.automatonReused).toBe(false);
    expect(logged.join('\n')).toMatch(/stored text automaton was not used \(stored automaton rejected: a failure link/);
    expect((await classify(third, extortion(BUNDLED_BTC))).level).toBe('known');
    for (let i = 0; i < 200 && (await store.storedAutomaton())?.tables.fail[5] === 5; i++) await new Promise((r) => setTimeout(r, 10));
    expect((await store.storedAutomaton())?.tables.fail[5]).not.toBe(5);
  }, 60_000);

  it('joins the lists’ automaton to the lexicons’ between requests, once the index has read enough mail to repay it', async () => {
    // A wake with the default list installed (a fresh install reads the store again after installing).
    await newService().ready();
    const service = newService();
    const { text } = await service.ready();
    const settle = async (): Promise<void> => {
      for (let i = 0; i < 200 && !text.signatures.extended; i++) await new Promise((r) => setTimeout(r, 10));
    };
    // A short message, as most wakes read: two automata, and no extension after it either.
    expect((await classify(service, extortion(BUNDLED_BTC))).level).toBe('known');
    await new Promise((r) => setTimeout(r, 50));
    expect(text.signatures.extended).toBe(false);

    // Long mail, 600,000 characters in two messages: past EXTEND_AFTER_CHARS.
    const prose = 'Thank you for your order, the meeting is tomorrow at ten. '.repeat(5_000);
    const long = { ...extortion(BUNDLED_BTC), bodyText: `${prose}\nSend the bitcoin to ${BUNDLED_BTC} today.` };
    expect((await classify(service, long)).level).toBe('known');
    expect(text.signatures.charsReadTwice).toBeLessThan(EXTEND_AFTER_CHARS);
    expect((await classify(service, long)).level).toBe('known');
    expect(text.signatures.charsReadTwice).toBeGreaterThanOrEqual(EXTEND_AFTER_CHARS);
    // The verdict that crossed the threshold did not wait for the extension: it comes after it.
    expect(text.signatures.extended).toBe(false);
    await settle();
    expect(text.signatures.extended).toBe(true);

    // Read with the extended automaton from then on, and judged the same.
    const webcam = { ...extortion('1BoatSLRHtKNngkdXEeobR76b53LETtpyT'), bodyText: 'I recorded you through your webcam. Send 0.1 BTC to 1BoatSLRHtKNngkdXEeobR76b53LETtpyT within 48 hours or the video goes to all your contacts.' };
    expect((await classify(service, webcam)).level).toBe('suspected');
    expect((await classify(service, extortion(BUNDLED_BTC))).level).toBe('known');
    expect((await service.ready()).text).toBe(text);
  }, 60_000);

  it('damage in the stored list is found at the next start: bundled list back, corruption_recovered', async () => {
    await newService().ready();
    const bucket = (await db.buckets.where('sourceId').equals(DEFAULT_SOURCE_ID).first())!;
    const removed = bucket.keys[0]!;
    await db.buckets.put({ ...bucket, keys: bucket.keys.slice(1), campaigns: bucket.campaigns.slice(1) });
    expect(await store.verifyIntegrity(DEFAULT_SOURCE_ID)).toBe(false);

    const restarted = newService();
    await restarted.maintain();
    expect(await store.verifyIntegrity(DEFAULT_SOURCE_ID)).toBe(true);
    expect(await store.keysOf(DEFAULT_SOURCE_ID)).toContain(removed);
    const [status] = await restarted.status();
    expect(status?.lastError?.code).toBe('corruption_recovered');
  }, 60_000);

  it('a damaged user list is dropped and fetched again (same version) at the next start', async () => {
    const repo = await Repo.create(server, { listId: `svc-${n}`, now: () => clock });
    extraSources = [repo.source()];
    await repo.publish({ version: 3 });
    const service = newService();
    expect(await service.checkNow(extraSources[0]!.id)).toEqual([{ sourceId: extraSources[0]!.id, outcome: 'installed' }]);
    expect((await classify(service, extortion(SAMPLE_BTC[0]!))).level).toBe('known');

    const bucket = (await db.buckets.where('sourceId').equals(extraSources[0]!.id).first())!;
    await db.buckets.put({ ...bucket, keys: bucket.keys.map((k) => `${k}x`) });
    clock += 1000;
    const restarted = newService();
    await restarted.maintain();
    const state = await store.getState(extraSources[0]!.id);
    expect(state?.installed?.version).toBe(3);
    expect(await store.verifyIntegrity(extraSources[0]!.id)).toBe(true);
    // The refetch went to the network even though the manifest was unchanged (no If-None-Match).
    expect(server.requests.filter((r) => r.path === repo.manifestPath).at(-1)?.ifNoneMatch).toBeUndefined();
    expect((await classify(restarted, extortion(SAMPLE_BTC[0]!))).level).toBe('known');
  }, 60_000);

  it('check now: once per five minutes per source, then allowed again', async () => {
    const repo = await Repo.create(server, { listId: `svc-${n}`, now: () => clock });
    extraSources = [repo.source()];
    await repo.publish({ version: 1 });
    const service = newService();
    const id = extraSources[0]!.id;
    expect(await service.checkNow(id)).toEqual([{ sourceId: id, outcome: 'installed' }]);
    const before = server.requests.length;
    clock += 60_000;
    expect(await service.checkNow(id)).toEqual([{ sourceId: id, outcome: 'refused', retryInMs: 4 * 60_000 }]);
    expect(server.requests.length).toBe(before);
    clock += 4 * 60_000;
    expect(await service.checkNow(id)).toEqual([{ sourceId: id, outcome: 'up_to_date' }]);
    // The built-in list has no update address in this build: nothing to check.
    expect(await service.checkNow(DEFAULT_SOURCE_ID)).toEqual([{ sourceId: DEFAULT_SOURCE_ID, outcome: 'skipped' }]);
  }, 60_000);

  it('a check that a killed worker left unfinished is repeated at the next start, before it is due', async () => {
    const repo = await Repo.create(server, { listId: `svc-${n}`, now: () => clock });
    extraSources = [repo.source()];
    await repo.publish({ version: 1 });
    const first = newService();
    await first.checkNow(extraSources[0]!.id);
    await repo.publish({ version: 2 });
    // What a worker killed mid-check leaves behind: the start mark, and the next check an hour away.
    await store.recordCheck(extraSources[0]!.id, { checkStartedAt: clock });
    clock += 60_000;
    const next = newService();
    await next.maintain();
    const state = await store.getState(extraSources[0]!.id);
    expect(state?.installed?.version).toBe(2);
    expect(state?.checkStartedAt).toBeUndefined();
  }, 60_000);

  it('due checks run, failures back off, and the next wake is scheduled', async () => {
    const repo = await Repo.create(server, { listId: `svc-${n}`, now: () => clock });
    extraSources = [repo.source()];
    server.set(repo.manifestPath, { kind: 'body', body: 'down', status: 503, headers: { 'retry-after': '3600' } });
    const service = newService();
    await service.syncDue(); // first sight: scheduled within a minute, not fetched yet
    expect(server.requests.filter((r) => r.path === repo.manifestPath)).toHaveLength(0);
    clock += 60_000;
    await service.syncDue();
    const state = await store.getState(extraSources[0]!.id);
    expect(state?.lastError?.code).toBe('http_status');
    expect(state?.nextCheckAt).toBe(clock + 3600_000);
    expect(wakes.at(-1)).toBe(clock + 3600_000);
    // Check now is refused while the server's Retry-After holds.
    expect((await service.checkNow(extraSources[0]!.id))[0]).toMatchObject({ outcome: 'refused' });
  }, 60_000);
});

describe('message door', () => {
  const self = { id: 'vahti-id', origin: 'chrome-extension://vahti-id/', warningUrl: 'chrome-extension://d1e2-dynamic/warning.html' };
  const deps = (service: ListService): MessageDeps => ({ service, self, withWatchList: async (v) => v, warnings: testWarningDesk().desk, userSources: memoryUserSources(), settings: memorySettings() });
  const page = { id: 'vahti-id', url: 'chrome-extension://vahti-id/popup.html' };
  const contentScript = { id: 'vahti-id', url: 'https://mail.google.com/mail/u/0/', tab: { id: 1 } as never };

  it('answers classify from a content script with a verdict', async () => {
    const r = await handleMessage({ type: 'classify', messageKey: 'k', features: extortion(BUNDLED_BTC) }, contentScript, deps(newService()));
    expect(r).toMatchObject({ verdict: { level: 'known' } });
  }, 60_000);

  it('gives list status and check now only to extension pages', async () => {
    const service = newService();
    expect(await handleMessage({ type: 'getListStatus' }, contentScript, deps(service))).toHaveProperty('error');
    expect(await handleMessage({ type: 'checkNow' }, { ...contentScript, url: 'chrome-extension://other/x.html' }, deps(service))).toHaveProperty('error');
    const status = await handleMessage({ type: 'getListStatus' }, page, deps(service));
    expect(status).toMatchObject({ sources: [{ id: DEFAULT_SOURCE_ID }] });
  }, 60_000);

  it('gives the tab\'s flag levels only to extension pages', async () => {
    const service = newService();
    await handleMessage({ type: 'classify', messageKey: 'gmail:msg:1#h', features: extortion(BUNDLED_BTC) }, contentScript, deps(service));
    expect(await handleMessage({ type: 'getTabFlags', tabId: 1 }, contentScript, deps(service))).toHaveProperty('error');
    expect(await handleMessage({ type: 'getTabFlags', tabId: 1 }, page, deps(service))).toMatchObject({ hiddenWarnings: 0 });
  }, 60_000);

  it('gives the redeemed warning the guidance of the verdict\'s campaigns, from the installed list', async () => {
    const service = newService();
    const { desk } = testWarningDesk();
    const tabDeps: MessageDeps = { service, self, withWatchList: async (v) => v, warnings: desk, userSources: memoryUserSources(), settings: memorySettings() };
    const sender = { ...contentScript, frameId: 0 };
    await handleMessage({ type: 'classify', messageKey: 'gmail:msg:1#h', features: extortion(BUNDLED_BTC) }, sender, tabDeps);
    const { token } = (await handleMessage({ type: 'warningToken', messageKey: 'gmail:msg:1#h' }, sender, tabDeps)) as { token: string };
    const frame = { id: 'vahti-id', url: 'chrome-extension://vahti-id/warning.html', tab: { id: 1 } as never, frameId: 5 };
    const answer = (await handleMessage({ type: 'redeemWarning', token }, frame, tabDeps)) as { warning: { guidanceIds: string[] } };
    const campaignFile = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../scripts/list-sources/default/campaigns/sextortion-2018-2019.json'), 'utf8'));
    expect(answer.warning.guidanceIds).toEqual(campaignFile.campaign.guidance);
  }, 60_000);

  it('refuses other extensions, unknown types and unknown fields', async () => {
    const service = newService();
    expect(await handleMessage({ type: 'getListStatus' }, { ...page, id: 'evil' }, deps(service))).toHaveProperty('error');
    expect(await handleMessage({ type: 'clearDatabase' }, page, deps(service))).toHaveProperty('error');
    expect(await handleMessage({ type: 'getListStatus', extra: 1 }, page, deps(service))).toHaveProperty('error');
    expect(await handleMessage({ type: 'classify', messageKey: 'k', features: { ...extortion(BUNDLED_BTC), evil: true } }, contentScript, deps(service))).toHaveProperty('error');
  });
});
