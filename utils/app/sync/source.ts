/**
 * A list source: where one signed list comes from and which keys may sign it. The built-in
 * default list, lists set by policy and lists a person adds all have this shape; each brings
 * its own keys, so one source's signer can never sign another's list. Shapes only.
 */
import { z } from 'zod';
import { IdSchema } from '../../core/list/schema';
import { ListTrustSchema } from '../../core/signing/manifest';
import { checkListUrl } from './url-policy';

export const SourceKindSchema = z.enum(['builtin', 'policy', 'user']);

export const ListUrlSchema = z
  .string()
  .max(2_000)
  .refine((url) => checkListUrl(url).ok, 'must be an https:// address (http:// only for this computer, for tests)');

export const ListSourceSchema = z
  .object({
    id: IdSchema,
    name: z.string().min(1).max(200),
    kind: SourceKindSchema,
    /** Absent for the built-in list when the build names no update server: it then only uses the bundled copy. */
    manifestUrl: ListUrlSchema.optional(),
    trust: ListTrustSchema,
  })
  .strict();

/**
 * A list source as an administrator's policy or a person configures it: the manifest's
 * address and the signer keys, by key id.
 */
/** Ed25519 public key of a list signer: 32 bytes, base64. */
export const ConfiguredListKeySchema = z
  .object({
    keyId: z.string().min(1).max(64),
    publicKey: z.string().regex(/^[A-Za-z0-9+/]{43}=$/, 'must be a 32-byte Ed25519 public key in base64'),
    epoch: z.number().int().min(0).max(1_000_000).default(1),
  })
  .strict();

export const ConfiguredListSourceSchema = z
  .object({
    id: IdSchema,
    name: z.string().min(1).max(200),
    manifestUrl: ListUrlSchema,
    keys: z.array(ConfiguredListKeySchema).min(1).max(4),
  })
  .strict();

export type SourceKind = z.infer<typeof SourceKindSchema>;
export type ListSource = z.infer<typeof ListSourceSchema>;
export type ListSourceInput = z.input<typeof ListSourceSchema>;
export type ConfiguredListSource = z.infer<typeof ConfiguredListSourceSchema>;

/**
 * A list source configured by policy or by a person, as sync sees it. The list's manifest must
 * carry the source's `id` as its `listId` (so a source can only ever be fed its own list), and
 * the key generation starts at the highest `epoch` the configuration names.
 */
export function configuredListSource(source: ConfiguredListSource, kind: 'policy' | 'user'): ListSource {
  return {
    id: source.id,
    name: source.name,
    kind,
    manifestUrl: source.manifestUrl,
    trust: {
      listId: source.id,
      keyEpoch: Math.max(1, ...source.keys.map((k) => k.epoch)),
      keys: source.keys.map((k) => ({ publicKey: k.publicKey, label: k.keyId })),
      threshold: 1,
    },
  };
}
