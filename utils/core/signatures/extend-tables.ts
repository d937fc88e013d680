/**
 * Adds one automaton's patterns to another's tables: a copy of the base with the added trie's
 * nodes that it lacks appended (numbered after its own), the links that change recomputed, so
 * that one automaton finds both pattern sets in one pass. The lexicons' automaton comes
 * prepared with the build; the lists' patterns, which change at every sync, are added to it
 * once a matcher has read enough text (matcher.ts).
 * Never changes the tables it is given: a later sync extends the pristine base again, so a
 * pattern a list dropped is gone. Owns only the tables, not scanning.
 *
 * Which failure links change: a node's link is the longest proper suffix of its string that is
 * a node, found by walking its parent's failure chain for a child with the node's label. That
 * walk can end elsewhere than before only where the chain passes a node that gained a child of
 * that label, or a node whose own link changed. Each node carries a mask of what its chain
 * passed (the labels of new children hashed to 30 bits, a bit for "a link changed" and one for
 * "an output changed"); every other node keeps its links without a walk. The pass over all
 * nodes remains, depth by depth (a link leads to a shallower node), but it is one loop over the
 * edges doing a few array reads per node: the base must be numbered breadth first, as an image
 * decodes, so that each depth's nodes and edges are one run.
 */
import { NARROW_NODE_CHILDREN, searchEdges, type AutomatonTables } from './automaton-tables';

const NONE = -1;
const ROOT = 0;

export interface ExtendedTables {
  tables: AutomatonTables;
  /**
   * Pattern p of the added automaton has id `base.patternCount + p`, unless the base has the
   * same pattern: then that node reports the base's id only, and `sharedWith.get(baseId)` is p.
   */
  sharedWith: ReadonlyMap<number, number>;
}

/** The child of `node` labelled `c`, or NONE (children are sorted by label). */
function childIn(t: Pick<AutomatonTables, 'rootTable' | 'edgeStart' | 'edgeLabel' | 'edgeTarget'>, node: number, c: number): number {
  return node === ROOT ? t.rootTable[c]! : searchEdges(t, node, c);
}

/** Where the added trie's nodes went: new nodes are numbered breadth first from `base`'s count. */
interface Insertion {
  /** Label and depth of new node n + k. */
  newLabel: number[];
  newDepth: number[];
  /** First child of new node n + k (its children are numbered consecutively), and how many. */
  newKidStart: number[];
  newKidCount: number[];
  /** Old nodes that gained children: node → [label, child, label, child…] in label order. */
  grownKids: Map<number, number[]>;
  /** Merged node of each added node. */
  mergedOf: Int32Array;
}

function insert(base: AutomatonTables, added: AutomatonTables, depthOf: (v: number) => number): Insertion {
  const n = base.fail.length;
  const an = added.fail.length;
  const mergedOf = new Int32Array(an);
  const newLabel: number[] = [];
  const newDepth: number[] = [];
  const newKidStart: number[] = [];
  const newKidCount: number[] = [];
  const grownKids = new Map<number, number[]>();
  const queue = new Int32Array(an);
  let tail = 1;
  let next = n;
  for (let head = 0; head < tail; head++) {
    const a = queue[head]!;
    const m = mergedOf[a]!;
    if (m >= n) newKidStart[m - n] = next;
    for (let e = added.edgeStart[a]!; e < added.edgeStart[a + 1]!; e++) {
      const c = added.edgeLabel[e]!;
      let mk = m < n ? childIn(base, m, c) : NONE;
      if (mk === NONE) {
        mk = next++;
        newLabel.push(c);
        newDepth.push((m < n ? depthOf(m) : newDepth[m - n]!) + 1);
        newKidStart.push(0);
        newKidCount.push(0);
        if (m >= n) newKidCount[m - n]!++;
        else {
          let kids = grownKids.get(m);
          if (kids === undefined) grownKids.set(m, (kids = []));
          kids.push(c, mk);
        }
      }
      const ak = added.edgeTarget[e]!;
      mergedOf[ak] = mk;
      queue[tail++] = ak;
    }
  }
  return { newLabel, newDepth, newKidStart, newKidCount, grownKids, mergedOf };
}

