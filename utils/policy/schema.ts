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
import { IdSchema } from '../list/schema';
import { checkListUrl } from '../sync/url-policy';

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

const httpsUrl = z
  .url({ protocol: /^https$/, hostname: z.regexes.domain })
  .max(2_000)
  .describe('an https:// address');

const listUrl = z
  .string()
  .max(2_000)
  .refine((url) => checkListUrl(url).ok, 'must be an https:// address (http:// is accepted only for this computer, for tests)');

/** A host name like `webmail.example.fi`: no scheme, path, port or wildcard. */
export const HostnameSchema = z
  .string()
  .max(253)
  .regex(z.regexes.domain, 'must be a host name such as webmail.example.fi, without https:// or a path')
  .transform((h) => h.toLowerCase());

/** Ed25519 public key of a list signer: 32 bytes, base64. */
export const PolicyListKeySchema = z
  .object({
    keyId: z.string().min(1).max(64),
    publicKey: z.string().regex(/^[A-Za-z0-9+/]{43}=$/, 'must be a 32-byte Ed25519 public key in base64'),
    epoch: z.number().int().min(0).max(1_000_000).default(1),
  })
  .strict();

export const PolicyListSourceSchema = z
  .object({
    id: IdSchema,
    name: z.string().min(1).max(200),
    manifestUrl: listUrl,
    keys: z.array(PolicyListKeySchema).min(1).max(4),
  })
  .strict();

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

/** One schema per policy key; `parse.ts` applies them key by key. */
export const POLICY_FIELDS = {
  listSources: z.array(PolicyListSourceSchema).max(20),
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
export type PolicyListSource = z.infer<typeof PolicyListSourceSchema>;
export type HelpdeskContact = z.infer<typeof HelpdeskContactSchema>;
