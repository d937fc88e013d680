/**
 * `list dry-run`: the whole publish pipeline on this machine, the same steps the CI workflow
 * runs as separate jobs: stage (lint, build, diff against the published version, draft), one
 * signature per key file (as each key holder would add theirs), then publish into a folder,
 * which checks that the threshold of the trust is met. Nothing is uploaded; serve the folder
 * with any static server to try it with an extension built for that address.
 *
 *   dry-run --out <dir> --key-file <file>... [--sources <dir>] [--published <URL or folder>] [--trust <file>]
 */
import { join, resolve } from 'node:path';
import { parse, UsageError, type Io } from './cli';
import { run as publish } from './publish';
import { run as sign } from './sign';
import { run as stage } from './stage';
import { trustOptions } from './trust-options';

export const usage = 'dry-run --out <dir> --key-file <file>... [--sources <dir>] [--published <manifest URL or folder>] [--trust <trust.json> | --release]';

export async function run(args: string[], io: Io): Promise<number> {
  const { values } = parse(
    args,
    { ...trustOptions, out: { type: 'string' }, sources: { type: 'string' }, published: { type: 'string' }, 'key-file': { type: 'string', multiple: true } },
    { min: 0, max: 0, names: 'no positional arguments' },
  );
  if (!values.out) throw new UsageError('--out <dir> is required');
  const keyFiles = values['key-file'] ?? [];
  if (keyFiles.length === 0) throw new UsageError('--key-file <file> is required, once per key holder');
  const out = resolve(io.cwd, values.out);
  const staging = join(out, 'staging');
  const trust = [
    ...(values.trust ? ['--trust', values.trust] : []),
    ...(values.release ? ['--release'] : []),
    ...(values['list-id'] ? ['--list-id', values['list-id']] : []),
    ...(values.threshold ? ['--threshold', values.threshold] : []),
    ...(values['public-key'] ?? []).flatMap((k) => ['--public-key', k]),
  ];
  const steps: [string, () => Promise<number>][] = [
    ['stage', () => stage(['--out', staging, ...(values.sources ? ['--sources', values.sources] : []), ...(values.published ? ['--published', values.published] : []), ...trust], io)],
    ...keyFiles.map((file, i): [string, () => Promise<number>] => [`signature ${i + 1}`, () => sign(['--add-signature', join(staging, 'manifest.json'), '--key-file', file], io)]),
    ['publish', () => publish([join(staging, 'list.json'), '--manifest', join(staging, 'manifest.json'), '--out', join(out, 'site'), ...trust], io)],
  ];
  for (const [name, step] of steps) {
    io.out(`— ${name}`);
    const code = await step();
    if (code !== 0) {
      io.err(`dry run stopped at "${name}"`);
      return code;
    }
  }
  io.out(`dry run complete: ${join(out, 'site')} is what would be deployed`);
  return 0;
}
