/**
 * The tables of an Aho–Corasick automaton (aho-corasick.ts) as data: their shape, the tables
 * derived from the edges and links, and a compact image of them that a build step writes into
 * the bundle, so that a waking worker decodes the lexicons' automaton instead of building it.
 * Owns no trie building and no scanning.
 *
 * The image: the nodes renumbered breadth first, with each node's children in label order, so
 * that edge k always leads to node k + 1 and edge targets need not be stored. What is stored,
 * as unsigned LEB128 varints, then base64: a format number, the pattern count, the node count;
 * each node's child count; each edge's label; each node's failure link (a node numbered before
 * it, breadth first); the number of output nodes and, for each, its distance from the previous
 * one and its pattern id. Everything else (root and Latin-1 tables, output links) is derived.
 */

const NONE = -1;
const ROOT = 0;
const IMAGE_FORMAT = 1;

/**
 * Everything a scan reads: the automaton without its per-scan state. Structured-clonable, so
 * that the background can keep a built automaton in IndexedDB and skip building it on wake.
 */
export interface AutomatonTables {
  patternCount: number;
  rootTable: Int32Array;
  edgeStart: Int32Array;
  edgeLabel: Uint16Array;
  edgeTarget: Int32Array;
  fail: Int32Array;
  output: Int32Array;
  outputLink: Int32Array;
  reportFrom: Int32Array;
  latinOffset: Int32Array;
  latinTables: Int32Array;
}

/**
 * The child of `node` labelled `c` among its edges, which are sorted by label (a binary search);
 * NONE when it has none. The root's children are read from `rootTable` instead.
 */
export function searchEdges(t: Pick<AutomatonTables, 'edgeStart' | 'edgeLabel' | 'edgeTarget'>, node: number, c: number): number {
  let lo = t.edgeStart[node]!;
  let hi = t.edgeStart[node + 1]!;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const l = t.edgeLabel[mid]!;
    if (l === c) return t.edgeTarget[mid]!;
    if (l < c) lo = mid + 1;
    else hi = mid;
  }
  return NONE;
}

/** A node with more children than this gets a Latin-1 table (`denseTables`). */
export const NARROW_NODE_CHILDREN = 8;

/**
 * The transition tables that only speed up the scan, derived from the edges: the root's dense
 * 64K table, and a 256-entry Latin-1 table for each node with many children (typically the
 * word-start node after a space), so the common case is one array read instead of a bisection.
 * Their number is at most edges / 9, so the tables cost at most ~0.1 KB per edge.
 */
export function denseTables(
  edgeStart: Int32Array,
  edgeLabel: Uint16Array,
  edgeTarget: Int32Array,
): Pick<AutomatonTables, 'rootTable' | 'latinOffset' | 'latinTables'> {
  const n = edgeStart.length - 1;
  const rootTable = new Int32Array(0x10000).fill(NONE);
  for (let k = edgeStart[ROOT]!; k < edgeStart[ROOT + 1]!; k++) {
    rootTable[edgeLabel[k]!] = edgeTarget[k]!;
  }
  // One pass over the nodes finds the few wide ones (hundreds among hundreds of thousands).
  const latinOffset = new Int32Array(n).fill(NONE);
  const wide: number[] = [];
  for (let node = 1; node < n; node++) if (edgeStart[node + 1]! - edgeStart[node]! > NARROW_NODE_CHILDREN) wide.push(node);
  const latinTables = new Int32Array(wide.length * 256).fill(NONE);
  wide.forEach((node, w) => {
    const offset = w * 256;
    latinOffset[node] = offset;
    for (let k = edgeStart[node]!; k < edgeStart[node + 1]!; k++) {
      const c = edgeLabel[k]!;
      if (c < 256) latinTables[offset + c] = edgeTarget[k]!;
    }
  });
  return { rootTable, latinOffset, latinTables };
}

/**
 * Output links from failure links and outputs. `order`: every node but the root, each after
 * its failure link's target (breadth-first order is one); undefined for nodes numbered so.
 */
export function outputLinks(fail: Int32Array, output: Int32Array, order?: Int32Array): Pick<AutomatonTables, 'outputLink' | 'reportFrom'> {
  const n = fail.length;
  const outputLink = new Int32Array(n).fill(NONE);
  const reportFrom = new Int32Array(n);
  reportFrom[ROOT] = output[ROOT] !== NONE ? ROOT : NONE;
  for (let k = 0; k < n - 1; k++) {
    const node = order === undefined ? k + 1 : order[k]!;
    const target = fail[node]!;
    const link = output[target] !== NONE ? target : outputLink[target]!;
    outputLink[node] = link;
    reportFrom[node] = output[node] !== NONE ? node : link;
  }
  return { outputLink, reportFrom };
}

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Unsigned varints, growing as needed. */
class VarintWriter {
  private bytes = new Uint8Array(1 << 16);
  private length = 0;

  push(value: number): void {
    // Four varint bytes at most: the decoder reads values below 2^28 only.
    if (!Number.isInteger(value) || value < 0 || value >= 2 ** 28) throw new Error(`automaton image: cannot write ${value}`);
    if (this.length + 5 > this.bytes.length) {
      const grown = new Uint8Array(this.bytes.length * 2);
      grown.set(this.bytes);
      this.bytes = grown;
    }
    while (value >= 0x80) {
      this.bytes[this.length++] = (value & 0x7f) | 0x80;
      value >>>= 7;
    }
    this.bytes[this.length++] = value;
  }

