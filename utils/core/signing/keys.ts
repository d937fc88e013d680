/**
 * The keys pinned in the build for Vahti's own default list. Public keys only: the private
 * halves of the release keys are kept offline by the maintainers (docs/maintainers.md).
 *
 * Release builds (`WXT_VAHTI_RELEASE=1`) trust only the release keys. Every other build also
 * trusts the development key, whose private half is committed in scripts/list/dev-key.private
 * so that anyone can build and sign the bundled list locally; a development build therefore
 * trusts lists that anyone could sign, which is why store builds must be release builds.
 *
 * Lists added by policy or by the user bring their own keys (the same TrustedKey shape); this
 * module only knows the default list.
 */
import type { ListTrust, TrustedKey } from './manifest';

export const DEFAULT_LIST_ID = 'vahti-default';

/** Bumped when a key is retired after a compromise; a newer epoch resets clients' version floor. */
export const DEFAULT_LIST_KEY_EPOCH = 1;

export const RELEASE_KEYS: { current: TrustedKey; next: TrustedKey } = {
  // keyid cccdc11c49fac7c6f1d1d3ca51f662d5ac4b02afae05caa957d5e16d48eb694c
  current: { publicKey: 'KHFuQxSbKmGei7qq5w/K2FMB599IW/+kcQl6HBlZyqU=', label: 'release current (epoch 1)' },
  // keyid 54c9f065af89b8df26a4ff736729d58b5b1228793d1228e067f9aaa1e0133f06
  next: { publicKey: '8MiivHeLXeLWVItCZ9ihi+kJ3cwRTgU1mMzjVMASKKo=', label: 'release next (offline)' },
};

// keyid a4ccf71bd0c376a5fabc3ee0d8cc57474667ff35078be8e00926529dc94a0b83
export const DEV_KEY: TrustedKey = {
  publicKey: 'r/WRHV4rftavJlAB2QRYe770MzWFNKGd/sL3xl7eiBY=',
  label: 'DEVELOPMENT ONLY (private key is public)',
};

/** True in a release build; Vite replaces import.meta.env at build time, Node has none. */
export function isReleaseBuild(): boolean {
  // Written out in full so that Vite and Vitest recognise and replace it; undefined under tsx.
  const flag: unknown = import.meta.env?.WXT_VAHTI_RELEASE;
  return flag === '1' || flag === 'true';
}

export function defaultListTrust(options: { release: boolean }): ListTrust {
  const keys = [RELEASE_KEYS.current, RELEASE_KEYS.next, ...(options.release ? [] : [DEV_KEY])];
  return { listId: DEFAULT_LIST_ID, keyEpoch: DEFAULT_LIST_KEY_EPOCH, keys, threshold: 1 };
}

/** The trust the extension uses for its default list (bundled and fetched alike). */
export const DEFAULT_LIST_TRUST: ListTrust = defaultListTrust({ release: isReleaseBuild() });
