/**
 * `list verify <manifest.json> [--list <file>]`: checks a manifest and its list file exactly as
 * the extension does. Without --public-key it uses the keys pinned for the default list
 * (including the development key unless --release).
 */
import { dirname, join, resolve } from 'node:path';
import { defaultListTrust } from '../../utils/core/signing/keys';
import { ListTrustSchema, type ListTrust } from '../../utils/core/signing/manifest';
import { verifyListFile } from '../../utils/core/signing/verify-list';
import { verifyManifest } from '../../utils/core/signing/verify-manifest';
import { dateOption, intOption, parse, UsageError, type Io } from './cli';
import { terminalSafe } from '../lib/terminal-text';
import { InputFileError, MAX_LIST_FILE_BYTES, MAX_MANIFEST_BYTES, readNamedFile } from '../lib/safe-read';

export const usage =
  'verify <manifest.json> [--list <file>] [--list-id id] [--public-key base64]... [--threshold n] [--key-epoch n] [--release] [--now time] [--skip-expiry]';

function trustFrom(values: {
  'public-key'?: string[];
  'list-id'?: string;
  threshold?: string;
  'key-epoch'?: string;
  release?: boolean;
}): ListTrust {
  const pinned = defaultListTrust({ release: values.release === true });
  const candidate = {
    listId: values['list-id'] ?? pinned.listId,
    keyEpoch: intOption(values['key-epoch'], '--key-epoch', pinned.keyEpoch),
    keys: values['public-key'] ? values['public-key'].map((publicKey) => ({ publicKey })) : pinned.keys,
    threshold: intOption(values.threshold, '--threshold', 1),
  };
  const parsed = ListTrustSchema.safeParse(candidate);
  if (!parsed.success) throw new UsageError(`invalid trust settings: ${parsed.error.issues[0]?.message ?? 'invalid'}`);
  return parsed.data;
}

export async function run(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parse(
    args,
    {
      list: { type: 'string' },
      'list-id': { type: 'string' },
      'public-key': { type: 'string', multiple: true },
      threshold: { type: 'string' },
      'key-epoch': { type: 'string' },
      release: { type: 'boolean' },
      now: { type: 'string' },
      'skip-expiry': { type: 'boolean' },
    },
    { min: 1, max: 1, names: 'one manifest file' },
  );
  const trust = trustFrom(values);
  const manifestPath = resolve(io.cwd, positionals[0]!);
  const manifest = await verifyManifest(await readNamedFile(manifestPath, MAX_MANIFEST_BYTES, 'the manifest'), trust, {
    now: dateOption(values.now, '--now') ?? new Date(),
    floor: null,
    skipExpiry: values['skip-expiry'] === true,
  });
  if (!manifest.ok) {
    io.err(`manifest rejected (${manifest.error.code}): ${manifest.error.message}`);
    return 1;
  }
  const p = manifest.value.payload;
  const listPath = values.list ? resolve(io.cwd, values.list) : join(dirname(manifestPath), p.list.path);
  let listBytes: Uint8Array;
  try {
    listBytes = await readNamedFile(listPath, MAX_LIST_FILE_BYTES, 'the list file');
  } catch (e) {
    if (!(e instanceof InputFileError)) throw e;
    io.err(terminalSafe(e.message));
    return 1;
  }
  const list = await verifyListFile(p, listBytes);
  if (!list.ok) {
    io.err(`list file rejected (${list.error.code}): ${list.error.message}`);
    return 1;
  }
  io.out(`OK: list "${p.listId}" version ${p.version} (key epoch ${p.keyEpoch}), expires ${p.expires}`);
  io.out(`signed by ${manifest.value.signedBy.join(', ')}`);
  io.out(`list file ${listPath}: ${p.list.length} bytes, sha256 ${p.list.sha256}`);
  return 0;
}
