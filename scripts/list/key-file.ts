/**
 * Reading and writing private signing keys for the maintainer tools. A key comes from a file
 * (`--key-file`) or the environment (`VAHTI_SIGNING_KEY`), never from a command-line value,
 * which would end up in shell history and process listings. Files are written owner-only.
 */
import { open, stat } from 'node:fs/promises';
import { base64 } from '@scure/base';
import { z } from 'zod';
import { signingKeyFromSecret, type SigningKey } from '../../utils/core/signing/sign';
import { MAX_KEY_FILE_BYTES, readRegularTextFile } from '../lib/safe-read';

export const SIGNING_KEY_ENV = 'VAHTI_SIGNING_KEY';

const KeyFileSchema = z
  .object({
    kind: z.literal('vahti-ed25519-signing-key'),
    warning: z.string().optional(),
    secretKey: z.string(),
    publicKey: z.string(),
    keyid: z.string(),
  })
  .strict();

export class KeyError extends Error {}

export function keyFileText(key: SigningKey, warning: string): string {
  return `${JSON.stringify(
    {
      kind: 'vahti-ed25519-signing-key',
      warning,
      secretKey: base64.encode(key.secretKey),
      publicKey: base64.encode(key.publicKey),
      keyid: key.keyid,
    },
    null,
    2,
  )}\n`;
}

/** Accepts a key file's JSON or a bare base64 32-byte secret (for CI secrets). */
export async function parseSigningKey(text: string, from: string): Promise<SigningKey> {
  const trimmed = text.trim();
  let secret: Uint8Array;
  if (trimmed.startsWith('{')) {
    let json: unknown;
    try {
      json = JSON.parse(trimmed);
    } catch {
      throw new KeyError(`${from} is not a Vahti signing key (invalid JSON).`);
    }
    const parsed = KeyFileSchema.safeParse(json);
    if (!parsed.success) throw new KeyError(`${from} is not a Vahti signing key file.`);
    secret = decodeSecret(parsed.data.secretKey, from);
    const key = await signingKeyFromSecret(secret);
    if (key.keyid !== parsed.data.keyid) throw new KeyError(`${from}: the key id does not belong to the secret key.`);
    return key;
  }
  secret = decodeSecret(trimmed, from);
  return signingKeyFromSecret(secret);
}

function decodeSecret(text: string, from: string): Uint8Array {
  let secret: Uint8Array;
  try {
    secret = base64.decode(text);
  } catch {
    throw new KeyError(`${from} does not hold a base64 secret key.`);
  }
  if (secret.length !== 32) throw new KeyError(`${from} does not hold a 32-byte Ed25519 secret key.`);
  return secret;
}

export async function readKeyFile(path: string): Promise<SigningKey> {
  let text: string;
  try {
    text = await readRegularTextFile(path, MAX_KEY_FILE_BYTES, 'the key file');
  } catch (e) {
    throw new KeyError(`Cannot read the key file ${path}: ${e instanceof Error ? e.message : String(e)}.`);
  }
  return parseSigningKey(text, path);
}

/** Keys from every --key-file, or else from the environment; an error when there are none. */
export async function loadSigningKeys(keyFiles: string[], env: NodeJS.ProcessEnv): Promise<SigningKey[]> {
  if (keyFiles.length > 0) return Promise.all(keyFiles.map(readKeyFile));
  const fromEnv = env[SIGNING_KEY_ENV];
  if (fromEnv && fromEnv.trim() !== '') return [await parseSigningKey(fromEnv, `$${SIGNING_KEY_ENV}`)];
  throw new KeyError(`No signing key: pass --key-file <file> or set ${SIGNING_KEY_ENV}.`);
}

/** Writes a new file readable only by its owner; refuses to overwrite unless asked. */
export async function writePrivateFile(path: string, text: string, overwrite: boolean): Promise<void> {
  const handle = await open(path, overwrite ? 'w' : 'wx', 0o600);
  try {
    await handle.chmod(0o600);
    await handle.writeFile(text, 'utf8');
  } finally {
    await handle.close();
  }
}

export const fileMode = async (path: string): Promise<number> => (await stat(path)).mode & 0o777;
