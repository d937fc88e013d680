/**
 * The one way in for a signature list: schema first, then the too-broad checks. Owns turning
 * both kinds of failure into problems that name the entry; must not read files, fetch or verify
 * signatures (the signed bytes are checked before this runs, and are not re-serialised here).
 */
import { err, ok, type Result } from '../result';
import { listErrors, type ListError } from './errors';
import { SignatureListSchema, type SignatureList } from './schema';
import { MAX_PROBLEMS, findTooBroad, type ListProblem } from './too-broad';

export type { ListProblem } from './too-broad';

const ENTRY_COLLECTIONS = new Set(['campaigns', 'senders', 'payments', 'signatures']);

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** `senders[3]`-style path text. */
function pathText(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out.length === 0 ? String(part) : `.${String(part)}`;
  }
  return out;
}

const short = (v: unknown): string => {
  const s = typeof v === 'string' ? v : '';
  return JSON.stringify(s.length > 80 ? `${s.slice(0, 77)}…` : s);
};

/** What the raw entry looks like, so that a person can find it: `domain "gmail.com"`, `id "x"`. */
function describeEntry(collection: string, entry: unknown): string {
  if (!isRecord(entry)) return '';
  if (collection === 'senders' && typeof entry.match === 'string') return `${entry.match} ${short(entry.value)}`;
  if (collection === 'payments' && typeof entry.coin === 'string') return `${entry.coin} ${short(entry.address)}`;
  if (typeof entry.id === 'string') return `id ${short(entry.id)}`;
  return '';
}

function schemaProblem(input: unknown, path: readonly PropertyKey[], message: string): ListProblem {
  const [collection, index] = path;
  if (typeof collection === 'string' && ENTRY_COLLECTIONS.has(collection) && typeof index === 'number' && isRecord(input)) {
    const items = input[collection];
    const entry = Array.isArray(items) ? (items[index] as unknown) : undefined;
    const entryPath = `${collection}[${index}]`;
    const label = describeEntry(collection, entry);
    const rest = pathText(path.slice(2));
    return {
      code: 'schema',
      path: pathText(path),
      message: `${entryPath}${label ? ` (${label})` : ''}${rest ? ` ${rest.replace(/^\./, '')}` : ''}: ${message}`,
    };
  }
  const where = pathText(path);
  return { code: 'schema', path: where, message: `${where || 'the list'}: ${message}` };
}

/**
 * A list that passed the schema and the too-broad checks, or every problem found (capped),
 * each message starting with the entry it is about.
 * `json` is the parsed JSON value (the caller has already checked the signed bytes).
 */
export function parseSignatureList(json: unknown): Result<SignatureList, ListProblem[]> {
  const parsed = SignatureListSchema.safeParse(json);
  if (!parsed.success) {
    const issues = parsed.error.issues;
    const problems = issues.slice(0, MAX_PROBLEMS).map((issue) => schemaProblem(json, issue.path, issue.message));
    if (issues.length > MAX_PROBLEMS) {
      problems.push({ code: 'schema', path: '', message: `…and ${issues.length - MAX_PROBLEMS} more problems` });
    }
    return err(problems);
  }
  const problems = findTooBroad(parsed.data);
  return problems.length > 0 ? err(problems) : ok(parsed.data);
}

/**
 * One `ListError` for callers that report a single failure (sync status, maintainer CLI):
 * `too_broad` when any entry is too broad, else `schema`; the first problems are quoted.
 */
export function problemsAsListError(problems: readonly ListProblem[]): ListError {
  const shown = problems.slice(0, 5).map((p) => p.message);
  if (problems.length > 5) shown.push(`…and ${problems.length - 5} more`);
  let detail = shown.join('; ');
  if (detail.length > 1_800) detail = `${detail.slice(0, 1_799)}…`;
  return problems.some((p) => p.code === 'too_broad') ? listErrors.tooBroad(detail) : listErrors.schema(detail);
}
