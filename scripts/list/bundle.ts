/**
 * `list bundle`: the signed default list shipped inside the extension, built from
 * scripts/list-sources/default into public/lists/default/ (manifest.json + list.<sha>.json).
 * Development bundles are signed with the committed development key; `--release` requires the
 * release key (VAHTI_SIGNING_KEY or --key-file) and refuses the development key. The result is
 * verified against the keys the build pins before anything is written. When the list bytes are
 * unchanged and the existing manifest still verifies, nothing is rewritten, so the committed
 * bundle only changes when the sources do.
 */
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defaultListTrust, DEV_KEY } from '../../utils/signing/keys';
import { verifyListFile } from '../../utils/signing/verify-list';
import { verifyManifest } from '../../utils/signing/verify-manifest';
import { base64 } from '@scure/base';
import { parse, type Io } from './cli';
import { loadSigningKeys, readKeyFile } from './key-file';
import { signingOptions, signList } from './signing';
import { buildFromSources, printProblems } from './sources';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const BUNDLE_SOURCES = join(ROOT, 'scripts/list-sources/default');
export const BUNDLE_DIR = join(ROOT, 'public/lists/default');
export const DEV_KEY_FILE = join(ROOT, 'scripts/list/dev-key.private');

export const usage = 'bundle [--release] [--force] [--sources <dir>] [--out <dir>] [--key-file <file>]';

/** The committed bundle's manifest and list bytes, if both are there. */
export async function readBundle(dir = BUNDLE_DIR): Promise<{ manifestBytes: Uint8Array; files: string[] } | undefined> {
  try {
    const manifestBytes = new Uint8Array(await readFile(join(dir, 'manifest.json')));
    const files = (await readdir(dir)).filter((f) => /^list\.[0-9a-f]{64}\.json$/.test(f));
    return { manifestBytes, files };
  } catch {
    return undefined;
  }
}

export async function run(args: string[], io: Io): Promise<number> {
  const { values } = parse(
    args,
    { ...signingOptions, release: { type: 'boolean' }, force: { type: 'boolean' }, sources: { type: 'string' }, out: { type: 'string' } },
    { min: 0, max: 0, names: 'no positional arguments' },
  );
  const release = values.release === true;
  const sources = values.sources ? resolve(io.cwd, values.sources) : BUNDLE_SOURCES;
  const outDir = values.out ? resolve(io.cwd, values.out) : BUNDLE_DIR;
  const trust = defaultListTrust({ release });

  const built = await buildFromSources(sources, undefined, io.cwd);
  if (!built.ok) {
    printProblems(built.problems, io);
    io.err('bundle failed: the default list sources have errors; nothing was written');
    return 1;
  }
  io.out(`built list "${built.list.listId}" version ${built.list.version} (${built.bytes.length} bytes, ${built.warnings.length} warning(s); run lint to see them)`);

  const existing = await readBundle(outDir);
  if (existing && !values.force) {
    const current = await verifyManifest(existing.manifestBytes, trust, { now: new Date(), floor: null, skipExpiry: true });
    if (current.ok) {
      const listOk = await verifyListFile(current.value.payload, built.bytes);
      if (listOk.ok && existing.files.includes(current.value.payload.list.path)) {
        io.out(`bundle in ${outDir} is up to date (signed by ${current.value.signedBy.join(', ')}); use --force to re-sign`);
        return 0;
      }
    }
  }

  const keyFiles = (values['key-file'] ?? []).map((f) => resolve(io.cwd, f));
  const keys = release ? await loadSigningKeys(keyFiles, io.env) : keyFiles.length > 0 ? await loadSigningKeys(keyFiles, io.env) : [await readKeyFile(DEV_KEY_FILE)];
  if (release && keys.some((k) => base64.encode(k.publicKey) === DEV_KEY.publicKey)) {
    io.err('bundle --release refuses the development key: sign with the release key (VAHTI_SIGNING_KEY or --key-file).');
    return 1;
  }
  const signed = await signList(built.bytes, keys, values);
  if (!signed.ok) {
    io.err(`bundle failed (${signed.error.code}): ${signed.error.message}`);
    return 1;
  }
  const pinned = await verifyManifest(signed.value.manifestBytes, trust, { now: new Date(), floor: null, skipExpiry: true });
  if (!pinned.ok) {
    io.err(`bundle failed: the signed manifest does not verify with the keys this build pins (${pinned.error.message})`);
    return 1;
  }

  await mkdir(outDir, { recursive: true });
  const p = signed.value.payload;
  for (const old of existing?.files ?? []) if (old !== p.list.path) await rm(join(outDir, old));
  await writeFile(join(outDir, p.list.path), built.bytes);
  await writeFile(join(outDir, 'manifest.json'), signed.value.manifestBytes);
  io.out(`wrote ${outDir}: manifest.json + ${p.list.path} (${release ? 'release' : 'development'} key ${keys.map((k) => k.keyid.slice(0, 16)).join(', ')})`);
  return 0;
}
