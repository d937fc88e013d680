/**
 * The helpdesk command line: `npm run scan -- [--json] [--list FILE] <file.eml|file.txt|dir ...>`.
 * Reads each email (`.txt` = a bare message body; a folder = its .eml and .txt files), runs the
 * same engine as the extension, and prints a verdict per file. A file that cannot be read is
 * reported and the rest are still scanned. Nothing leaves the machine.
 *
 * Exit status: 0 = every file was scanned (whatever the verdicts: a flagged email is a result,
 * not a failure); 2 = at least one file or folder could not be read or parsed (the others were
 * scanned); 1 = nothing was scanned (bad arguments, the list could not be loaded, or the
 * folders hold no .eml or .txt file). Files are read in a worker with a time budget per file
 * (lib/budgeted-reader.ts), as regular files only and through a byte cap (lib/safe-read.ts);
 * everything printed goes through lib/terminal-text.ts.
 *
 * Owns argument handling and the per-file loop; must not hold detection logic.
 */
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { buildMatchIndex } from '../utils/core/engine/index';
import { classify, extractEvidence } from '../utils/core/engine/classify';
import type { MatchIndex } from '../utils/core/engine/index';
import { loadDefaultList, loadListFile } from './lib/default-list';
import { endQuietlyOnClosedPipe } from './lib/process-output';
import { BudgetedReader, DEFAULT_FILE_BUDGET_MS } from './lib/budgeted-reader';
import { describeFsError } from './lib/safe-read';
import { errorJson, errorLine, verdictJson, verdictLines } from './lib/scan-output';
import { terminalSafe } from './lib/terminal-text';
import { explainLines } from './lib/explain';

export const EXIT_OK = 0;
export const EXIT_NOTHING_SCANNED = 1;
export const EXIT_SOME_UNREADABLE = 2;

const USAGE = `Usage: npm run scan -- [--json] [--list FILE] [--time-limit SECONDS] <file.eml | file.txt | folder> ...

Checks saved emails for extortion with Vahti's engine, on this computer only.

  file.eml   a saved email (MIME: multipart, quoted-printable, base64 and HTML are read)
  file.txt   a bare message body (no sender or subject)
  folder     every .eml and .txt file directly inside it

Options:
  --json       one JSON object per line: {"file","level","reasons"[,"notes"]} or {"file","error"}
               (use npm run -s scan so that npm's banner stays out of the output)
  --explain    also print the signs found and, when nothing was flagged, which rules came
               closest and what each lacked (text output only)
  --list FILE  use this signature list (plain JSON, schema 1) instead of the default list
  --time-limit SECONDS
               stop reading a file after this long and go on with the next (default 30)
  --help       show this help

Without --list the default list is used: the signed bundle in public/lists/default when it
is present and verifies with the keys this build trusts, otherwise the list assembled from
scripts/list-sources/default. Which one is said on standard error.

Levels: known (part of a listed campaign), suspected (extortion signs, no list entry),
none (nothing found; not a guarantee).
Exit status: 0 all files scanned; 2 some file or folder could not be read (others were
scanned); 1 nothing scanned (bad arguments, list, or no .eml/.txt file in the folders).`;

type Options = { json: boolean; explain: boolean; list?: string; fileBudgetMs: number; inputs: string[] };

