/**
 * `list rotate`: a key rotation statement (utils/core/signing/rotation.ts), signed one key
 * holder at a time like a manifest. It must end up signed by the threshold of the old keys
 * AND of the new ones; attach it to manifests with `sign --rotation <file>`.
 *
 *   rotate --to <new-trust.json> --out <rotation.json> [--key-file <file>]...
 *   rotate --add-signature <rotation.json> [--key-file <file>]
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { base64 } from '@scure/base';
import { utf8 } from '../../utils/core/signing/bytes';
import { ListTrustSchema, RotationEnvelopeSchema, ROTATION_PAYLOAD_TYPE, type RotationEnvelope } from '../../utils/core/signing/manifest';
import { ROTATION_FORMAT, RotationPayloadSchema } from '../../utils/core/signing/rotation';
import { addSignature } from '../../utils/core/signing/sign';
import { dateOption, parse, UsageError, type Io } from './cli';
import { loadSigningKeys } from './key-file';
import { MAX_MANIFEST_BYTES, readRegularTextFile } from '../lib/safe-read';

export const usage =
  'rotate --to <new-trust.json> --out <rotation.json> [--key-file <file>]... [--now time]\n' +
  '  rotate --add-signature <rotation.json> [--key-file <file>]';

async function readJson(path: string, what: string): Promise<unknown> {
  try {
    return JSON.parse(await readRegularTextFile(path, MAX_MANIFEST_BYTES, 'the rotation or trust file'));
  } catch {
    throw new UsageError(`${what} ${path} is not a readable JSON file`);
  }
}

/** A rotation while it collects signatures: may have none yet. */
const DraftRotationSchema = RotationEnvelopeSchema.extend({ signatures: RotationEnvelopeSchema.shape.signatures.unwrap().array().max(16) });

async function write(path: string, envelope: RotationEnvelope): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, `${JSON.stringify(envelope, null, 2)}\n`);
}

export async function run(args: string[], io: Io): Promise<number> {
  const { values } = parse(
    args,
    { to: { type: 'string' }, out: { type: 'string' }, 'add-signature': { type: 'string' }, 'key-file': { type: 'string', multiple: true }, now: { type: 'string' } },
    { min: 0, max: 0, names: 'no positional arguments' },
  );
  const keyFiles = (values['key-file'] ?? []).map((f) => resolve(io.cwd, f));
  let envelope: RotationEnvelope;
  let out: string;
  if (values['add-signature'] !== undefined) {
    out = resolve(io.cwd, values['add-signature']);
    const parsed = DraftRotationSchema.safeParse(await readJson(out, '--add-signature'));
    if (!parsed.success) throw new UsageError(`${values['add-signature']} is not a key rotation made by \`list rotate\``);
    envelope = parsed.data as RotationEnvelope;
    for (const key of await loadSigningKeys(keyFiles, io.env)) {
      try {
        envelope = await addSignature(envelope, key);
      } catch (e) {
        throw new UsageError((e as Error).message);
      }
    }
  } else {
    if (!values.to || !values.out) throw new UsageError('--to <new-trust.json> and --out <rotation.json> are required');
    const trust = ListTrustSchema.safeParse(await readJson(resolve(io.cwd, values.to), '--to'));
    if (!trust.success) throw new UsageError(`--to ${values.to}: ${trust.error.issues[0]?.message ?? 'invalid'}`);
    if (trust.data.keyEpoch < 2) throw new UsageError('--to: the new trust must have keyEpoch 2 or more (one more than the generation it replaces)');
    const payload = RotationPayloadSchema.parse({
      format: ROTATION_FORMAT,
      fromEpoch: trust.data.keyEpoch - 1,
      trust: trust.data,
      issuedAt: (dateOption(values.now, '--now') ?? new Date()).toISOString(),
    });
    envelope = { payloadType: ROTATION_PAYLOAD_TYPE, payload: base64.encode(utf8(JSON.stringify(payload))), signatures: [] } as unknown as RotationEnvelope;
    for (const key of keyFiles.length > 0 ? await loadSigningKeys(keyFiles, io.env) : []) envelope = await addSignature(envelope, key);
    out = resolve(io.cwd, values.out);
  }
  await write(out, envelope);
  io.out(`wrote ${out}: ${envelope.signatures.length} signature(s) (${envelope.signatures.map((s) => s.keyid.slice(0, 16)).join(', ')})`);
  io.out('it needs the threshold of the old keys and of the new keys; attach it with `list sign --rotation <file>`');
  return 0;
}
