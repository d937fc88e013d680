/**
 * Decides whether list file bytes are the file a verified manifest names: length, then
 * SHA-256, and only then JSON and the list schema (with its too-broad checks), and finally
 * that the list says the same list id and version as the manifest. It must only be called with
 * a manifest that verifyManifest accepted; it stores nothing.
 */
import { err, ok, type Result } from '../result';
import { listErrors, type ListError } from '../list/errors';
import { parseSignatureList, problemsAsListError } from '../list/parse';
import type { SignatureList } from '../list/schema';
import { decodeUtf8, looksLikeHtml, parseJson, sha256Hex } from './bytes';
import { SIGNING_LIMITS, type ManifestPayload } from './manifest';

/** The most bytes a caller should ever read for this manifest's list file. */
export const listByteCap = (manifest: ManifestPayload): number =>
  Math.min(manifest.list.length, SIGNING_LIMITS.listBytes);

export async function verifyListFile(
  manifest: ManifestPayload,
  bytes: Uint8Array,
): Promise<Result<SignatureList, ListError>> {
  if (bytes.length > SIGNING_LIMITS.listBytes) return err(listErrors.tooLarge('list file', SIGNING_LIMITS.listBytes));
  if (bytes.length !== manifest.list.length) return err(listErrors.lengthMismatch(manifest.list.length, bytes.length));
  const digest = sha256Hex(bytes);
  if (digest !== manifest.list.sha256) return err(listErrors.hashMismatch(manifest.list.sha256, digest));

  // The bytes are now exactly what the publisher signed; failures below are publisher mistakes.
  const text = decodeUtf8(bytes);
  const json = text === undefined ? undefined : parseJson(text);
  if (json === undefined) {
    const detail = text !== undefined && looksLikeHtml(text) ? 'it is a web page, not JSON' : 'it is not valid JSON';
    return err(listErrors.malformed('list file', detail));
  }
  const list = parseSignatureList(json.value);
  if (!list.ok) return err(problemsAsListError(list.error));
  if (list.value.listId !== manifest.listId) return err(listErrors.wrongList(manifest.listId, list.value.listId));
  if (list.value.version !== manifest.version) {
    return err(
      listErrors.malformed('list file', `it says version ${list.value.version}, but its manifest says version ${manifest.version}`),
    );
  }
  return ok(list.value);
}