  base64(): string {
    let out = '';
    const b = this.bytes;
    for (let i = 0; i < this.length; i += 3) {
      const n = (b[i]! << 16) | ((i + 1 < this.length ? b[i + 1]! : 0) << 8) | (i + 2 < this.length ? b[i + 2]! : 0);
      out += BASE64[(n >>> 18) & 63]! + BASE64[(n >>> 12) & 63]!;
      out += i + 1 < this.length ? BASE64[(n >>> 6) & 63]! : '=';
      out += i + 2 < this.length ? BASE64[n & 63]! : '=';
    }
    return out;
  }
}

/** The image of `t` (see the file comment). Deterministic: equal tables give equal images. */
export function encodeAutomatonImage(t: AutomatonTables): string {
  const n = t.fail.length;
  // Breadth-first numbering: `order[new] = old`.
  const order = new Int32Array(n);
  const renumbered = new Int32Array(n);
  let tail = 1;
  for (let head = 0; head < tail; head++) {
    const node = order[head]!;
    for (let k = t.edgeStart[node]!; k < t.edgeStart[node + 1]!; k++) {
      renumbered[t.edgeTarget[k]!] = tail;
      order[tail++] = t.edgeTarget[k]!;
    }
  }
  if (tail !== n) throw new Error('automaton image: the edges are not a tree');
  const w = new VarintWriter();
  w.push(IMAGE_FORMAT);
  w.push(t.patternCount);
  w.push(n);
  for (let v = 0; v < n; v++) w.push(t.edgeStart[order[v]! + 1]! - t.edgeStart[order[v]!]!);
  for (let v = 0; v < n; v++) for (let k = t.edgeStart[order[v]!]!; k < t.edgeStart[order[v]! + 1]!; k++) w.push(t.edgeLabel[k]!);
  for (let v = 1; v < n; v++) w.push(renumbered[t.fail[order[v]!]!]!);
  let outputs = 0;
  for (let v = 0; v < n; v++) if (t.output[order[v]!] !== NONE) outputs++;
  w.push(outputs);
  let previous = 0;
  for (let v = 0; v < n; v++) {
    const o = t.output[order[v]!]!;
    if (o === NONE) continue;
    w.push(v - previous);
    w.push(o);
    previous = v;
  }
  return w.base64();
}

/** Unsigned integers below 2^28 as base64 varints (the encoding of images, for other tables). */
export function encodeVarints(values: readonly number[]): string {
  const w = new VarintWriter();
  for (const v of values) w.push(v);
  return w.base64();
}

/**
 * The varints of an image, decoded in one tight loop into one array: a waking worker decodes
 * about 750,000 of them. The base64 goes through the platform's `atob`, several times faster
 * than decoding it in script.
 */
export function decodeVarints(image: string): Uint32Array {
  let bytes: string;
  try {
    bytes = atob(image);
  } catch {
    throw new Error('automaton image: not base64');
  }
  // At most one value per byte.
  const values = new Uint32Array(bytes.length);
  let count = 0;
  let value = 0;
  let shift = 0;
  for (let i = 0; i < bytes.length; i++) {
    const byte = bytes.charCodeAt(i);
    value |= (byte & 0x7f) << shift;
    if (byte < 0x80) {
      values[count++] = value;
      value = 0;
      shift = 0;
    } else if ((shift += 7) > 21) throw new Error('automaton image: a value out of range');
  }
  if (shift !== 0) throw new Error('automaton image: cut short');
  return values.subarray(0, count);
}

/**
 * The tables an image stands for. Throws when the image is cut short or of another format; it
 * does not check the tables the way stored ones are checked (an image is part of the build,
 * and a unit test compares it with a fresh build of the same patterns).
 */
export function decodeAutomatonImage(image: string): AutomatonTables {
  const values = decodeVarints(image);
  let at = 0;
  const need = (count: number): void => {
    if (at + count > values.length) throw new Error('automaton image: cut short');
  };
  need(3);
  if (values[at++] !== IMAGE_FORMAT) throw new Error('automaton image: unknown format');
  const patternCount = values[at++]!;
  const n = values[at++]!;
  need(n);
  const edgeStart = new Int32Array(n + 1);
  for (let v = 0; v < n; v++) edgeStart[v + 1] = edgeStart[v]! + values[at++]!;
  const edges = edgeStart[n]!;
  if (edges !== n - 1) throw new Error('automaton image: the edges are not a tree');
  need(2 * edges + 1);
  const edgeLabel = new Uint16Array(values.subarray(at, at + edges));
  at += edges;
  const edgeTarget = new Int32Array(edges);
  for (let k = 0; k < edges; k++) edgeTarget[k] = k + 1;
  const fail = new Int32Array(n);
  fail.set(values.subarray(at, at + edges), 1);
  at += edges;
  const output = new Int32Array(n).fill(NONE);
  const outputs = values[at++]!;
  need(2 * outputs);
  let node = 0;
  for (let k = 0; k < outputs; k++) {
    node += values[at++]!;
    output[node] = values[at++]!;
  }
  if (at !== values.length) throw new Error('automaton image: trailing values');
  return { patternCount, edgeStart, edgeLabel, edgeTarget, fail, output, ...outputLinks(fail, output), ...denseTables(edgeStart, edgeLabel, edgeTarget) };
}
