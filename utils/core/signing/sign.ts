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
  type Envelope,
  type ManifestPayload,
  type TrustedKey,
} from './manifest';
import { preAuthEncoding } from './pae';

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

/** Signs exact payload bytes; the envelope's bytes are what clients verify. */
export async function signEnvelope(payload: Uint8Array, keys: SigningKey[]): Promise<Envelope> {
  const signed = preAuthEncoding(MANIFEST_PAYLOAD_TYPE, payload);
  const signatures = await Promise.all(
    keys.map(async (key) => ({ keyid: key.keyid, sig: base64.encode(await signAsync(signed, key.secretKey)) })),
  );
  return { payloadType: MANIFEST_PAYLOAD_TYPE, payload: base64.encode(payload), signatures };
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

/** Payload → signed envelope bytes, ready to publish as manifest.json. */
export async function signManifest(payload: ManifestPayload, keys: SigningKey[]): Promise<Uint8Array> {
  const payloadBytes = utf8(JSON.stringify(payload));
  return envelopeBytes(await signEnvelope(payloadBytes, keys));
}
