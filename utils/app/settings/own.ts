/**
 * The settings a person chooses themselves (country, language, hide-body default, watch list),
 * as the background keeps them: only the fields they chose, so a policy default still reaches
 * a field they never touched (`chosenFields` in utils/app/policy/apply.ts). List sources and
 * dismissals are kept apart by the background (they decide which warnings appear); `locked` is
 * the policy's, never stored. Pure: the shape and a tolerant parse, no storage.
 */
import { z } from 'zod';
import { CountrySchema, UiLanguageSchema } from '../guidance/types';
import { parseSettings, SETTINGS_LIMITS, WatchEntrySchema, type SettingsProblem } from './schema';

export const OWN_SETTING_FIELDS = ['country', 'language', 'hideBodyByDefault', 'watchList'] as const;

export const OwnSettingsSchema = z
  .object({
    country: CountrySchema.optional(),
    language: UiLanguageSchema.optional(),
    hideBodyByDefault: z.boolean().optional(),
    watchList: z.array(WatchEntrySchema).max(SETTINGS_LIMITS.watchList).optional(),
  })
  .strict();

export type OwnSettings = z.infer<typeof OwnSettingsSchema>;

/**
 * The person's own fields out of anything stored (a row, an earlier version's settings object):
 * a bad field is dropped with a problem saying so, bad watch-list entries one by one, and every
 * good field is kept. Fields that are not the person's own (list sources, dismissals, `locked`,
 * `schema`) are left out without a problem: they are kept elsewhere or not at all.
 */
export function parseOwnSettings(raw: unknown): { own: OwnSettings; problems: SettingsProblem[] } {
  const { settings, problems } = parseSettings(raw);
  const own: Record<string, unknown> = {};
  if (typeof raw === 'object' && raw !== null && !Array.isArray(raw)) {
    for (const field of OWN_SETTING_FIELDS) {
      const value = (raw as Record<string, unknown>)[field];
      if (value !== undefined && !problems.some((p) => p.field === field)) own[field] = settings[field];
    }
  }
  const mine = (p: SettingsProblem) => p.field === '(settings)' || OWN_SETTING_FIELDS.some((f) => p.field === f || p.field.startsWith(`${f}[`));
  return { own: OwnSettingsSchema.parse(own), problems: problems.filter(mine) };
}

/** Only the person's own fields of a settings object (e.g. what the options page saves). */
export function pickOwnSettings(settings: Partial<Record<string, unknown>>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const field of OWN_SETTING_FIELDS) if (settings[field] !== undefined) out[field] = settings[field];
  return out;
}

/** The first thing wrong with settings that failed `OwnSettingsSchema`, with where it is (`watchList[2]: …`). */
export function settingsProblem(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'they are not valid';
  const where = issue.path.map((part, i) => (typeof part === 'number' ? `[${part}]` : `${i > 0 ? '.' : ''}${String(part)}`)).join('');
  return where ? `${where}: ${issue.message}` : issue.message;
}
