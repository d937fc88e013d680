import { describe, expect, it } from 'vitest';
import { hex } from '@scure/base';
import fc from 'fast-check';
import { ed25519Backend, verifyEd25519, type Ed25519Backend } from '../../../utils/core/signing/ed25519';
import { verifyManifest } from '../../../utils/core/signing/verify-manifest';
import { newKey, NOW, payloadFor, signedBytes, trustFor } from './fixtures';

// RFC 8032 §7.1 TEST 2 (one-byte message 0x72).
const RFC = {
  publicKey: hex.decode('3d4017c3e843895a92b70aa74d1b7ebc9c982ccf2ec4968cc0cd55f12af4660c'),
  message: hex.decode('72'),
  signature: hex.decode(
    '92a009a9f0d4cab8720e820b5f642540a2b27b5416503f8fb3762223ebdb69da085ac1e43e15996e458f3613d0f11d8c387b2eaeb4302aeeb00d291612bb0c00',
  ),
};

const backends: Ed25519Backend[] = ['webcrypto', 'noble'];

describe('Ed25519 verification', () => {
  it('uses WebCrypto in Node 20+, where it exists', async () => {
    expect(await ed25519Backend()).toBe('webcrypto');
  });

  for (const backend of backends) {
    describe(backend, () => {
      it('accepts the RFC 8032 test vector and rejects it with any single bit flipped', async () => {
        expect(await verifyEd25519(RFC.publicKey, RFC.message, RFC.signature, backend)).toBe(true);
        await fc.assert(
          fc.asyncProperty(fc.integer({ min: 0, max: 64 * 8 - 1 }), async (bit) => {
            const sig = new Uint8Array(RFC.signature);
            sig[bit >> 3] = (sig[bit >> 3] ?? 0) ^ (1 << (bit & 7));
            expect(await verifyEd25519(RFC.publicKey, RFC.message, sig, backend)).toBe(false);
          }),
          { numRuns: 40 },
        );
        expect(await verifyEd25519(RFC.publicKey, hex.decode('73'), RFC.signature, backend)).toBe(false);
      });

      it('returns false, never throws, for malformed keys and signatures', async () => {
        expect(await verifyEd25519(new Uint8Array(31), RFC.message, RFC.signature, backend)).toBe(false);
        expect(await verifyEd25519(RFC.publicKey, RFC.message, new Uint8Array(63), backend)).toBe(false);
        expect(await verifyEd25519(new Uint8Array(32).fill(0xff), RFC.message, RFC.signature, backend)).toBe(false);
        expect(await verifyEd25519(RFC.publicKey, RFC.message, new Uint8Array(64).fill(0xff), backend)).toBe(false);
      });

      it('verifies and rejects whole manifests the same way', async () => {
        const [key, stranger] = [await newKey(), await newKey()];
        const good = await verifyManifest(await signedBytes(payloadFor(), [key]), trustFor([key]), { now: NOW, floor: null, backend });
        expect(good.ok).toBe(true);
        const forged = await signedBytes(payloadFor(), [stranger]);
        const text = new TextDecoder().decode(forged).replace(stranger.keyid, key.keyid);
        const bad = await verifyManifest(new TextEncoder().encode(text), trustFor([key]), { now: NOW, floor: null, backend });
        expect(bad.ok ? 'accepted' : bad.error.code).toBe('signature_error');
      });
    });
  }
});
