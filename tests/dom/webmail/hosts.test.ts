/**
 * Run-time registration for webmail hosts the user adds, against a small in-memory stand-in for
 * `permissions` and `scripting` (the real prompt needs a person; the e2e tests cover the
 * content script itself on fixed hosts).
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';

type Script = { id: string; js: string[]; matches: string[]; allFrames: boolean; runAt: string };
const state = { origins: new Set<string>(), scripts: new Map<string, Script>(), grant: true, badge: '', title: '' };

vi.mock('wxt/browser', () => ({
  browser: {
    action: {
      setBadgeText: async ({ text }: { text: string }) => void (state.badge = text),
      setTitle: async ({ title }: { title: string }) => void (state.title = title),
    },
    permissions: {
      request: async ({ origins }: { origins: string[] }) => {
        if (state.grant) for (const o of origins) state.origins.add(o);
        return state.grant;
      },
      remove: async ({ origins }: { origins: string[] }) => {
        for (const o of origins) state.origins.delete(o);
        return true;
      },
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

const hosts = await import('../../../entrypoints/webmail.content/hosts');

beforeEach(() => {
  state.origins = new Set(['https://mail.google.com/*', 'https://outlook.live.com/*']);
  state.scripts.clear();
  state.grant = true;
});

describe('webmail hosts added at run time', () => {
  it('accepts only https hosts and names the problem', () => {
    expect(hosts.originPattern('webmail.example.fi/?_task=mail')).toBe('https://webmail.example.fi/*');
    expect(() => hosts.originPattern('http://webmail.example.fi')).toThrow(/https/);
    expect(() => hosts.originPattern('https://')).toThrow(/not a web address/);
  });

  it('registers the content script in all frames for granted hosts, and removes it with the last one', async () => {
    expect(await hosts.addWebmailHost('https://webmail.example.fi/?_task=mail')).toBe(true);
    let script = state.scripts.get(hosts.DYNAMIC_SCRIPT_ID)!;
    expect(script).toMatchObject({ js: ['content-scripts/webmail.js'], matches: ['https://webmail.example.fi/*'], allFrames: true });

    await hosts.addWebmailHost('posti.example.net');
    script = state.scripts.get(hosts.DYNAMIC_SCRIPT_ID)!;
    expect(script.matches.sort()).toEqual(['https://posti.example.net/*', 'https://webmail.example.fi/*']);

    await hosts.removeWebmailHost('https://webmail.example.fi/');
    expect(state.scripts.get(hosts.DYNAMIC_SCRIPT_ID)!.matches).toEqual(['https://posti.example.net/*']);
    await hosts.removeWebmailHost('https://posti.example.net/');
    expect(state.scripts.has(hosts.DYNAMIC_SCRIPT_ID)).toBe(false);
  });

  it('registers nothing when the person declines', async () => {
    state.grant = false;
    expect(await hosts.addWebmailHost('https://webmail.example.fi/')).toBe(false);
    expect(state.scripts.size).toBe(0);
  });

  it('reports fixed webmail hosts whose access is missing (Firefox lets people withhold it) and asks for them', async () => {
    const missing = await hosts.missingWebmailAccess();
    expect(missing).toContain('https://mail.proton.me/*');
    expect(missing).not.toContain('https://mail.google.com/*');
    expect(await hosts.requestMissingWebmailAccess()).toBe(true);
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
    await hosts.requestMissingWebmailAccess();
    expect(await hosts.showMissingWebmailAccess()).toEqual([]);
    expect(state.badge).toBe('');
  });
});
