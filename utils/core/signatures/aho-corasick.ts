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
import { decodeAutomatonImage, denseTables, encodeAutomatonImage, outputLinks, searchEdges, type AutomatonTables } from './automaton-tables';
import { extendTables } from './extend-tables';
import * as tokens from './tokens';

export type { AutomatonTables } from './automaton-tables';

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

/** An automaton's tables as `encodeAutomatonImage` wrote them into generated code. */
export interface CompiledInImage {
  image: string;
}

/** Tables this module made itself (by extension): trusted like a build's. */
const MADE_HERE = Symbol('tables made here');
interface MadeHere {
  [MADE_HERE]: AutomatonTables;
}

/** An automaton that finds two pattern sets in one pass (`AhoCorasick.extendedWith`). */
export interface ExtendedAutomaton {
  automaton: AhoCorasick;
  /** The base's patterns keep their ids; the added automaton's pattern p is `base.patternCount + p`… */
  addedOffset: number;
  /** …except one the base has too: its node reports the base's id, and this maps that id to p. */
  sharedWith: ReadonlyMap<number, number>;
}

type Edges = Pick<AutomatonTables, 'rootTable' | 'edgeStart' | 'edgeLabel' | 'edgeTarget' | 'latinOffset' | 'latinTables'>;

function childOf(t: Edges, node: number, c: number): number {
  if (node === ROOT) return t.rootTable[c]!;
  const latin = t.latinOffset[node]!;
  if (latin !== NONE) return c < 256 ? t.latinTables[latin + c]! : searchEdges(t, node, c);
  // Other nodes have at most 8 children, mostly one: a short linear probe.
  const hi = t.edgeStart[node + 1]!;
  for (let k = t.edgeStart[node]!; k < hi; k++) if (t.edgeLabel[k] === c) return t.edgeTarget[k]!;
  return NONE;
}

/** Builds the tables for `patterns` (pattern ids are their indexes; empty ones are ignored). */
function buildTables(patterns: readonly string[]): AutomatonTables {
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

  // 2. Compact to sorted edge arrays (children of node k at edgeStart[k]..edgeStart[k+1]).
  const edgeStart = new Int32Array(n + 1);
  const edgeLabel = new Uint16Array(Math.max(0, n - 1));
  const edgeTarget = new Int32Array(Math.max(0, n - 1));
  let e = 0;
  const kids: number[] = [];
  for (let node = 0; node < n; node++) {
    edgeStart[node] = e;
    kids.length = 0;
    for (let child = firstChild[node]!; child !== NONE; child = nextSibling[child]!) kids.push(child);
    kids.sort((a, b) => label[a]! - label[b]!);
    for (const child of kids) {
      edgeLabel[e] = label[child]!;
      edgeTarget[e] = child;
      e++;
    }
  }
  edgeStart[n] = e;
  const output = Int32Array.from(out);
  const { rootTable, latinOffset, latinTables } = denseTables(edgeStart, edgeLabel, edgeTarget);

  // 3. Failure and output links, breadth first (a node's links depend on shallower nodes).
  const edges = { rootTable, edgeStart, edgeLabel, edgeTarget, latinOffset, latinTables };
  const fail = new Int32Array(n);
  const queue = new Int32Array(n);
  let head = 0;
  let tail = 0;
  for (let k = edgeStart[ROOT]!; k < edgeStart[ROOT + 1]!; k++) {
    const child = edgeTarget[k]!;
    fail[child] = ROOT;
    queue[tail++] = child;
  }
  while (head < tail) {
    const node = queue[head++]!;
    for (let k = edgeStart[node]!; k < edgeStart[node + 1]!; k++) {
      const child = edgeTarget[k]!;
      const c = edgeLabel[k]!;
      let f = fail[node]!;
      let next = childOf(edges, f, c);
      while (next === NONE && f !== ROOT) {
        f = fail[f]!;
        next = childOf(edges, f, c);
      }
      fail[child] = next === NONE ? ROOT : next;
      queue[tail++] = child;
    }
  }
  const { outputLink, reportFrom } = outputLinks(fail, output, queue);
  return { patternCount: patterns.length, rootTable, edgeStart, edgeLabel, edgeTarget, fail, output, outputLink, reportFrom, latinOffset, latinTables };
}

/**
 * Tables that came from storage, checked so that no scan can read out of bounds or loop: array
 * types and lengths, every index in range, a tree of edges reaching every node once, and every
 * failure link pointing to a shallower node. Throws on the first fault.
 */
