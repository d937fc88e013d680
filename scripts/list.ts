/**
 * `npm run list -- <command>`: the maintainer's list tools. This file only dispatches; each
 * command lives in scripts/list/<command>.ts and gets its output streams and environment
 * passed in, so tests can run it in-process.
 */
import { pathToFileURL } from 'node:url';
import { processIo, UsageError, type Io } from './list/cli';
import { KeyError } from './list/key-file';

type Command = { usage: string; run: (args: string[], io: Io) => Promise<number> };

const COMMANDS: Record<string, () => Promise<Command>> = {
  keygen: () => import('./list/keygen'),
  build: () => import('./list/build'),
  lint: () => import('./list/lint'),
  sign: () => import('./list/sign'),
  rotate: () => import('./list/rotate'),
  verify: () => import('./list/verify'),
  diff: () => import('./list/diff'),
  publish: () => import('./list/publish'),
  stage: () => import('./list/stage'),
  'dry-run': () => import('./list/dry-run'),
  bundle: () => import('./list/bundle'),
};

async function help(io: Io): Promise<void> {
  io.out('usage: npm run list -- <command> [options]\n');
  for (const load of Object.values(COMMANDS)) io.out(`  ${(await load()).usage}`);
  io.out('\nSigning keys come from --key-file <file> or VAHTI_SIGNING_KEY, never from the command line.');
  io.out('See docs/maintainers.md.');
}

export async function main(argv: string[], io: Io): Promise<number> {
  const [name, ...args] = argv;
  if (name === undefined || name === 'help' || name === '--help' || name === '-h') {
    await help(io);
    return name === undefined ? 2 : 0;
  }
  const load = COMMANDS[name];
  if (!load) {
    io.err(`unknown command "${name}"; run \`npm run list -- help\``);
    return 2;
  }
  const command = await load();
  try {
    return await command.run(args, io);
  } catch (e) {
    if (e instanceof UsageError) {
      io.err(`${name}: ${e.message}\nusage: npm run list -- ${command.usage}`);
      return 2;
    }
    if (e instanceof KeyError) {
      io.err(`${name}: ${e.message}`);
      return 1;
    }
    throw e;
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main(process.argv.slice(2), processIo()).then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      console.error(e instanceof Error ? (e.stack ?? e.message) : String(e));
      process.exitCode = 1;
    },
  );
}
