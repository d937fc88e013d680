/**
 * A person's settings as the options page shows them, shared by the background, the options page
 * and the popup. The background keeps them in its own IndexedDB, out of content scripts' reach:
 * the person's own fields in one row (own.ts, entrypoints/background/settings-store.ts), list
 * sources and dismissals apart. `SETTINGS_STORAGE_KEY` is where earlier versions kept them in
 * `storage.local`, read once for the move and then only removed.
 * Pure: no storage access here, only the shape, the defaults and a tolerant parse.
 *
 * `locked` names settings a managed policy has fixed; the UI shows them read-only and the
 * policy's values win (applied by the policy code, not here).
 */
import { z } from 'zod';
import { CountrySchema, UiLanguageSchema } from '../guidance/types';
import { ConfiguredListSourceSchema } from '../sync/source';

export const SETTINGS_STORAGE_KEY = 'vahti.settings';

export const SETTINGS_LIMITS = { watchList: 1_000, dismissed: 5_000, listSources: 20 } as const;

/** The same rule as policy watch-list entries. */
/** Settings an administrator can lock so users cannot change them. */
export const LockableSettingSchema = z.enum([
  'country',
  'language',
  'hideBodyByDefault',
  'listSources',
  'useDefaultList',
  'webmailHosts',
  'watchList',
]);
export type LockableSetting = z.infer<typeof LockableSettingSchema>;

/**
 * A watch-list entry, for policy and a person's own list alike: a sender address
 * (`name@example.fi`) or a sender domain (`example.fi`), lower-cased. No patterns: the watch
 * list is matched exactly, like list rules.
 */
export const WatchEntrySchema = z
  .string()
  .trim()
  .toLowerCase()
  .min(3, 'is too short to be an address or a domain')
  .max(320, 'is longer than an email address can be')
  .regex(/^([^\s@]+@)?[a-z0-9-]+(\.[a-z0-9-]+)+$/, 'must be an email address (name@example.fi) or a domain (example.fi)');

/** "This is not extortion" for one message. `sender` lets the options page say which one. */
export const DismissalSchema = z
  .object({
    /** The scan-once message key (same bounds as `MessageKeySchema` in utils/app/messages.ts, which may import this file). */
    key: z.string().min(1).max(300),
    at: z.iso.datetime(),
    sender: z.string().max(320).optional(),
  })
  .strict();

/** Same shape as a policy list source, so sync treats both alike. */
export const UserListSourceSchema = ConfiguredListSourceSchema;

export const SettingsSchema = z
  .object({
    schema: z.literal(1).default(1),
    /** Unset: follow the browser's locale. */
    country: CountrySchema.optional(),
    language: UiLanguageSchema.optional(),
    /** Hiding the threat is the gentler default: the person chooses whether to read it. */
    hideBodyByDefault: z.boolean().default(true),
    watchList: z.array(WatchEntrySchema).max(SETTINGS_LIMITS.watchList).default([]),
    dismissed: z.array(DismissalSchema).max(SETTINGS_LIMITS.dismissed).default([]),
    listSources: z.array(UserListSourceSchema).max(SETTINGS_LIMITS.listSources).default([]),
    locked: z.array(LockableSettingSchema).default([]),
  })
  .strict();

export type Settings = z.infer<typeof SettingsSchema>;
export type Dismissal = z.infer<typeof DismissalSchema>;
export type UserListSource = z.infer<typeof UserListSourceSchema>;
export type SettingsProblem = { field: string; message: string };

export const DEFAULT_SETTINGS: Settings = SettingsSchema.parse({});

/**
 * Reads stored settings field by field: a bad field falls back to its default (with a problem
 * saying so) and every good field is kept, so one corrupt value never wipes the rest. Bad
 * entries inside arrays are dropped one by one for the same reason.
 */
export function parseSettings(raw: unknown): { settings: Settings; problems: SettingsProblem[] } {
  const problems: SettingsProblem[] = [];
  if (raw === undefined || raw === null) return { settings: DEFAULT_SETTINGS, problems };
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    return { settings: DEFAULT_SETTINGS, problems: [{ field: '(settings)', message: 'was not an object; defaults used' }] };
  }
  const shape = SettingsSchema.shape;
  const out: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(raw)) {
    if (!(field in shape)) {
      problems.push({ field, message: 'is not a known setting; ignored' });
      continue;
    }
    const schema = shape[field as keyof typeof shape] as z.ZodType;
    const inner = schema instanceof z.ZodDefault ? (schema.unwrap() as z.ZodType) : schema;
    if (inner instanceof z.ZodArray && Array.isArray(value)) {
      out[field] = value.filter((entry, i) => {
        const r = (inner.element as z.ZodType).safeParse(entry);
        if (!r.success) problems.push({ field: `${field}[${i}]`, message: r.error.issues[0]?.message ?? 'is invalid' });
        return r.success;
      });
    } else {
      out[field] = value;
    }
    const r = schema.safeParse(out[field]);
    if (r.success) out[field] = r.data;
    else {
      delete out[field];
      problems.push({ field, message: `${r.error.issues[0]?.message ?? 'is invalid'}; default used` });
    }
  }
  return { settings: SettingsSchema.parse(out), problems };
}
