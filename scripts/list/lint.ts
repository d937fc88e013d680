/**
 * `list lint <sourceDir>`: every problem in a source folder (schema, too-broad entries,
 * duplicates, invalid payment addresses), each with its file and line. Exits non-zero on any
 * problem; --allow-warnings lets skipped entries (duplicates, noise in imported address sets)
 * pass, as `build` does.
 */
import { resolve } from 'node:path';
import { parse, type Io } from './cli';
import { buildFromSources, printProblems } from './sources';

export const usage = 'lint <sourceDir> [--allow-warnings]';

export async function run(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parse(args, { 'allow-warnings': { type: 'boolean' } }, { min: 1, max: 1, names: 'one source folder' });
  const built = await buildFromSources(resolve(io.cwd, positionals[0]!), undefined, io.cwd);
  printProblems(built.warnings, io, 'warning');
  if (!built.ok) printProblems(built.problems, io);
  const errors = built.ok ? 0 : built.problems.length;
  const warnings = built.warnings.length;
  if (built.ok) {
    const l = built.list;
    io.out(
      `list "${l.listId}" version ${l.version}: ${l.campaigns.length} campaigns, ${l.senders.length} sender rules, ` +
        `${l.payments.length} payment addresses, ${l.signatures.length} content signatures`,
    );
  }
  io.out(`${errors} error(s), ${warnings} warning(s)`);
  return errors > 0 || (values['allow-warnings'] !== true && warnings > 0) ? 1 : 0;
}
