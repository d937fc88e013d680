/**
 * Applies what an administrator fixed by policy to a person's settings, for display and use:
 * the policy's values win for every locked setting, and `locked` lists them so the UI shows
 * them read-only. Policy defaults that are not locked only fill settings the person never set.
 * Pure; reading managed storage is the caller's job.
 */
import type { ManagedPolicy } from '../policy/schema';
import { toCatalogueCountry } from '../guidance/resolve';
import type { Settings } from './schema';

export function applyManaged(settings: Settings, policy: ManagedPolicy): Settings {
  const locked = policy.lockedSettings ?? [];
  const next: Settings = { ...settings, locked: [...locked] };
  const country = policy.defaultCountry === undefined ? undefined : toCatalogueCountry(policy.defaultCountry);
  if (country && (locked.includes('country') || next.country === undefined)) next.country = country;
  if (policy.defaultLanguage && (locked.includes('language') || next.language === undefined)) next.language = policy.defaultLanguage;
  if (policy.hideBodyByDefault !== undefined && locked.includes('hideBodyByDefault')) next.hideBodyByDefault = policy.hideBodyByDefault;
  if (policy.watchList && locked.includes('watchList')) next.watchList = [...policy.watchList];
  return next;
}

/** What may be written back to storage: the person's own values, never the policy's. */
export function withoutManaged(shown: Settings, stored: Settings): Settings {
  const next: Settings = { ...shown, locked: [] };
  for (const field of shown.locked) {
    if (field === 'country') next.country = stored.country;
    if (field === 'language') next.language = stored.language;
    if (field === 'hideBodyByDefault') next.hideBodyByDefault = stored.hideBodyByDefault;
    if (field === 'watchList') next.watchList = stored.watchList;
  }
  return next;
}
