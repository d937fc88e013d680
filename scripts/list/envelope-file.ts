/**
 * Manifest files while signatures are being collected: a draft is an envelope with the exact
 * payload bytes and the signatures gathered so far (none at first). Each key holder adds one
 * signature on their own machine (`sign --add-signature`), and copies made in parallel are
 * merged (`--merge`) as long as they carry the same payload. Tools only; the extension reads
 * finished manifests through verifyManifest.
 */
import type { z } from 'zod';
import { EnvelopeSchema, type Envelope } from '../../utils/core/signing/manifest';
import { addSignature, envelopeBytes, type SigningKey } from '../../utils/core/signing/sign';
import { UsageError } from './cli';
import { MAX_MANIFEST_BYTES, readRegularTextFile } from '../lib/safe-read';

/** An envelope that may still have no signatures. */
export const DraftEnvelopeSchema = EnvelopeSchema.extend({ signatures: EnvelopeSchema.shape.signatures.unwrap().array().max(16) });
export type DraftEnvelope = z.infer<typeof DraftEnvelopeSchema>;

export async function readEnvelopeFile(path: string): Promise<DraftEnvelope> {
  let json: unknown;
  try {
    json = JSON.parse(await readRegularTextFile(path, MAX_MANIFEST_BYTES, 'the manifest'));
  } catch {
    throw new UsageError(`${path} is not a readable manifest (JSON) file`);
  }
  const parsed = DraftEnvelopeSchema.safeParse(json);
  if (!parsed.success) throw new UsageError(`${path} is not a Vahti manifest: ${parsed.error.issues[0]?.message ?? 'invalid'}`);
  return parsed.data;
}

/** Adds the signatures of `others` (same payload only), then one signature per key, each key once. */
export async function collectSignatures(draft: DraftEnvelope, others: { path: string; envelope: DraftEnvelope }[], keys: SigningKey[]): Promise<DraftEnvelope> {
  let envelope = draft;
  for (const other of others) {
    if (other.envelope.payload !== draft.payload || other.envelope.payloadType !== draft.payloadType) {
      throw new UsageError(`${other.path} signs a different manifest payload; only copies of the same draft can be merged`);
    }
    const known = new Set(envelope.signatures.map((s) => s.keyid));
    envelope = { ...envelope, signatures: [...envelope.signatures, ...other.envelope.signatures.filter((s) => !known.has(s.keyid))] };
  }
  for (const key of keys) {
    try {
      envelope = await addSignature(envelope, key);
    } catch (e) {
      throw new UsageError((e as Error).message);
    }
  }
  return envelope;
}

export const draftBytes = (envelope: DraftEnvelope | Envelope): Uint8Array => envelopeBytes(envelope as Envelope);
