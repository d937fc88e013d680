/**
 * Changes to settings as pure functions: each returns new settings or a specific error a
 * person can read, and never touches what it was not asked to change. Locked settings (set by
 * policy) are refused here too, so no page can work around the read-only UI.
 */
import { err, ok, type Result } from '../../core/result';
import { DEFAULT_LIST_ID } from '../../core/signing/keys';
import {
  SETTINGS_LIMITS,
  UserListSourceSchema,
  WatchEntrySchema,
  type LockableSetting,
  type Settings,
  type UserListSource,
} from './schema';

/** `code` lets the UI word the error in the person's language; `message` is the English detail. */
export type SettingsErrorCode = 'locked' | 'invalid' | 'duplicate' | 'full';
export type SettingsError = { field: string; code: SettingsErrorCode; message: string; value?: string };

function lockedError(settings: Settings, field: LockableSetting): SettingsError | null {
  return settings.locked.includes(field) ? { field, code: 'locked', message: 'is set by your organisation and cannot be changed here' } : null;
}

export function isLocked(settings: Settings, field: LockableSetting): boolean {
  return settings.locked.includes(field);
}

export function setCountryAndLanguage(
  settings: Settings,
  change: Partial<Pick<Settings, 'country' | 'language'>>,
): Result<Settings, SettingsError> {
  for (const field of ['country', 'language'] as const) {
    if (field in change) {
      const locked = lockedError(settings, field);
      if (locked) return err(locked);
    }
  }
  return ok({ ...settings, ...change });
}

export function setHideBodyByDefault(settings: Settings, hide: boolean): Result<Settings, SettingsError> {
  const locked = lockedError(settings, 'hideBodyByDefault');
  return locked ? err(locked) : ok({ ...settings, hideBodyByDefault: hide });
}

export function addWatchEntry(settings: Settings, input: string): Result<Settings, SettingsError> {
  const locked = lockedError(settings, 'watchList');
  if (locked) return err(locked);
  const parsed = WatchEntrySchema.safeParse(input);
  if (!parsed.success) return err({ field: 'watchList', code: 'invalid', value: input.trim(), message: `"${input.trim()}" ${parsed.error.issues[0]?.message ?? 'is invalid'}` });
  if (settings.watchList.includes(parsed.data)) return err({ field: 'watchList', code: 'duplicate', value: parsed.data, message: `"${parsed.data}" is already on your watch list` });
  if (settings.watchList.length >= SETTINGS_LIMITS.watchList) {
    return err({ field: 'watchList', code: 'full', message: `the watch list is full (${SETTINGS_LIMITS.watchList} entries)` });
  }
  return ok({ ...settings, watchList: [...settings.watchList, parsed.data] });
}

export function removeWatchEntry(settings: Settings, entry: string): Result<Settings, SettingsError> {
  const locked = lockedError(settings, 'watchList');
  return locked ? err(locked) : ok({ ...settings, watchList: settings.watchList.filter((e) => e !== entry) });
}

/** Remembers "This is not extortion"; the oldest dismissals go first when the cap is reached. */
export function dismissMessage(settings: Settings, key: string, at: Date, sender?: string): Settings {
  const rest = settings.dismissed.filter((d) => d.key !== key);
  const entry = { key, at: at.toISOString(), ...(sender ? { sender: sender.slice(0, 320) } : {}) };
  return { ...settings, dismissed: [...rest, entry].slice(-SETTINGS_LIMITS.dismissed) };
}

export function undoDismissal(settings: Settings, key: string): Settings {
  return { ...settings, dismissed: settings.dismissed.filter((d) => d.key !== key) };
}

export function isDismissed(settings: Settings, key: string): boolean {
  return settings.dismissed.some((d) => d.key === key);
}

export function addListSource(settings: Settings, input: unknown): Result<Settings, SettingsError> {
  const locked = lockedError(settings, 'listSources');
  if (locked) return err(locked);
  const parsed = UserListSourceSchema.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.length ? issue.path.join('.') : 'list source';
    return err({ field: 'listSources', code: 'invalid', value: where, message: `${where}: ${issue?.message ?? 'is invalid'}` });
  }
  const source: UserListSource = parsed.data;
  if (source.id === DEFAULT_LIST_ID) {
    return err({ field: 'listSources', code: 'duplicate', value: source.id, message: `"${source.id}" is the built-in list's id` });
  }
  if (settings.listSources.some((s) => s.id === source.id)) {
    return err({ field: 'listSources', code: 'duplicate', value: source.id, message: `a list source with the id "${source.id}" already exists` });
  }
  if (settings.listSources.some((s) => s.manifestUrl === source.manifestUrl)) {
    return err({ field: 'listSources', code: 'duplicate', value: source.manifestUrl, message: `${source.manifestUrl} is already a list source` });
  }
  if (settings.listSources.length >= SETTINGS_LIMITS.listSources) {
    return err({ field: 'listSources', code: 'full', message: `you can add at most ${SETTINGS_LIMITS.listSources} list sources` });
  }
  return ok({ ...settings, listSources: [...settings.listSources, source] });
}

export function removeListSource(settings: Settings, id: string): Result<Settings, SettingsError> {
  const locked = lockedError(settings, 'listSources');
  return locked ? err(locked) : ok({ ...settings, listSources: settings.listSources.filter((s) => s.id !== id) });
}
