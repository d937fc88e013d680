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
import type { ListTrust, TrustedKey } from './manifest';
import { RELEASE_TRUST } from './release-trust';

export const DEFAULT_LIST_ID = 'vahti-default';

/** The key generation release builds start from; rotations (rotation.ts) move clients past it. */
export const DEFAULT_LIST_KEY_EPOCH = RELEASE_TRUST.keyEpoch;

// keyid a4ccf71bd0c376a5fabc3ee0d8cc57474667ff35078be8e00926529dc94a0b83
export const DEV_KEY: TrustedKey = {
  publicKey: 'r/WRHV4rftavJlAB2QRYe770MzWFNKGd/sL3xl7eiBY=',
  label: 'DEVELOPMENT ONLY (private key is public)',
};

export const RELEASE_FLAG = 'WXT_VAHTI_RELEASE';

/**
 * The one reading of WXT_VAHTI_RELEASE, for the build config and the extension alike: "1" or
 * "true" is a release, unset, "", "0" or "false" is not, and anything else is a mistake that
 * must stop the build rather than quietly produce a development package.
 */
export function parseReleaseFlag(value: unknown): boolean {
  if (value === undefined || value === '' || value === '0' || value === 'false') return false;
  if (value === '1' || value === 'true') return true;
  throw new Error(`${RELEASE_FLAG} must be 1 (release build) or 0 (development build), not "${String(value)}"`);
}

/** True in a release build; Vite replaces import.meta.env at build time, Node has none. */
export function isReleaseBuild(): boolean {
  // Written out in full so that Vite and Vitest recognise and replace it; undefined under tsx.
  return parseReleaseFlag(import.meta.env?.WXT_VAHTI_RELEASE);
}

/** Why a release cannot be built with the pinned release trust, or undefined when it can. */
export function releaseTrustProblem(release: { threshold: number; keys: readonly TrustedKey[] } = RELEASE_TRUST): string | undefined {
  const distinct = new Set(release.keys.map((k) => k.publicKey)).size;
  if (distinct === 0) {
    return (
      'No release keys are pinned: the maintainers have not run the key ceremony yet. Follow "Key ceremony" in ' +
      'docs/maintainers.md (generate the keys offline, one per key holder; pin the public halves in ' +
      'utils/core/signing/release-trust.ts; store the private halves apart), then build the release again.'
    );
  }
  if (distinct < release.threshold) {
    return `utils/core/signing/release-trust.ts pins ${distinct} distinct keys but needs ${release.threshold} signatures, so nothing could ever verify.`;
  }
  if (release.keys.some((k) => k.publicKey === DEV_KEY.publicKey)) {
    return 'utils/core/signing/release-trust.ts pins the development key, whose private half is public.';
  }
  return undefined;
}

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
