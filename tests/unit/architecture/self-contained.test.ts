/**
 * A clone in any folder must build, pass its tests and make sense to its reader: nothing in the
 * repository may point at reference material beside it (the team's shared notes), whether as a
 * path a test reads or a comment a reader follows. Sources are cited in `docs/` with public URLs.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from './import-graph';

const SKIP = new Set(['node_modules', '.git', '.wxt', '.bench', 'coverage']);
const TEXT = /\.(ts|tsx|mjs|js|json|md|yml|yaml|html|css|txt|eml)$|^run$/;
// Written apart so that this file does not match itself.
const OUTSIDE = ['/work/' + 'shared', 'shared/' + 'docs', 'shared/' + 'data', '../' + 'shared/'];

function textFiles(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(path.join(repoRoot, dir))) {
    if (SKIP.has(name) || name.startsWith('.output')) continue;
    const rel = dir === '.' ? name : `${dir}/${name}`;
    if (statSync(path.join(repoRoot, rel)).isDirectory()) textFiles(rel, out);
    else if (TEXT.test(name)) out.push(rel);
  }
  return out;
}

/** The files of `files` that mention a folder outside the repository. */
export function pointersOutside(files: readonly string[], read: (file: string) => string): string[] {
  return files.filter((file) => {
    const text = read(file);
    return OUTSIDE.some((needle) => text.includes(needle));
  });
}

describe('the repository is self-contained', () => {
  it('no file points at reference material outside the repository', () => {
    const files = textFiles('.');
    expect(files.length).toBeGreaterThan(500);
    expect(pointersOutside(files, (f) => readFileSync(path.join(repoRoot, f), 'utf8'))).toEqual([]);
  });

  it('the check finds a planted pointer', () => {
    const planted: Record<string, string> = { 'a.ts': `// see ../${'shared'}/docs/webmail-dom.md`, 'b.md': 'nothing here' };
    expect(pointersOutside(Object.keys(planted), (f) => planted[f]!)).toEqual(['a.ts']);
  });
});
