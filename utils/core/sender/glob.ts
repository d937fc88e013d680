/**
 * Display-name patterns where `*` stands for any run of characters (possibly empty), matched
 * against the whole name without regular expressions. Owns the pattern syntax and matching;
 * must not fold text (callers fold both sides with `foldForMatching`).
 *
 * Why greedy leftmost matching is correct and fast for `*`-only globs: split the pattern at
 * `*` into literal segments. The first segment must be a prefix of the name and the last a
 * suffix (unless the pattern starts/ends with `*`). Each middle segment may sit anywhere
 * between its neighbours; taking the leftmost occurrence (indexOf from the end of the
 * previous one) never hurts, because it leaves the most room for the segments after it, so
 * if any placement succeeds, the leftmost one does. Each segment is searched once, from a
 * position that only moves right: no backtracking, so no pattern can make matching blow up
 * the way a backtracking RegExp like `(a+)+$` does. The cost is bounded by name length times
 * pattern length (both capped), and in practice is one left-to-right sweep.
 */

export interface CompiledGlob {
  /** Literal pieces between the stars, in order. */
  segments: string[];
  anchoredStart: boolean;
  anchoredEnd: boolean;
  /** Total number of literal characters. */
  literalLength: number;
  /** Without a star the pattern is one exact name. */
  hasStar: boolean;
}

export function compileGlob(pattern: string): CompiledGlob {
  const pieces = pattern.split('*');
  const anchoredStart = pieces[0] !== '';
  const anchoredEnd = pieces[pieces.length - 1] !== '';
  const segments = pieces.filter((p) => p.length > 0);
  const literalLength = segments.reduce((n, s) => n + s.length, 0);
  return { segments, anchoredStart, anchoredEnd, literalLength, hasStar: pieces.length > 1 };
}

/** The longest literal segment: the fragment an index keys the pattern by. */
export function requiredFragment(glob: CompiledGlob): string {
  let best = '';
  for (const s of glob.segments) if (s.length > best.length) best = s;
  return best;
}

export function matchGlob(glob: CompiledGlob, text: string): boolean {
  const { segments, anchoredStart, anchoredEnd } = glob;
  if (!glob.hasStar) return text === (segments[0] ?? '');
  if (segments.length === 0) return true; // only stars: anything
  if (text.length < glob.literalLength) return false;
  let from = 0;
  let first = 0;
  let last = segments.length;
  if (anchoredStart) {
    const head = segments[0]!;
    if (!text.startsWith(head)) return false;
    from = head.length;
    first = 1;
  }
  let end = text.length;
  if (anchoredEnd) {
    const tail = segments[segments.length - 1]!;
    if (!text.endsWith(tail)) return false;
    end = text.length - tail.length;
    last = segments.length - 1;
    if (end < from) return false;
  }
  for (let i = first; i < last; i++) {
    const segment = segments[i]!;
    const at = text.indexOf(segment, from);
    if (at === -1 || at + segment.length > end) return false;
    from = at + segment.length;
  }
  return true;
}