function checkTables(t: AutomatonTables): AutomatonTables {
  const need = (holds: boolean, what: string): void => {
    if (!holds) throw new Error(`stored automaton rejected: ${what}`);
  };
  const isInt32 = (a: unknown, length: number): boolean => a instanceof Int32Array && a.length === length;
  need(typeof t === 'object' && t !== null && t.fail instanceof Int32Array && t.fail.length >= 1, 'no node table');
  const n = t.fail.length;
  need(Number.isInteger(t.patternCount) && t.patternCount >= 0, 'pattern count');
  need(isInt32(t.rootTable, 0x10000), 'root table');
  need(isInt32(t.edgeStart, n + 1), 'edge starts');
  const edges = t.edgeStart[n]!;
  need(t.edgeLabel instanceof Uint16Array && t.edgeLabel.length === edges && isInt32(t.edgeTarget, edges), 'edges');
  for (const name of ['output', 'outputLink', 'reportFrom', 'latinOffset'] as const) need(isInt32(t[name], n), name);
  need(t.latinTables instanceof Int32Array && t.latinTables.length % 256 === 0, 'Latin-1 tables');
  const node = (v: number): boolean => v >= 0 && v < n;
  const nodeOrNone = (v: number): boolean => v === NONE || node(v);
  need(t.rootTable.every(nodeOrNone) && t.latinTables.every(nodeOrNone), 'a transition out of range');
  // Breadth first over the edges: each node reached exactly once gives every node its depth.
  const depth = new Int32Array(n).fill(-1);
  const queue = new Int32Array(n);
  depth[ROOT] = 0;
  let tail = 1;
  for (let head = 0; head < tail; head++) {
    const from = queue[head]!;
    const lo = t.edgeStart[from]!;
    const hi = t.edgeStart[from + 1]!;
    need(lo >= 0 && lo <= hi && hi <= edges, 'edge starts out of order');
    for (let k = lo; k < hi; k++) {
      const to = t.edgeTarget[k]!;
      need(node(to) && to !== ROOT && depth[to] === -1, 'edges that are not a tree');
      depth[to] = depth[from]! + 1;
      queue[tail++] = to;
    }
  }
  need(tail === n, 'nodes no edge reaches');
  for (let v = 1; v < n; v++) {
    need(node(t.fail[v]!) && depth[t.fail[v]!]! < depth[v]!, 'a failure link that does not shorten');
    need(nodeOrNone(t.outputLink[v]!) && nodeOrNone(t.reportFrom[v]!), 'an output link out of range');
    const o = t.output[v]!;
    need(o === NONE || (o >= 0 && o < t.patternCount), 'a pattern id out of range');
    const latin = t.latinOffset[v]!;
    need(latin === NONE || (latin >= 0 && latin % 256 === 0 && latin + 256 <= t.latinTables.length), 'a Latin-1 table out of range');
  }
  need(t.output[ROOT] === NONE && nodeOrNone(t.reportFrom[ROOT]!) && nodeOrNone(t.outputLink[ROOT]!), 'the root');
  return t;
}

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
  /** The transition tables, for the functions shared with building. */
  private readonly edges: Edges;
  /** Whether the nodes are numbered breadth first (as an image decodes), which extending needs. */
  private readonly breadthFirst: boolean;
  /** This automaton's tables numbered breadth first, made on the first extension when it is not. */
  private renumbered: AutomatonTables | undefined;
  private generation = 0;
  /** Statistics of the most recent scan, for tests and benchmarks. */
  lastScan: ScanStats = { steps: 0, fed: 0 };

  /**
   * Patterns are taken as given (empty ones are ignored); pattern ids are their indexes.
   * Duplicate patterns: the last one wins, so callers should deduplicate first. Or tables an
   * earlier automaton gave (`tables()`), from storage: checked, and refused with an error when
   * they could make a scan misbehave. Or the image of tables that the build wrote into the code
   * (automaton-tables.ts): decoded, not checked (it is code, and a unit test checks it).
   */
  constructor(source: readonly string[] | AutomatonTables | CompiledInImage | MadeHere) {
    const t = Array.isArray(source)
      ? buildTables(source as readonly string[])
      : MADE_HERE in source
        ? source[MADE_HERE]
        : 'image' in source
          ? decodeAutomatonImage(source.image)
          : checkTables(source as AutomatonTables);
    this.breadthFirst = !Array.isArray(source) && !(MADE_HERE in source) && 'image' in source;
    this.patternCount = t.patternCount;
    this.nodeCount = t.fail.length;
    this.rootTable = t.rootTable;
    this.edgeStart = t.edgeStart;
    this.edgeLabel = t.edgeLabel;
    this.edgeTarget = t.edgeTarget;
    this.fail = t.fail;
    this.output = t.output;
    this.outputLink = t.outputLink;
    this.reportFrom = t.reportFrom;
    this.latinOffset = t.latinOffset;
    this.latinTables = t.latinTables;
    this.stamp = new Uint32Array(this.nodeCount);
    this.edges = { rootTable: t.rootTable, edgeStart: t.edgeStart, edgeLabel: t.edgeLabel, edgeTarget: t.edgeTarget, latinOffset: t.latinOffset, latinTables: t.latinTables };
  }

  /** The tables, to store (the automaton's own arrays: the caller must not change them). */
  tables(): AutomatonTables {
    const { patternCount, rootTable, edgeStart, edgeLabel, edgeTarget, fail, output, outputLink, reportFrom, latinOffset, latinTables } = this;
    return { patternCount, rootTable, edgeStart, edgeLabel, edgeTarget, fail, output, outputLink, reportFrom, latinOffset, latinTables };
  }

  /**
   * A new automaton that finds this one's patterns and `added`'s in one pass; neither is
   * changed (extend-tables.ts). Costs a copy of this automaton's tables: meant for a large
   * base that comes prepared (the lexicons') and a small, changing addition (the lists').
   */
  extendedWith(added: AhoCorasick): ExtendedAutomaton {
    // Renumbering through an image is for bases built here (tests, lexicons compiled at run
    // time); the prepared one decodes numbered so.
    const base = this.breadthFirst ? this.tables() : (this.renumbered ??= decodeAutomatonImage(encodeAutomatonImage(this.tables())));
    const { tables, sharedWith } = extendTables(base, added.tables());
    return { automaton: new AhoCorasick({ [MADE_HERE]: tables }), addedOffset: this.patternCount, sharedWith };
  }

  private child(node: number, c: number): number {
    return childOf(this.edges, node, c);
  }

  private bisect(node: number, c: number): number {
    return searchEdges(this.edges, node, c);
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
