/**
 * `list stage`: the first step of every publication, run the same way by the CI workflow
 * (.github/workflows/publish-list.yml) and by `list dry-run`: lint the sources, build the list,
 * fetch and verify what is published now and print the difference for review, refuse a version
 * that is not higher, keep a copy of the published list file (previous/, deployed again beside the
 * new one), and write the unsigned draft manifest that key holders then sign one at a
 * time (`list sign --add-signature`).
 *
 *   stage [--sources <dir>] --out <dir> [--published <manifest URL or folder>] [--trust <file> | --release]
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { SignatureList } from '../../utils/core/list/schema';
import { SIGNING_LIMITS } from '../../utils/core/signing/manifest';
import { listByteCap, verifyListFile } from '../../utils/core/signing/verify-list';
import { verifyManifest } from '../../utils/core/signing/verify-manifest';
import { BUNDLE_SOURCES } from './bundle';
import { parse, UsageError, type Io } from './cli';
import { printDiff } from './diff';
import { signListFile } from './signing';
import { buildFromSources, printProblems } from './sources';
import { trustFrom, trustOptions } from './trust-options';
import { readRegularFile } from '../lib/safe-read';

export const usage = 'stage [--sources <dir>] --out <dir> [--published <manifest URL or folder>] [--trust <trust.json> | --release] [--expires-days n] [--min-wait seconds]';

async function fetchBytes(url: string, cap: number): Promise<Uint8Array | undefined> {
  const response = await fetch(url, { signal: AbortSignal.timeout(20_000) });
  if (response.status === 404) return undefined;
  if (!response.ok) throw new UsageError(`${url} answered ${response.status}`);
  const bytes = new Uint8Array(await response.arrayBuffer());
  if (bytes.length > cap) throw new UsageError(`${url} is larger than ${cap} bytes`);
  return bytes;
}

/** The published manifest and list, verified with the trust clients have; undefined before the first publication. */
type Published = { list: SignatureList; path: string; bytes: Uint8Array };

async function readPublished(where: string, values: Parameters<typeof trustFrom>[0], io: Io): Promise<Published | undefined> {
  const remote = /^https?:\/\//.test(where);
  const manifestAt = remote ? where : join(resolve(io.cwd, where), 'manifest.json');
  const read = async (at: string, cap: number) => (remote ? fetchBytes(at, cap) : readRegularFile(at, cap, 'the published file').catch(() => undefined));
  const manifestBytes = await read(manifestAt, SIGNING_LIMITS.manifestBytes);
  if (manifestBytes === undefined) {
    io.out(`nothing is published at ${where} yet: this is the first publication`);
    return undefined;
  }
  // Expiry is not the question here: an expired publication still says what clients have.
  const manifest = await verifyManifest(manifestBytes, await trustFrom(values, io), { now: new Date(), floor: null, skipExpiry: true });
  if (!manifest.ok) throw new UsageError(`the published manifest at ${manifestAt} does not verify: ${manifest.error.message}`);
  const listAt = remote ? new URL(manifest.value.payload.list.path, manifestAt).href : join(resolve(io.cwd, where), manifest.value.payload.list.path);
  const listBytes = await read(listAt, listByteCap(manifest.value.payload));
  if (listBytes === undefined) throw new UsageError(`the published manifest names ${listAt}, which is missing`);
  const list = await verifyListFile(manifest.value.payload, listBytes);
  if (!list.ok) throw new UsageError(`the published list file ${listAt} does not verify: ${list.error.message}`);
  return { list: list.value, path: manifest.value.payload.list.path, bytes: listBytes };
}

export async function run(args: string[], io: Io): Promise<number> {
  const { values } = parse(
    args,
    { ...trustOptions, sources: { type: 'string' }, out: { type: 'string' }, published: { type: 'string' }, 'expires-days': { type: 'string' }, 'min-wait': { type: 'string' } },
    { min: 0, max: 0, names: 'no positional arguments' },
  );
  if (!values.out) throw new UsageError('--out <dir> is required');
  const sources = values.sources ? resolve(io.cwd, values.sources) : BUNDLE_SOURCES;
  const built = await buildFromSources(sources, undefined, io.cwd);
  printProblems(built.warnings, io, 'warning');
  if (!built.ok) {
    printProblems(built.problems, io);
    io.err('stage failed: the list sources have errors; nothing was written');
    return 1;
  }
  const published = values.published !== undefined ? await readPublished(values.published, values, io) : undefined;
  if (published !== undefined) {
    printDiff(published.list, built.list, io);
    if (built.list.version <= published.list.version) {
      io.err(`stage failed: version ${built.list.version} is not higher than the published ${published.list.version}; raise "version" in list.json`);
      return 1;
    }
  }
  const out = resolve(io.cwd, values.out);
  await mkdir(join(out, 'previous'), { recursive: true });
  // The list file clients have now stays deployed: caches may still serve the manifest naming it.
  if (published !== undefined) await writeFile(join(out, 'previous', published.path), published.bytes);
  await writeFile(join(out, 'list.json'), built.bytes);
  const draft = await signListFile(join(out, 'list.json'), { ...values, draft: true }, io);
  if (!draft.ok) {
    io.err(`stage failed (${draft.error.code}): ${draft.error.message}`);
    return 1;
  }
  await writeFile(join(out, 'manifest.json'), draft.value.manifestBytes);
  io.out(`staged list "${built.list.listId}" version ${built.list.version} in ${out}: list.json + unsigned manifest.json`);
  io.out('next: each key holder runs `npm run list -- sign --add-signature <dir>/manifest.json --key-file <their key>`');
  return 0;
}
