/**
 * `list publish <listFile> --out <dir>`: a folder any static host or CDN can serve as is,
 * signed now (--key-file / VAHTI_SIGNING_KEY) or with a manifest whose signatures were
 * collected from several key holders (--manifest, checked against --trust or the pinned keys):
 * `manifest.json` (short cache), `list.<sha256>.json` (immutable) and a `_headers` file with
 * those cache rules (the format Netlify and Cloudflare Pages read; other hosts: see
 * docs/maintainers.md). Older list files are kept, because caches may still hold a manifest
 * that names them.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { verifyListFile } from '../../utils/core/signing/verify-list';
import { verifyManifest } from '../../utils/core/signing/verify-manifest';
import { err, ok, type Result } from '../../utils/core/result';
import type { ListError } from '../../utils/core/list/errors';
import { parse, UsageError, type Io } from './cli';
import { signingOptions, signListFile, readListBytes, type Signed } from './signing';
import { trustFrom, trustOptions } from './trust-options';
import { MAX_LIST_FILE_BYTES, MAX_MANIFEST_BYTES, readNamedFile } from '../lib/safe-read';

export const usage =
  'publish <listFile> --out <dir> [--key-file <file>]... [--key-epoch n] [--expires-days n] [--min-wait seconds]\n' +
  '  publish <listFile> --out <dir> --manifest <signed manifest.json> [--trust <trust.json> | --release]';

export const CACHE_HEADERS = {
  manifest: 'public, max-age=300, must-revalidate',
  list: 'public, max-age=31536000, immutable',
} as const;

export const HEADERS_FILE = `# Cache rules for a Vahti list folder (Netlify / Cloudflare Pages "_headers" format).
/manifest.json
  Cache-Control: ${CACHE_HEADERS.manifest}
  Access-Control-Allow-Origin: *
  Content-Type: application/json
  X-Content-Type-Options: nosniff
/list.*
  Cache-Control: ${CACHE_HEADERS.list}
  Access-Control-Allow-Origin: *
  Content-Type: application/json
  X-Content-Type-Options: nosniff
`;

/** A manifest signed elsewhere, accepted only if the trust's threshold of keys signed it and it names this list file. */
async function collected(listPath: string, manifestPath: string, values: Parameters<typeof trustFrom>[0], io: Io): Promise<Result<Signed, ListError>> {
  const listBytes = await readNamedFile(resolve(io.cwd, listPath), MAX_LIST_FILE_BYTES, 'the list file');
  const manifestBytes = await readNamedFile(resolve(io.cwd, manifestPath), MAX_MANIFEST_BYTES, 'the manifest');
  const trust = await trustFrom(values, io);
  const manifest = await verifyManifest(manifestBytes, trust, { now: new Date(), floor: null });
  if (!manifest.ok) return manifest;
  const list = await verifyListFile(manifest.value.payload, listBytes);
  if (!list.ok) return list;
  const parsed = readListBytes(listBytes);
  return parsed.ok ? ok({ manifestBytes, payload: manifest.value.payload, list: parsed.value }) : err(parsed.error);
}

export async function run(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parse(
    args,
    { ...signingOptions, ...trustOptions, out: { type: 'string' }, manifest: { type: 'string' } },
    { min: 1, max: 1, names: 'one list file' },
  );
  if (!values.out) throw new UsageError('--out <dir> is required');
  const signed = values.manifest !== undefined ? await collected(positionals[0]!, values.manifest, values, io) : await signListFile(positionals[0]!, values, io);
  if (!signed.ok) {
    io.err(`publish failed (${signed.error.code}): ${signed.error.message}`);
    return 1;
  }
  const listBytes = await readNamedFile(resolve(io.cwd, positionals[0]!), MAX_LIST_FILE_BYTES, 'the list file');
  const dir = resolve(io.cwd, values.out);
  await mkdir(dir, { recursive: true });
  const p = signed.value.payload;
  // The list file first: a manifest must never be visible before the file it names.
  await writeFile(join(dir, p.list.path), listBytes);
  await writeFile(join(dir, '_headers'), HEADERS_FILE);
  await writeFile(join(dir, 'manifest.json'), signed.value.manifestBytes);
  io.out(`published list "${p.listId}" version ${p.version} to ${dir}:`);
  io.out(`  ${p.list.path}  Cache-Control: ${CACHE_HEADERS.list}`);
  io.out(`  manifest.json  Cache-Control: ${CACHE_HEADERS.manifest} (with ETag)`);
  io.out('upload the list file before the manifest; serve both over https with Access-Control-Allow-Origin: *');
  return 0;
}
