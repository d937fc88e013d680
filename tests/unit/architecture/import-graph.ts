/**
 * The import graph of utils/, read from the source files: which file imports which, and the
 * folder graph it implies. Shared by the architecture tests; reads files, runs nothing.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

export const repoRoot = path.resolve(import.meta.dirname, '../../..');

/** Every `.ts`/`.tsx` file under `dir`, as a path relative to the repository. */
export function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(path.join(repoRoot, d))) {
      const rel = path.posix.join(d, name);
      if (statSync(path.join(repoRoot, rel)).isDirectory()) walk(rel);
      else if (/\.tsx?$/.test(name)) out.push(rel);
    }
  };
  walk(dir);
  return out.sort();
}

// Static imports and re-exports (`from '…'`), side-effect imports and dynamic `import('…')`.
const SPECIFIER = /(?:\bfrom\s*|\bimport\s*\(?\s*)['"](\.{1,2}\/[^'"]+)['"]/g;

/** The relative imports of `file`, resolved to repository paths (without extension). */
export function relativeImports(file: string, source = readFileSync(path.join(repoRoot, file), 'utf8')): string[] {
  const out: string[] = [];
  for (const m of source.matchAll(SPECIFIER)) {
    out.push(path.posix.normalize(path.posix.join(path.posix.dirname(file), m[1]!)));
  }
  return out;
}

/**
 * The module a file belongs to: a folder directly inside a zone with all its subfolders
 * (`utils/core/heuristics`, `utils/page/providers`), or a file directly inside a zone
 * (`utils/page/scanner.ts`). Folder cycles are checked between modules.
 */
export function moduleOf(file: string): string {
  const parts = file.split('/');
  return parts.length <= 3 ? file : parts.slice(0, 3).join('/');
}

const EXTENSIONS = ['', '.ts', '.tsx', '/index.ts'];

/** The module an import lands in, given the set of known files (extension-less import paths). */
function moduleOfTarget(target: string, files: ReadonlySet<string>): string {
  for (const ext of EXTENSIONS) if (files.has(target + ext)) return moduleOf(target + ext);
  return moduleOf(target);
}

/** Module → modules it imports from (itself excluded), for the files given. */
export function moduleGraph(files: string[], read = (file: string) => readFileSync(path.join(repoRoot, file), 'utf8')): Map<string, Set<string>> {
  const known = new Set(files);
  const graph = new Map<string, Set<string>>();
  for (const file of files) {
    const from = moduleOf(file);
    const edges = graph.get(from) ?? new Set<string>();
    graph.set(from, edges);
    for (const target of relativeImports(file, read(file))) {
      const to = moduleOfTarget(target, known);
      if (to !== from && to.startsWith('utils/')) edges.add(to);
    }
  }
  return graph;
}

/** Every cycle's folders, found by depth-first search (empty when the graph is acyclic). */
export function findCycles(graph: Map<string, Set<string>>): string[][] {
  const cycles: string[][] = [];
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (node: string) => {
    state.set(node, 'open');
    stack.push(node);
    for (const next of graph.get(node) ?? []) {
      if (state.get(next) === 'open') cycles.push([...stack.slice(stack.indexOf(next)), next]);
      else if (!state.has(next)) visit(next);
    }
    stack.pop();
    state.set(node, 'done');
  };
  for (const node of [...graph.keys()].sort()) if (!state.has(node)) visit(node);
  return cycles;
}
