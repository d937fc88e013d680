/**
 * Combines a person's own settings with the administrator's parsed policy into what Vahti
 * actually uses. Pure: no storage, no browser. Must not write anything back — the person's
 * stored settings stay their own, so removing a policy restores exactly what they had.
 *
 * - Adds: list sources (kind `policy`, each pinned to its own keys), webmail hosts and watch-list
 *   entries join the person's own.
 * - Overrides: `useDefaultList`, `updateInterval` bounds, `helpdesk`, `allowDismiss`, and every
 *   setting named in `lockedSettings` (those become `locked`, which `utils/app/settings/update.ts`
 *   refuses to change).
 * - Defaults: country, language and the hide-body default apply only where the person has not
 *   chosen. "Chosen" means the field is present in what they stored: `chosenFields(raw)`.
 */
import { configuredListSource, type ConfiguredListSource, type ListSource } from '../sync/source';
import { toCatalogueCountry } from '../guidance/resolve';
import type { ManagedPolicy } from './schema';
import type { LockableSetting, Settings } from '../settings/schema';

/** The parts of Vahti's settings an administrator can have set. */
export type ManagedSetting = LockableSetting | 'helpdesk' | 'allowDismiss' | 'updateInterval';

export interface EffectiveConfig {
  /** For display and for `update.ts`: the person's own values with policy defaults and locks applied. */
  settings: Settings;
  /** Policy list sources, ready for sync. */
  policySources: ListSource[];
  useDefaultList: boolean;
  updateInterval?: { minHours: number; maxHours: number };
  helpdesk?: ManagedPolicy['helpdesk'];
  allowDismiss: boolean;
  /** The person's own watch list plus the policy's entries (lower-cased, no duplicates). */
  watchList: string[];
  /** Hosts from policy (the person's own hosts live in the browser's permission store). */
  policyWebmailHosts: string[];
  /** Which settings come from policy, for "Set by your organisation". */
  managed: ManagedSetting[];
}

/** Fields the person actually stored (not filled in from defaults). */
export function chosenFields(raw: unknown): Set<string> {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return new Set();
  return new Set(Object.keys(raw).filter((k) => (raw as Record<string, unknown>)[k] !== undefined));
}

/** A policy list source as sync sees it. */
export function toListSource(source: ConfiguredListSource): ListSource {
  return configuredListSource(source, 'policy');
}

/** The policy's list sources for sync. */
export function policySources(policy: ManagedPolicy): ListSource[] {
  return (policy.listSources ?? []).map(toListSource);
}

function union(own: readonly string[], added: readonly string[]): string[] {
  const out: string[] = [];
  for (const entry of [...own, ...added]) {
    const key = entry.trim().toLowerCase();
    if (!out.includes(key)) out.push(key);
  }
  return out;
}

export function applyPolicy(settings: Settings, policy: ManagedPolicy, chosen: ReadonlySet<string> = new Set()): EffectiveConfig {
  const locked = [...new Set(policy.lockedSettings ?? [])];
  const isLocked = (field: LockableSetting) => locked.includes(field);
  const useDefault = (field: 'country' | 'language' | 'hideBodyByDefault') => isLocked(field) || !chosen.has(field);
  const next: Settings = { ...settings, locked };

  if (policy.defaultCountry !== undefined && useDefault('country')) next.country = toCatalogueCountry(policy.defaultCountry);
  if (policy.defaultLanguage !== undefined && useDefault('language')) next.language = policy.defaultLanguage;
  if (policy.hideBodyByDefault !== undefined && useDefault('hideBodyByDefault')) next.hideBodyByDefault = policy.hideBodyByDefault;

  const managedSources = policySources(policy);
  // A policy source wins over a person's source with the same id: the administrator's keys apply.
  const policyIds = new Set(managedSources.map((s) => s.id));
  next.listSources = settings.listSources.filter((s) => !policyIds.has(s.id));

  const managed = new Set<ManagedSetting>(locked);
  if (policy.listSources?.length) managed.add('listSources');
  if (policy.useDefaultList !== undefined) managed.add('useDefaultList');
  if (policy.webmailHosts?.length) managed.add('webmailHosts');
  if (policy.watchList?.length) managed.add('watchList');
  if (policy.helpdesk) managed.add('helpdesk');
  if (policy.allowDismiss !== undefined) managed.add('allowDismiss');
  if (policy.updateInterval) managed.add('updateInterval');
  if (isLocked('country') && policy.defaultCountry !== undefined) managed.add('country');
  if (isLocked('language') && policy.defaultLanguage !== undefined) managed.add('language');

  return {
    settings: next,
    policySources: managedSources,
    useDefaultList: policy.useDefaultList ?? true,
    ...(policy.updateInterval ? { updateInterval: policy.updateInterval } : {}),
    ...(policy.helpdesk ? { helpdesk: policy.helpdesk } : {}),
    allowDismiss: policy.allowDismiss ?? true,
    watchList: union(settings.watchList, policy.watchList ?? []),
    policyWebmailHosts: [...new Set(policy.webmailHosts ?? [])],
    managed: [...managed],
  };
}

/** The sync period within the administrator's bounds (hours are what administrators write). */
export function clampPeriodMs(periodMs: number, bounds: EffectiveConfig['updateInterval']): number {
  if (!bounds) return periodMs;
  const hour = 3_600_000;
  return Math.min(bounds.maxHours * hour, Math.max(bounds.minHours * hour, periodMs));
}

const DEFAULTABLE = ['country', 'language', 'hideBodyByDefault'] as const;

/**
 * What may be stored after a person changed `shown` (the effective settings): their own values
 * only. A locked field keeps what they had stored; a policy default they did not touch stays
 * unset, so a later change of the organisation's default still reaches them.
 */
export function ownSettings(shown: Settings, stored: Settings, policy: ManagedPolicy, chosen: ReadonlySet<string>): Partial<Settings> {
  const effective = applyPolicy(stored, policy, chosen).settings;
  const next: Partial<Settings> = { ...shown, locked: [] };
  const keepStored = <K extends keyof Settings>(field: K) => {
    // Unset stays unset: a field first written here would count as the person's choice.
    if (chosen.has(field)) next[field] = stored[field];
    else delete next[field];
  };
  for (const field of DEFAULTABLE) {
    if (shown.locked.includes(field) || (!chosen.has(field) && shown[field] === effective[field])) keepStored(field);
  }
  for (const field of ['watchList', 'listSources'] as const) if (shown.locked.includes(field)) keepStored(field);
  return next;
}
