/**
 * From a source folder to canonical list bytes, for `build`, `lint` and `bundle`. Reading the
 * folder and finding problems (with file and line) belongs to scripts/lib/list-sources.ts; this
 * module only turns its result into bytes or printable problems.
 */
import { join, relative } from 'node:path';
import { loadListSources, type SourceError } from '../lib/list-sources';
import type { SignatureList } from '../../utils/core/list/schema';
import { canonicalListBytes } from './canonical';
import type { Io } from './cli';
import { capRepeated } from '../lib/repeated-problems';
import { terminalSafe } from '../lib/terminal-text';

export type Built =
  | { ok: true; list: SignatureList; bytes: Uint8Array; warnings: SourceError[] }
  | { ok: false; problems: SourceError[]; warnings: SourceError[] };

/** Prefixes the source folder so that `file:line` opens from the current directory. */
const inFolder = (dir: string, cwd: string) => (e: SourceError): SourceError => ({
  ...e,
  file: relative(cwd, join(dir, e.file)) || e.file,
});

export async function buildFromSources(dir: string, version?: number, cwd = process.cwd()): Promise<Built> {
  const loaded = await loadListSources(dir);
  const locate = inFolder(dir, cwd);
  const warnings = loaded.warnings.map(locate);
  if ('errors' in loaded) return { ok: false, problems: loaded.errors.map(locate), warnings };
  const list = version === undefined ? loaded.list : { ...loaded.list, version };
  return { ok: true, list, bytes: canonicalListBytes(list), warnings };
}

/**
 * `file:line: error: message`, the form editors and terminals turn into links. Messages quote
 * contributed data, so they are escaped for the terminal, and a mistake repeated thousands of
 * times is shown a few times and then counted.
 */
export function printProblems(problems: SourceError[], io: Io, label: 'error' | 'warning' = 'error'): void {
  const format = (p: SourceError): string => `${p.file}${p.line > 0 ? `:${p.line}` : ''}: ${label}: ${p.message}`;
  for (const line of capRepeated(problems, (p) => p.message, format)) io.err(terminalSafe(line));
}
