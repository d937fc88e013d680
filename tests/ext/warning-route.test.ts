/**
 * The warning's trust route through the background's message door: only the background
 * authors a warning. Tokens are issued only to the content script (tab and frame) whose message
 * the background flagged, are single-use, expire, cannot be redeemed from another tab or by
 * anything but Vahti's warning page; a dismissal is written only for a message flagged in that
 * tab; `allowDismiss: false` makes earlier dismissals void.
 */
import { describe, expect, it } from 'vitest';
import { handleMessage, type MessageDeps, type MessageSender } from '../../entrypoints/background/messages';
import type { ListService } from '../../entrypoints/background/list-service';
import { TOKEN_LIFETIME_MS } from '../../entrypoints/background/warning-registry';
import type { MessageFeatures } from '../../utils/core/engine/features';
import type { Verdict } from '../../utils/core/engine/verdict';
import type { ManagedPolicy } from '../../utils/app/policy/schema';
import type { Dismissal } from '../../utils/app/settings/schema';
import { memorySettings, memoryUserSources, testWarningDesk } from './warning-desk';

const self = { id: 'vahti-id', origin: 'chrome-extension://vahti-id/', warningUrl: 'chrome-extension://d1e2-dynamic/warning.html' };
const KEY = 'gmail:msg:18c2#abc';
const FEATURES: MessageFeatures = { senderAddress: 'x@example.net', senderName: 'X', replyTo: [], subject: 'Pay', bodyText: 'Pay 0.1 BTC', links: [] };
const FLAGGED: Verdict = { level: 'suspected', reasons: [{ rule: 'heuristic', matched: 'BTC' }] };

const content = (tab: number, frameId = 0): MessageSender => ({ id: self.id, url: 'https://mail.google.com/mail/u/0/', tab: { id: tab } as never, frameId });
const warningPage = (tab: number, frameId = 7): MessageSender => ({ id: self.id, url: self.warningUrl, tab: { id: tab } as never, frameId });

/** A list service that flags whatever it is asked about (the engine is tested elsewhere). */
function fakeService(verdict: Verdict = FLAGGED): ListService {
  return { classify: async () => verdict, campaignGuidance: async () => ['fi-police'] } as unknown as ListService;
}

function setup(start: { settings?: Record<string, unknown>; policy?: ManagedPolicy; verdict?: Verdict; dismissed?: Dismissal[] } = {}) {
  const test = testWarningDesk(start);
  const deps: MessageDeps = { service: fakeService(start.verdict), self, withWatchList: async (v) => v, warnings: test.desk, userSources: memoryUserSources(), settings: memorySettings() };
  const send = (message: unknown, sender: MessageSender) => handleMessage(message, sender, deps);
  const classify = (tab = 1, frameId = 0, key = KEY) => send({ type: 'classify', messageKey: key, features: FEATURES }, content(tab, frameId));
  const token = async (tab = 1, frameId = 0, key = KEY) => ((await send({ type: 'warningToken', messageKey: key }, content(tab, frameId))) as { token?: string }).token;
  return { ...test, send, classify, token };
}

