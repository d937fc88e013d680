import type { OptionsClient, PopupClient, TabFlags, WebmailAccess } from '../../../components/client';
import type { CheckNowResponse } from '../../../utils/app/messages';
import { DEFAULT_SETTINGS, type Settings } from '../../../utils/app/settings/schema';
import type { ListStatus } from '../../../utils/app/sync/status';

export const HOUR = 3_600_000;
export const NOW = Date.parse('2026-11-23T18:00:00Z');

export const healthyList: ListStatus = {
  id: 'vahti-default',
  name: 'Vahti default list',
  kind: 'builtin',
  listId: 'vahti-default',
  version: 12,
  generatedAt: new Date(NOW - 26 * HOUR).toISOString(),
  ageMs: 26 * HOUR,
  signature: 'verified',
  entryCount: 1200,
  lastSuccessAt: NOW - 3 * HOUR,
  consecutiveFailures: 0,
  stale: false,
};

export const failingList: ListStatus = {
  ...healthyList,
  id: 'clinic',
  name: 'Clinic list',
  kind: 'user',
  signature: 'bundled',
  lastSuccessAt: undefined,
  consecutiveFailures: 3,
  lastError: { code: 'signature_error', message: 'The manifest signature did not verify with key abc.' },
  stale: true,
};

export function fakePopupClient(overrides: Partial<PopupClient> = {}, flags: TabFlags = { known: 0, suspected: 0, other: 0 }) {
  const calls = { checkNow: 0, openOptions: 0 };
  const client: PopupClient = {
    getTabFlags: async () => flags,
    getListStatus: async () => [healthyList, failingList],
    checkNow: async (): Promise<CheckNowResponse> => {
      calls.checkNow++;
      return {
        results: [
          { sourceId: 'vahti-default', outcome: 'up_to_date' },
          { sourceId: 'clinic', outcome: 'failed' },
        ],
        sources: [healthyList, { ...failingList, lastError: { code: 'network', message: 'The list server could not be reached.' } }],
      };
    },
    openOptions: () => void calls.openOptions++,
    ...overrides,
  };
  return { client, calls };
}

/**
 * The browser's webmail permissions, in memory. `requests` records each permission request at
 * the moment it is made (synchronously), so a test can tell a request made inside the click
 * from one made after an `await`; `answer` is what the next prompt answers.
 */
export function fakeWebmailAccess(initial: Partial<WebmailAccess> = {}) {
  const access: WebmailAccess = { missingFixed: [], added: [], ...structuredClone(initial) };
  const calls = { requests: [] as string[][], removed: [] as string[] };
  let answer: 'grant' | 'deny' | 'fail' = 'grant';
  const members: Required<Pick<OptionsClient, 'getWebmailAccess' | 'requestWebmailAccess' | 'removeWebmailAccess'>> = {
    getWebmailAccess: async () => structuredClone(access),
    requestWebmailAccess: (origins) => {
      calls.requests.push([...origins]);
      if (answer === 'fail') return Promise.reject(new Error('permissions.request may only be called from a user input handler'));
      if (answer === 'deny') return Promise.resolve(false);
      for (const o of origins) {
        if (access.missingFixed.includes(o)) access.missingFixed = access.missingFixed.filter((m) => m !== o);
        else if (!access.added.includes(o)) access.added.push(o);
      }
      return Promise.resolve(true);
    },
    removeWebmailAccess: async (origin) => {
      calls.removed.push(origin);
      access.added = access.added.filter((o) => o !== origin);
    },
  };
  return { members, access, calls, answer: (next: typeof answer) => void (answer = next) };
}

export function fakeOptionsClient(initial: Settings = DEFAULT_SETTINGS, overrides: Partial<OptionsClient> = {}) {
  const state = { stored: structuredClone(initial), saved: [] as Settings[], files: [] as { name: string; text: string }[] };
  const webmail = fakeWebmailAccess();
  const client: OptionsClient = {
    loadSettings: async () => structuredClone(state.stored),
    saveSettings: async (next) => {
      state.stored = structuredClone(next);
      state.saved.push(structuredClone(next));
    },
    getManagedInfo: async () => ({ problems: [] }),
    getListStatus: async () => [healthyList, failingList],
    checkNow: async () => ({ results: [], sources: [] }),
    saveFile: async (name, text) => void state.files.push({ name, text }),
    extensionVersion: '0.1.0',
    browserLocale: 'fi-FI',
    userAgent: 'TestBrowser/1',
    ...webmail.members,
    ...overrides,
  };
  return { client, state, webmail };
}
