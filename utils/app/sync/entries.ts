/**
 * How a verified list is laid out for the background's store: the exact-key entries (payment
 * addresses, sender addresses and domains — the bulk of a list) become rows looked up by key,
 * and the small text part (campaigns, content signatures, display-name patterns) is kept
 * whole and rebuilt into the engine's text index in memory. Keys come from the engine's own
 * index builder, so the store and the in-memory engine can never disagree on key shapes.
 * Also the digest that lets the background notice a damaged store. Pure; stores nothing.
 *
 * Exact rows are stored in buckets (a few hundred keys per IndexedDB record, chosen by a hash of
 * the key), not one record per key: browsers pay a fixed cost per IndexedDB record, which made
 * importing 100,000 single-key records take tens of seconds in Chromium, while a lookup reads
 * only the few buckets its keys fall into.
 */
import { buildMatchIndex } from '../../core/engine/index';
import type { SignatureList } from '../../core/list/schema';
import { sha256Hex, utf8 } from '../../core/signing/bytes';

export type ExactRow = { key: string; campaignId: string };

export type SplitList = {
  rows: ExactRow[];
  /** The list without its exact entries: what the in-memory text index is built from. */
  text: SignatureList;
};

export function splitList(list: SignatureList): SplitList {
  const index = buildMatchIndex([list]);
  const { provenance } = index.text;
  const rows: ExactRow[] = [];
  for (const [key, found] of index.exact) {
    if (typeof found === 'number') rows.push({ key, campaignId: provenance[found]!.campaignId });
    else for (const p of found) rows.push({ key, campaignId: provenance[p]!.campaignId });
  }
  const text: SignatureList = {
    ...list,
    payments: [],
    senders: list.senders.filter((s) => s.match === 'display-name'),
  };
  return { rows, text };
}

export type Bucket = { bucket: number; keys: string[]; campaigns: string[] };

/** Keys per bucket aimed for: small enough to read in well under a millisecond, few enough records to write fast. */
export const KEYS_PER_BUCKET = 400;
const MAX_BUCKETS = 4096;

export const bucketCountFor = (rows: number): number => Math.min(MAX_BUCKETS, Math.max(1, Math.ceil(rows / KEYS_PER_BUCKET)));

/** FNV-1a of the key, reduced to a bucket number; the same on every run and in every browser. */
export function bucketOf(key: string, bucketCount: number): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193);
  return (h >>> 0) % bucketCount;
}

export function toBuckets(rows: readonly ExactRow[], bucketCount: number): Bucket[] {
  const buckets = new Map<number, Bucket>();
  for (const row of rows) {
    const b = bucketOf(row.key, bucketCount);
    let bucket = buckets.get(b);
    if (bucket === undefined) {
      bucket = { bucket: b, keys: [], campaigns: [] };
      buckets.set(b, bucket);
    }
    bucket.keys.push(row.key);
    bucket.campaigns.push(row.campaignId);
  }
  return [...buckets.values()];
}

/** The rows of a bucket whose key is `key`. */
export function* rowsIn(bucket: Pick<Bucket, 'keys' | 'campaigns'>): Generator<ExactRow> {
  for (let i = 0; i < bucket.keys.length; i++) yield { key: bucket.keys[i]!, campaignId: bucket.campaigns[i] ?? '' };
}

/**
 * An order-independent digest of the rows plus a SHA-256 of the text part. It detects damage
 * (a changed, lost or extra row), not an attacker who can rewrite the profile — such an
 * attacker could rewrite the digest too. Two FNV-1a sums keep it cheap enough for every wake.
 */
export class EntryDigest {
  private count = 0;
  private sumA = 0;
  private sumB = 0;

  add(row: ExactRow): void {
    const text = `${row.key}\u0000${row.campaignId}`;
    let a = 0x811c9dc5;
    let b = 0x01000193 ^ text.length;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      a = Math.imul(a ^ c, 0x01000193);
      b = Math.imul(b ^ c, 0x5bd1e995) ^ (b >>> 15);
    }
    this.sumA = (this.sumA + (a >>> 0)) >>> 0;
    this.sumB = (this.sumB + (b >>> 0)) >>> 0;
    this.count++;
  }

  finish(textPart: string): string {
    return `${this.count}:${this.sumA.toString(16)}:${this.sumB.toString(16)}:${sha256Hex(utf8(textPart)).slice(0, 32)}`;
  }
}

export function digestOf(rows: Iterable<ExactRow>, textPart: string): string {
  const digest = new EntryDigest();
  for (const row of rows) digest.add(row);
  return digest.finish(textPart);
}
