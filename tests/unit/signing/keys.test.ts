import { readFile } from 'node:fs/promises';
import { base64 } from '@scure/base';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { keyIdOf } from '../../../utils/core/signing/bytes';
import { DEFAULT_LIST_ID, defaultListTrust, DEV_KEY, isReleaseBuild, parseReleaseFlag, releaseTrustProblem } from '../../../utils/core/signing/keys';
import { ListTrustSchema } from '../../../utils/core/signing/manifest';
import { RELEASE_TRUST } from '../../../utils/core/signing/release-trust';
import { parseSigningKey } from '../../../scripts/list/key-file';
import { newKey } from './fixtures';
import { trustedKeyOf } from '../../../utils/core/signing/sign';

describe('pinned keys of the default list', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  it('development builds trust the development key in a valid trust configuration', () => {
    const dev = defaultListTrust({ release: false });
    expect(dev.keys).toContainEqual(DEV_KEY);
    expect(dev.listId).toBe(DEFAULT_LIST_ID);
    expect(ListTrustSchema.safeParse(dev).success).toBe(true);
  });

  it('release trust pins no key that nobody holds: until the key ceremony, a release trust cannot be made and says why', () => {
    // The orphaned release keys (private halves lost) are gone; the reviewed file is empty until the ceremony.
    expect(RELEASE_TRUST.keys).toEqual([]);
    expect(releaseTrustProblem()).toMatch(/key ceremony.*docs\/maintainers\.md.*release-trust\.ts.*private halves apart/s);
    expect(() => defaultListTrust({ release: true })).toThrow(/key ceremony/);
  });

  it('a release trust is accepted only with enough distinct keys and never with the development key', async () => {
    const [a, b] = [trustedKeyOf(await newKey()), trustedKeyOf(await newKey())];
    expect(releaseTrustProblem({ threshold: 2, keys: [a, b] })).toBeUndefined();
    expect(releaseTrustProblem({ threshold: 2, keys: [a, a] })).toMatch(/1 distinct keys but needs 2/);
    expect(releaseTrustProblem({ threshold: 1, keys: [a, DEV_KEY] })).toMatch(/development key/);
  });

  it('reads WXT_VAHTI_RELEASE one way, and refuses values it does not know', () => {
    for (const yes of ['1', 'true']) expect(parseReleaseFlag(yes)).toBe(true);
    for (const no of [undefined, '', '0', 'false']) expect(parseReleaseFlag(no)).toBe(false);
    expect(() => parseReleaseFlag('yes')).toThrow(/WXT_VAHTI_RELEASE must be 1.*not "yes"/);
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
