/**
 * `list publish <listFile> --out <dir>`: a folder any static host or CDN can serve as is:
 * `manifest.json` (short cache), `list.<sha256>.json` (immutable) and a `_headers` file with
 * those cache rules (the format Netlify and Cloudflare Pages read; other hosts: see
 * docs/maintainers.md). Older list files are kept, because caches may still hold a manifest
 * that names them.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parse, UsageError, type Io } from './cli';
import { loadSigningKeys } from './key-file';
import { signingOptions, signList } from './signing';
import { MAX_LIST_FILE_BYTES, readNamedFile } from '../lib/safe-read';

export const usage = 'publish <listFile> --out <dir> [--key-file <file>]... [--key-epoch n] [--expires-days n] [--min-wait seconds]';

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

export async function run(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parse(args, { ...signingOptions, out: { type: 'string' } }, { min: 1, max: 1, names: 'one list file' });
  if (!values.out) throw new UsageError('--out <dir> is required');
  const keys = await loadSigningKeys((values['key-file'] ?? []).map((f) => resolve(io.cwd, f)), io.env);
  const listBytes = await readNamedFile(resolve(io.cwd, positionals[0]!), MAX_LIST_FILE_BYTES, 'the list file');
  const signed = await signList(listBytes, keys, values);
  if (!signed.ok) {
    io.err(`publish failed (${signed.error.code}): ${signed.error.message}`);
    return 1;
  }
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
