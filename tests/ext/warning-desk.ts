/**
 * A warning desk for message-door tests: the real `WarningRegistry` with a clock the test moves,
 * settings and policy merged by the real `applyPolicy`, dismissals in memory, badge calls recorded.
 */
import type { MessageDeps, MessageSender, WarningDesk } from '../../entrypoints/background/messages';
import { WarningRegistry } from '../../entrypoints/background/warning-registry';
import { applyPolicy, chosenFields } from '../../utils/app/policy/apply';
import type { ManagedPolicy } from '../../utils/app/policy/schema';
import { parseSettings, type Dismissal, type UserListSource } from '../../utils/app/settings/schema';
import { OwnSettingsSchema, type OwnSettings } from '../../utils/app/settings/own';

export function testWarningDesk(start: { settings?: Record<string, unknown>; policy?: ManagedPolicy; dismissed?: Dismissal[] } = {}) {
  const clock = { ms: Date.parse('2026-11-23T18:00:00Z') };
  const state = { settings: start.settings ?? {}, policy: start.policy ?? {}, dismissed: [...(start.dismissed ?? [])] };
  const badge: { tabId?: number; key?: string; level?: string; hidden?: number }[] = [];
  let n = 0;
  const registry = new WarningRegistry(
    () => clock.ms,
    // Distinct, predictable tokens: tests check binding, not randomness.
    (size) => new Uint8Array(size).map((_, i) => (i === 0 ? ++n : i)),
  );
  const desk: WarningDesk = {
    registry,
    readEffective: async () => applyPolicy(parseSettings(state.settings).settings, state.policy, chosenFields(state.settings)),
    dismissals: {
      has: async (key) => state.dismissed.some((d) => d.key === key),
      add: async (d) => void (state.dismissed = [...state.dismissed.filter((x) => x.key !== d.key), d]),
      remove: async (key) => void (state.dismissed = state.dismissed.filter((d) => d.key !== key)),
      list: async () => [...state.dismissed],
    },
    noteVerdict: (sender: MessageSender, key, level) => void badge.push({ tabId: sender.tab?.id, key, level }),
    showHidden: (tabId, hidden) => void badge.push({ tabId, hidden }),
    now: () => new Date(clock.ms),
  };
  return { desk, clock, state, badge };
}

/** The person's own list sources in memory, for message-door tests that do not touch them. */
export function memoryUserSources(start: UserListSource[] = []): MessageDeps['userSources'] & { sources: UserListSource[] } {
  const store = {
    sources: [...start],
    list: async () => [...store.sources],
    replace: async (next: UserListSource[]) => void (store.sources = [...next]),
  };
  return store;
}

/** The person's own settings in memory, for message-door tests that do not touch them. */
export function memorySettings(start: OwnSettings = {}): MessageDeps['settings'] & { saved: OwnSettings } {
  const store = {
    saved: { ...start },
    read: async () => ({ ...store.saved }),
    replace: async (next: OwnSettings) => void (store.saved = OwnSettingsSchema.parse(next)),
  };
  return store;
}
