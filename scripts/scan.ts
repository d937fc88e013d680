/**
 * The helpdesk command line: `npm run scan -- [--json] [--list FILE] <file.eml|file.txt|dir ...>`.
 * Reads each email (`.txt` = a bare message body; a folder = its .eml and .txt files), runs the
 * same engine as the extension, and prints a verdict per file. A file that cannot be read is
 * reported and the rest are still scanned. Nothing leaves the machine.
 *
 * Exit status: 0 = every file was scanned (whatever the verdicts: a flagged email is a result,
 * not a failure); 2 = at least one file could not be read or parsed (the others were scanned);
 * 1 = nothing was scanned (bad arguments, or the list could not be loaded).
 *
 * Owns argument handling and the per-file loop; must not hold detection logic.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { buildMatchIndex } from '../utils/core/engine/index';
import { classify, extractEvidence } from '../utils/core/engine/classify';
import type { MatchIndex } from '../utils/core/engine/index';
import type { MessageFeatures } from '../utils/core/engine/features';
import { MAX_EML_BYTES, MailParseError, parseEml, plainTextToFeatures } from '../utils/core/mail/eml';
import { loadDefaultList, loadListFile } from './lib/default-list';
import { errorJson, errorLine, verdictJson, verdictLines } from './lib/scan-output';
import { explainLines } from './lib/explain';
import { htmlToVisibleTextViaDom } from './lib/dom-text';

export const EXIT_OK = 0;
export const EXIT_NOTHING_SCANNED = 1;
export const EXIT_SOME_UNREADABLE = 2;

const USAGE = `Usage: npm run scan -- [--json] [--list FILE] <file.eml | file.txt | folder> ...

Checks saved emails for extortion with Vahti's engine, on this computer only.

  file.eml   a saved email (MIME: multipart, quoted-printable, base64 and HTML are read)
  file.txt   a bare message body (no sender or subject)
  folder     every .eml and .txt file directly inside it

Options:
  --json       one JSON object per line: {"file","level","reasons"} or {"file","error"}
  --explain    also print the signs found and, when nothing was flagged, which rules came
               closest and what each lacked (text output only)
  --list FILE  use this signature list (plain JSON, schema 1) instead of the default list
  --help       show this help

Without --list the default list is used: the signed bundle in public/lists/default when it
is present and verifies with the keys this build trusts, otherwise the list assembled from
scripts/list-sources/default. Which one is said on standard error.

Levels: known (part of a listed campaign), suspected (extortion signs, no list entry),
none (nothing found; not a guarantee).
Exit status: 0 all files scanned; 2 some file could not be read (others were scanned);
1 nothing scanned (bad arguments or list).`;

type Options = { json: boolean; explain: boolean; list?: string; inputs: string[] };

function parseOptions(argv: string[]): Options | { help: true } | { usageError: string } {
  try {
    const { values, positionals } = parseArgs({
      args: argv,
      options: { json: { type: 'boolean' }, explain: { type: 'boolean' }, list: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
      allowPositionals: true,
      strict: true,
    });
    if (values.help) return { help: true };
    if (positionals.length === 0) return { usageError: 'no files given' };
    return { json: values.json === true, explain: values.explain === true, list: values.list, inputs: positionals };
  } catch (e) {
    return { usageError: (e as Error).message };
  }
}

/** Expands folders into their .eml/.txt files; other arguments are kept as given. */
async function expandInputs(inputs: string[]): Promise<string[]> {
  const files: string[] = [];
  for (const input of inputs) {
    let isDir = false;
    try {
      isDir = (await stat(input)).isDirectory();
    } catch {
      // Reported when the file is read.
    }
    if (!isDir) {
      files.push(input);
      continue;
    }
    const names = (await readdir(input)).filter((n) => /\.(eml|txt)$/i.test(n)).sort();
    for (const n of names) files.push(path.join(input, n));
  }
  return files;
}

type Scanned = { features: MessageFeatures; notes: string[] };

async function readMessage(file: string): Promise<Scanned> {
  const ext = path.extname(file).toLowerCase();
  if (ext === '.msg') throw new MailParseError('Outlook .msg files are not supported: save the email as .eml');
  let size: number;
  try {
    const s = await stat(file);
    if (s.isDirectory()) throw new MailParseError('is a folder with no .eml or .txt files');
    size = s.size;
  } catch (e) {
    if (e instanceof MailParseError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    throw new MailParseError(code === 'ENOENT' ? 'no such file' : `cannot read the file (${code ?? String(e)})`);
  }
  if (size > MAX_EML_BYTES) throw new MailParseError(`the file is too large for an email (${size} bytes, limit ${MAX_EML_BYTES})`);
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await readFile(file));
  } catch (e) {
    throw new MailParseError(`cannot read the file (${(e as NodeJS.ErrnoException).code ?? String(e)})`);
  }
  if (ext === '.txt') return { features: plainTextToFeatures(bytes), notes: [] };
  // The extension's visible-text extractor on a DOM, so the scan judges what the reader sees.
  const parsed = await parseEml(bytes, { htmlToText: htmlToVisibleTextViaDom });
  const notes = parsed.hiddenTextChars > 0 ? [`the HTML hides ${parsed.hiddenTextChars} characters of text from the reader`] : [];
  return { features: parsed.features, notes };
}

export async function main(argv: string[], out: (line: string) => void, err: (line: string) => void): Promise<number> {
  const options = parseOptions(argv);
  if ('help' in options) {
    out(USAGE);
    return EXIT_OK;
  }
  if ('usageError' in options) {
    err(`scan: ${options.usageError}\n\n${USAGE}`);
    return EXIT_NOTHING_SCANNED;
  }

  const loaded = options.list ? await loadListFile(options.list) : await loadDefaultList();
  if ('problems' in loaded) {
    err(`scan: the ${options.list ? `list ${options.list}` : 'default list'} cannot be used:`);
    for (const p of loaded.problems.slice(0, 50)) err(`  ${p}`);
    if (loaded.problems.length > 50) err(`  …and ${loaded.problems.length - 50} more`);
    return EXIT_NOTHING_SCANNED;
  }
  for (const w of loaded.warnings) err(`scan: warning: ${w}`);
  const { list } = loaded;
  err(`scan: list "${list.listId}" version ${list.version} from ${loaded.origin}`);
  const index: MatchIndex = buildMatchIndex([list]);

  let unreadable = 0;
  for (const file of await expandInputs(options.inputs)) {
    let scanned: Scanned;
    try {
      scanned = await readMessage(file);
    } catch (e) {
      unreadable++;
      // A parse problem is expected input; anything else is a bug, but still one line, not a stack.
      const message = e instanceof MailParseError ? e.message : `unexpected failure: ${e instanceof Error ? e.message : String(e)}`;
      if (options.json) out(errorJson(file, message));
      else out(errorLine(file, message));
      continue;
    }
    const verdict = classify(index, scanned.features);
    if (options.json) out(verdictJson(file, verdict));
    else for (const line of verdictLines(file, verdict, scanned.notes)) out(line);
    if (options.explain && !options.json) for (const line of explainLines(extractEvidence(scanned.features, index.text))) out(line);
  }
  return unreadable > 0 ? EXIT_SOME_UNREADABLE : EXIT_OK;
}

const isEntry = process.argv[1] !== undefined && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isEntry) {
  main(
    process.argv.slice(2),
    (line) => console.log(line),
    (line) => console.error(line),
  ).then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      console.error(`scan: unexpected failure: ${e instanceof Error ? e.message : String(e)}`);
      process.exitCode = EXIT_NOTHING_SCANNED;
    },
  );
}
