/**
 * An Aho–Corasick automaton over UTF-16 code units: finds which of many patterns occur in a
 * text in one pass, whatever the number of patterns. Owns the trie, failure links and the
 * scan; knows nothing about signatures, lists or folding (callers prepare both sides).
 *
 * Memory: edges are stored once, in flat typed arrays sorted per node (CSR layout), so tens
 * of thousands of patterns cost a few bytes per trie node instead of one Map per node. The root,
 * which is visited after every mismatch, has a dense 64K table for O(1) transitions.
 *
 * Time: every input unit costs one forward transition, and failure steps never outnumber
 * forward ones (each failure step makes the current depth shorter), so a scan is at most
 * 2 steps per unit plus one per distinct pattern reported. The scan reports each pattern once:
 * a generation stamp marks output nodes already reported in this scan, and because an output
 * chain is walked to its end the first time, a stamped node means the rest of its chain was
 * reported too. That keeps inputs like "aaaa…" against patterns "a", "aa", "aaa"… linear.
 */
import * as tokens from './tokens';

// Module-local copies for the per-character loop: a module loader that compiles imports to
// property reads (tsx, the command line's) would otherwise pay a getter call per character.
const { CHAR_SEPARATOR, CHAR_SYMBOL, CLASS_CACHE, SPACE, charClass } = tokens;

export type ScanMode =
  /** Feed the text as it is. */
  | 'raw'
  /** Feed the word-boundary form of the text (see tokens.ts), framed by spaces. */
  | 'words';

export interface ScanStats {
  /** Forward transitions plus failure-link steps plus reported outputs. */
  steps: number;
  /** Code units fed to the automaton (after the word-boundary transform). */
  fed: number;
}

const NONE = -1;
const ROOT = 0;

export class AhoCorasick {
  readonly patternCount: number;
  readonly nodeCount: number;
  private readonly rootTable: Int32Array;
  private readonly edgeStart: Int32Array;
  private readonly edgeLabel: Uint16Array;
  private readonly edgeTarget: Int32Array;
  private readonly fail: Int32Array;
  /** Pattern ending at this node, or NONE. */
  private readonly output: Int32Array;
  /** Nearest node on the failure chain (excluding itself) that has an output, or NONE. */
  private readonly outputLink: Int32Array;
  /** The first node to report on reaching this one: itself if it has an output, else outputLink. */
  private readonly reportFrom: Int32Array;
  private readonly stamp: Uint32Array;
  /** For nodes with many children: offset of their Latin-1 table in `latinTables`, else NONE. */
  private readonly latinOffset: Int32Array;
  private readonly latinTables: Int32Array;
  private generation = 0;
  /** Statistics of the most recent scan, for tests and benchmarks. */
  lastScan: ScanStats = { steps: 0, fed: 0 };

