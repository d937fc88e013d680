/**
 * Turning list bytes into a signed manifest, shared by `sign`, `publish` and `bundle`. After
 * signing, the result is verified with the signers' public keys through the same code path the
 * extension uses, so a tool never writes a manifest that a client would refuse.
 */
import { base64 } from '@scure/base';
import { listErrors, type ListError } from '../../utils/core/list/errors';
import type { SignatureList } from '../../utils/core/list/schema';
import { parseSignatureList, problemsAsListError } from '../../utils/core/list/parse';
import { decodeUtf8, parseJson } from '../../utils/core/signing/bytes';
import { DEFAULT_LIST_KEY_EPOCH } from '../../utils/core/signing/keys';
import type { ListTrust, ManifestPayload } from '../../utils/core/signing/manifest';
import { manifestFor, signManifest, type SigningKey } from '../../utils/core/signing/sign';
import { verifyListFile } from '../../utils/core/signing/verify-list';
import { verifyManifest } from '../../utils/core/signing/verify-manifest';
import { err, ok, type Result } from '../../utils/core/result';
import { dateOption, intOption } from './cli';

export const signingOptions = {
  'key-file': { type: 'string', multiple: true },
  'key-epoch': { type: 'string' },
  'expires-days': { type: 'string' },
  'min-wait': { type: 'string' },
  now: { type: 'string' },
} as const;

export type SigningValues = {
  'key-file'?: string[];
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

export async function signList(
  listBytes: Uint8Array,
  keys: SigningKey[],
  values: SigningValues,
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
  const manifestBytes = await signManifest(payload, keys);

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
