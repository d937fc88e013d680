/**
 * What makes a build a release, with no side effects so that the build config can import it:
 * the one reading of WXT_VAHTI_RELEASE, the development key that release builds never trust,
 * and whether the pinned release trust (release-trust.ts) is ready for a release.
 */
import type { TrustedKey } from './manifest';
import { RELEASE_TRUST } from './release-trust';

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

