/**
 * What a helpdesk can set by browser policy: Chrome/Edge managed storage
 * (`public/managed_schema.json`) and Firefox `policies.json` (`3rdparty.Extensions`). Firefox
 * applies no schema, and even Chrome's schema lets through values Vahti cannot use, so every
 * value passes through these zod schemas in the extension.
 *
 * Each top-level key is validated on its own (see `parse.ts`): one bad value must not throw
 * away the rest of an administrator's policy.
 */
import { z } from 'zod';
import { LockableSettingSchema, WatchEntrySchema } from '../settings/schema';
import { ConfiguredListSourceSchema } from '../sync/source';

const httpsUrl = z
  .url({ protocol: /^https$/, hostname: z.regexes.domain })
  .max(2_000)
  .describe('an https:// address');

/** A host name like `webmail.example.fi`: no scheme, path, port or wildcard. */
export const HostnameSchema = z
  .string()
  .max(253)
  .regex(z.regexes.domain, 'must be a host name such as webmail.example.fi, without https:// or a path')
  .transform((h) => h.toLowerCase());

export const HelpdeskContactSchema = z
  .object({
    name: z.string().min(1).max(120),
    phone: z.string().regex(/^\+?[0-9 ()-]{3,30}$/, 'must be a phone number such as +358 9 123 4567').optional(),
    email: z.email().max(254).optional(),
    url: httpsUrl.optional(),
  })
  .strict()
  .refine((c) => c.phone ?? c.email ?? c.url, 'needs at least one of phone, email or url');

export const UpdateIntervalSchema = z
  .object({
    minHours: z.number().min(1).max(168),
    maxHours: z.number().min(1).max(168),
  })
  .strict()
  .refine((i) => i.minHours <= i.maxHours, 'minHours must not be larger than maxHours');

/** One schema per policy key; `parse.ts` applies them key by key. */
export const POLICY_FIELDS = {
  listSources: z.array(ConfiguredListSourceSchema).max(20),
  useDefaultList: z.boolean(),
  updateInterval: UpdateIntervalSchema,
  defaultCountry: z.string().regex(/^[A-Z]{2}$/, 'must be a two-letter country code such as FI'),
  defaultLanguage: z.enum(['en', 'fi', 'sv']),
  helpdesk: HelpdeskContactSchema,
  hideBodyByDefault: z.boolean(),
  webmailHosts: z.array(HostnameSchema).max(50),
  watchList: z.array(WatchEntrySchema).max(1_000),
  allowDismiss: z.boolean(),
  lockedSettings: z.array(LockableSettingSchema).max(LockableSettingSchema.options.length),
} as const;

export type PolicyKey = keyof typeof POLICY_FIELDS;
export const POLICY_KEYS = Object.keys(POLICY_FIELDS) as PolicyKey[];

export const ManagedPolicySchema = z.object(POLICY_FIELDS).partial().strict();
export type ManagedPolicy = z.infer<typeof ManagedPolicySchema>;
export type HelpdeskContact = z.infer<typeof HelpdeskContactSchema>;

/** Where the background publishes the policy it read (`StoredPolicy`) for the extension's pages. */
export const POLICY_STORAGE_KEY = 'vahti.policy';
