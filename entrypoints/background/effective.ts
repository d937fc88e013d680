/**
 * Settings and policy merged once, in the background, for what the background enforces and for
 * what the warning shows: the person's stored settings with the organisation's policy applied
 * (`applyPolicy`), the policy read from managed storage itself (never from the copy published
 * in `storage.local`). `allowDismiss: false` makes every earlier dismissal void.
 */
import { browser } from 'wxt/browser';
import { applyPolicy, chosenFields, type EffectiveConfig } from '../../utils/app/policy/apply';
import { parseSettings, SETTINGS_STORAGE_KEY } from '../../utils/app/settings/schema';
import { dismissMessage, isDismissed } from '../../utils/app/settings/update';
import type { WarningEffective } from '../../utils/app/messages';
import { readManagedPolicy } from './policy';

export async function readEffective(): Promise<EffectiveConfig> {
  const stored = (await browser.storage.local.get(SETTINGS_STORAGE_KEY))[SETTINGS_STORAGE_KEY];
  const { policy } = await readManagedPolicy();
  return applyPolicy(parseSettings(stored).settings, policy, chosenFields(stored));
}

/** Whether the person's "This is not extortion" for this message counts now. */
export function dismissalHolds(config: EffectiveConfig, messageKey: string): boolean {
  return config.allowDismiss && isDismissed(config.settings, messageKey);
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

/**
 * Stores "This is not extortion" for a message. Only `dismissed` changes: writing every parsed
 * field back would turn defaults into choices (and a policy default would then no longer reach
 * this person).
 */
export async function storeDismissal(messageKey: string, sender: string | undefined, at: Date): Promise<void> {
  const stored = (await browser.storage.local.get(SETTINGS_STORAGE_KEY))[SETTINGS_STORAGE_KEY];
  const next = dismissMessage(parseSettings(stored).settings, messageKey, at, sender || undefined);
  const raw = typeof stored === 'object' && stored !== null && !Array.isArray(stored) ? stored : {};
  await browser.storage.local.set({ [SETTINGS_STORAGE_KEY]: { ...raw, dismissed: next.dismissed } });
}
