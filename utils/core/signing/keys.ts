/**
 * The trust pinned in the build for Vahti's own default list. Public keys only.
 *
 * Release builds (`WXT_VAHTI_RELEASE=1`) trust only the release keys of release-trust.ts, with
 * its threshold, and cannot be built until the maintainers have pinned them (the key ceremony,
 * docs/maintainers.md). Every other build trusts the development key alone or any one release
 * key: the development key's private half is committed in scripts/list/dev-key.private so that
 * anyone can build and sign the bundled list locally, so a development build trusts lists that
 * anyone could sign, which is why store builds must be release builds.
 *
 * Lists added by policy or by the user bring their own keys (the same TrustedKey shape); this
 * module only knows the default list.
 */
import type { ListTrust } from './manifest';
import { DEV_KEY, isReleaseBuild, releaseTrustProblem } from './release';
import { RELEASE_TRUST } from './release-trust';

export { DEV_KEY, isReleaseBuild, parseReleaseFlag, RELEASE_FLAG, releaseTrustProblem } from './release';

export const DEFAULT_LIST_ID = 'vahti-default';

/** The key generation release builds start from; rotations (rotation.ts) move clients past it. */
export const DEFAULT_LIST_KEY_EPOCH = RELEASE_TRUST.keyEpoch;

export function defaultListTrust(options: { release: boolean }): ListTrust {
  if (options.release) {
    const problem = releaseTrustProblem();
    if (problem !== undefined) throw new Error(problem);
    return { listId: DEFAULT_LIST_ID, keyEpoch: RELEASE_TRUST.keyEpoch, keys: [...RELEASE_TRUST.keys], threshold: RELEASE_TRUST.threshold };
  }
  return { listId: DEFAULT_LIST_ID, keyEpoch: RELEASE_TRUST.keyEpoch, keys: [...RELEASE_TRUST.keys, DEV_KEY], threshold: 1 };
}

/** The trust the extension uses for its default list (bundled and fetched alike). */
export const DEFAULT_LIST_TRUST: ListTrust = defaultListTrust({ release: isReleaseBuild() });
