import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { verifyManifest } from '../../../utils/core/signing/verify-manifest';
import { newKey, NOW, payloadFor, signedBytes, trustFor } from './fixtures';

describe('verifyManifest properties', () => {
  it('never accepts a manifest with any single bit flipped, unless it decodes to the very same signed payload', async () => {
    const key = await newKey();
    const trust = trustFor([key]);
    const payload = payloadFor();
    const bytes = await signedBytes(payload, [key]);
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: bytes.length * 8 - 1 }), async (bit) => {
        const flipped = new Uint8Array(bytes);
        flipped[bit >> 3] = (flipped[bit >> 3] ?? 0) ^ (1 << (bit & 7));
        const result = await verifyManifest(flipped, trust, { now: NOW, floor: null });
        if (result.ok) expect(result.value.payload).toEqual(payload);
      }),
      { numRuns: 300 },
    );
  });

  it('never throws and never accepts arbitrary bytes or JSON', async () => {
    const key = await newKey();
    const trust = trustFor([key]);
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.uint8Array({ maxLength: 2048 }),
          fc.json().map((j) => new TextEncoder().encode(j)),
          fc
            .record({ payloadType: fc.string(), payload: fc.base64String(), signatures: fc.array(fc.record({ keyid: fc.string(), sig: fc.base64String() })) })
            .map((o) => new TextEncoder().encode(JSON.stringify(o))),
        ),
        async (bytes) => {
          const result = await verifyManifest(bytes, trust, { now: NOW, floor: null });
          expect(result.ok).toBe(false);
        },
      ),
      { numRuns: 200 },
    );
  });
});
