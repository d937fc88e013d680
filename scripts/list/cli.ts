/**
 * What every list command shares: where output goes, how options are parsed, and the rule
 * that secrets are never accepted as command-line values. Commands get an `Io` instead of
 * touching `process` so tests can run them in-process and read what they printed.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';

export type Io = {
  out: (line: string) => void;
  err: (line: string) => void;
  env: NodeJS.ProcessEnv;
  cwd: string;
};

export const processIo = (): Io => ({
  out: (line) => console.log(line),
  err: (line) => console.error(line),
  env: process.env,
  cwd: process.cwd(),
});

/** A mistake in how the command was called: printed with the usage, exit code 2. */
export class UsageError extends Error {}

const SECRET_OPTION = /^--?(key|secret|secret-key|private-key|privkey|seed|signing-key|password)(=|$)/i;

/** Refuses secret-looking options by name before parsing, so the value is never echoed. */
export function refuseSecretsOnCommandLine(args: string[]): void {
  const offending = args.find((a) => SECRET_OPTION.test(a));
  if (offending !== undefined) {
    const name = offending.split('=')[0];
    throw new UsageError(
      `${name} is not accepted: secrets on the command line end up in shell history and process lists. ` +
        'Use --key-file <file> or the VAHTI_SIGNING_KEY environment variable.',
    );
  }
}

type Options = NonNullable<ParseArgsConfig['options']>;

export function parse<T extends Options>(args: string[], options: T, positionals: { min: number; max: number; names: string }) {
  refuseSecretsOnCommandLine(args);
  let parsed;
  try {
    parsed = parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
  if (parsed.positionals.length < positionals.min || parsed.positionals.length > positionals.max) {
    throw new UsageError(`expected ${positionals.names}`);
  }
  return parsed;
}

export function intOption(value: string | undefined, name: string, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isSafeInteger(n) || n < 0) throw new UsageError(`${name} must be a whole number, got "${value}"`);
  return n;
}

export function dateOption(value: string | undefined, name: string): Date | undefined {
  if (value === undefined) return undefined;
  const t = Date.parse(value);
  if (Number.isNaN(t)) throw new UsageError(`${name} must be a date and time such as 2026-03-01T12:00:00Z, got "${value}"`);
  return new Date(t);
}
