/**
 * The zones of utils/ are enforced by lint and by the import graph, not only described: these
 * tests plant violations and expect lint to refuse them, and check the real tree for cycles.
 */
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import { findCycles, moduleGraph, repoRoot, sourceFiles } from './import-graph';

const eslint = new ESLint({ cwd: repoRoot });

/** The rule ids lint reports for `code` as if it stood at `filePath`. */
async function lintRules(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: `${repoRoot}/${filePath}` });
  return result!.messages.map((m) => m.ruleId ?? `fatal: ${m.message}`);
}

describe('lint zones of utils/', () => {
  it('accepts a core module that imports only core', async () => {
    expect(await lintRules('utils/core/engine/planted.ts', "import { normalize } from '../text/normalize';\nexport const x = normalize('a');\n")).toEqual([]);
  });

  it.each([
    ['document', 'export const t = document.title;\n'],
    ['window', 'export const w = window.innerWidth;\n'],
    ['navigator', 'export const l = navigator.language;\n'],
    ['location', 'export const h = location.href;\n'],
    ['browser', 'export const b = browser.runtime.id;\n'],
    ['fetch', "export const f = fetch('https://example.org');\n"],
  ])('refuses the page or extension global %s in core', async (_name, code) => {
    expect(await lintRules('utils/core/engine/planted.ts', code)).toContain('no-restricted-globals');
  });

  it('refuses page globals in app, allows them in page', async () => {
    expect(await lintRules('utils/app/settings/planted.ts', 'export const t = document.title;\n')).toContain('no-restricted-globals');
    expect(await lintRules('utils/page/planted.ts', 'export const t = document.title;\n')).toEqual([]);
  });

  it.each([
    ['core → page', 'utils/core/engine/planted.ts', "export { scanOnce } from '../../page/scanner';\n"],
    ['core → app', 'utils/core/engine/planted.ts', "import type { Settings } from '../../app/settings/schema';\nexport type S = Settings;\n"],
    ['core → node built-in', 'utils/core/engine/planted.ts', "import { readFileSync } from 'node:fs';\nexport const r = readFileSync;\n"],
    ['page → app', 'utils/page/planted.ts', "import type { Settings } from '../app/settings/schema';\nexport type S = Settings;\n"],
    ['app → page', 'utils/app/evidence/planted.ts', "import type { WebmailProvider } from '../../page/provider';\nexport type P = WebmailProvider;\n"],
    ['utils → entrypoints', 'utils/app/settings/planted.ts', "export * from '../../../entrypoints/background/db';\n"],
    ['utils → components', 'utils/page/planted.ts', "export * from '../../components/format';\n"],
    ['utils → Dexie', 'utils/app/sync/planted.ts', "export { Dexie } from 'dexie';\n"],
  ])('refuses an import %s', async (_name, file, code) => {
    expect(await lintRules(file, code)).toContain('no-restricted-imports');
  });

  it('refuses a file outside the zones', async () => {
    expect(await lintRules('utils/planted.ts', 'export const x = 1;\n')).toContain('no-restricted-syntax');
  });
});

describe('modules of utils/', () => {
  it('every file of utils/ lies in a zone', () => {
    const outside = sourceFiles('utils').filter((f) => !/^utils\/(core|page|app)\//.test(f));
    expect(outside).toEqual([]);
  });

  it('import no module that imports them back (no cycles)', () => {
    expect(findCycles(moduleGraph(sourceFiles('utils')))).toEqual([]);
  });

  it('the cycle check finds a planted cycle', () => {
    const planted: Record<string, string> = {
      'utils/core/a/x.ts': "import { y } from '../b/y';\n",
      'utils/core/b/y.ts': "import { z } from '../c';\n",
      'utils/core/c/index.ts': "import { x } from '../a/x';\n",
    };
    const cycles = findCycles(moduleGraph(Object.keys(planted), (f) => planted[f]!));
    expect(cycles).toEqual([['utils/core/a', 'utils/core/b', 'utils/core/c', 'utils/core/a']]);
  });
});
