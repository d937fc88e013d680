/**
 * Ed25519 verification for the extension and the tools alike: WebCrypto where the runtime has
 * it (Chrome 137+, Firefox 129+, Node 20+), @noble/ed25519 otherwise. The choice is made once,
 * by verifying a known RFC 8032 test vector, so a runtime that only pretends to support
 * Ed25519 falls back instead of rejecting every list. This module verifies; it never signs and
 * never decides which keys are trusted.
 */
import { verifyAsync } from '@noble/ed25519';
import { hex } from '@scure/base';

export type Ed25519Backend = 'webcrypto' | 'noble';

// RFC 8032 §7.1, TEST 1 (empty message).
const VECTOR = {
  publicKey: hex.decode('d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a'),
  signature: hex.decode(
    'e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b',
  ),
  message: new Uint8Array(0),
};

/** Copies into a fresh ArrayBuffer-backed array, which WebCrypto's types require. */
const own = (bytes: Uint8Array): Uint8Array<ArrayBuffer> => new Uint8Array(bytes);

async function verifyWebCrypto(publicKey: Uint8Array, message: Uint8Array, signature: Uint8Array): Promise<boolean> {
  const key = await crypto.subtle.importKey('raw', own(publicKey), { name: 'Ed25519' }, false, ['verify']);
  return crypto.subtle.verify({ name: 'Ed25519' }, key, own(signature), own(message));
}

async function verifyNoble(publicKey: Uint8Array, message: Uint8Array, signature: Uint8Array): Promise<boolean> {
  // RFC 8032 semantics (not ZIP-215), to accept the same signatures as WebCrypto does.
  return verifyAsync(signature, message, publicKey, { zip215: false });
}

async function webCryptoWorks(): Promise<boolean> {
  try {
    if (typeof crypto === 'undefined' || typeof crypto.subtle?.importKey !== 'function') return false;
    const good = await verifyWebCrypto(VECTOR.publicKey, VECTOR.message, VECTOR.signature);
    const tampered = own(VECTOR.signature);
    tampered[0] = (tampered[0] ?? 0) ^ 1;
    const bad = await verifyWebCrypto(VECTOR.publicKey, VECTOR.message, tampered);
    return good && !bad;
  } catch {
    return false;
  }
}

let detected: Promise<Ed25519Backend> | undefined;

/** The backend this runtime uses, detected on first use and then remembered. */
export function ed25519Backend(): Promise<Ed25519Backend> {
  detected ??= webCryptoWorks().then((works) => (works ? 'webcrypto' : 'noble'));
  return detected;
}

/**
 * True only for a valid signature. Malformed keys or signatures give false, never an
 * exception: a hostile manifest must not be able to crash the caller. `backend` forces one
 * path (tests cover both).
 */
export async function verifyEd25519(
  publicKey: Uint8Array,
  message: Uint8Array,
  signature: Uint8Array,
  backend?: Ed25519Backend,
): Promise<boolean> {
  if (publicKey.length !== 32 || signature.length !== 64) return false;
  const use = backend ?? (await ed25519Backend());
  try {
    return use === 'webcrypto'
      ? await verifyWebCrypto(publicKey, message, signature)
      : await verifyNoble(publicKey, message, signature);
  } catch {
    return false;
  }
}
