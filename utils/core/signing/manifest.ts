/**
 * The signed manifest: the one small file a client fetches to learn whether a list changed.
 * An envelope (DSSE-like: payload type, base64 payload, signatures) carries the exact payload
 * bytes; the payload names the list, its key generation, its version, when it expires, how
 * long clients wait between fetches, and the content-addressed list file by hash and length.
 * This module only describes shapes and limits; verifying them is verify-manifest.ts.
 */
import { z } from 'zod';
import { IdSchema } from '../list/schema';

export const MANIFEST_PAYLOAD_TYPE = 'application/vnd.vahti.manifest+json;v=1';
export const MANIFEST_FORMAT = 1;

export const SIGNING_LIMITS = {
  /** The whole envelope as fetched (threat model row 5: manifest ≤ 64 KiB). */
  manifestBytes: 64 * 1024,
  /** The list file, whatever the manifest claims. */
  listBytes: 8 * 1024 * 1024,
  signatures: 16,
  keys: 16,
  minWaitSeconds: { min: 3_600, max: 7 * 24 * 3_600 },
} as const;

const Hex64Schema = z.string().regex(/^[0-9a-f]{64}$/, 'expected 64 lower-case hex characters');
const Base64Schema = z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/, 'expected base64');
const SafeIntSchema = z.number().int().refine(Number.isSafeInteger, 'must be a safe integer');

export const EnvelopeSignatureSchema = z
  .object({
    keyid: Hex64Schema,
    sig: Base64Schema.max(128),
  })
  .strict();

export const ROTATION_PAYLOAD_TYPE = 'application/vnd.vahti.key-rotation+json;v=1';

/** How many key rotations one manifest may carry: the chain from an old build's keys to today's. */
export const MAX_ROTATIONS = 8;

/** A signed key rotation (rotation.ts): same envelope shape, its own payload type. */
export const RotationEnvelopeSchema = z
  .object({
    payloadType: z.literal(ROTATION_PAYLOAD_TYPE),
    payload: Base64Schema.min(4).max(8 * 1024),
    signatures: z.array(EnvelopeSignatureSchema).min(1).max(SIGNING_LIMITS.signatures),
  })
  .strict();

export const EnvelopeSchema = z
  .object({
    payloadType: z.literal(MANIFEST_PAYLOAD_TYPE),
    payload: Base64Schema.min(4).max(SIGNING_LIMITS.manifestBytes),
    signatures: z.array(EnvelopeSignatureSchema).min(1).max(SIGNING_LIMITS.signatures),
    /**
     * The key rotations from older key generations to the one this manifest is signed for, in
     * order. Outside the signed payload on purpose: each rotation carries its own signatures.
     */
    rotations: z.array(RotationEnvelopeSchema).max(MAX_ROTATIONS).optional(),
  })
  .strict();

export const ListFileRefSchema = z
  .object({
    /** Content-addressed, so a CDN can cache it forever and a mix-up shows as a hash mismatch. */
    path: z.string().regex(/^list\.[0-9a-f]{64}\.json$/, 'expected list.<sha256 hex>.json'),
    sha256: Hex64Schema,
    length: z.number().int().min(1).max(SIGNING_LIMITS.listBytes),
  })
  .strict()
  .refine((f) => f.path === `list.${f.sha256}.json`, { message: 'path must be list.<sha256>.json of this file' });

export const ManifestPayloadSchema = z
  .object({
    format: z.literal(MANIFEST_FORMAT),
    listId: IdSchema,
    /** The key generation the publisher signs for; a newer one resets the version floor. */
    keyEpoch: SafeIntSchema.min(1),
    /** Strictly increasing with every publication, including re-signing. */
    version: SafeIntSchema.min(0),
    generatedAt: z.iso.datetime(),
    expires: z.iso.datetime(),
    /** The least time a client waits before fetching this manifest again. */
    minWaitSeconds: z.number().int().min(SIGNING_LIMITS.minWaitSeconds.min).max(SIGNING_LIMITS.minWaitSeconds.max),
    list: ListFileRefSchema,
  })
  .strict()
  .refine((m) => Date.parse(m.expires) > Date.parse(m.generatedAt), { message: 'expires must be after generatedAt' });

export const TrustedKeySchema = z
  .object({
    /** The raw 32-byte Ed25519 public key, base64. Its key id is derived, never trusted as given. */
    publicKey: Base64Schema.length(44),
    label: z.string().max(100).optional(),
  })
  .strict();

/** Which keys may sign one list source, and how many must agree. */
export const ListTrustSchema = z
  .object({
    listId: IdSchema,
    /** The newest key generation this installation knows for the list. */
    keyEpoch: SafeIntSchema.min(1),
    keys: z.array(TrustedKeySchema).min(1).max(SIGNING_LIMITS.keys),
    threshold: z.number().int().min(1).max(SIGNING_LIMITS.keys).default(1),
  })
  .strict()
  .refine((t) => t.threshold <= new Set(t.keys.map((k) => k.publicKey)).size, {
    message: 'threshold is larger than the number of distinct keys, so nothing could ever verify',
  });

/** The version a source has accepted so far, bound to the key generation it was signed for. */
export const VersionFloorSchema = z
  .object({
    keyEpoch: SafeIntSchema.min(1),
    version: SafeIntSchema.min(0),
  })
  .strict();

export type Envelope = z.infer<typeof EnvelopeSchema>;
export type EnvelopeSignature = z.infer<typeof EnvelopeSignatureSchema>;
export type RotationEnvelope = z.infer<typeof RotationEnvelopeSchema>;
/** What the threshold check needs of any signed envelope. */
export type SignedEnvelope = { payloadType: string; payload: string; signatures: { keyid: string; sig: string }[] };
export type ManifestPayload = z.infer<typeof ManifestPayloadSchema>;
export type ListFileRef = z.infer<typeof ListFileRefSchema>;
export type TrustedKey = z.infer<typeof TrustedKeySchema>;
export type ListTrust = z.infer<typeof ListTrustSchema>;
export type ListTrustInput = z.input<typeof ListTrustSchema>;
export type VersionFloor = z.infer<typeof VersionFloorSchema>;
