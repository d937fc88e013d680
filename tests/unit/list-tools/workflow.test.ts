/**
 * The CI workflow and the local dry run must stay the same pipeline: every list command the
 * workflow runs exists and accepts the options it is given (checked by running its usage
 * parser), and the deploy publishes only through `publish --manifest … --release`, which checks
 * the release threshold.
 */
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { main } from '../../../scripts/list';

const WORKFLOWS = ['.github/workflows/publish-list.yml', '.github/workflows/sign-list.yml'];

async function listCommands(): Promise<string[][]> {
  const commands: string[][] = [];
  for (const file of WORKFLOWS) {
    for (const line of (await readFile(file, 'utf8')).split('\n')) {
      const at = line.indexOf('npm run list -- ');
      if (at === -1 || line.trimStart().startsWith('#')) continue;
      commands.push(line.slice(at + 'npm run list -- '.length).trim().split(/\s+/));
    }
  }
  return commands;
}

describe('the publish workflow', () => {
  it('runs only list commands and options that exist', async () => {
    const commands = await listCommands();
    expect(commands.map((c) => c[0])).toEqual(expect.arrayContaining(['lint', 'stage', 'sign', 'publish', 'verify']));
    for (const [name, ...args] of commands) {
      const err: string[] = [];
      // `--help`-free probe: an unknown option or command is a usage error (exit 2) before any file is read.
      const probe = args.filter((a) => a.startsWith('--')).flatMap((a) => (['--release', '--allow-warnings'].includes(a) ? [a] : [a, 'x']));
      const code = await main([name!, ...probe], { out: () => undefined, err: (l) => err.push(l), env: {}, cwd: '/nonexistent' }).catch(() => 1);
      expect(err.join('\n'), `${name} ${probe.join(' ')}`).not.toMatch(/Unknown option|unknown command/);
      expect(typeof code).toBe('number');
    }
  });

  it('deploys only what publish checked against the release threshold', async () => {
    const text = await readFile('.github/workflows/publish-list.yml', 'utf8');
    expect(text).toContain('npm run list -- publish dist/list.json --manifest dist/manifest.json --release --out site');
    expect(text.indexOf('list -- publish')).toBeLessThan(text.indexOf('upload-pages-artifact'));
  });
});
