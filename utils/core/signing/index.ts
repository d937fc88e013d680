/**
 * The signing API in one place for the background sync and the tools: verify a manifest, then
 * the list file it names. Re-exports only; nothing is defined here.
 */
export { verifyManifest, type VerifiedManifest, type VerifyManifestOptions } from './verify-manifest';
export { verifyListFile, listByteCap } from './verify-list';
export {
  EnvelopeSchema,
  ManifestPayloadSchema,
  ListTrustSchema,
  TrustedKeySchema,
  VersionFloorSchema,
  SIGNING_LIMITS,
  MANIFEST_PAYLOAD_TYPE,
  type Envelope,
  type ManifestPayload,
  type ListTrust,
  type ListTrustInput,
  type TrustedKey,
  type VersionFloor,
} from './manifest';
export { DEFAULT_LIST_ID, DEFAULT_LIST_TRUST, DEFAULT_LIST_KEY_EPOCH, defaultListTrust } from './keys';
export { ed25519Backend, type Ed25519Backend } from './ed25519';
export { sha256Hex } from './bytes';
