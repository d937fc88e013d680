/**
 * What every section of the options page gets from the page: the settings as saved, the
 * person's language, and one way to save a change (validated by `utils/app/settings`) with its
 * error shown next to the field that caused it.
 */
import type { JSX } from 'preact';
import type { LockableSetting, Settings } from '../../utils/app/settings/schema';
import type { SettingsError } from '../../utils/app/settings/update';
import type { Result } from '../../utils/core/result';
import type { Translate } from '../i18n';

/** Where an error is shown: next to the watch list, the list-source form, or at the top. */
export type ErrorField = 'watch' | 'source' | 'general';

export interface SectionProps {
  settings: Settings;
  t: Translate;
  /** Saves a validated change; false (and the error shown under `field`) when it failed. */
  save: (result: Result<Settings, SettingsError>, field: ErrorField) => Promise<boolean>;
  errors: Partial<Record<ErrorField, string>>;
  /** Whether the organisation's policy fixes this setting. */
  locked: (field: LockableSetting) => boolean;
  /** The note shown beside a control that policy fixed. */
  lockedNote: JSX.Element;
}
