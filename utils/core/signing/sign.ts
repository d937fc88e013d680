/**
 * Produces signed manifest envelopes: the maintainer tools and the tests sign with this, the
 * extension never does. Secret keys arrive as bytes from the caller; this module does not read
 * files or the environment and never logs a key.
 */
import { getPublicKeyAsync, signAsync } from '@noble/ed25519';
import { base64 } from '@scure/base';
import { keyIdOf, sha256Hex, utf8 } from './bytes';
import {
  MANIFEST_FORMAT,
  MANIFEST_PAYLOAD_TYPE,
  ManifestPayloadSchema,
  ROTATION_PAYLOAD_TYPE,
  type Envelope,
  type EnvelopeSignature,
  type ListTrust,
  type ManifestPayload,
  type RotationEnvelope,
  type SignedEnvelope,
  type TrustedKey,
} from './manifest';
import { preAuthEncoding } from './pae';
import { ROTATION_FORMAT, RotationPayloadSchema } from './rotation';

export type SigningKey = { secretKey: Uint8Array; publicKey: Uint8Array; keyid: string };

export async function signingKeyFromSecret(secretKey: Uint8Array): Promise<SigningKey> {
  if (secretKey.length !== 32) throw new Error('An Ed25519 secret key is 32 bytes.');
  const publicKey = await getPublicKeyAsync(secretKey);
  return { secretKey, publicKey, keyid: keyIdOf(publicKey) };
}

export const trustedKeyOf = (key: { publicKey: Uint8Array }, label?: string): TrustedKey => ({
  publicKey: base64.encode(key.publicKey),
  ...(label === undefined ? {} : { label }),
});

/** One signature over exact payload bytes, PAE-encoded with the envelope's payload type. */
export async function signatureFor(payloadType: string, payload: Uint8Array, key: SigningKey): Promise<EnvelopeSignature> {
  return { keyid: key.keyid, sig: base64.encode(await signAsync(preAuthEncoding(payloadType, payload), key.secretKey)) };
}

/** Signs exact payload bytes; the envelope's bytes are what clients verify. */
export async function signEnvelope(payload: Uint8Array, keys: SigningKey[]): Promise<Envelope> {
  const signatures = await Promise.all(keys.map((key) => signatureFor(MANIFEST_PAYLOAD_TYPE, payload, key)));
  return { payloadType: MANIFEST_PAYLOAD_TYPE, payload: base64.encode(payload), signatures };
}

/**
 * Adds one key's signature to an envelope someone else started (each maintainer signs with
 * their own key, on their own machine). Refuses a key that already signed: a second signature
 * by the same key would not count toward the threshold and only hides a mistake.
 */
export async function addSignature<E extends SignedEnvelope>(envelope: E, key: SigningKey): Promise<E> {
  if (envelope.signatures.some((s) => s.keyid === key.keyid)) {
    throw new Error(`key ${key.keyid.slice(0, 16)}… has already signed this; another signature by it would not count`);
  }
  const payload = base64.decode(envelope.payload);
  return { ...envelope, signatures: [...envelope.signatures, await signatureFor(envelope.payloadType, payload, key)] };
}

/** A key rotation statement from `fromEpoch` to `next` (rotation.ts), signed by the given keys. */
export async function signRotation(
  fields: { fromEpoch: number; trust: ListTrust; issuedAt: Date },
  keys: SigningKey[],
): Promise<RotationEnvelope> {
  const payload = utf8(
    JSON.stringify(RotationPayloadSchema.parse({ format: ROTATION_FORMAT, fromEpoch: fields.fromEpoch, trust: fields.trust, issuedAt: fields.issuedAt.toISOString() })),
  );
  const signatures = await Promise.all(keys.map((key) => signatureFor(ROTATION_PAYLOAD_TYPE, payload, key)));
  return { payloadType: ROTATION_PAYLOAD_TYPE, payload: base64.encode(payload), signatures };
}

export const envelopeBytes = (envelope: Envelope): Uint8Array => utf8(`${JSON.stringify(envelope, null, 2)}\n`);

export type ManifestFields = {
  listId: string;
  keyEpoch: number;
  version: number;
  generatedAt: Date;
  expires: Date;
  minWaitSeconds: number;
};

/** The manifest payload for list file bytes; throws if the fields break the manifest schema. */
export function manifestFor(listBytes: Uint8Array, fields: ManifestFields): ManifestPayload {
  const sha256 = sha256Hex(listBytes);
  return ManifestPayloadSchema.parse({
    format: MANIFEST_FORMAT,
    listId: fields.listId,
    keyEpoch: fields.keyEpoch,
    version: fields.version,
    generatedAt: fields.generatedAt.toISOString(),
    expires: fields.expires.toISOString(),
    minWaitSeconds: fields.minWaitSeconds,
    list: { path: `list.${sha256}.json`, sha256, length: listBytes.length },
  });
}

/** Payload → signed envelope bytes, ready to publish as manifest.json, with the key rotations it needs. */
export async function signManifest(payload: ManifestPayload, keys: SigningKey[], rotations: RotationEnvelope[] = []): Promise<Uint8Array> {
  const payloadBytes = utf8(JSON.stringify(payload));
  const envelope = await signEnvelope(payloadBytes, keys);
  return envelopeBytes(rotations.length > 0 ? { ...envelope, rotations } : envelope);
}
