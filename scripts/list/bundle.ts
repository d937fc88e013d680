/**
 * `list bundle`: the signed default list shipped inside the extension, built from
 * scripts/list-sources/default into public/lists/default/ (manifest.json + list.<sha>.json).
 * Development bundles are signed with the committed development key; `--release` requires the
 * release key (VAHTI_SIGNING_KEY or --key-file) and refuses the development key. The result is
 * verified against the keys the build pins before anything is written. When the list bytes are
 * unchanged and the existing manifest still verifies, nothing is rewritten, so the committed
 * bundle only changes when the sources do.
 *
 * `ensureBundleForBuild` is the same step run by the WXT build (wxt.config.ts): development
 * builds refresh a stale bundle; release builds only check it and fail if it is stale or not
 * signed with a release key.
 */
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { base64 } from '@scure/base';
import { defaultListTrust, DEV_KEY, releaseTrustProblem } from '../../utils/core/signing/keys';
import { verifyListFile } from '../../utils/core/signing/verify-list';
import { verifyManifest } from '../../utils/core/signing/verify-manifest';
import type { SigningKey } from '../../utils/core/signing/sign';
import { parse, type Io } from './cli';
import { loadSigningKeys, readKeyFile } from './key-file';
import { signingOptions, signList, type SigningValues } from './signing';
import { buildFromSources, printProblems } from './sources';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const BUNDLE_SOURCES = join(ROOT, 'scripts/list-sources/default');
export const BUNDLE_DIR = join(ROOT, 'public/lists/default');
export const DEV_KEY_FILE = join(ROOT, 'scripts/list/dev-key.private');
export const BUNDLE_COMMAND = 'npm run list -- bundle';

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

/** Write then rename, so a build copying public/ at the same moment never sees half a file. */
async function writeAtomically(path: string, bytes: Uint8Array): Promise<void> {
  const temp = `${path}.${process.pid}.tmp`;
  await writeFile(temp, bytes);
  await rename(temp, path);
}

type BundleOptions = {
  release: boolean;
  force: boolean;
  sources: string;
  outDir: string;
  /** Signing keys, asked for only when the bundle has to be (re)signed. */
  keys: () => Promise<SigningKey[]>;
  signing: SigningValues;
  io: Io;
};

type BundleOutcome = 'up_to_date' | 'written' | 'source_errors' | 'failed';

async function isCurrent(outDir: string, release: boolean, listBytes: Uint8Array): Promise<string[] | undefined> {
  const existing = await readBundle(outDir);
  if (!existing) return undefined;
  const current = await verifyManifest(existing.manifestBytes, defaultListTrust({ release }), { now: new Date(), floor: null, skipExpiry: true });
  if (!current.ok || !existing.files.includes(current.value.payload.list.path)) return undefined;
  const listOk = await verifyListFile(current.value.payload, listBytes);
  return listOk.ok ? current.value.signedBy : undefined;
}

