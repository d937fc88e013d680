/**
 * Which list the helpdesk scan uses when none is given: the signed bundle the extension ships
 * (public/lists/default/), verified with the same keys and code as the extension, or — when no
 * bundle has been built yet — the list assembled from scripts/list-sources/default. A bundle
 * that exists but fails verification is not used silently: the caller gets a warning to print.
 *
 * Also reads a plain list JSON given with `--list`. Must not classify or print.
 */
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseSignatureList } from '../../utils/core/list/parse';
import type { SignatureList } from '../../utils/core/list/schema';
import { DEFAULT_LIST_TRUST, verifyListFile, verifyManifest } from '../../utils/core/signing';
import { formatSourceError, loadListSources } from './list-sources';
import { InputFileError, MAX_LIST_FILE_BYTES, MAX_MANIFEST_BYTES, readRegularFile } from './safe-read';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const DEFAULT_BUNDLE_DIR = path.join(ROOT, 'public/lists/default');
export const DEFAULT_SOURCES_DIR = path.join(ROOT, 'scripts/list-sources/default');


export type LoadedList = { list: SignatureList; origin: string; warnings: string[] };
export type ListLoadFailure = { problems: string[] };

/** Verifies the bundle; `null` when there is none, a reason string when it does not verify. */
async function readVerifiedBundle(dir: string): Promise<{ list: SignatureList } | { problem: string } | null> {
  let manifestBytes: Uint8Array;
  try {
    manifestBytes = await readRegularFile(path.join(dir, 'manifest.json'), MAX_MANIFEST_BYTES, 'the manifest');
  } catch (e) {
    // No bundle built yet is the normal case; anything else about it is worth a warning.
    if (e instanceof InputFileError && e.message === 'no such file') return null;
    return { problem: `manifest: ${e instanceof Error ? e.message : String(e)}` };
  }
  const manifest = await verifyManifest(manifestBytes, DEFAULT_LIST_TRUST, { now: new Date(), floor: null, skipExpiry: true });
  if (!manifest.ok) return { problem: `manifest: ${manifest.error.message}` };
  const listPath = manifest.value.payload.list.path;
  // The manifest names a file in its own folder; refuse anything else.
  if (path.basename(listPath) !== listPath || !(await readdir(dir)).includes(listPath)) {
    return { problem: `the list file "${listPath}" named by the manifest is missing` };
  }
  let bytes: Uint8Array;
  try {
    bytes = await readRegularFile(path.join(dir, listPath), MAX_LIST_FILE_BYTES, 'the list file');
  } catch (e) {
    return { problem: `list file: ${e instanceof Error ? e.message : String(e)}` };
  }
  const list = await verifyListFile(manifest.value.payload, bytes);
  if (!list.ok) return { problem: `list file: ${list.error.message}` };
  return { list: list.value };
}

export async function loadDefaultList(bundleDir = DEFAULT_BUNDLE_DIR, sourcesDir = DEFAULT_SOURCES_DIR): Promise<LoadedList | ListLoadFailure> {
  const warnings: string[] = [];
  const bundle = await readVerifiedBundle(bundleDir);
  if (bundle && 'list' in bundle) {
    return { list: bundle.list, origin: `signed bundle ${path.relative(process.cwd(), bundleDir) || bundleDir}`, warnings };
  }
  if (bundle) warnings.push(`the bundled default list does not verify (${bundle.problem}); using the list sources instead`);
  const loaded = await loadListSources(sourcesDir);
  if ('errors' in loaded) return { problems: loaded.errors.map(formatSourceError) };
  return { list: loaded.list, origin: `sources ${path.relative(process.cwd(), sourcesDir) || sourcesDir} (unsigned)`, warnings };
}

/** A plain (unsigned) list JSON file, checked like any list: schema and too-broad entries. */
export async function loadListFile(file: string): Promise<LoadedList | ListLoadFailure> {
  let bytes: Uint8Array;
  try {
    bytes = await readRegularFile(file, MAX_LIST_FILE_BYTES, 'the list file');
  } catch (e) {
    if (e instanceof InputFileError) return { problems: [`cannot read the list file: ${e.message}`] };
    throw e;
  }
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder('utf-8').decode(bytes));
  } catch (e) {
    return { problems: [`the list file is not valid JSON: ${(e as Error).message}`] };
  }
  const parsed = parseSignatureList(json);
  if (!parsed.ok) return { problems: parsed.error.map((p) => p.message) };
  return { list: parsed.value, origin: `list file ${file}`, warnings: [] };
}