/** The extended edge arrays: old runs copied in blocks, grown nodes' runs merged, new nodes last. */
function edgesOf(base: AutomatonTables, ins: Insertion, grown: readonly number[]): Pick<AutomatonTables, 'edgeStart' | 'edgeLabel' | 'edgeTarget'> {
  const n = base.fail.length;
  const total = n + ins.newLabel.length;
  const edgeStart = new Int32Array(total + 1);
  const edgeLabel = new Uint16Array(total - 1);
  const edgeTarget = new Int32Array(total - 1);
  let shift = 0;
  let from = 0;
  const copyUpTo = (end: number): void => {
    const lo = base.edgeStart[from]!;
    const hi = base.edgeStart[end]!;
    edgeLabel.set(base.edgeLabel.subarray(lo, hi), lo + shift);
    edgeTarget.set(base.edgeTarget.subarray(lo, hi), lo + shift);
    for (let v = from; v < end; v++) edgeStart[v] = base.edgeStart[v]! + shift;
  };
  for (const node of grown) {
    copyUpTo(node);
    let at = base.edgeStart[node]! + shift;
    edgeStart[node] = at;
    const kids = ins.grownKids.get(node)!;
    let k = 0;
    for (let e = base.edgeStart[node]!; e < base.edgeStart[node + 1]!; e++) {
      const l = base.edgeLabel[e]!;
      for (; k < kids.length && kids[k]! < l; k += 2, at++) {
        edgeLabel[at] = kids[k]!;
        edgeTarget[at] = kids[k + 1]!;
      }
      edgeLabel[at] = l;
      edgeTarget[at++] = base.edgeTarget[e]!;
    }
    for (; k < kids.length; k += 2, at++) {
      edgeLabel[at] = kids[k]!;
      edgeTarget[at] = kids[k + 1]!;
    }
    shift += kids.length / 2;
    from = node + 1;
  }
  copyUpTo(n);
  let at = base.edgeStart[n]! + shift;
  for (let v = n; v < total; v++) {
    edgeStart[v] = at;
    const first = ins.newKidStart[v - n]!;
    for (let kid = first; kid < first + ins.newKidCount[v - n]!; kid++) {
      edgeLabel[at] = ins.newLabel[kid - n]!;
      edgeTarget[at++] = kid;
    }
  }
  edgeStart[total] = at;
  return { edgeStart, edgeLabel, edgeTarget };
}

/** The root and Latin-1 tables of `denseTables`, from the base's copies and the nodes that changed. */
function denseOf(
  base: AutomatonTables,
  edges: Pick<AutomatonTables, 'edgeStart' | 'edgeLabel' | 'edgeTarget'>,
  changed: readonly number[],
): Pick<AutomatonTables, 'rootTable' | 'latinOffset' | 'latinTables'> {
  const n = base.fail.length;
  const total = edges.edgeStart.length - 1;
  const rootTable = base.rootTable.slice();
  const latinOffset = new Int32Array(total);
  latinOffset.set(base.latinOffset);
  latinOffset.fill(NONE, n);
  const wide = changed.filter((v) => v !== ROOT && edges.edgeStart[v + 1]! - edges.edgeStart[v]! > NARROW_NODE_CHILDREN);
  const fresh = wide.filter((v) => v >= n || base.latinOffset[v] === NONE);
  const latinTables = new Int32Array(base.latinTables.length + fresh.length * 256);
  latinTables.set(base.latinTables);
  latinTables.fill(NONE, base.latinTables.length);
  fresh.forEach((v, k) => (latinOffset[v] = base.latinTables.length + k * 256));
  for (const v of changed) {
    for (let e = edges.edgeStart[v]!; e < edges.edgeStart[v + 1]!; e++) {
      const c = edges.edgeLabel[e]!;
      if (v === ROOT) rootTable[c] = edges.edgeTarget[e]!;
      else if (latinOffset[v] !== NONE && c < 256) latinTables[latinOffset[v]! + c] = edges.edgeTarget[e]!;
    }
  }
  return { rootTable, latinOffset, latinTables };
}