function parseOptions(argv: string[]): Options | { help: true } | { usageError: string } {
  try {
    const { values, positionals } = parseArgs({
      args: argv,
      options: {
        json: { type: 'boolean' },
        explain: { type: 'boolean' },
        list: { type: 'string' },
        'time-limit': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
      allowPositionals: true,
      strict: true,
    });
    if (values.help) return { help: true };
    if (positionals.length === 0) return { usageError: 'no files given' };
    let fileBudgetMs = DEFAULT_FILE_BUDGET_MS;
    if (values['time-limit'] !== undefined) {
      const seconds = Number(values['time-limit']);
      if (!Number.isFinite(seconds) || seconds <= 0 || seconds > 3600) {
        return { usageError: `--time-limit must be a number of seconds between 0 and 3600, got "${values['time-limit']}"` };
      }
      fileBudgetMs = seconds * 1000;
    }
    return { json: values.json === true, explain: values.explain === true, list: values.list, fileBudgetMs, inputs: positionals };
  } catch (e) {
    return { usageError: (e as Error).message };
  }
}

/** One input after folders are expanded: a file to scan, or a folder that could not be listed. */
type Input = { file: string } | { file: string; error: string };

/**
 * Expands folders into their .eml/.txt files; other arguments are kept as given (and refused
 * when read if they are not regular files). A folder that cannot be listed becomes an error
 * entry, so the other inputs are still scanned; an empty folder is said on standard error.
 */
async function expandInputs(inputs: string[], err: (line: string) => void): Promise<Input[]> {
  const out: Input[] = [];
  for (const input of inputs) {
    let isDir = false;
    try {
      isDir = (await stat(input)).isDirectory();
    } catch {
      // Reported when the file is read.
    }
    if (!isDir) {
      out.push({ file: input });
      continue;
    }
    let names: string[];
    try {
      names = await readdir(input);
    } catch (e) {
      out.push({ file: input, error: `cannot list the folder: ${describeFsError(e)}` });
      continue;
    }
    const scannable = names.filter((n) => /\.(eml|txt)$/i.test(n)).sort();
    if (scannable.length === 0) err(`scan: ${terminalSafe(input)}: no .eml or .txt files in this folder`);
    for (const n of scannable) out.push({ file: path.join(input, n) });
  }
  return out;
}

export async function main(argv: string[], out: (line: string) => void, err: (line: string) => void): Promise<number> {
  const options = parseOptions(argv);
  if ('help' in options) {
    out(USAGE);
    return EXIT_OK;
  }
  if ('usageError' in options) {
    err(`scan: ${terminalSafe(options.usageError)}\n\n${USAGE}`);
    return EXIT_NOTHING_SCANNED;
  }

  const loaded = options.list ? await loadListFile(options.list) : await loadDefaultList();
  if ('problems' in loaded) {
    err(`scan: the ${options.list ? `list ${terminalSafe(options.list)}` : 'default list'} cannot be used:`);
    for (const p of loaded.problems.slice(0, 50)) err(`  ${terminalSafe(p)}`);
    if (loaded.problems.length > 50) err(`  …and ${loaded.problems.length - 50} more`);
    return EXIT_NOTHING_SCANNED;
  }
  for (const w of loaded.warnings) err(`scan: warning: ${terminalSafe(w)}`);
  const { list } = loaded;
  err(`scan: list "${terminalSafe(list.listId)}" version ${list.version} from ${terminalSafe(loaded.origin)}`);
  const index: MatchIndex = buildMatchIndex([list]);

  const inputs = await expandInputs(options.inputs, err);
  if (inputs.length === 0) {
    err('scan: nothing to scan: the folders given hold no .eml or .txt files');
    return EXIT_NOTHING_SCANNED;
  }
  let unreadable = 0;
  const reportError = (file: string, message: string): void => {
    unreadable++;
    out(options.json ? errorJson(file, message) : errorLine(file, message));
  };
  const reader = new BudgetedReader(options.fileBudgetMs, (line) => err(terminalSafe(line)));
  try {
    for (const input of inputs) {
      const { file } = input;
      if ('error' in input) {
        reportError(file, input.error);
        continue;
      }
      const read = await reader.read(file);
      if ('error' in read) {
        reportError(file, read.error);
        continue;
      }
      const { features, notes } = read.scanned;
      const verdict = classify(index, features);
      if (options.json) out(verdictJson(file, verdict, notes));
      else for (const line of verdictLines(file, verdict, notes)) out(line);
      if (options.explain && !options.json) for (const line of explainLines(extractEvidence(features, index.text))) out(line);
    }
  } finally {
    await reader.close();
  }
  return unreadable > 0 ? EXIT_SOME_UNREADABLE : EXIT_OK;
}

const isEntry = process.argv[1] !== undefined && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isEntry) {
  // `scan … | head` closes the pipe early: that is the reader being done, not a failure.
  endQuietlyOnClosedPipe();
  main(
    process.argv.slice(2),
    (line) => console.log(line),
    (line) => console.error(line),
  ).then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      console.error(`scan: unexpected failure: ${terminalSafe(e instanceof Error ? e.message : String(e))}`);
      process.exitCode = EXIT_NOTHING_SCANNED;
    },
  );
}
