/**
 * Key rotation without a new build, in the way TUF rotates its root: a statement "from key
 * generation n, trust these keys with this threshold as generation n+1", signed by the
 * threshold of generation n AND of generation n+1 (so nobody can hand trust to keys that
 * nobody holds). Manifests carry the chain of statements; a client walks it from the
 * generation it pins, one step at a time, and verifies the manifest with the trust it ends at.
 * A revoked key is simply left out of the next generation; once a client has accepted a
 * manifest of generation n+1, its version floor refuses every generation-n manifest (rollback).
 */
import { z } from 'zod';
import { err, ok, type Result } from '../result';
import { listErrors, type ListError } from '../list/errors';
import { decodeUtf8, parseJson } from './bytes';
import type { Ed25519Backend } from './ed25519';
import { ListTrustSchema, type ListTrust, type RotationEnvelope } from './manifest';
import { checkThreshold, decodeBase64 } from './threshold';

export const ROTATION_FORMAT = 1;

export const RotationPayloadSchema = z
  .object({
    format: z.literal(ROTATION_FORMAT),
    /** The generation whose keys sign this statement. */
    fromEpoch: z.number().int().min(1).refine(Number.isSafeInteger, 'must be a safe integer'),
    /** The next generation, in full: its list id, epoch (fromEpoch + 1), keys and threshold. */
    trust: ListTrustSchema,
    issuedAt: z.iso.datetime(),
  })
  .strict()
  .refine((r) => r.trust.keyEpoch === r.fromEpoch + 1, { message: 'a rotation goes exactly one key generation forward' });

export type RotationPayload = z.infer<typeof RotationPayloadSchema>;

export type RotatedTrust = {
  trust: ListTrust;
  /** Per applied rotation: the generation reached and the key ids that signed it. */
  steps: { toEpoch: number; signedBy: string[] }[];
  /** Why statements were passed over as not this client's step; shown if the manifest then fails. */
  passedOver: string[];
};

const rotationError = (toEpoch: number, detail: string): ListError =>
  listErrors.signature(`key rotation to generation ${toEpoch}: ${detail}`);

function parseRotation(bytes: Uint8Array): RotationPayload | undefined {
  const text = decodeUtf8(bytes);
  const json = text === undefined ? undefined : parseJson(text);
  if (json === undefined) return undefined;
  const parsed = RotationPayloadSchema.safeParse(json.value);
  return parsed.success ? parsed.data : undefined;
}

/**
 * Walks the rotation chain from the pinned trust. Statements for generations the pinned trust
 * has already passed are ignored (a newer build pins later keys); the first statement that does
 * not verify stops the walk with an error, so a broken chain is never half-applied silently.
 * Statements are matched to generations by verifying them, never by trusting unsigned labels.
 */
export async function applyRotations(
  pinned: ListTrust,
  rotations: RotationEnvelope[] | undefined,
  backend?: Ed25519Backend,
): Promise<Result<RotatedTrust, ListError>> {
  let trust = pinned;
  const steps: RotatedTrust['steps'] = [];
  const passedOver: string[] = [];
  for (const envelope of rotations ?? []) {
    const payload = decodeBase64(envelope.payload);
    if (payload === undefined) return err(listErrors.malformed('key rotation', 'payload is not valid base64'));
    const byOld = await checkThreshold(envelope, payload, trust, backend);
    if (!byOld.ok) {
      // Not signed by the current generation: a step this client's pinned keys already passed.
      if (steps.length === 0) {
        passedOver.push(byOld.error.message);
        continue;
      }
      return err(rotationError(trust.keyEpoch + 1, `not signed by generation ${trust.keyEpoch} (${byOld.error.message})`));
    }
    const rotation = parseRotation(payload);
    if (rotation === undefined) return err(listErrors.malformed('key rotation', 'its signed payload is not a valid rotation'));
    if (rotation.trust.listId !== pinned.listId) return err(listErrors.wrongList(pinned.listId, rotation.trust.listId));
    if (rotation.fromEpoch !== trust.keyEpoch) {
      // Old keys that still sign, for a generation already passed: a replayed or forked step.
      if (rotation.fromEpoch < trust.keyEpoch) continue;
      return err(rotationError(rotation.trust.keyEpoch, `it starts from generation ${rotation.fromEpoch}, but this client is at ${trust.keyEpoch}`));
    }
    const byNew = await checkThreshold(envelope, payload, rotation.trust, backend);
    if (!byNew.ok) return err(rotationError(rotation.trust.keyEpoch, `the new keys did not sign it (${byNew.error.message})`));
    trust = rotation.trust;
    steps.push({ toEpoch: trust.keyEpoch, signedBy: byOld.value });
  }
  return ok({ trust, steps, passedOver });
}
