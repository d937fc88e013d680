/**
 * Run-time registration for webmail hosts a person adds, against a small in-memory stand-in for
 * `permissions` (with its change events) and `scripting`: the background's `watchWebmailHosts`
 * follows every grant and removal. The real prompt needs a person; the e2e tests start from a
 * granted profile.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

type Script = { id: string; js: string[]; matches: string[]; allFrames: boolean; runAt: string };
type Listener = () => void;
const state = { origins: new Set<string>(), scripts: new Map<string, Script>(), grant: true, badge: '', title: '', changed: [] as Listener[] };
/** Lets the listeners of `permissions.onAdded/onRemoved` run, as the browser would after a change. */
const settle = () => new Promise((r) => setTimeout(r, 0));

vi.mock('wxt/browser', () => ({
  browser: {
    action: {
      setBadgeText: async ({ text }: { text: string }) => void (state.badge = text),
      setTitle: async ({ title }: { title: string }) => void (state.title = title),
    },
    permissions: {
      request: async ({ origins }: { origins: string[] }) => {
        if (state.grant) {
          for (const o of origins) state.origins.add(o);
          for (const l of state.changed) l();
        }
        return state.grant;
      },
      remove: async ({ origins }: { origins: string[] }) => {
        for (const o of origins) state.origins.delete(o);
        for (const l of state.changed) l();
        return true;
      },
      onAdded: { addListener: (l: Listener) => void state.changed.push(l) },
      onRemoved: { addListener: (l: Listener) => void state.changed.push(l) },
      contains: async ({ origins }: { origins: string[] }) => origins.every((o) => state.origins.has(o)),
      getAll: async () => ({ origins: [...state.origins], permissions: [] }),
    },
    scripting: {
      getRegisteredContentScripts: async ({ ids }: { ids: string[] }) => ids.flatMap((id) => (state.scripts.has(id) ? [state.scripts.get(id)!] : [])),
      registerContentScripts: async (scripts: Script[]) => {
        for (const s of scripts) {
          if (state.scripts.has(s.id)) throw new Error(`duplicate script id ${s.id}`);
          state.scripts.set(s.id, s);
        }
      },
      updateContentScripts: async (scripts: Script[]) => {
        for (const s of scripts) state.scripts.set(s.id, { ...state.scripts.get(s.id)!, ...s });
      },
      unregisterContentScripts: async ({ ids }: { ids: string[] }) => {
        for (const id of ids) state.scripts.delete(id);
      },
    },
  },
}));

const hosts = await import('../../../entrypoints/background/hosts');
const { browser } = await import('wxt/browser');
/** What the background would log: no test may leave any. */
const errors: unknown[] = [];
afterEach(async () => {
  await settle();
  expect(errors).toEqual([]);
});
const request = (origins: string[]) => browser.permissions.request({ origins });
const remove = (origin: string) => browser.permissions.remove({ origins: [origin] });

beforeEach(() => {
  state.origins = new Set(['https://mail.google.com/*', 'https://outlook.live.com/*']);
  state.scripts.clear();
  state.grant = true;
  state.changed = [];
  errors.length = 0;
  hosts.watchWebmailHosts((e) => errors.push(e));
});

describe('webmail hosts added at run time', () => {
  it('registers the content script in all frames for granted hosts, and removes it with the last one', async () => {
    expect(await request(['https://webmail.example.fi/*'])).toBe(true);
    await settle();
    let script = state.scripts.get(hosts.DYNAMIC_SCRIPT_ID)!;
    expect(script).toMatchObject({ js: ['content-scripts/webmail.js'], matches: ['https://webmail.example.fi/*'], allFrames: true });

    await request(['https://posti.example.net/*']);
    await settle();
    script = state.scripts.get(hosts.DYNAMIC_SCRIPT_ID)!;
    expect(script.matches.sort()).toEqual(['https://posti.example.net/*', 'https://webmail.example.fi/*']);

    await remove('https://webmail.example.fi/*');
    await settle();
    expect(state.scripts.get(hosts.DYNAMIC_SCRIPT_ID)!.matches).toEqual(['https://posti.example.net/*']);
    await remove('https://posti.example.net/*');
    await settle();
    expect(state.scripts.has(hosts.DYNAMIC_SCRIPT_ID)).toBe(false);
  });

  it('keeps one registration when changes come faster than it is made (start-up, then two grants at once)', async () => {
    await Promise.all([request(['https://webmail.example.fi/*']), request(['https://posti.example.net/*'])]);
    await settle();
    expect(state.scripts.get(hosts.DYNAMIC_SCRIPT_ID)!.matches.sort()).toEqual(['https://posti.example.net/*', 'https://webmail.example.fi/*']);
  });

  it('registers nothing when the person declines', async () => {
    state.grant = false;
    expect(await request(['https://webmail.example.fi/*'])).toBe(false);
    await settle();
    expect(state.scripts.size).toBe(0);
  });

  it('reports fixed webmail hosts whose access is missing (Firefox lets people withhold it) and asks for them', async () => {
    const missing = await hosts.missingWebmailAccess();
    expect(missing).toContain('https://mail.proton.me/*');
    expect(missing).not.toContain('https://mail.google.com/*');
    expect(await request(missing)).toBe(true);
    expect(await hosts.missingWebmailAccess()).toEqual([]);
    expect(state.origins.has('https://mail.proton.me/*')).toBe(true);
    // Fixed hosts never get the run-time script (their static one already runs there).
    await hosts.syncWebmailScripts();
    expect(state.scripts.size).toBe(0);
  });

  it('says in the toolbar when a fixed webmail cannot be read, and stops saying it once granted', async () => {
    expect(await hosts.showMissingWebmailAccess()).toContain('https://outlook.office.com/*');
    expect(state.badge).toBe('!');
    expect(state.title).toBe(hosts.MISSING_ACCESS_TITLE);
    await request(await hosts.missingWebmailAccess());
    expect(await hosts.showMissingWebmailAccess()).toEqual([]);
    expect(state.badge).toBe('');
  });
});
