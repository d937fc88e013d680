import type { OptionsClient, PopupClient, TabFlags } from '../../../components/client';
import type { CheckNowResponse } from '../../../utils/messages';
import { DEFAULT_SETTINGS, type Settings } from '../../../utils/settings/schema';
import type { ListStatus } from '../../../utils/sync/status';

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

export function fakeOptionsClient(initial: Settings = DEFAULT_SETTINGS, overrides: Partial<OptionsClient> = {}) {
  const state = { stored: structuredClone(initial), saved: [] as Settings[], files: [] as { name: string; text: string }[] };
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
    ...overrides,
  };
  return { client, state };
}
