/**
 * Which keys a tool checks a manifest against, from the command line: a trust file
 * (`--trust <file>`: list id, key epoch, keys and threshold, as ListTrustSchema), public keys
 * given one by one (`--public-key`, with `--threshold`), or the keys this build pins for the
 * default list (the development key too, unless `--release`). Shared by verify and publish.
 */
import { resolve } from 'node:path';
import { defaultListTrust } from '../../utils/core/signing/keys';
import { ListTrustSchema, type ListTrust } from '../../utils/core/signing/manifest';
import { intOption, UsageError, type Io } from './cli';
import { MAX_MANIFEST_BYTES, readRegularTextFile } from '../lib/safe-read';

export const trustOptions = {
  trust: { type: 'string' },
  'list-id': { type: 'string' },
  'public-key': { type: 'string', multiple: true },
  threshold: { type: 'string' },
  'key-epoch': { type: 'string' },
  release: { type: 'boolean' },
} as const;

export type TrustValues = {
  trust?: string;
  'list-id'?: string;
  'public-key'?: string[];
  threshold?: string;
  'key-epoch'?: string;
  release?: boolean;
};

async function baseTrust(values: TrustValues, io: Io): Promise<ListTrust> {
  if (values.trust !== undefined) {
    let json: unknown;
    try {
      json = JSON.parse(await readRegularTextFile(resolve(io.cwd, values.trust), MAX_MANIFEST_BYTES, 'the trust file'));
    } catch {
      throw new UsageError(`--trust ${values.trust} is not a readable JSON file`);
    }
    const parsed = ListTrustSchema.safeParse(json);
    if (!parsed.success) throw new UsageError(`--trust ${values.trust}: ${parsed.error.issues[0]?.message ?? 'invalid'}`);
    return parsed.data;
  }
  try {
    return defaultListTrust({ release: values.release === true });
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
}

export async function trustFrom(values: TrustValues, io: Io): Promise<ListTrust> {
  const base = await baseTrust(values, io);
  const keys = values['public-key'] ? values['public-key'].map((publicKey) => ({ publicKey })) : base.keys;
  const candidate = {
    listId: values['list-id'] ?? base.listId,
    keyEpoch: intOption(values['key-epoch'], '--key-epoch', base.keyEpoch),
    keys,
    threshold: intOption(values.threshold, '--threshold', values['public-key'] ? 1 : base.threshold),
  };
  const parsed = ListTrustSchema.safeParse(candidate);
  if (!parsed.success) throw new UsageError(`invalid trust settings: ${parsed.error.issues[0]?.message ?? 'invalid'}`);
  return parsed.data;
}