  /**
   * Patterns are taken as given (empty ones are ignored); pattern ids are their indexes.
   * Duplicate patterns: the last one wins, so callers should deduplicate first.
   */
  constructor(patterns: readonly string[]) {
    this.patternCount = patterns.length;
    // 1. Trie with first-child/next-sibling links: cheap to grow, no per-node objects.
    const firstChild: number[] = [NONE];
    const nextSibling: number[] = [NONE];
    const label: number[] = [0];
    const out: number[] = [NONE];
    for (let p = 0; p < patterns.length; p++) {
      const pattern = patterns[p]!;
      if (pattern.length === 0) continue;
      let node = ROOT;
      for (let i = 0; i < pattern.length; i++) {
        const c = pattern.charCodeAt(i);
        let child = firstChild[node]!;
        while (child !== NONE && label[child] !== c) child = nextSibling[child]!;
        if (child === NONE) {
          child = label.length;
          label.push(c);
          firstChild.push(NONE);
          nextSibling.push(firstChild[node]!);
          out.push(NONE);
          firstChild[node] = child;
        }
        node = child;
      }
      out[node] = p;
    }
    const n = label.length;
    this.nodeCount = n;

    // 2. Compact to sorted edge arrays (children of node k at edgeStart[k]..edgeStart[k+1]).
    this.edgeStart = new Int32Array(n + 1);
    this.edgeLabel = new Uint16Array(Math.max(0, n - 1));
    this.edgeTarget = new Int32Array(Math.max(0, n - 1));
    let e = 0;
    const kids: number[] = [];
    for (let node = 0; node < n; node++) {
      this.edgeStart[node] = e;
      kids.length = 0;
      for (let child = firstChild[node]!; child !== NONE; child = nextSibling[child]!) kids.push(child);
      kids.sort((a, b) => label[a]! - label[b]!);
      for (const child of kids) {
        this.edgeLabel[e] = label[child]!;
        this.edgeTarget[e] = child;
        e++;
      }
    }
    this.edgeStart[n] = e;
    this.output = Int32Array.from(out);
    this.rootTable = new Int32Array(0x10000).fill(NONE);
    for (let k = this.edgeStart[ROOT]!; k < this.edgeStart[ROOT + 1]!; k++) {
      this.rootTable[this.edgeLabel[k]!] = this.edgeTarget[k]!;
    }

    // Nodes with many children (typically the word-start node after a space) get a 256-entry
    // table for Latin-1 input, so the common case is one array read instead of a bisection.
    // Their number is at most edges / 9, so the tables cost at most ~0.1 KB per edge.
    this.latinOffset = new Int32Array(n).fill(NONE);
    let wide = 0;
    for (let node = 1; node < n; node++) if (this.edgeStart[node + 1]! - this.edgeStart[node]! > 8) wide++;
    this.latinTables = new Int32Array(wide * 256).fill(NONE);
    let offset = 0;
    for (let node = 1; node < n; node++) {
      if (this.edgeStart[node + 1]! - this.edgeStart[node]! <= 8) continue;
      this.latinOffset[node] = offset;
      for (let k = this.edgeStart[node]!; k < this.edgeStart[node + 1]!; k++) {
        const c = this.edgeLabel[k]!;
        if (c < 256) this.latinTables[offset + c] = this.edgeTarget[k]!;
      }
      offset += 256;
    }

    // 3. Failure and output links, breadth first (a node's links depend on shallower nodes).
    this.fail = new Int32Array(n);
    this.outputLink = new Int32Array(n).fill(NONE);
    this.stamp = new Uint32Array(n);
    const queue = new Int32Array(n);
    let head = 0;
    let tail = 0;
    for (let k = this.edgeStart[ROOT]!; k < this.edgeStart[ROOT + 1]!; k++) {
      const child = this.edgeTarget[k]!;
      this.fail[child] = ROOT;
      queue[tail++] = child;
    }
    while (head < tail) {
      const node = queue[head++]!;
      for (let k = this.edgeStart[node]!; k < this.edgeStart[node + 1]!; k++) {
        const child = this.edgeTarget[k]!;
        const c = this.edgeLabel[k]!;
        let f = this.fail[node]!;
        let next = this.child(f, c);
        while (next === NONE && f !== ROOT) {
          f = this.fail[f]!;
          next = this.child(f, c);
        }
        const target = next === NONE ? ROOT : next;
        this.fail[child] = target;
        this.outputLink[child] = this.output[target] !== NONE ? target : this.outputLink[target]!;
        queue[tail++] = child;
      }
    }
    this.reportFrom = this.output.map((o, node) => (o !== NONE ? node : this.outputLink[node]!));
  }

  private child(node: number, c: number): number {
    if (node === ROOT) return this.rootTable[c]!;
    const latin = this.latinOffset[node]!;
    if (latin !== NONE) return c < 256 ? this.latinTables[latin + c]! : this.bisect(node, c);
    // Other nodes have at most 8 children, mostly one: a short linear probe.
    const hi = this.edgeStart[node + 1]!;
    for (let k = this.edgeStart[node]!; k < hi; k++) if (this.edgeLabel[k] === c) return this.edgeTarget[k]!;
    return NONE;
  }

