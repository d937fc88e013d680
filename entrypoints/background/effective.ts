/**
 * Settings and policy merged once, in the background, for what the background enforces and for
 * what the warning shows: the person's stored settings with the organisation's policy applied
 * (`applyPolicy`), the policy read from managed storage itself (never from the copy published
 * in `storage.local`). Dismissals are not part of it: they live in the background's IndexedDB
 * (dismissals.ts).
 */
import { browser } from 'wxt/browser';
import { applyPolicy, chosenFields, type EffectiveConfig } from '../../utils/app/policy/apply';
import { parseSettings, SETTINGS_STORAGE_KEY } from '../../utils/app/settings/schema';
import type { WarningEffective } from '../../utils/app/messages';
import { readManagedPolicy } from './policy';

export async function readEffective(): Promise<EffectiveConfig> {
  const stored = (await browser.storage.local.get(SETTINGS_STORAGE_KEY))[SETTINGS_STORAGE_KEY];
  const { policy } = await readManagedPolicy();
  return applyPolicy(parseSettings(stored).settings, policy, chosenFields(stored));
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

/** The dismissals an earlier version kept inside the settings in `storage.local`. */
export async function readStoredDismissals(): Promise<unknown> {
  const stored = (await browser.storage.local.get(SETTINGS_STORAGE_KEY))[SETTINGS_STORAGE_KEY];
  return typeof stored === 'object' && stored !== null ? (stored as { dismissed?: unknown }).dismissed : undefined;
}

/** Takes `dismissed` out of the stored settings (if it is there), leaving every other field. */
export async function dropStoredDismissals(): Promise<void> {
  const stored = (await browser.storage.local.get(SETTINGS_STORAGE_KEY))[SETTINGS_STORAGE_KEY];
  if (typeof stored !== 'object' || stored === null || Array.isArray(stored) || !('dismissed' in stored)) return;
  const { dismissed: _gone, ...rest } = stored as Record<string, unknown>;
  await browser.storage.local.set({ [SETTINGS_STORAGE_KEY]: rest });
}
