/**
 * `npm run list -- <command>`: the maintainer's list tools. This file only dispatches; each
 * command lives in scripts/list/<command>.ts and gets its output streams and environment
 * passed in, so tests can run it in-process.
 */
import { pathToFileURL } from 'node:url';
import { processIo, UsageError, type Io } from './list/cli';
import { KeyError } from './list/key-file';
import { endQuietlyOnClosedPipe } from './lib/process-output';
import { describeFsError, InputFileError } from './lib/safe-read';
import { terminalSafe } from './lib/terminal-text';

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
    io.err(`unknown command "${terminalSafe(name)}"; run \`npm run list -- help\``);
    return 2;
  }
  const command = await load();
  try {
    return await command.run(args, io);
  } catch (e) {
    if (e instanceof UsageError) {
      io.err(`${name}: ${terminalSafe(e.message)}\nusage: npm run list -- ${command.usage}`);
      return 2;
    }
    if (e instanceof KeyError || e instanceof InputFileError) {
      io.err(`${name}: ${terminalSafe(e.message)}`);
      return 1;
    }
    // A file the command had to write or read failed (a missing folder, a folder where a
    // file was expected): say which and why in one line, not as a stack trace.
    const fsError = e as NodeJS.ErrnoException;
    if (typeof fsError.code === 'string' && typeof fsError.path === 'string') {
      const doing = fsError.syscall === 'open' || fsError.syscall === undefined ? 'cannot open' : `cannot ${fsError.syscall}`;
      // Files a command reads go through safe-read; a missing path here is where it writes.
      const why = fsError.code === 'ENOENT' ? 'the folder it goes in does not exist' : describeFsError(fsError);
      io.err(`${name}: ${doing} ${terminalSafe(fsError.path)}: ${why}`);
      return 1;
    }
    io.err(`${name}: unexpected failure: ${terminalSafe(e instanceof Error ? e.message : String(e))}`);
    return 1;
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  endQuietlyOnClosedPipe();
  main(process.argv.slice(2), processIo()).then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      // Loading a command failed; still one line for the person, never a stack trace.
      console.error(`list: unexpected failure: ${terminalSafe(e instanceof Error ? e.message : String(e))}`);
      process.exitCode = 1;
    },
  );
}
