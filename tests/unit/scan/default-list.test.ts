import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_BUNDLE_DIR, DEFAULT_SOURCES_DIR, loadDefaultList } from '../../../scripts/lib/default-list';

// Which list `npm run scan` uses without --list: the signed bundle when it verifies, else the sources.
let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'vahti-bundle-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('loadDefaultList', () => {
  it('uses the signed bundle when it verifies', async () => {
    const r = await loadDefaultList(DEFAULT_BUNDLE_DIR, DEFAULT_SOURCES_DIR);
    if (!('list' in r)) throw new Error(r.problems.join('\n'));
    expect(r.origin).toMatch(/^signed bundle /);
    expect(r.warnings).toEqual([]);
    expect(r.list.listId).toBe('vahti-default');
  }, 60_000);

  it('falls back to the sources, with a warning, when a list file byte was changed', async () => {
    const bundle = path.join(dir, 'tampered');
    await cp(DEFAULT_BUNDLE_DIR, bundle, { recursive: true });
    const listFile = (await readdir(bundle)).find((f) => f.startsWith('list.'))!;
    const bytes = await readFile(path.join(bundle, listFile));
    const at = bytes.length - 2;
    bytes[at] = bytes[at]! ^ 1;
    await writeFile(path.join(bundle, listFile), bytes);
    const r = await loadDefaultList(bundle, DEFAULT_SOURCES_DIR);
    if (!('list' in r)) throw new Error(r.problems.join('\n'));
    expect(r.origin).toMatch(/^sources .*\(unsigned\)$/);
    expect(r.warnings).toEqual([expect.stringContaining('the bundled default list does not verify (list file:')]);
  }, 60_000);

  it('uses the sources without a warning when there is no bundle', async () => {
    const r = await loadDefaultList(path.join(dir, 'none'), DEFAULT_SOURCES_DIR);
    if (!('list' in r)) throw new Error(r.problems.join('\n'));
    expect(r.origin).toMatch(/^sources /);
    expect(r.warnings).toEqual([]);
  }, 60_000);
});
