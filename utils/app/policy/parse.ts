/**
 * Turns whatever the browser hands over as managed storage into a policy Vahti can apply, and a
 * list of problems an administrator can read. Policy that applies silently or not at all is the
 * main pain of administrators, so nothing invalid is dropped without a problem naming the key,
 * the entry and what was wrong — and everything valid still applies.
 */
import { z } from 'zod';
import { DEFAULT_LIST_ID } from '../../core/signing/keys';
import { POLICY_FIELDS, POLICY_KEYS, type ManagedPolicy, type PolicyKey } from './schema';

export interface PolicyProblem {
  /** Where the bad value is, e.g. `listSources[1].manifestUrl`. */
  path: string;
  message: string;
}

export interface ParsedPolicy {
  policy: ManagedPolicy;
  problems: PolicyProblem[];
}

const isPolicyKey = (key: string): key is PolicyKey => (POLICY_KEYS as string[]).includes(key);

const formatPath = (key: string, path: readonly PropertyKey[]): string =>
  path.reduce<string>((acc, part) => (typeof part === 'number' ? `${acc}[${part}]` : `${acc}.${String(part)}`), key);

function problemsOf(key: string, error: z.ZodError): PolicyProblem[] {
  return error.issues.map((issue) => ({ path: formatPath(key, issue.path), message: issue.message }));
}

/**
 * Arrays of entries (list sources, hosts, watch list) are checked entry by entry: a typo in one
 * list source must not disable the other sources of the same policy.
 */
function parseArrayEntries(key: PolicyKey, value: unknown[], problems: PolicyProblem[]): unknown[] {
  const schema = POLICY_FIELDS[key];
  if (!(schema instanceof z.ZodArray)) return [];
  const kept: unknown[] = [];
  value.forEach((entry, index) => {
    const result = (schema.element as z.ZodType).safeParse(entry);
    if (result.success) kept.push(result.data);
    else problems.push(...problemsOf(`${key}[${index}]`, result.error));
  });
  return kept;
}

export function parseManagedPolicy(raw: unknown): ParsedPolicy {
  const problems: PolicyProblem[] = [];
  const policy: Record<string, unknown> = {};
  if (raw === undefined || raw === null) return { policy, problems };
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    return { policy, problems: [{ path: '(policy)', message: 'must be an object of settings' }] };
  }

  for (const [key, value] of Object.entries(raw)) {
    if (!isPolicyKey(key)) {
      problems.push({ path: key, message: `is not a Vahti policy setting (known settings: ${POLICY_KEYS.join(', ')})` });
      continue;
    }
    const schema = POLICY_FIELDS[key] as z.ZodType;
    if (schema instanceof z.ZodArray && Array.isArray(value)) {
      const entries = parseArrayEntries(key, value, problems);
      const whole = schema.safeParse(entries);
      if (whole.success) policy[key] = whole.data;
      else problems.push(...problemsOf(key, whole.error));
      continue;
    }
    const result = schema.safeParse(value);
    if (result.success) policy[key] = result.data;
    else problems.push(...problemsOf(key, result.error));
  }

  if (Array.isArray(policy.listSources)) {
    const seen = new Set<string>();
    policy.listSources = (policy.listSources as { id: string }[]).filter((source, index) => {
      if (source.id === DEFAULT_LIST_ID) {
        problems.push({ path: `listSources[${index}].id`, message: `"${DEFAULT_LIST_ID}" is Vahti's own default list; use another id (useDefaultList turns the default list off)` });
        return false;
      }
      if (!seen.has(source.id)) return seen.add(source.id);
      problems.push({ path: `listSources[${index}].id`, message: `repeats the list source id "${source.id}"; only the first is used` });
      return false;
    });
  }
  return { policy: policy as ManagedPolicy, problems };
}
