/**
 * The m-of-n rule shared by manifests and key rotations: an envelope counts only when at least
 * `threshold` distinct keys of the trust made valid signatures over the exact payload bytes
 * (PAE-encoded with the envelope's payload type). A key listed twice, a signature under a key
 * id the trust does not pin, or a bad signature never counts. Nothing is parsed before this.
 */
import { base64 } from '@scure/base';
import { err, ok, type Result } from '../result';
import { listErrors, type ListError } from '../list/errors';
import { keyIdOf } from './bytes';
import { verifyEd25519, type Ed25519Backend } from './ed25519';
import type { ListTrust, SignedEnvelope } from './manifest';
import { preAuthEncoding } from './pae';

export const decodeBase64 = (text: string): Uint8Array | undefined => {
  try {
    return base64.decode(text);
  } catch {
    return undefined;
  }
};

/** Key id → raw public key for every well-formed key of a trust. */
export function trustedKeyIds(trust: Pick<ListTrust, 'keys'>): Map<string, Uint8Array> {
  const trusted = new Map<string, Uint8Array>();
  for (const key of trust.keys) {
    const raw = decodeBase64(key.publicKey);
    if (raw?.length === 32) trusted.set(keyIdOf(raw), raw);
  }
  return trusted;
}

/**
 * The key ids (distinct, trusted) whose signatures verified, when there are at least
 * `trust.threshold` of them; otherwise an error that says how many signed of how many needed.
 * `what` names the document in the message ("list", "key rotation").
 */
export async function checkThreshold(
  envelope: SignedEnvelope,
  payload: Uint8Array,
  trust: Pick<ListTrust, 'keys' | 'threshold'>,
  backend: Ed25519Backend | undefined,
): Promise<Result<string[], ListError>> {
  const trusted = trustedKeyIds(trust);
  const signed = preAuthEncoding(envelope.payloadType, payload);
  const verified = new Set<string>();
  let anyTrustedKeyid = false;
  for (const { keyid, sig } of envelope.signatures) {
    const publicKey = trusted.get(keyid);
    if (publicKey === undefined) continue;
    anyTrustedKeyid = true;
    if (verified.has(keyid)) continue; // each key counts once toward the threshold
    const signature = decodeBase64(sig);
    if (signature && (await verifyEd25519(publicKey, signed, signature, backend))) verified.add(keyid);
  }
  if (!anyTrustedKeyid) return err(listErrors.unknownKey(envelope.signatures.map((s) => s.keyid)));
  if (verified.size === 0) return err(listErrors.signature());
  if (verified.size < trust.threshold) {
    return err(listErrors.signature(`${verified.size} of the required ${trust.threshold} trusted keys signed it`));
  }
  return ok([...verified]);
}
