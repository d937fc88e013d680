/**
 * `list sign <listFile> --out <manifest.json>`: signs a built list file. The key comes from
 * --key-file (repeat it for several signatures) or VAHTI_SIGNING_KEY, never from an argument.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { parse, UsageError, type Io } from './cli';
import { loadSigningKeys } from './key-file';
import { signingOptions, signList } from './signing';
import { MAX_LIST_FILE_BYTES, readNamedFile } from '../lib/safe-read';

export const usage = 'sign <listFile> --out <manifest.json> [--key-file <file>]... [--key-epoch n] [--expires-days n] [--min-wait seconds]';

export async function run(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parse(args, { ...signingOptions, out: { type: 'string' } }, { min: 1, max: 1, names: 'one list file' });
  if (!values.out) throw new UsageError('--out <manifest.json> is required');
  const keys = await loadSigningKeys((values['key-file'] ?? []).map((f) => resolve(io.cwd, f)), io.env);
  const listBytes = await readNamedFile(resolve(io.cwd, positionals[0]!), MAX_LIST_FILE_BYTES, 'the list file');
  const signed = await signList(listBytes, keys, values);
  if (!signed.ok) {
    io.err(`sign failed (${signed.error.code}): ${signed.error.message}`);
    return 1;
  }
  const out = resolve(io.cwd, values.out);
  await mkdir(dirname(out), { recursive: true });
  await writeFile(out, signed.value.manifestBytes);
  const p = signed.value.payload;
  io.out(`wrote ${out}: list "${p.listId}" version ${p.version}, key epoch ${p.keyEpoch}, expires ${p.expires}`);
  io.out(`the list file must be published as ${p.list.path}`);
  io.out(`signed by ${keys.map((k) => k.keyid).join(', ')}`);
  return 0;
}
