/**
 * Test keys and manifests for the signing tests: fresh random keys per run and a manifest
 * builder with sensible defaults, so each test states only what it changes.
 */
import { utils } from '@noble/ed25519';
import { base64 } from '@scure/base';
import { utf8 } from '../../../utils/core/signing/bytes';
import { MANIFEST_PAYLOAD_TYPE, type ListTrust, type ManifestPayload } from '../../../utils/core/signing/manifest';
import { envelopeBytes, manifestFor, signEnvelope, signingKeyFromSecret, trustedKeyOf, type SigningKey } from '../../../utils/core/signing/sign';

export const NOW = new Date('2026-03-01T12:00:00Z');
const DAY = 24 * 3600 * 1000;

export const newKey = (): Promise<SigningKey> => signingKeyFromSecret(utils.randomSecretKey());

export function trustFor(keys: SigningKey[], extra: Partial<ListTrust> = {}): ListTrust {
  return { listId: 'default', keyEpoch: 1, keys: keys.map((k) => trustedKeyOf(k)), threshold: 1, ...extra };
}

export const LIST_BYTES = utf8('{"placeholder":true}');

export function payloadFor(overrides: Partial<ManifestPayload> = {}, listBytes: Uint8Array = LIST_BYTES): ManifestPayload {
  const base = manifestFor(listBytes, {
    listId: 'default',
    keyEpoch: 1,
    version: 5,
    generatedAt: new Date(NOW.getTime() - DAY),
    expires: new Date(NOW.getTime() + 13 * DAY),
    minWaitSeconds: 3600,
  });
  return { ...base, ...overrides };
}

/** Signs arbitrary payload bytes (even invalid ones) so that post-signature checks are reachable. */
export async function signedBytes(payload: ManifestPayload | Uint8Array, keys: SigningKey[]): Promise<Uint8Array> {
  const bytes = payload instanceof Uint8Array ? payload : utf8(JSON.stringify(payload));
  return envelopeBytes(await signEnvelope(bytes, keys));
}

export function envelopeWith(bytes: Uint8Array, change: (envelope: { payloadType: string; payload: string; signatures: { keyid: string; sig: string }[] }) => void): Uint8Array {
  const envelope = JSON.parse(new TextDecoder().decode(bytes));
  change(envelope);
  return utf8(JSON.stringify(envelope));
}

export const PAYLOAD_TYPE = MANIFEST_PAYLOAD_TYPE;
export { base64 };
