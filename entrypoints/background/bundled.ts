/**
 * The signed default list shipped inside the extension (`public/lists/default/`): the floor of
 * protection on a fresh install, offline, or after local damage. It passes the same checks as
 * a downloaded list (pinned keys, hash, length, schema) except expiry — the store signs the
 * package, and the copy must keep working long after the build. Reads; stores nothing.
 */
import { err, ok, type Result } from '../../utils/core/result';
import { listErrors, type ListError } from '../../utils/core/list/errors';
import type { SignatureList } from '../../utils/core/list/schema';
import type { ListTrust, ManifestPayload } from '../../utils/core/signing/manifest';
import { verifyListFile } from '../../utils/core/signing/verify-list';
import { verifyManifest } from '../../utils/core/signing/verify-manifest';

export const BUNDLED_DEFAULT_DIR = '/lists/default/';

/** Reads a file from the extension package by its path (`/lists/default/manifest.json`). */
export type ReadPackagedFile = (path: string) => Promise<Uint8Array>;

export type BundledList = { manifest: ManifestPayload; manifestBytes: Uint8Array; list: SignatureList };

export async function readBundledManifest(read: ReadPackagedFile, trust: ListTrust): Promise<Result<{ manifest: ManifestPayload; manifestBytes: Uint8Array }, ListError>> {
  let manifestBytes: Uint8Array;
  try {
    manifestBytes = await read(`${BUNDLED_DEFAULT_DIR}manifest.json`);
  } catch (cause) {
    return err(listErrors.malformed('bundled list', `its manifest could not be read (${String(cause).slice(0, 100)})`));
  }
  const verified = await verifyManifest(manifestBytes, trust, { now: new Date(), floor: null, skipExpiry: true });
  if (!verified.ok) return verified;
  return ok({ manifest: verified.value.payload, manifestBytes });
}

export async function readBundledList(read: ReadPackagedFile, trust: ListTrust): Promise<Result<BundledList, ListError>> {
  const head = await readBundledManifest(read, trust);
  if (!head.ok) return head;
  let bytes: Uint8Array;
  try {
    bytes = await read(`${BUNDLED_DEFAULT_DIR}${head.value.manifest.list.path}`);
  } catch (cause) {
    return err(listErrors.malformed('bundled list', `its list file could not be read (${String(cause).slice(0, 100)})`));
  }
  const list = await verifyListFile(head.value.manifest, bytes);
  if (!list.ok) return list;
  return ok({ ...head.value, list: list.value });
}
