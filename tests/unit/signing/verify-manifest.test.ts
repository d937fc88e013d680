import { describe, expect, it } from 'vitest';
import { base64 } from '@scure/base';
import { verifyManifest, type VerifyManifestOptions } from '../../../utils/core/signing/verify-manifest';
import { SIGNING_LIMITS, type ListTrust } from '../../../utils/core/signing/manifest';
import { utf8 } from '../../../utils/core/signing/bytes';
import { envelopeWith, newKey, NOW, payloadFor, signedBytes, trustFor } from './fixtures';
import type { ListErrorCode } from '../../../utils/core/list/errors';

const opts = (extra: Partial<VerifyManifestOptions> = {}): VerifyManifestOptions => ({ now: NOW, floor: null, ...extra });

async function expectError(bytes: Uint8Array, trust: ListTrust, code: ListErrorCode, extra: Partial<VerifyManifestOptions> = {}) {
  const result = await verifyManifest(bytes, trust, opts(extra));
  if (result.ok) throw new Error(`expected ${code}, but the manifest was accepted`);
  expect(result.error.code).toBe(code);
  expect(result.error.message.length).toBeGreaterThan(10);
  return result.error;
}

describe('verifyManifest', () => {
  it('accepts a manifest signed by the current key and returns the new floor', async () => {
    const key = await newKey();
    const result = await verifyManifest(await signedBytes(payloadFor(), [key]), trustFor([key]), opts());
    expect(result.ok && result.value.status).toBe('update');
    expect(result.ok && result.value.floor).toEqual({ keyEpoch: 1, version: 5 });
    expect(result.ok && result.value.signedBy).toEqual([key.keyid]);
  });

  it('rejects one flipped bit in the payload', async () => {
    const key = await newKey();
    const bytes = envelopeWith(await signedBytes(payloadFor(), [key]), (e) => {
      const payload = base64.decode(e.payload);
      payload[10] = (payload[10] ?? 0) ^ 0x01;
      e.payload = base64.encode(payload);
    });
    await expectError(bytes, trustFor([key]), 'signature_error');
  });

  it('rejects one flipped bit in the signature', async () => {
    const key = await newKey();
    const bytes = envelopeWith(await signedBytes(payloadFor(), [key]), (e) => {
      const sig = base64.decode(e.signatures[0]!.sig);
      sig[40] = (sig[40] ?? 0) ^ 0x80;
      e.signatures[0]!.sig = base64.encode(sig);
    });
    await expectError(bytes, trustFor([key]), 'signature_error');
  });

  it('rejects a signature over the payload without the domain-separation prefix', async () => {
    const key = await newKey();
    const payload = utf8(JSON.stringify(payloadFor()));
    const { signAsync } = await import('@noble/ed25519');
    const raw = await signAsync(payload, key.secretKey);
    const bytes = envelopeWith(await signedBytes(payloadFor(), [key]), (e) => {
      e.signatures[0]!.sig = base64.encode(raw);
    });
    await expectError(bytes, trustFor([key]), 'signature_error');
  });

  it('rejects a manifest signed by an unknown key, naming the key id', async () => {
    const [trusted, stranger] = [await newKey(), await newKey()];
    const error = await expectError(await signedBytes(payloadFor(), [stranger]), trustFor([trusted]), 'unknown_key');
    expect(error.message).toContain(stranger.keyid.slice(0, 16));
  });

  it('rejects a signature listed under a trusted key id that the trusted key did not make', async () => {
    const [trusted, stranger] = [await newKey(), await newKey()];
    const bytes = envelopeWith(await signedBytes(payloadFor(), [stranger]), (e) => {
      e.signatures[0]!.keyid = trusted.keyid;
    });
    await expectError(bytes, trustFor([trusted]), 'signature_error');
  });

  it('does not count the same key twice toward a threshold of 2', async () => {
    const [a, b] = [await newKey(), await newKey()];
    const once = await signedBytes(payloadFor(), [a]);
    const twice = envelopeWith(once, (e) => {
      e.signatures.push({ ...e.signatures[0]! });
    });
    const error = await expectError(twice, trustFor([a, b], { threshold: 2 }), 'signature_error');
    expect(error.message).toContain('1 of the required 2');
    const both = await verifyManifest(await signedBytes(payloadFor(), [a, b]), trustFor([a, b], { threshold: 2 }), opts());
    expect(both.ok).toBe(true);
  });

  it('accepts a manifest signed only by the next key', async () => {
    const [current, next] = [await newKey(), await newKey()];
    const result = await verifyManifest(await signedBytes(payloadFor(), [next]), trustFor([current, next]), opts());
    expect(result.ok).toBe(true);
  });

  it('rejects a manifest signed only by a key that a later build no longer pins (revoked)', async () => {
    const [compromised, next, next2] = [await newKey(), await newKey(), await newKey()];
    const bytes = await signedBytes(payloadFor(), [compromised]);
    expect((await verifyManifest(bytes, trustFor([compromised, next]), opts())).ok).toBe(true);
    await expectError(bytes, trustFor([next, next2], { keyEpoch: 2 }), 'unknown_key');
  });

  it('rejects an expired manifest, and accepts it one second earlier', async () => {
    const key = await newKey();
    const expires = new Date(NOW.getTime() + 1000).toISOString();
    const bytes = await signedBytes(payloadFor({ expires }), [key]);
    expect((await verifyManifest(bytes, trustFor([key]), opts())).ok).toBe(true);
    const error = await expectError(bytes, trustFor([key]), 'expired', { now: new Date(NOW.getTime() + 1000) });
    expect(error.message).toContain(expires);
  });

  it('refuses to run with an invalid clock rather than treat nothing as expired', async () => {
    const key = await newKey();
    const bytes = await signedBytes(payloadFor(), [key]);
    await expect(verifyManifest(bytes, trustFor([key]), opts({ now: new Date(Number.NaN) }))).rejects.toThrow(/invalid Date/);
  });

  it('skips the expiry check only when asked (the bundled list)', async () => {
    const key = await newKey();
    const bytes = await signedBytes(payloadFor(), [key]);
    const later = new Date(NOW.getTime() + 365 * 24 * 3600 * 1000);
    await expectError(bytes, trustFor([key]), 'expired', { now: later });
    expect((await verifyManifest(bytes, trustFor([key]), opts({ now: later, skipExpiry: true }))).ok).toBe(true);
  });

  it('rejects a rollback below the stored floor', async () => {
    const key = await newKey();
    const bytes = await signedBytes(payloadFor({ version: 4 }), [key]);
    const error = await expectError(bytes, trustFor([key]), 'rollback', { floor: { keyEpoch: 1, version: 5 } });
    expect(error.message).toBe('Version 4 is older than the installed version 5.');
  });

  it('signals an equal version as up to date, even when the bytes differ', async () => {
    const key = await newKey();
    const bytes = await signedBytes(payloadFor({ version: 5, minWaitSeconds: 7200 }), [key]);
    const result = await verifyManifest(bytes, trustFor([key]), opts({ floor: { keyEpoch: 1, version: 5 } }));
    expect(result.ok && result.value.status).toBe('up_to_date');
  });

  it('rejects a validly signed manifest for another list', async () => {
    const key = await newKey();
    const bytes = await signedBytes(payloadFor({ listId: 'staging' }), [key]);
    const error = await expectError(bytes, trustFor([key]), 'wrong_list');
    expect(error.message).toContain('"staging"');
  });

  it('recovers from a fast-forward through a new key epoch', async () => {
    const [compromised, next, next2] = [await newKey(), await newKey(), await newKey()];
    const floor = { keyEpoch: 1, version: 9e15 };
    // The attacker's huge version was accepted under epoch 1; the update pins epoch 2 keys.
    const recovery = await signedBytes(payloadFor({ keyEpoch: 2, version: 1 }), [next]);
    const epoch2 = trustFor([next, next2], { keyEpoch: 2 });
    const result = await verifyManifest(recovery, epoch2, opts({ floor }));
    expect(result.ok && result.value.floor).toEqual({ keyEpoch: 2, version: 1 });
    // Before the update, the same manifest is refused: the old build does not know epoch 2.
    await expectError(recovery, trustFor([compromised, next]), 'unknown_key', { floor });
    // After it, an old-epoch manifest is a rollback however high its version.
    const replay = await signedBytes(payloadFor({ keyEpoch: 1, version: 9e15 + 1 }), [next]);
    await expectError(replay, epoch2, 'rollback', { floor: { keyEpoch: 2, version: 1 } });
  });

  it('rejects an oversized manifest before parsing it', async () => {
    const key = await newKey();
    const bytes = await signedBytes(payloadFor(), [key]);
    const padded = new Uint8Array(SIGNING_LIMITS.manifestBytes + 1).fill(0x20);
    padded.set(bytes, 0);
    await expectError(padded, trustFor([key]), 'too_large');
  });

  it('rejects captive-portal HTML as malformed and says so', async () => {
    const key = await newKey();
    const html = utf8('<!DOCTYPE html><html><body>Please log in to the hotel Wi-Fi</body></html>');
    const error = await expectError(html, trustFor([key]), 'malformed');
    expect(error.message).toContain('web page');
  });

  it('rejects an envelope of another type, and invalid UTF-8', async () => {
    const key = await newKey();
    const other = envelopeWith(await signedBytes(payloadFor(), [key]), (e) => {
      e.payloadType = 'application/vnd.in-toto+json';
    });
    await expectError(other, trustFor([key]), 'malformed');
    await expectError(new Uint8Array([0x7b, 0xff, 0xfe, 0x7d]), trustFor([key]), 'malformed');
  });

  it('rejects a signed payload that is not a valid manifest, after checking the signature', async () => {
    const key = await newKey();
    const unsafe = await signedBytes(utf8(JSON.stringify({ ...payloadFor(), version: 2 ** 53 })), [key]);
    await expectError(unsafe, trustFor([key]), 'malformed');
    const extra = await signedBytes(utf8(JSON.stringify({ ...payloadFor(), url: 'https://evil.example' })), [key]);
    await expectError(extra, trustFor([key]), 'malformed');
    // The same invalid payload signed by a stranger fails on the signature first.
    await expectError(await signedBytes(utf8('not json'), [await newKey()]), trustFor([key]), 'unknown_key');
  });
});