/**
 * The failure link of a node labelled `c` whose parent's link is `f`: the first node on the
 * chain from `f` with a child labelled `c`. Arrays as arguments and the edge search written
 * out, not `searchEdges` on a tables object: called from a loop that runs once per node of the
 * lexicons' automaton (about 244,000) when a matcher extends, often before the engine has
 * warmed up to this code, where a property read the loop had not seen yet sent it back to the
 * interpreter.
 */
function walk(fail: Int32Array, rootTable: Int32Array, edgeStart: Int32Array, edgeLabel: Uint16Array, edgeTarget: Int32Array, f: number, c: number): number {
  for (;;) {
    if (f === ROOT) {
      const next = rootTable[c]!;
      return next === NONE ? ROOT : next;
    }
    let lo = edgeStart[f]!;
    let hi = edgeStart[f + 1]!;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const l = edgeLabel[mid]!;
      if (l === c) return edgeTarget[mid]!;
      if (l < c) lo = mid + 1;
      else hi = mid;
    }
    f = fail[f]!;
  }
}

/**
 * Where each depth starts among the base's nodes, numbered breadth first: the nodes of one
 * depth are a run of numbers, and with edge k leading to node k + 1 the next run ends where
 * the edges of this one end. Also the end of the last run (the node count).
 */
function levelStarts(base: AutomatonTables): number[] {
  const n = base.fail.length;
  const starts = [0];
  for (let end = 1; ; ) {
    starts.push(end);
    if (end >= n) return starts;
    end = base.edgeStart[end]! + 1;
  }
}

