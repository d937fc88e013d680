/**
 * `list sign`: signs a built list file, or adds one key holder's signature to a manifest that
 * others started, so that the keys of an m-of-n threshold can live with different people.
 *
 *   sign <listFile> --out <manifest.json> [--key-file <file>]...   sign now (or: --draft, unsigned)
 *   sign --add-signature <manifest.json> [--key-file <file>] [--merge <copy.json>]... [--out <file>]
 *
 * Keys come from --key-file or VAHTI_SIGNING_KEY, never from an argument.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { base64 } from '@scure/base';
import { decodeUtf8, parseJson } from '../../utils/core/signing/bytes';
import { ManifestPayloadSchema } from '../../utils/core/signing/manifest';
import { parse, UsageError, type Io } from './cli';
import { collectSignatures, draftBytes, readEnvelopeFile } from './envelope-file';
import { loadSigningKeys } from './key-file';
import { signingOptions, signListFile } from './signing';

export const usage =
  'sign <listFile> --out <manifest.json> [--key-file <file>]... [--draft] [--rotation <file>]... [--key-epoch n] [--expires-days n] [--min-wait seconds]\n' +
  '  sign --add-signature <manifest.json> [--key-file <file>] [--merge <copy.json>]... [--out <file>]';

async function write(path: string, bytes: Uint8Array): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, bytes);
}

async function addSignatures(manifestPath: string, values: { 'key-file'?: string[]; merge?: string[]; out?: string }, io: Io): Promise<number> {
  const path = resolve(io.cwd, manifestPath);
  const draft = await readEnvelopeFile(path);
  const others = await Promise.all((values.merge ?? []).map(async (p) => ({ path: p, envelope: await readEnvelopeFile(resolve(io.cwd, p)) })));
  const keyFiles = (values['key-file'] ?? []).map((f) => resolve(io.cwd, f));
  // Merging copies needs no key of one's own; adding a signature does.
  const keys = keyFiles.length === 0 && others.length > 0 && io.env.VAHTI_SIGNING_KEY === undefined ? [] : await loadSigningKeys(keyFiles, io.env);
  const payload = ManifestPayloadSchema.safeParse(parseJson(decodeUtf8(base64.decode(draft.payload)) ?? '')?.value);
  if (!payload.success) throw new UsageError(`${manifestPath} does not carry a valid manifest payload`);
  const signed = await collectSignatures(draft, others, keys);
  const out = values.out ? resolve(io.cwd, values.out) : path;
  await write(out, draftBytes(signed));
  const p = payload.data;
  io.out(`wrote ${out}: list "${p.listId}" version ${p.version}, key epoch ${p.keyEpoch}, list file ${p.list.path}`);
  io.out(`signatures now: ${signed.signatures.length} (${signed.signatures.map((s) => s.keyid.slice(0, 16)).join(', ')}); check with \`list verify\``);
  return 0;
}

export async function run(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parse(
    args,
    { ...signingOptions, out: { type: 'string' }, draft: { type: 'boolean' }, 'add-signature': { type: 'string' }, merge: { type: 'string', multiple: true } },
    { min: 0, max: 1, names: 'one list file (or --add-signature <manifest.json>)' },
  );
  if (values['add-signature'] !== undefined) {
    if (positionals.length > 0) throw new UsageError('--add-signature takes the manifest; give no list file');
    return addSignatures(values['add-signature'], values, io);
  }
  if (positionals.length !== 1) throw new UsageError('expected one list file');
  if (!values.out) throw new UsageError('--out <manifest.json> is required');
  const signed = await signListFile(positionals[0]!, values, io);
  if (!signed.ok) {
    io.err(`sign failed (${signed.error.code}): ${signed.error.message}`);
    return 1;
  }
  const out = resolve(io.cwd, values.out);
  await write(out, signed.value.manifestBytes);
  const p = signed.value.payload;
  io.out(`wrote ${out}: list "${p.listId}" version ${p.version}, key epoch ${p.keyEpoch}, expires ${p.expires}`);
  io.out(`the list file must be published as ${p.list.path}`);
  io.out(values.draft === true ? 'unsigned draft: each key holder adds a signature with `list sign --add-signature`' : 'signed; more key holders can add theirs with `list sign --add-signature`');
  return 0;
}