async function updateBundle(o: BundleOptions): Promise<BundleOutcome> {
  const { io } = o;
  const notReady = o.release ? releaseTrustProblem() : undefined;
  if (notReady !== undefined) {
    io.err(`release: ${notReady}`);
    return 'failed';
  }
  const trust = defaultListTrust({ release: o.release });
  const built = await buildFromSources(o.sources, undefined, io.cwd);
  if (!built.ok) {
    printProblems(built.problems, io);
    return 'source_errors';
  }
  const signedBy = o.force ? undefined : await isCurrent(o.outDir, o.release, built.bytes);
  if (signedBy) {
    io.out(`bundled list "${built.list.listId}" version ${built.list.version} is up to date (signed by ${signedBy.map((k) => k.slice(0, 16)).join(', ')})`);
    return 'up_to_date';
  }

  const keys = await o.keys();
  if (o.release && keys.some((k) => base64.encode(k.publicKey) === DEV_KEY.publicKey)) {
    io.err('bundle --release refuses the development key: sign with the release key (VAHTI_SIGNING_KEY or --key-file).');
    return 'failed';
  }
  const signed = await signList(built.bytes, keys, o.signing);
  if (!signed.ok) {
    io.err(`bundle failed (${signed.error.code}): ${signed.error.message}`);
    return 'failed';
  }
  const pinned = await verifyManifest(signed.value.manifestBytes, trust, { now: new Date(), floor: null, skipExpiry: true });
  if (!pinned.ok) {
    io.err(`bundle failed: the signed manifest does not verify with the keys this build pins (${pinned.error.message})`);
    return 'failed';
  }

  await mkdir(o.outDir, { recursive: true });
  const p = signed.value.payload;
  const previous = await readBundle(o.outDir);
  const before = previous && (await verifyManifest(previous.manifestBytes, trust, { now: new Date(), floor: null, skipExpiry: true }));
  if (before?.ok && before.value.payload.version >= p.version) {
    io.err(
      `warning: the list changed but its version (${p.version}) is not higher than the bundled one (${before.value.payload.version}); ` +
        'raise "version" in list.json, or installations that already have that version keep the old content',
    );
  }
  const old = previous?.files ?? [];
  await writeAtomically(join(o.outDir, p.list.path), built.bytes);
  await writeAtomically(join(o.outDir, 'manifest.json'), signed.value.manifestBytes);
  for (const file of old) if (file !== p.list.path) await rm(join(o.outDir, file), { force: true });
  io.out(
    `wrote ${o.outDir}: manifest.json + ${p.list.path} (list version ${p.version}, ${o.release ? 'release' : 'development'} key ${keys.map((k) => k.keyid.slice(0, 16)).join(', ')})`,
  );
  return 'written';
}

export async function run(args: string[], io: Io): Promise<number> {
  const { values } = parse(
    args,
    { ...signingOptions, release: { type: 'boolean' }, force: { type: 'boolean' }, sources: { type: 'string' }, out: { type: 'string' } },
    { min: 0, max: 0, names: 'no positional arguments' },
  );
  const release = values.release === true;
  const keyFiles = (values['key-file'] ?? []).map((f) => resolve(io.cwd, f));
  const outcome = await updateBundle({
    release,
    force: values.force === true,
    sources: values.sources ? resolve(io.cwd, values.sources) : BUNDLE_SOURCES,
    outDir: values.out ? resolve(io.cwd, values.out) : BUNDLE_DIR,
    keys: async () => (release || keyFiles.length > 0 ? loadSigningKeys(keyFiles, io.env) : [await readKeyFile(DEV_KEY_FILE)]),
    signing: values,
    io,
  });
  if (outcome === 'source_errors') io.err('bundle failed: the default list sources have errors; nothing was written');
  return outcome === 'up_to_date' || outcome === 'written' ? 0 : 1;
}

/**
 * Called before every WXT build. A development build refreshes a stale bundle with the
 * development key, and keeps the existing one (with a warning) while the sources have errors,
 * so that a half-edited campaign file does not break everyone's build. A release build never
 * signs: it fails unless the bundle is current and verifies with the release keys alone.
 */
export async function ensureBundleForBuild(release: boolean, log: { info: (m: string) => void; warn: (m: string) => void }): Promise<void> {
  const lines: string[] = [];
  const io: Io = { out: (l) => log.info(l), err: (l) => lines.push(l), env: process.env, cwd: ROOT };
  const outcome = await updateBundle({
    release,
    force: false,
    sources: BUNDLE_SOURCES,
    outDir: BUNDLE_DIR,
    keys: async () => {
      if (release) throw new Error(`release build: public/lists/default is stale or not signed with a release key; run \`VAHTI_SIGNING_KEY=… ${BUNDLE_COMMAND} --release\` first`);
      return [await readKeyFile(DEV_KEY_FILE)];
    },
    signing: {},
    io,
  });
  for (const l of lines) log.warn(l);
  if (outcome === 'source_errors') {
    if (release) throw new Error('release build: the default list sources have errors (see above)');
    log.warn(`the default list sources have errors; the build keeps the existing bundled list (fix them, then ${BUNDLE_COMMAND})`);
  } else if (outcome === 'failed') {
    throw new Error(`the bundled default list could not be ${release ? 'checked' : 'refreshed'}: ${lines.join(' ') || 'see above'}`);
  }
}
