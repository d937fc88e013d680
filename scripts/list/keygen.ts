/**
 * `list keygen --out <file>`: a new Ed25519 signing key in an owner-only file; prints the
 * public key and key id to pin in utils/core/signing/keys.ts. The secret is never printed.
 */
import { resolve } from 'node:path';
import { utils } from '@noble/ed25519';
import { base64 } from '@scure/base';
import { signingKeyFromSecret } from '../../utils/core/signing/sign';
import { parse, UsageError, type Io } from './cli';
import { keyFileText, writePrivateFile } from './key-file';

export const usage = 'keygen --out <file> [--force]';

export async function run(args: string[], io: Io): Promise<number> {
  const { values } = parse(args, { out: { type: 'string' }, force: { type: 'boolean' } }, { min: 0, max: 0, names: 'no positional arguments' });
  if (!values.out) throw new UsageError('--out <file> is required');
  const path = resolve(io.cwd, values.out);
  const key = await signingKeyFromSecret(utils.randomSecretKey());
  try {
    await writePrivateFile(path, keyFileText(key, 'Vahti list signing key. Keep it offline; never commit it.'), values.force === true);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EEXIST') {
      io.err(`${path} already exists; pass --force to replace it (the old key is then lost).`);
      return 1;
    }
    throw e;
  }
  io.out(`private key: ${path} (mode 600; keep it offline)`);
  io.out(`public key:  ${base64.encode(key.publicKey)}`);
  io.out(`key id:      ${key.keyid}`);
  return 0;
}
