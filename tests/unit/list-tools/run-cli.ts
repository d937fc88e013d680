/** Runs `npm run list -- …` in-process, capturing what it prints. */
import { main } from '../../../scripts/list';

export type CliRun = { code: number; out: string; err: string };

export async function runList(args: string[], cwd: string, env: NodeJS.ProcessEnv = {}): Promise<CliRun> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(args, { out: (l) => out.push(l), err: (l) => err.push(l), env, cwd });
  return { code, out: out.join('\n'), err: err.join('\n') };
}
