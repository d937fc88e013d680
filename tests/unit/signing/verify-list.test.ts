import { describe, expect, it } from 'vitest';
import { verifyListFile } from '../../../utils/core/signing/verify-list';
import { SIGNING_LIMITS } from '../../../utils/core/signing/manifest';
import { utf8 } from '../../../utils/core/signing/bytes';
import type { SignatureListInput } from '../../../utils/core/list/schema';
import type { ListErrorCode } from '../../../utils/core/list/errors';
import { payloadFor } from './fixtures';

const listJson = (over: Partial<SignatureListInput> = {}): SignatureListInput => ({
  schema: 1,
  listId: 'default',
  version: 5,
  name: 'Test list',
  campaigns: [
    { id: 'demo', name: 'Demo campaign', languages: ['en'], severity: 'high', firstSeen: '2020-10-24' },
  ],
  payments: [{ campaign: 'demo', coin: 'btc', address: '16Sg7k6eZaQ9WZifokXMZnUEDdDRo6dyiu' }],
  ...over,
});

const bytesOf = (value: unknown): Uint8Array => utf8(JSON.stringify(value));

async function expectCode(manifestFor: Uint8Array, served: Uint8Array, code: ListErrorCode) {
  const result = await verifyListFile(payloadFor({}, manifestFor), served);
  if (result.ok) throw new Error(`expected ${code}, but the list was accepted`);
  expect(result.error.code).toBe(code);
  return result.error;
}

describe('verifyListFile', () => {
  it('accepts the exact bytes the manifest names and returns the parsed list', async () => {
    const bytes = bytesOf(listJson());
    const result = await verifyListFile(payloadFor({}, bytes), bytes);
    expect(result.ok && result.value.payments[0]?.address).toBe('16Sg7k6eZaQ9WZifokXMZnUEDdDRo6dyiu');
  });

  it('rejects mix-and-match: the manifest of version 6 with the list of version 5', async () => {
    const v5 = bytesOf(listJson({ version: 5, name: 'Test list 5' }));
    const v6 = bytesOf(listJson({ version: 6, name: 'Test list 6' }));
    expect(v5.length).toBe(v6.length);
    const error = await expectCode(v6, v5, 'hash_mismatch');
    expect(error.message).toContain('does not match its manifest');
  });

  it('rejects a truncated or padded list by length before hashing', async () => {
    const bytes = bytesOf(listJson());
    const error = await expectCode(bytes, bytes.slice(0, -1), 'length_mismatch');
    expect(error.message).toBe(`The list file is ${bytes.length - 1} bytes long, but its manifest says ${bytes.length} bytes.`);
    const padded = new Uint8Array(bytes.length + 1).fill(0x20);
    padded.set(bytes);
    await expectCode(bytes, padded, 'length_mismatch');
  });

  it('rejects more than the list cap whatever the manifest says', async () => {
    const bytes = bytesOf(listJson());
    await expectCode(bytes, new Uint8Array(SIGNING_LIMITS.listBytes + 1), 'too_large');
  });

  it('rejects captive-portal HTML served as the list file', async () => {
    const html = utf8('<html><body>Sign in to continue</body></html>');
    await expectCode(bytesOf(listJson()), html, 'length_mismatch');
    // Even when a manifest pins the HTML itself, it is malformed, never a list.
    await expectCode(html, html, 'malformed');
  });

  it('rejects a signed list whose id or version differs from its manifest', async () => {
    const other = bytesOf(listJson({ listId: 'staging' }));
    await expectCode(other, other, 'wrong_list');
    const older = bytesOf(listJson({ version: 4 }));
    const error = await expectCode(older, older, 'malformed');
    expect(error.message).toContain('version 4');
  });

  it('rejects a list that breaks the list schema, after the hash matched', async () => {
    const bad = bytesOf({ ...listJson(), extra: true });
    await expectCode(bad, bad, 'schema');
  });
});
