/**
 * Finds which display-name patterns match a sender's name without trying every pattern.
 * Owns the index; must not decide verdicts.
 *
 * Every pattern is keyed by its longest literal fragment. One Aho–Corasick pass over the
 * (short, capped) name finds the fragments present; only the patterns behind those fragments
 * are checked with the glob matcher. Patterns without any `*` are exact names: a Map lookup.
 */
import { foldForMatching } from '../text/normalize';
import { AhoCorasick } from '../signatures/aho-corasick';
import { compileGlob, matchGlob, requiredFragment, type CompiledGlob } from './glob';

export interface DisplayNameEntry<Ref> {
  pattern: string;
  ref: Ref;
}

export interface DisplayNameHit<Ref> {
  pattern: string;
  ref: Ref;
}

/** Folded, trimmed form used on both sides, with whitespace runs as one space. */
export function foldDisplayName(name: string): string {
  return foldForMatching(name).trim();
}

export class DisplayNameIndex<Ref> {
  private readonly exact = new Map<string, number[]>();
  private readonly byFragment: number[][] = [];
  /** Patterns with no literal at all (only stars): checked for every name. */
  private readonly always: number[] = [];
  private readonly globs: CompiledGlob[] = [];
  private readonly entries: readonly DisplayNameEntry<Ref>[];
  private readonly fragments: AhoCorasick;

  constructor(entries: readonly DisplayNameEntry<Ref>[]) {
    this.entries = entries;
    const fragmentIds = new Map<string, number>();
    entries.forEach((entry, i) => {
      const glob = compileGlob(foldDisplayName(entry.pattern));
      this.globs.push(glob);
      if (!glob.hasStar) {
        const key = glob.segments[0] ?? '';
        const bucket = this.exact.get(key);
        if (bucket) bucket.push(i);
        else this.exact.set(key, [i]);
        return;
      }
      const fragment = requiredFragment(glob);
      if (fragment.length === 0) {
        this.always.push(i);
        return;
      }
      let id = fragmentIds.get(fragment);
      if (id === undefined) {
        id = this.byFragment.length;
        fragmentIds.set(fragment, id);
        this.byFragment.push([]);
      }
      this.byFragment[id]!.push(i);
    });
    this.fragments = new AhoCorasick([...fragmentIds.keys()]);
  }

  /** How many patterns the latest lookup checked with the glob matcher (for tests and benches). */
  lastCandidates = 0;

  get size(): number {
    return this.entries.length;
  }

  match(displayName: string): DisplayNameHit<Ref>[] {
    const name = foldDisplayName(displayName);
    this.lastCandidates = 0;
    if (name.length === 0) return [];
    const candidates: number[] = [...(this.exact.get(name) ?? []), ...this.always];
    for (const f of this.fragments.scan(name, 'raw')) candidates.push(...this.byFragment[f]!);
    this.lastCandidates = candidates.length;
    const hits: DisplayNameHit<Ref>[] = [];
    const seen = new Set<number>();
    for (const i of candidates) {
      if (seen.has(i)) continue;
      seen.add(i);
      if (!matchGlob(this.globs[i]!, name)) continue;
      const entry = this.entries[i]!;
      hits.push({ pattern: entry.pattern, ref: entry.ref });
    }
    return hits;
  }
}
