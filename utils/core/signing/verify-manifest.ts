/**
 * Decides whether a fetched manifest may be used, in the order the threat model requires:
 * size cap, envelope shape, key rotations (rotation.ts), signatures by at least the threshold of
 * trusted keys over the exact payload bytes (threshold.ts), and only then parsing the payload and its meaning (list id, expiry, version floor). It reads nothing
 * and stores nothing: the caller passes the bytes, the trust, the clock and the stored floor,
 * and persists the new floor only after the list file has also verified.
 */
import { err, ok, type Result } from '../result';
import { listErrors, type ListError } from '../list/errors';
import { decodeUtf8, looksLikeHtml, parseJson } from './bytes';
import type { Ed25519Backend } from './ed25519';
import {
  EnvelopeSchema,
  ManifestPayloadSchema,
  MANIFEST_PAYLOAD_TYPE,
  SIGNING_LIMITS,
  type Envelope,
  type ListTrust,
  type ManifestPayload,
  type VersionFloor,
} from './manifest';
import { applyRotations } from './rotation';
import { checkThreshold, decodeBase64 } from './threshold';

export type VerifyManifestOptions = {
  /** The time to check expiry against; fixed once per update cycle by the caller. */
  now: Date;
  /** The highest version accepted so far for this source, or null when nothing was accepted. */
  floor: VersionFloor | null;
  /**
   * Only for the list bundled inside the extension package, which the browser store already
   * signs and which must work offline long after it was built. Never for fetched manifests.
   */
  skipExpiry?: boolean;
  /** Forces one Ed25519 implementation (tests); normally detected once. */
  backend?: Ed25519Backend;
};

export type VerifiedManifest = {
  /** `update`: newer than the floor; `up_to_date`: the same version as installed (do nothing). */
  status: 'update' | 'up_to_date';
  payload: ManifestPayload;
  /** The floor to store once the list file has verified too. */
  floor: VersionFloor;
  /** Key ids whose signatures verified. */
  signedBy: string[];
  /** The trust the manifest verified with: the pinned one, or where its key rotations led. */
  trust: ListTrust;
};

function parseEnvelope(bytes: Uint8Array): Result<Envelope, ListError> {
  const text = decodeUtf8(bytes);
  if (text === undefined) return err(listErrors.malformed('manifest', 'it is not UTF-8 text'));
  const json = parseJson(text);
  if (json === undefined) {
    return err(
      listErrors.malformed(
        'manifest',
        looksLikeHtml(text)
          ? 'the server sent a web page instead (a captive portal or an error page?)'
          : 'it is not valid JSON',
      ),
    );
  }
  const parsed = EnvelopeSchema.safeParse(json.value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue && issue.path.length > 0 ? `${issue.path.join('.')}: ` : '';
    const detail =
      issue?.path[0] === 'payloadType' ? `it is not a Vahti manifest (expected ${MANIFEST_PAYLOAD_TYPE})` : `${where}${issue?.message ?? 'invalid'}`;
    return err(listErrors.malformed('manifest envelope', detail));
  }
  return ok(parsed.data);
}

function parsePayload(payload: Uint8Array): Result<ManifestPayload, ListError> {
  const text = decodeUtf8(payload);
  const json = text === undefined ? undefined : parseJson(text);
  if (json === undefined) return err(listErrors.malformed('signed manifest', 'its payload is not JSON'));
  const parsed = ManifestPayloadSchema.safeParse(json.value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue && issue.path.length > 0 ? `${issue.path.join('.')}: ` : '';
    return err(listErrors.malformed('signed manifest', `${where}${issue?.message ?? 'invalid'}`));
  }
  return ok(parsed.data);
}

/** Compares against the stored floor; a newer key epoch starts a new version sequence. */
function checkVersion(
  payload: ManifestPayload,
  trust: ListTrust,
  floor: VersionFloor | null,
): Result<VerifiedManifest['status'], ListError> {
  if (payload.keyEpoch > trust.keyEpoch) {
    return err(listErrors.futureKeyEpoch(payload.keyEpoch, trust.keyEpoch));
  }
  if (floor === null || payload.keyEpoch > floor.keyEpoch) return ok('update');
  if (payload.keyEpoch < floor.keyEpoch) return err(listErrors.oldKeyEpoch(payload.keyEpoch, floor.keyEpoch));
  if (payload.version < floor.version) return err(listErrors.rollback(payload.version, floor.version));
  return ok(payload.version === floor.version ? 'up_to_date' : 'update');
}

/**
 * Verifies manifest envelope bytes for one list source. Returns the payload only when every
 * check passed; the error says which check failed, in words a person can read.
 */
export async function verifyManifest(
  bytes: Uint8Array,
  pinnedTrust: ListTrust,
  options: VerifyManifestOptions,
): Promise<Result<VerifiedManifest, ListError>> {
  // An invalid clock would make every expiry comparison false, i.e. fail open.
  if (Number.isNaN(options.now.getTime())) throw new TypeError('verifyManifest: options.now is an invalid Date');
  if (bytes.length > SIGNING_LIMITS.manifestBytes) {
    return err(listErrors.tooLarge('manifest', SIGNING_LIMITS.manifestBytes));
  }
  const envelope = parseEnvelope(bytes);
  if (!envelope.ok) return envelope;
  const payloadBytes = decodeBase64(envelope.value.payload);
  if (payloadBytes === undefined) return err(listErrors.malformed('manifest envelope', 'payload is not valid base64'));

  const rotated = await applyRotations(pinnedTrust, envelope.value.rotations, options.backend);
  if (!rotated.ok) return rotated;
  const trust = rotated.value.trust;
  const signedBy = await checkThreshold(envelope.value, payloadBytes, trust, options.backend);
  if (!signedBy.ok) {
    const passedOver = rotated.value.passedOver[0];
    // A rotation that did not verify explains the failure better than the manifest's signatures do.
    return passedOver === undefined ? signedBy : err(listErrors.signature(`the key rotation it carries did not verify: ${passedOver}`));
  }

  const payload = parsePayload(payloadBytes);
  if (!payload.ok) return payload;
  const manifest = payload.value;

  if (manifest.listId !== pinnedTrust.listId) return err(listErrors.wrongList(pinnedTrust.listId, manifest.listId));
  if (!options.skipExpiry && options.now.getTime() >= Date.parse(manifest.expires)) {
    return err(listErrors.expired(manifest.expires));
  }
  const status = checkVersion(manifest, trust, options.floor);
  if (!status.ok) return status;

  return ok({
    status: status.value,
    payload: manifest,
    floor: { keyEpoch: manifest.keyEpoch, version: manifest.version },
    signedBy: signedBy.value,
    trust,
  });
}
