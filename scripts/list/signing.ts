/**
 * Turning list bytes into a signed manifest, shared by `sign`, `publish` and `bundle`: one way
 * to load the keys, read the list file and sign (signListFile). After signing, the result is
 * verified with the signers' public keys through the same code path the extension uses, so a
 * tool never writes a manifest that a client would refuse. A draft (no keys yet) is the same
 * payload with no signatures, for key holders to sign one at a time (envelope-file.ts).
 */
import { base64 } from '@scure/base';
import { listErrors, type ListError } from '../../utils/core/list/errors';
import type { SignatureList } from '../../utils/core/list/schema';
import { parseSignatureList, problemsAsListError } from '../../utils/core/list/parse';
import { decodeUtf8, parseJson, utf8 } from '../../utils/core/signing/bytes';
import { DEFAULT_LIST_KEY_EPOCH } from '../../utils/core/signing/keys';
import { MANIFEST_PAYLOAD_TYPE, type ListTrust, type ManifestPayload } from '../../utils/core/signing/manifest';
import { manifestFor, type SigningKey } from '../../utils/core/signing/sign';
import { verifyListFile } from '../../utils/core/signing/verify-list';
import { verifyManifest } from '../../utils/core/signing/verify-manifest';
import { err, ok, type Result } from '../../utils/core/result';
import { resolve } from 'node:path';
import { RotationEnvelopeSchema, type RotationEnvelope } from '../../utils/core/signing/manifest';
import { signManifest } from '../../utils/core/signing/sign';
import { draftBytes, type DraftEnvelope } from './envelope-file';
import { dateOption, intOption, UsageError, type Io } from './cli';
import { loadSigningKeys } from './key-file';
import { MAX_KEY_FILE_BYTES, MAX_LIST_FILE_BYTES, readNamedFile, readRegularTextFile } from '../lib/safe-read';

export const signingOptions = {
  'key-file': { type: 'string', multiple: true },
  rotation: { type: 'string', multiple: true },
  'key-epoch': { type: 'string' },
  'expires-days': { type: 'string' },
  'min-wait': { type: 'string' },
  now: { type: 'string' },
} as const;

export type SigningValues = {
  'key-file'?: string[];
  rotation?: string[];
  'key-epoch'?: string;
  'expires-days'?: string;
  'min-wait'?: string;
  now?: string;
};

export const DEFAULT_EXPIRES_DAYS = 14;
export const DEFAULT_MIN_WAIT_SECONDS = 6 * 3600;

/** Parses list bytes the way a client does, for the list id and version the manifest repeats. */
export function readListBytes(bytes: Uint8Array): Result<SignatureList, ListError> {
  const text = decodeUtf8(bytes);
  const json = text === undefined ? undefined : parseJson(text);
  if (json === undefined) return err(listErrors.malformed('list file', 'it is not UTF-8 JSON'));
  const list = parseSignatureList(json.value);
  return list.ok ? list : err(problemsAsListError(list.error));
}

export type Signed = { manifestBytes: Uint8Array; payload: ManifestPayload; list: SignatureList };

/** Rotation statements to attach (`--rotation <file>`), each a signed rotation envelope (`list rotate`). */
async function readRotations(paths: string[], cwd: string): Promise<RotationEnvelope[]> {
  const rotations: RotationEnvelope[] = [];
  for (const path of paths) {
    let json: unknown;
    try {
      json = JSON.parse(await readRegularTextFile(resolve(cwd, path), MAX_KEY_FILE_BYTES, 'the rotation file'));
    } catch {
      throw new UsageError(`--rotation ${path} is not a readable JSON file`);
    }
    const parsed = RotationEnvelopeSchema.safeParse(json);
    if (!parsed.success) throw new UsageError(`--rotation ${path} is not a signed key rotation (made by \`list rotate\`)`);
    rotations.push(parsed.data);
  }
  return rotations;
}

export async function signList(
  listBytes: Uint8Array,
  keys: SigningKey[],
  values: SigningValues,
  rotations: RotationEnvelope[] = [],
): Promise<Result<Signed, ListError>> {
  const list = readListBytes(listBytes);
  if (!list.ok) return list;
  const now = dateOption(values.now, '--now') ?? new Date();
  const days = intOption(values['expires-days'], '--expires-days', DEFAULT_EXPIRES_DAYS);
  const payload = manifestFor(listBytes, {
    listId: list.value.listId,
    keyEpoch: intOption(values['key-epoch'], '--key-epoch', DEFAULT_LIST_KEY_EPOCH),
    version: list.value.version,
    generatedAt: now,
    expires: new Date(now.getTime() + days * 24 * 3600 * 1000),
    minWaitSeconds: intOption(values['min-wait'], '--min-wait', DEFAULT_MIN_WAIT_SECONDS),
  });
  if (keys.length === 0) {
    // A draft: the exact payload, for key holders to sign one at a time.
    const draft: DraftEnvelope = {
      payloadType: MANIFEST_PAYLOAD_TYPE,
      payload: base64.encode(utf8(JSON.stringify(payload))),
      signatures: [],
      ...(rotations.length > 0 ? { rotations } : {}),
    };
    return ok({ manifestBytes: draftBytes(draft), payload, list: list.value });
  }
  const manifestBytes = await signManifest(payload, keys, rotations);

  const selfTrust: ListTrust = {
    listId: payload.listId,
    keyEpoch: payload.keyEpoch,
    keys: keys.map((k) => ({ publicKey: base64.encode(k.publicKey) })),
    threshold: new Set(keys.map((k) => k.keyid)).size,
  };
  const check = await verifyManifest(manifestBytes, selfTrust, { now, floor: null });
  if (!check.ok) return check;
  const listCheck = await verifyListFile(check.value.payload, listBytes);
  if (!listCheck.ok) return listCheck;
  return ok({ manifestBytes, payload, list: list.value });
}

/**
 * The one way `sign` and `publish` load keys and sign a list file: keys from --key-file or
 * VAHTI_SIGNING_KEY (none at all only for a draft), rotations from --rotation.
 */
export async function signListFile(listPath: string, values: SigningValues & { draft?: boolean }, io: Io): Promise<Result<Signed, ListError>> {
  const keys = values.draft === true ? [] : await loadSigningKeys((values['key-file'] ?? []).map((f) => resolve(io.cwd, f)), io.env);
  if (values.draft === true && (values['key-file'] ?? []).length > 0) throw new UsageError('--draft writes an unsigned manifest; leave out --key-file');
  const listBytes = await readNamedFile(resolve(io.cwd, listPath), MAX_LIST_FILE_BYTES, 'the list file');
  return signList(listBytes, keys, values, await readRotations(values.rotation ?? [], io.cwd));
}
