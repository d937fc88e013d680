/**
 * Settings and policy merged once, in the background, for what the background enforces and for
 * what the warning shows: the person's settings from the background's store (settings-store.ts)
 * with the organisation's policy applied (`applyPolicy`), the policy read from managed storage
 * itself (never from the copy published in `storage.local`). Dismissals are not part of it: they
 * live in the background's IndexedDB (dismissals.ts). Also reads and removes the copy of the
 * settings earlier versions kept in `storage.local`, for the one-time moves.
 */
import { browser } from 'wxt/browser';
import { applyPolicy, chosenFields, type EffectiveConfig } from '../../utils/app/policy/apply';
import { parseSettings, SETTINGS_STORAGE_KEY } from '../../utils/app/settings/schema';
import type { OwnSettings } from '../../utils/app/settings/own';
import type { PageLocaleResponse, WarningEffective } from '../../utils/app/messages';
import { readManagedPolicy } from './policy';

/** `readOwn`: the person's own settings, from the background's store. */
export async function readEffective(readOwn: () => Promise<OwnSettings>): Promise<EffectiveConfig> {
  const [own, { policy }] = await Promise.all([readOwn(), readManagedPolicy()]);
  return applyPolicy(parseSettings(own).settings, policy, chosenFields(own));
}

/** What the warning frame needs of the settings: nothing more (no watch list, no dismissals). */
export function warningEffective(config: EffectiveConfig): WarningEffective {
  const { country, language, hideBodyByDefault } = config.settings;
  return {
    ...(country !== undefined ? { country } : {}),
    ...(language !== undefined ? { language } : {}),
    hideBodyByDefault,
    allowDismiss: config.allowDismiss,
    ...(config.helpdesk ? { helpdesk: config.helpdesk } : {}),
  };
}

/** One field of the settings object an earlier version kept in `storage.local`. */
export async function readStoredSettingsField(field: 'dismissed' | 'listSources'): Promise<unknown> {
  const stored = await readStoredSettings();
  return typeof stored === 'object' && stored !== null ? (stored as Record<string, unknown>)[field] : undefined;
}

/** Takes one field out of the stored settings (if it is there), leaving every other field. */
export async function dropStoredSettingsField(field: 'dismissed' | 'listSources'): Promise<void> {
  const stored = await readStoredSettings();
  if (typeof stored !== 'object' || stored === null || Array.isArray(stored) || !(field in stored)) return;
  const { [field]: _gone, ...rest } = stored as Record<string, unknown>;
  await browser.storage.local.set({ [SETTINGS_STORAGE_KEY]: rest });
}

/** The dismissals an earlier version kept inside the settings in `storage.local`. */
export const readStoredDismissals = (): Promise<unknown> => readStoredSettingsField('dismissed');

/** Takes `dismissed` out of the stored settings (if it is there), leaving every other field. */
export const dropStoredDismissals = (): Promise<void> => dropStoredSettingsField('dismissed');

/** What the popup and "Check a message" need to speak the person's language about their country. */
export function pageLocale(config: EffectiveConfig): PageLocaleResponse {
  const { country, language } = config.settings;
  return { ...(country !== undefined ? { country } : {}), ...(language !== undefined ? { language } : {}) };
}

/** The whole settings object an earlier version kept in `storage.local` (for the one-time move). */
export async function readStoredSettings(): Promise<unknown> {
  return (await browser.storage.local.get(SETTINGS_STORAGE_KEY))[SETTINGS_STORAGE_KEY];
}

/**
 * Removes the settings from `storage.local`. Run after the dismissals' and list sources' moves,
 * which take their own fields out first; should one of those have failed, its field stays for
 * the next start to move, and the rest goes.
 */
export async function dropStoredSettings(): Promise<void> {
  const stored = await readStoredSettings();
  if (stored === undefined) return;
  const pending = typeof stored === 'object' && stored !== null && !Array.isArray(stored) ? stored as Record<string, unknown> : {};
  const { dismissed, listSources } = pending;
  if (dismissed === undefined && listSources === undefined) await browser.storage.local.remove(SETTINGS_STORAGE_KEY);
  else await browser.storage.local.set({ [SETTINGS_STORAGE_KEY]: { ...(dismissed !== undefined ? { dismissed } : {}), ...(listSources !== undefined ? { listSources } : {}) } });
}
