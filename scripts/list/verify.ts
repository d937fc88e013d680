/**
 * `list verify <manifest.json> [--list <file>]`: checks a manifest and its list file exactly as
 * the extension does, and reports which keys signed it and how many were needed. The keys come
 * from trust-options.ts (a trust file, public keys, or the keys pinned for the default list).
 */
import { dirname, join, resolve } from 'node:path';
import { base64 } from '@scure/base';
import { keyIdOf } from '../../utils/core/signing/bytes';
import type { ListTrust } from '../../utils/core/signing/manifest';
import { verifyListFile } from '../../utils/core/signing/verify-list';
import { verifyManifest } from '../../utils/core/signing/verify-manifest';
import { dateOption, parse, type Io } from './cli';
import { trustFrom, trustOptions } from './trust-options';
import { terminalSafe } from '../lib/terminal-text';
import { InputFileError, MAX_LIST_FILE_BYTES, MAX_MANIFEST_BYTES, readNamedFile } from '../lib/safe-read';

export const usage =
  'verify <manifest.json> [--list <file>] [--trust <trust.json> | --public-key base64... [--threshold n] | --release] [--list-id id] [--key-epoch n] [--now time] [--skip-expiry]';

/** "keyid (label)" for each signer, so a maintainer sees who signed, by name where the trust has one. */
function describeSigners(signedBy: string[], trust: ListTrust): string {
  const labels = new Map(trust.keys.map((k) => [keyIdOf(base64.decode(k.publicKey)), k.label]));
  return signedBy.map((id) => (labels.get(id) ? `${id} (${labels.get(id)})` : id)).join(', ');
}

export async function run(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parse(
    args,
    {
      ...trustOptions,
      list: { type: 'string' },
      now: { type: 'string' },
      'skip-expiry': { type: 'boolean' },
    },
    { min: 1, max: 1, names: 'one manifest file' },
  );
  const trust = await trustFrom(values, io);
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
  const used = manifest.value.trust;
  io.out(`signed by ${describeSigners(manifest.value.signedBy, used)}`);
  io.out(`${manifest.value.signedBy.length} of ${used.keys.length} trusted keys signed (key generation ${used.keyEpoch}); ${used.threshold} needed`);
  io.out(`list file ${listPath}: ${p.list.length} bytes, sha256 ${p.list.sha256}`);
  return 0;
}
