/**
 * `list build <sourceDir> --out <file>`: assembles a source folder (one file per campaign)
 * into canonical list bytes, after the same checks a client makes. Refuses to write a list a
 * client would reject.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { sha256Hex } from '../../utils/core/signing/bytes';
import { parse, UsageError, intOption, type Io } from './cli';
import { buildFromSources, printProblems } from './sources';

export const usage = 'build <sourceDir> --out <file> [--version <n>]';

export async function run(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parse(
    args,
    { out: { type: 'string' }, version: { type: 'string' } },
    { min: 1, max: 1, names: 'one source folder' },
  );
  if (!values.out) throw new UsageError('--out <file> is required');
  const version = values.version === undefined ? undefined : intOption(values.version, '--version', 0);
  const built = await buildFromSources(resolve(io.cwd, positionals[0]!), version, io.cwd);
  printProblems(built.warnings, io, 'warning');
  if (!built.ok) {
    printProblems(built.problems, io);
    io.err(`build failed: ${built.problems.length} error(s); nothing was written`);
    return 1;
  }
  const out = resolve(io.cwd, values.out);
  await mkdir(dirname(out), { recursive: true });
  await writeFile(out, built.bytes);
  io.out(`wrote ${out}: list "${built.list.listId}" version ${built.list.version}, ${built.bytes.length} bytes, sha256 ${sha256Hex(built.bytes)}`);
  return 0;
}
