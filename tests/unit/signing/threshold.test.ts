/**
 * Threshold signatures and key rotation: a manifest counts only with m valid signatures from
 * distinct pinned keys, and keys change by a statement signed by the old and the new threshold
 * (rotation.ts). Each case builds real Ed25519 signatures with fresh keys.
 */
import { describe, expect, it } from 'vitest';
import { verifyManifest, type VerifyManifestOptions } from '../../../utils/core/signing/verify-manifest';
import { addSignature, signRotation, type SigningKey } from '../../../utils/core/signing/sign';
import { utf8 } from '../../../utils/core/signing/bytes';
import type { Envelope, ListTrust, RotationEnvelope } from '../../../utils/core/signing/manifest';
import type { ListErrorCode } from '../../../utils/core/list/errors';
import { newKey, NOW, payloadFor, signedBytes, trustFor } from './fixtures';

const opts = (extra: Partial<VerifyManifestOptions> = {}): VerifyManifestOptions => ({ now: NOW, floor: null, ...extra });
const decode = (bytes: Uint8Array): Envelope => JSON.parse(new TextDecoder().decode(bytes)) as Envelope;
const encode = (envelope: Envelope): Uint8Array => utf8(JSON.stringify(envelope));

async function rejected(bytes: Uint8Array, trust: ListTrust, code: ListErrorCode, extra: Partial<VerifyManifestOptions> = {}) {
  const result = await verifyManifest(bytes, trust, opts(extra));
  if (result.ok) throw new Error(`expected ${code}, but the manifest was accepted`);
  expect(result.error.code).toBe(code);
  return result.error.message;
}

async function accepted(bytes: Uint8Array, trust: ListTrust, extra: Partial<VerifyManifestOptions> = {}) {
  const result = await verifyManifest(bytes, trust, opts(extra));
  if (!result.ok) throw new Error(`expected acceptance, got ${result.error.code}: ${result.error.message}`);
  return result.value;
}

const keys = (n: number): Promise<SigningKey[]> => Promise.all(Array.from({ length: n }, newKey));

/** A manifest for `epoch` signed by `signers`, carrying `rotations`. */
async function manifest(signers: SigningKey[], epoch: number, rotations: RotationEnvelope[] = [], version = 5): Promise<Uint8Array> {
  const envelope = decode(await signedBytes(payloadFor({ keyEpoch: epoch, version }), signers));
  return encode(rotations.length > 0 ? { ...envelope, rotations } : envelope);
}

describe('threshold signatures (2 of 3)', () => {
  it('accepts two distinct pinned keys and names both', async () => {
    const [a, b, c] = await keys(3);
    const result = await accepted(await manifest([a!, c!], 1), trustFor([a!, b!, c!], { threshold: 2 }));
    expect(result.signedBy.sort()).toEqual([a!.keyid, c!.keyid].sort());
  });

  it('rejects one signature below the threshold and says how many signed', async () => {
    const [a, b, c] = await keys(3);
    const message = await rejected(await manifest([a!], 1), trustFor([a!, b!, c!], { threshold: 2 }), 'signature_error');
    expect(message).toContain('1 of the required 2');
  });

  it('counts a duplicate signer once', async () => {
    const [a, b, c] = await keys(3);
    const envelope = decode(await manifest([a!], 1));
    const twice = encode({ ...envelope, signatures: [envelope.signatures[0]!, envelope.signatures[0]!] });
    expect(await rejected(twice, trustFor([a!, b!, c!], { threshold: 2 }), 'signature_error')).toContain('1 of the required 2');
  });

  it('does not count a signature by an unknown key toward the threshold', async () => {
    const [a, b, c, stranger] = await keys(4);
    const bytes = await manifest([a!, stranger!], 1);
    expect(await rejected(bytes, trustFor([a!, b!, c!], { threshold: 2 }), 'signature_error')).toContain('1 of the required 2');
    await rejected(await manifest([stranger!], 1), trustFor([a!, b!, c!], { threshold: 2 }), 'unknown_key');
  });

  it('collects signatures one key at a time (addSignature), refusing the same key twice', async () => {
    const [a, b, c] = await keys(3);
    const first = decode(await manifest([a!], 1));
    const second = await addSignature(first, b!);
    await expect(addSignature(second, b!)).rejects.toThrow(/already signed/);
    const result = await accepted(encode(second), trustFor([a!, b!, c!], { threshold: 2 }));
    expect(result.signedBy).toHaveLength(2);
  });
});

