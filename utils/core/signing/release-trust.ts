/**
 * THE REVIEWED FILE: which keys release builds of Vahti trust for the default list, and how
 * many of them must sign. Changing it changes whom every installation trusts, so a change here
 * needs review by a second maintainer, and only ever comes from the key ceremony in
 * docs/maintainers.md ("Key ceremony"): keys generated offline, one per key holder, public
 * halves pinned here, private halves stored apart.
 *
 * Empty until the maintainers have run that ceremony. Release builds refuse to build while it
 * is empty (keys.ts, releaseTrustProblem), so no release can pin a key that nobody holds.
 * Later key changes need no new build: they are signed rotations (rotation.ts); this file is
 * updated afterwards so that new installations start from the current generation.
 */
import type { TrustedKey } from './manifest';

export const RELEASE_TRUST: { keyEpoch: number; threshold: number; keys: readonly TrustedKey[] } = {
  /** The key generation these keys are; raise it together with the keys after a rotation. */
  keyEpoch: 1,
  /** m of n: how many of the keys below must sign a manifest or a rotation. */
  threshold: 2,
  /** One key per key holder, e.g. { publicKey: '<base64>', label: 'holder name, key id …' }. */
  keys: [],
};