describe('warning tokens', () => {
  it('are issued for a flagged message to the tab and frame that sent it, and redeemed once for everything the warning shows', async () => {
    const t = setup();
    await t.classify(1, 3);
    expect(await t.token(2, 3)).toBeUndefined(); // another tab
    expect(await t.token(1, 0)).toBeUndefined(); // another frame of the same tab
    const issued = await t.send({ type: 'warningToken', messageKey: KEY }, content(1, 3));
    expect(issued).toEqual({ token: expect.stringMatching(/^[0-9a-f]{32}$/), frameUrl: self.warningUrl });
    const token = (issued as { token: string }).token;
    const answer = await t.send({ type: 'redeemWarning', token }, warningPage(1));
    expect(answer).toEqual({
      warning: {
        messageKey: KEY,
        provider: 'gmail',
        verdict: FLAGGED,
        features: FEATURES,
        guidanceIds: ['fi-police'],
        effective: { hideBodyByDefault: true, allowDismiss: true },
      },
    });
    // Single use: the same token again gets nothing.
    expect(await t.send({ type: 'redeemWarning', token }, warningPage(1))).toHaveProperty('error');
  });

  it('cannot be replayed from another tab, and a try from another tab spends it', async () => {
    const t = setup();
    await t.classify(1);
    const token = await t.token(1);
    expect(await t.send({ type: 'redeemWarning', token }, warningPage(2))).toHaveProperty('error');
    expect(await t.send({ type: 'redeemWarning', token }, warningPage(1))).toHaveProperty('error');
  });

  it('expire', async () => {
    const t = setup();
    await t.classify(1);
    const token = await t.token(1);
    t.clock.ms += TOKEN_LIFETIME_MS;
    expect(await t.send({ type: 'redeemWarning', token }, warningPage(1))).toHaveProperty('error');
    const fresh = await t.token(1);
    t.clock.ms += TOKEN_LIFETIME_MS - 1;
    expect(await t.send({ type: 'redeemWarning', token: fresh }, warningPage(1))).toHaveProperty('warning');
  });

  it('are redeemed only by Vahti’s warning page: not by a content script, another extension page or another extension', async () => {
    const t = setup();
    await t.classify(1);
    for (const sender of [
      content(1),
      { ...warningPage(1), url: `${self.origin}popup.html` },
      { ...warningPage(1), url: 'https://attacker.example/warning.html' },
      { ...warningPage(1), url: 'chrome-extension://other-dynamic/warning.html' },
      { ...warningPage(1), id: 'other-extension' },
      { ...warningPage(1), tab: undefined },
    ]) {
      const token = await t.token(1);
      expect(await t.send({ type: 'redeemWarning', token }, sender)).toHaveProperty('error');
    }
  });

  it('are not issued for a message that was not flagged, an inbox row, or a message the background never saw', async () => {
    const none = setup({ verdict: { level: 'none', reasons: [] } });
    await none.classify(1);
    expect(await none.token(1)).toBeUndefined();
    const t = setup();
    await t.classify(1, 0, 'gmail:row:r1');
    expect(await t.token(1, 0, 'gmail:row:r1')).toBeUndefined();
    expect(await t.token(1, 0, 'gmail:msg:never-seen#x')).toBeUndefined();
  });

  it('are forgotten with the tab’s document', async () => {
    const t = setup();
    await t.classify(1);
    const token = await t.token(1);
    t.desk.registry.resetTab(1);
    expect(await t.send({ type: 'redeemWarning', token }, warningPage(1))).toHaveProperty('error');
    expect(await t.token(1)).toBeUndefined();
  });
});

describe('"This is not extortion" through the background', () => {
  it('is written only for a message flagged in the warning page’s own tab, and the message then gets no warning', async () => {
    const t = setup();
    await t.classify(1);
    expect(await t.send({ type: 'dismissWarning', messageKey: KEY }, warningPage(2))).toHaveProperty('error');
    expect(await t.send({ type: 'dismissWarning', messageKey: KEY }, content(1))).toHaveProperty('error');
    expect(await t.send({ type: 'dismissWarning', messageKey: 'gmail:msg:other#1' }, warningPage(1))).toHaveProperty('error');
    expect(t.state.dismissed).toEqual([]);
    expect(await t.send({ type: 'dismissWarning', messageKey: KEY }, warningPage(1))).toEqual({ ok: true });
    expect(t.state.dismissed).toEqual([{ key: KEY, at: '2026-11-23T18:00:00.000Z', sender: 'x@example.net' }]);
    expect(await t.classify(1)).toEqual({ verdict: { level: 'none', reasons: [] } });
    expect(await t.token(1)).toBeUndefined();
  });

  it('is refused, and earlier dismissals are void, when the organisation does not allow dismissing', async () => {
    const dismissed = [{ key: KEY, at: '2026-11-01T00:00:00.000Z' }];
    const t = setup({ dismissed, policy: { allowDismiss: false } });
    expect(await t.classify(1)).toEqual({ verdict: FLAGGED });
    expect(await t.token(1)).toMatch(/^[0-9a-f]{32}$/);
    expect(await t.send({ type: 'dismissWarning', messageKey: KEY }, warningPage(1))).toHaveProperty('error');
    // Without the policy the same stored dismissal holds.
    const free = setup({ dismissed });
    expect(await free.classify(1)).toEqual({ verdict: { level: 'none', reasons: [] } });
  });
});