  private bisect(node: number, c: number): number {
    let lo = this.edgeStart[node]!;
    let hi = this.edgeStart[node + 1]!;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const l = this.edgeLabel[mid]!;
      if (l === c) return this.edgeTarget[mid]!;
      if (l < c) lo = mid + 1;
      else hi = mid;
    }
    return NONE;
  }

  /**
   * The distinct ids of the patterns that occur in `text`, each reported once, in order of
   * first occurrence. `limit` caps how many are reported (the scan still ends normally).
   */
  scan(text: string, mode: ScanMode = 'raw', limit = Number.MAX_SAFE_INTEGER): number[] {
    this.found = [];
    this.limit = limit;
    this.steps = 0;
    this.generation = (this.generation + 1) >>> 0;
    if (this.generation === 0) {
      this.stamp.fill(0);
      this.generation = 1;
    }
    // The tables as locals and the transition written out in the loop: this loop runs once per
    // character of every message, and field reads and calls per character made it several times
    // slower than the work itself.
    const { rootTable, edgeStart, edgeLabel, edgeTarget, fail, reportFrom, stamp, latinOffset, latinTables } = this;
    const generation = this.generation;
    const words = mode === 'words';
    const n = text.length;
    let state = ROOT;
    let fed = 0;
    let failSteps = 0;
    // Word-break spaces go through feedSlow, which counts its own steps.
    let spacesFed = 0;
    let lastWasSpace = true;
    let pending = false;
    // In word mode the text is framed by spaces: one before it (i = -1) and one after (i = n).
    for (let i = words ? -1 : 0; i <= n; i++) {
      let c: number;
      if (i === -1) c = SPACE;
      else if (i === n) {
        if (!words || lastWasSpace) break;
        c = SPACE;
      } else {
        c = text.charCodeAt(i);
        if (words) {
          // The word-boundary form of tokens.ts, produced on the fly instead of as a copy.
          let cls = CLASS_CACHE[c]!;
          if (cls === 0) cls = charClass(c);
          if (cls === CHAR_SEPARATOR) {
            pending = true;
            continue;
          }
          if ((pending || cls === CHAR_SYMBOL) && !lastWasSpace) {
            // A word break: feed one space first (the same transition as below).
            state = this.feedSlow(state, SPACE);
            fed++;
            spacesFed++;
          }
          lastWasSpace = false;
          pending = cls === CHAR_SYMBOL;
        }
      }
      fed++;
      // One transition: the root's dense table, a wide node's Latin-1 table, or a short probe;
      // on a miss, failure links (counted: at most one per earlier forward step).
      for (;;) {
        let next: number;
        if (state === ROOT) next = rootTable[c]!;
        else {
          const latin = latinOffset[state]!;
          if (latin !== NONE && c < 256) next = latinTables[latin + c]!;
          else if (latin !== NONE) next = this.bisect(state, c);
          else {
            next = NONE;
            const hi = edgeStart[state + 1]!;
            for (let k = edgeStart[state]!; k < hi; k++) {
              if (edgeLabel[k] === c) {
                next = edgeTarget[k]!;
                break;
              }
            }
          }
        }
        if (next !== NONE) {
          state = next;
          break;
        }
        if (state === ROOT) break;
        state = fail[state]!;
        failSteps++;
      }
      const o = reportFrom[state]!;
      if (o !== NONE && stamp[o] !== generation) this.report(o);
    }
    this.steps += fed - spacesFed + failSteps;
    this.lastScan = { steps: this.steps, fed };
    const found = this.found;
    this.found = [];
    return found;
  }

  // Scan state kept on the instance rather than in a closure: the report path is rare and
  // reads and writes these.
  private found: number[] = [];
  private limit = 0;
  private steps = 0;

  /** One transition (and its report), for the rarer word-break spaces of the scan. */
  private feedSlow(state: number, c: number): number {
    let next = this.child(state, c);
    while (next === NONE && state !== ROOT) {
      state = this.fail[state]!;
      next = this.child(state, c);
      this.steps++;
    }
    this.steps++;
    state = next === NONE ? ROOT : next;
    const o = this.output[state] !== NONE ? state : this.outputLink[state]!;
    if (o !== NONE && this.stamp[o] !== this.generation) this.report(o);
    return state;
  }

  private report(first: number): void {
    const gen = this.generation;
    for (let o = first; o !== NONE && this.stamp[o] !== gen; o = this.outputLink[o]!) {
      this.stamp[o] = gen;
      this.steps++;
      if (this.found.length < this.limit) this.found.push(this.output[o]!);
    }
  }
}