/** The depth of old node `v`, from `levelStarts`. */
function depthIn(starts: readonly number[], v: number): number {
  let lo = 0;
  let hi = starts.length - 2;
  while (lo < hi) {
    const mid = (lo + hi + 1) >>> 1;
    if (starts[mid]! <= v) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Bits of a node's chain mask (see the file comment): labels of new children hash to bits 0–29. */
const LABELS = 30;
const OUTPUT_CHANGED = 1 << 30;
const LINK_CHANGED = 1 << 31;

/** The extended tables that `links` reads and writes, as locals for its per-node loop. */
interface LinkTables {
  /** Nodes below this number are the base's. */
  n: number;
  baseFail: Int32Array;
  rootTable: Int32Array;
  edgeStart: Int32Array;
  edgeLabel: Uint16Array;
  edgeTarget: Int32Array;
  output: Int32Array;
  ownMask: Int32Array;
  fail: Int32Array;
  chain: Int32Array;
  outputLink: Int32Array;
  reportFrom: Int32Array;
}

/**
 * The links of the nodes that edges `from`..`to` lead to, `node` being the first edge's
 * parent (edges are stored in their parents' order): walked where the parent's chain mask says
 * they may differ, else the base's; output links made again where an output on the chain
 * changed. One loop over edges with the arrays as locals: it runs over every node when a
 * matcher extends, often before the engine has warmed up to it, and a call or closure per node
 * cost more than the work.
 */
function linkRange(t: LinkTables, node: number, from: number, to: number): void {
  const { n, baseFail, rootTable, edgeStart, edgeLabel, edgeTarget, output, ownMask, fail, chain, outputLink, reportFrom } = t;
  for (let e = from; e < to; e++) {
    while (edgeStart[node + 1]! <= e) node++;
    const kid = edgeTarget[e]!;
    let mask = ownMask[kid]!;
    let link: number;
    if (kid < n && (chain[node]! & (LINK_CHANGED | (1 << edgeLabel[e]! % LABELS))) === 0) link = baseFail[kid]!;
    else {
      link = node === ROOT ? ROOT : walk(fail, rootTable, edgeStart, edgeLabel, edgeTarget, fail[node]!, edgeLabel[e]!);
      fail[kid] = link;
      if (kid >= n || link !== baseFail[kid]) mask |= LINK_CHANGED | OUTPUT_CHANGED;
    }
    mask |= chain[link]!;
    chain[kid] = mask;
    if ((mask & OUTPUT_CHANGED) !== 0) {
      const out = output[link] !== NONE ? link : outputLink[link]!;
      outputLink[kid] = out;
      reportFrom[kid] = output[kid] !== NONE ? kid : out;
    }
  }
}

/**
 * Failure and output links, depth by depth (the base's nodes of one depth are a run of
 * numbers; the new ones come in their own lists). `ownMask[v]`: label bits of the children v
 * gained (every bit for a new node), and OUTPUT_CHANGED when v has an output it did not have.
 */
function links(
  base: AutomatonTables,
  starts: readonly number[],
  newByDepth: readonly number[][],
  t: Pick<AutomatonTables, 'rootTable' | 'edgeStart' | 'edgeLabel' | 'edgeTarget' | 'output'>,
  ownMask: Int32Array,
): Pick<AutomatonTables, 'fail' | 'outputLink' | 'reportFrom'> {
  const n = base.fail.length;
  const total = t.edgeStart.length - 1;
  const fail = new Int32Array(total);
  fail.set(base.fail);
  const outputLink = new Int32Array(total);
  outputLink.set(base.outputLink);
  const reportFrom = new Int32Array(total);
  reportFrom.set(base.reportFrom);
  const chain = new Int32Array(total);
  chain[ROOT] = ownMask[ROOT]!;
  const lt: LinkTables = { n, baseFail: base.fail, rootTable: t.rootTable, edgeStart: t.edgeStart, edgeLabel: t.edgeLabel, edgeTarget: t.edgeTarget, output: t.output, ownMask, fail, chain, outputLink, reportFrom };
  const depths = Math.max(starts.length - 1, newByDepth.length);
  for (let d = 0; d < depths; d++) {
    // The base's nodes of this depth, whose edges are one run.
    if (d + 1 < starts.length) linkRange(lt, starts[d]!, t.edgeStart[starts[d]!]!, t.edgeStart[starts[d + 1]!]!);
    const fresh = d < newByDepth.length ? newByDepth[d] : undefined;
    if (fresh !== undefined) for (let k = 0; k < fresh.length; k++) linkRange(lt, fresh[k]!, t.edgeStart[fresh[k]!]!, t.edgeStart[fresh[k]! + 1]!);
  }
  return { fail, outputLink, reportFrom };
}

/**
 * `base` with the patterns of `added` (see the file comment); neither is changed. The base's
 * nodes must be numbered breadth first, as an image decodes (`AhoCorasick.extendedWith` sees to it).
 */
export function extendTables(base: AutomatonTables, added: AutomatonTables): ExtendedTables {
  const n = base.fail.length;
  const starts = levelStarts(base);
  const ins = insert(base, added, (v) => depthIn(starts, v));
  const total = n + ins.newLabel.length;
  const grown = [...ins.grownKids.keys()].sort((a, b) => a - b);
  const edges = edgesOf(base, ins, grown);
  const changed = grown.slice();
  for (let v = n; v < total; v++) changed.push(v);
  const dense = denseOf(base, edges, changed);

  const ownMask = new Int32Array(total);
  for (const [node, kids] of ins.grownKids) for (let k = 0; k < kids.length; k += 2) ownMask[node]! |= 1 << kids[k]! % LABELS;
  for (let v = n; v < total; v++) ownMask[v] = ~0;
  const output = new Int32Array(total).fill(NONE);
  output.set(base.output);
  const sharedWith = new Map<number, number>();
  for (let a = 0; a < added.fail.length; a++) {
    const p = added.output[a]!;
    if (p === NONE) continue;
    const m = ins.mergedOf[a]!;
    if (output[m] !== NONE) sharedWith.set(output[m]!, p);
    else {
      output[m] = base.patternCount + p;
      ownMask[m]! |= OUTPUT_CHANGED;
    }
  }
  const newByDepth: number[][] = [];
  ins.newDepth.forEach((d, k) => (newByDepth[d] ??= []).push(n + k));
  const tables = { ...edges, ...dense, output };
  return {
    tables: { patternCount: base.patternCount + added.patternCount, ...tables, ...links(base, starts, newByDepth, tables, ownMask) },
    sharedWith,
  };
}