describe('key rotation', () => {
  /** Generation 1 = a, b, c (2 of 3); generation 2 drops c (revoked) and adds d. */
  async function setup() {
    const [a, b, c, d] = await keys(4);
    const gen1 = trustFor([a!, b!, c!], { threshold: 2 });
    const gen2 = trustFor([a!, b!, d!], { threshold: 2, keyEpoch: 2 });
    const rotation = await signRotation({ fromEpoch: 1, trust: gen2, issuedAt: NOW }, [a!, b!, d!]);
    return { a: a!, b: b!, c: c!, d: d!, gen1, gen2, rotation };
  }

  it('moves a client that pins generation 1 to generation 2, signed by the new keys', async () => {
    const { a, d, gen1, rotation } = await setup();
    const result = await accepted(await manifest([a, d], 2, [rotation]), gen1);
    expect(result.floor).toEqual({ keyEpoch: 2, version: 5 });
    expect(result.trust.keyEpoch).toBe(2);
  });

  it('without the rotation, a manifest by the new keys is refused, and by the old keys it is from the future', async () => {
    const { a, b, d, gen1 } = await setup();
    expect(await rejected(await manifest([a, d], 2), gen1, 'signature_error')).toContain('1 of the required 2');
    expect(await rejected(await manifest([a, b], 2), gen1, 'unknown_key')).toContain('key generation 2');
  });

  it('rejects a manifest that the revoked key helps sign after the rotation', async () => {
    const { a, c, gen1, rotation } = await setup();
    const message = await rejected(await manifest([a, c], 2, [rotation]), gen1, 'signature_error');
    expect(message).toContain('1 of the required 2');
  });

  it('rejects a rotation signed by only one old key (a single stolen key cannot rotate)', async () => {
    const { a, b, c, d, gen1, gen2 } = await setup();
    const [thief] = await keys(1);
    const stolen = trustFor([c, d, thief!], { threshold: 2, keyEpoch: 2 });
    const forged = await signRotation({ fromEpoch: 1, trust: stolen, issuedAt: NOW }, [c, d, thief!]);
    const message = await rejected(await manifest([d, thief!], 2, [forged]), gen1, 'signature_error');
    expect(message).toContain('key rotation it carries did not verify');
    expect(message).toContain('1 of the required 2');
    // The same statement signed by two old keys moves the client, which is what m-of-n means.
    const real = await signRotation({ fromEpoch: 1, trust: gen2, issuedAt: NOW }, [a, b, d]);
    expect((await accepted(await manifest([a, d], 2, [real]), gen1)).trust.keyEpoch).toBe(2);
  });

  it('rejects a rotation the new keys did not sign (trust handed to keys nobody holds)', async () => {
    const { a, b, d, gen1, gen2 } = await setup();
    const unsignedByNew = await signRotation({ fromEpoch: 1, trust: { ...gen2, keys: gen2.keys.slice(2) , threshold: 1 }, issuedAt: NOW }, [a, b]);
    expect(await rejected(await manifest([a, d], 2, [unsignedByNew]), gen1, 'signature_error')).toContain('new keys did not sign');
  });

  it('rejects a rotation for another list', async () => {
    const { a, b, d, gen1, gen2 } = await setup();
    const other = await signRotation({ fromEpoch: 1, trust: { ...gen2, listId: 'other' }, issuedAt: NOW }, [a, b, d]);
    await rejected(await manifest([a, d], 2, [other]), gen1, 'wrong_list');
  });

  it('refuses to roll back: once generation 2 is accepted, a generation-1 manifest is refused however new', async () => {
    const { a, c, d, gen1, rotation } = await setup();
    const after = await accepted(await manifest([a, d], 2, [rotation], 1), gen1);
    const oldKeys = await manifest([a, c], 1, [], 9_000);
    expect(await rejected(oldKeys, gen1, 'rollback', { floor: after.floor })).toContain('older than the installed generation 2');
  });

  it('walks a chain of two rotations, and a build that pins generation 2 skips the first', async () => {
    const { a, b, d, gen1, gen2, rotation } = await setup();
    const [e] = await keys(1);
    const gen3 = trustFor([b, d, e!], { threshold: 2, keyEpoch: 3 });
    const second = await signRotation({ fromEpoch: 2, trust: gen3, issuedAt: NOW }, [a, d, b, e!]);
    const bytes = await manifest([d, e!], 3, [rotation, second]);
    expect((await accepted(bytes, gen1)).trust.keyEpoch).toBe(3);
    expect((await accepted(bytes, gen2)).trust.keyEpoch).toBe(3);
    expect((await accepted(bytes, gen3)).trust.keyEpoch).toBe(3);
  });

  it('rejects a chain whose second step is not signed by generation 2', async () => {
    const { gen1, rotation } = await setup();
    const [e, f] = await keys(2);
    const gen3 = trustFor([e!, f!], { threshold: 2, keyEpoch: 3 });
    const skipped = await signRotation({ fromEpoch: 2, trust: gen3, issuedAt: NOW }, [e!, f!]);
    const message = await rejected(await manifest([e!, f!], 3, [rotation, skipped]), gen1, 'signature_error');
    expect(message).toContain('key rotation to generation 3: not signed by generation 2');
  });
});
