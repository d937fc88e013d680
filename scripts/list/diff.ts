/**
 * `list diff <old> <new>`: what a new list version adds and removes, per kind of entry, so a
 * reviewer can check a publication before signing it. Compares parsed lists, not bytes.
 */
import { resolve } from 'node:path';
import type { SignatureList } from '../../utils/core/list/schema';
import { paymentKey } from '../../utils/core/payment/validate';
import { parse, type Io } from './cli';
import { readListBytes } from './signing';
import { MAX_LIST_FILE_BYTES, readNamedFile } from '../lib/safe-read';
import { terminalSafe } from '../lib/terminal-text';

export const usage = 'diff <oldList> <newList> [--json]';

type Change = { added: string[]; removed: string[]; changed: string[] };
export type ListDiff = { from: number; to: number; campaigns: Change; senders: Change; payments: Change; signatures: Change };

function compare<T>(before: T[], after: T[], key: (item: T) => string, label: (item: T) => string): Change {
  const old = new Map(before.map((i) => [key(i), i]));
  const neu = new Map(after.map((i) => [key(i), i]));
  const added = [...neu].filter(([k]) => !old.has(k)).map(([, i]) => label(i));
  const removed = [...old].filter(([k]) => !neu.has(k)).map(([, i]) => label(i));
  const changed = [...neu]
    .filter(([k, i]) => old.has(k) && JSON.stringify(old.get(k)) !== JSON.stringify(i))
    .map(([, i]) => label(i));
  return { added: added.sort(), removed: removed.sort(), changed: changed.sort() };
}

export function diffLists(a: SignatureList, b: SignatureList): ListDiff {
  return {
    from: a.version,
    to: b.version,
    campaigns: compare(a.campaigns, b.campaigns, (c) => c.id, (c) => c.id),
    senders: compare(
      a.senders,
      b.senders,
      (s) => `${s.match}:${s.value.toLowerCase()}`,
      (s) => `${s.match} ${s.value} (${s.campaign})`,
    ),
    payments: compare(a.payments, b.payments, (p) => paymentKey(p.coin, p.address), (p) => `${p.coin} ${p.address} (${p.campaign})`),
    signatures: compare(a.signatures, b.signatures, (s) => s.id, (s) => `${s.id} (${s.campaign}, ${s.language})`),
  };
}

async function load(path: string, io: Io): Promise<SignatureList | undefined> {
  const list = readListBytes(await readNamedFile(resolve(io.cwd, path), MAX_LIST_FILE_BYTES, 'the list file'));
  if (!list.ok) io.err(terminalSafe(`${path}: ${list.error.message}`));
  return list.ok ? list.value : undefined;
}

export async function run(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parse(args, { json: { type: 'boolean' } }, { min: 2, max: 2, names: 'an old and a new list file' });
  const [before, after] = [await load(positionals[0]!, io), await load(positionals[1]!, io)];
  if (!before || !after) return 1;
  if (values.json) {
    io.out(JSON.stringify(diffLists(before, after), null, 2));
    return 0;
  }
  printDiff(before, after, io);
  return 0;
}

/** The reviewer's view of a new version: what each kind of entry gains and loses. */
export function printDiff(before: SignatureList, after: SignatureList, io: Io): void {
  const diff = diffLists(before, after);
  io.out(`version ${diff.from} → ${diff.to}${after.listId !== before.listId ? ` (list id ${before.listId} → ${after.listId})` : ''}`);
  if (diff.to <= diff.from) io.out(`note: the new version is not higher; clients will refuse it as a rollback or ignore it`);
  for (const kind of ['campaigns', 'senders', 'payments', 'signatures'] as const) {
    const c = diff[kind];
    io.out(`${kind}: +${c.added.length} −${c.removed.length}${c.changed.length ? ` ~${c.changed.length}` : ''}`);
    for (const line of c.added) io.out(`  + ${line}`);
    for (const line of c.removed) io.out(`  - ${line}`);
    for (const line of c.changed) io.out(`  ~ ${line}`);
  }
}
