import { readFile } from 'node:fs/promises';
import { base64 } from '@scure/base';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { keyIdOf } from '../../../utils/core/signing/bytes';
import { DEFAULT_LIST_ID, defaultListTrust, DEV_KEY, isReleaseBuild, RELEASE_KEYS } from '../../../utils/core/signing/keys';
import { ListTrustSchema } from '../../../utils/core/signing/manifest';
import { parseSigningKey } from '../../../scripts/list/key-file';

describe('pinned keys of the default list', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  it('are valid 32-byte keys, all different, in a valid trust configuration', () => {
    const keys = [RELEASE_KEYS.current, RELEASE_KEYS.next, DEV_KEY];
    for (const key of keys) expect(base64.decode(key.publicKey)).toHaveLength(32);
    expect(new Set(keys.map((k) => k.publicKey)).size).toBe(3);
    expect(ListTrustSchema.safeParse(defaultListTrust({ release: true })).success).toBe(true);
    expect(defaultListTrust({ release: true }).listId).toBe(DEFAULT_LIST_ID);
  });

  it('trust the development key only outside release builds', () => {
    expect(defaultListTrust({ release: true }).keys).not.toContainEqual(DEV_KEY);
    expect(defaultListTrust({ release: false }).keys).toContainEqual(DEV_KEY);
    vi.stubEnv('WXT_VAHTI_RELEASE', '1');
    expect(isReleaseBuild()).toBe(true);
    vi.stubEnv('WXT_VAHTI_RELEASE', '');
    expect(isReleaseBuild()).toBe(false);
  });

  it('pin the public half of the committed development key', async () => {
    const key = await parseSigningKey(await readFile('scripts/list/dev-key.private', 'utf8'), 'dev key');
    expect(base64.encode(key.publicKey)).toBe(DEV_KEY.publicKey);
    expect(key.keyid).toBe(keyIdOf(base64.decode(DEV_KEY.publicKey)));
  });
});
