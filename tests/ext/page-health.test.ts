import { beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { handlePageHealthMessage } from '../../entrypoints/background/page-health';
import { PAGE_HEALTH_STORAGE_KEY } from '../../utils/app/page-health';

const tab = (id: number, frameId = 0) => ({ id: browser.runtime.id, tab: { id } as never, frameId });

beforeEach(() => {
  fakeBrowser.reset();
});

describe('background: pages Vahti cannot read', () => {
  it('marks the tab, answers the popup and counts the report (kinds only); clears when readable again', async () => {
    const setTitle = vi.spyOn(browser.action, 'setTitle').mockResolvedValue(undefined);
    const setBadgeText = vi.spyOn(browser.action, 'setBadgeText').mockResolvedValue(undefined);
    vi.spyOn(browser.i18n, 'getMessage').mockImplementation((key: string, sub?: string | string[]) => `${key}:${String(sub ?? '')}`);
    expect(await handlePageHealthMessage({ type: 'pageHealth', providerId: 'outlook', problems: ['sender'] }, tab(7), false)).toEqual({ ok: true });
    expect(setBadgeText).toHaveBeenLastCalledWith({ tabId: 7, text: '?' });
    expect(setTitle).toHaveBeenLastCalledWith({ tabId: 7, title: 'popup_unreadable:Outlook' });

    expect(await handlePageHealthMessage({ type: 'getPageHealth', tabId: 7 }, { id: browser.runtime.id }, true)).toEqual({
      unreadable: [{ providerId: 'outlook', problems: ['sender'] }],
    });
    expect(await handlePageHealthMessage({ type: 'getPageHealth', tabId: 8 }, { id: browser.runtime.id }, true)).toEqual({ unreadable: [] });
    // Only Vahti's own pages may ask.
    expect(await handlePageHealthMessage({ type: 'getPageHealth', tabId: 7 }, tab(7), false)).toHaveProperty('error');

    // The same state reported again is one unreadable page, counted once.
    await handlePageHealthMessage({ type: 'pageHealth', providerId: 'outlook', problems: ['sender'] }, tab(7), false);
    const stored = (await browser.storage.local.get(PAGE_HEALTH_STORAGE_KEY))[PAGE_HEALTH_STORAGE_KEY] as Record<string, { sender: number; body: number }>;
    expect(stored.outlook).toMatchObject({ sender: 1, body: 0 });
    expect(JSON.stringify(stored)).not.toContain('@');

    await handlePageHealthMessage({ type: 'pageHealth', providerId: 'outlook', problems: [] }, tab(7), false);
    expect(setBadgeText).toHaveBeenLastCalledWith({ tabId: 7, text: '' });
    expect(await handlePageHealthMessage({ type: 'getPageHealth', tabId: 7 }, { id: browser.runtime.id }, true)).toEqual({ unreadable: [] });
  });

  it('refuses a report from outside a tab and ignores messages that are not its own', async () => {
    expect(await handlePageHealthMessage({ type: 'pageHealth', providerId: 'gmail', problems: ['body'] }, { id: browser.runtime.id }, true)).toHaveProperty('error');
    expect(await handlePageHealthMessage({ type: 'classify' }, tab(1), false)).toBeNull();
    expect(await handlePageHealthMessage({ type: 'pageHealth', providerId: 'gmail', problems: ['body'], subject: 'x' }, tab(1), false)).toBeNull();
  });
});