describe('dismissals for the options page', () => {
  it('are listed and undone only for the options page', async () => {
    const t = setup({ dismissed: [{ key: KEY, at: '2026-11-01T00:00:00.000Z' }] });
    const options = { id: self.id, url: `${self.origin}options.html` };
    for (const sender of [content(1), warningPage(1), { id: self.id, url: `${self.origin}popup.html` }]) {
      expect(await t.send({ type: 'listDismissals' }, sender)).toHaveProperty('error');
      expect(await t.send({ type: 'undoDismissal', messageKey: KEY }, sender)).toHaveProperty('error');
    }
    expect(t.state.dismissed).toHaveLength(1);
    expect(await t.send({ type: 'listDismissals' }, options)).toEqual({ dismissed: [{ key: KEY, at: '2026-11-01T00:00:00.000Z' }] });
    expect(await t.send({ type: 'undoDismissal', messageKey: KEY }, options)).toEqual({ ok: true });
    expect(t.state.dismissed).toEqual([]);
    expect(await t.classify(1)).toEqual({ verdict: FLAGGED });
  });

  it('written into the settings in storage.local by another context do not count', async () => {
    const t = setup({ settings: { dismissed: [{ key: KEY, at: '2026-11-01T00:00:00.000Z' }] } });
    expect(await t.classify(1)).toEqual({ verdict: FLAGGED });
  });
});

describe('campaign guidance', () => {
  it('goes only to the "Check a message" page, with its verdict: not to the warning page, a content script or a web page', async () => {
    const t = setup();
    const check = { id: self.id, url: `${self.origin}check.html` };
    for (const sender of [content(1), warningPage(1), { id: self.id, url: `${self.origin}popup.html` }, { ...check, id: 'other-extension' }]) {
      expect(await t.send({ type: 'checkMessage', features: FEATURES }, sender)).toHaveProperty('error');
    }
    expect(await t.send({ type: 'checkMessage', features: FEATURES }, check)).toEqual({ verdict: FLAGGED, guidanceIds: ['fi-police'] });
    expect(await t.send({ type: 'getCampaignGuidance', campaigns: [{ listId: 'vahti-default', campaignId: 'x' }] }, warningPage(1))).toHaveProperty('error');
  });
});

describe('a hidden warning', () => {
  it('is reported to the badge only for a warning flagged in that tab, and counted for the popup', async () => {
    const t = setup();
    await t.classify(1);
    expect(await t.send({ type: 'warningVisibility', messageKey: KEY, visible: false }, warningPage(2))).toHaveProperty('error');
    expect(await t.send({ type: 'warningVisibility', messageKey: KEY, visible: false }, warningPage(1))).toEqual({ ok: true });
    expect(t.badge.at(-1)).toEqual({ tabId: 1, hidden: 1 });
    const popup = { id: self.id, url: `${self.origin}popup.html` };
    expect(await t.send({ type: 'getTabFlags', tabId: 1 }, popup)).toMatchObject({ hiddenWarnings: 1 });
    await t.send({ type: 'warningVisibility', messageKey: KEY, visible: true }, warningPage(1));
    expect(t.badge.at(-1)).toEqual({ tabId: 1, hidden: 0 });
  });
});
