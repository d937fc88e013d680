/**
 * The Dexie implementation of the sync's ListStore, plus what the background needs to answer
 * lookups: exact-key hits straight from IndexedDB, the text parts for the in-memory index, and
 * the worker-start integrity check. Installing a version is one transaction (delete the old
 * buckets, write the new, write the state), so a worker killed half-way leaves the old version.
 */
import type { ExactHits, Provenance } from '../../utils/core/engine/index';
import { SignatureListSchema, type SignatureList } from '../../utils/core/list/schema';
import { EntryDigest, bucketCountFor, bucketOf, rowsIn, splitList, toBuckets } from '../../utils/app/sync/entries';
import { SourceStateSchema, emptyState, isAboveFloor, maxFloor, type SourceState } from '../../utils/app/sync/state';
import type { CheckRecord, InstallRequest, InstallResult, ListStore } from '../../utils/app/sync/store';
import type { BucketRow, VahtiDb } from './db';
import { z } from 'zod';
import type { AutomatonTables } from '../../utils/core/signatures/aho-corasick';
import type { StoredAutomaton } from '../../utils/core/signatures/matcher';

/** The `meta` row holding the text index's built automaton (one, replaced when the patterns change). */
const AUTOMATON_ROW = 'text-automaton';

// The key and an object only: the automaton checks every table itself (types, lengths, bounds,
// tree, failure links; aho-corasick.ts), and refuses, with a reason the service logs.
const StoredAutomatonSchema = z.object({
  key: z.string().regex(/^[0-9a-f]{64}$/),
  tables: z.custom<AutomatonTables>((tables) => typeof tables === 'object' && tables !== null),
});

/** What a lookup needs to know about one installed source. */
export type LookupSource = { sourceId: string; bucketCount: number; listId: string; listVersion: number };

export type InstallMode =
  /** Only above the floor (or the floor version itself when the installed copy is below it). */
  | 'update'
  /** The bundled list as a floor of protection: installed even below the floor, which it never lowers. */
  | 'fallback';

/** Buckets kept in memory after a lookup read them (about 400 keys each): repeat senders and domains skip IndexedDB. */
const BUCKET_CACHE_SIZE = 128;

export class DexieListStore implements ListStore {
  /** Least recently used first; cleared whenever a source's buckets change. */
  private readonly bucketCache = new Map<string, BucketRow | null>();
  /** Bumped by every write, so that a read that raced a write is not cached. */
  private generation = 0;

  constructor(private readonly db: VahtiDb) {}

  /** The automaton stored by `saveAutomaton`, if there is one of the right shape. */
  async storedAutomaton(): Promise<StoredAutomaton | undefined> {
    const parsed = StoredAutomatonSchema.safeParse((await this.db.meta.get(AUTOMATON_ROW))?.value);
    return parsed.success ? parsed.data : undefined;
  }

  /** Keeps a built automaton for the next wake (replacing the one stored before). */
  async saveAutomaton(automaton: StoredAutomaton): Promise<void> {
    await this.db.meta.put({ key: AUTOMATON_ROW, value: automaton });
  }

  /** Changes whenever installed lists change: an index built at an older generation is stale. */
  get writeGeneration(): number {
    return this.generation;
  }

  async getState(sourceId: string): Promise<SourceState | undefined> {
    const raw = await this.db.sources.get(sourceId);
    if (raw === undefined) return undefined;
    const parsed = SourceStateSchema.safeParse(raw);
    // A record that no longer parses is damage; the integrity check will reinstall.
    return parsed.success ? parsed.data : { ...emptyState(sourceId), floor: SourceStateSchema.shape.floor.safeParse(raw.floor).data };
  }

  async allStates(): Promise<SourceState[]> {
    const rows = await this.db.sources.toArray();
    return rows.flatMap((raw) => {
      const parsed = SourceStateSchema.safeParse(raw);
      return parsed.success ? [parsed.data] : [];
    });
  }

  async install(request: InstallRequest, mode: InstallMode = 'update'): Promise<InstallResult> {
    const { sourceId, list, manifest } = request;
    const candidate = { keyEpoch: manifest.keyEpoch, version: manifest.version };
    const started = performance.now();
    // The expensive part (key derivation) happens before the transaction opens.
    const split = splitList(list);
    const textJson = JSON.stringify(split.text);
    const digest = new EntryDigest();
    for (const row of split.rows) digest.add(row);
    const digestText = digest.finish(textJson);
    const bucketCount = bucketCountFor(split.rows.length);
    const buckets = toBuckets(split.rows, bucketCount).map((b) => ({ sourceId, ...b }));

    this.forgetCached();
    const result = await this.db.transaction('rw', this.db.buckets, this.db.textParts, this.db.sources, async (): Promise<InstallResult> => {
      const state = (await this.getState(sourceId)) ?? emptyState(sourceId);
      const installed = state.installed ? { keyEpoch: state.installed.keyEpoch, version: state.installed.version } : undefined;
      const refillsFloor =
        state.floor !== undefined &&
        candidate.keyEpoch === state.floor.keyEpoch &&
        candidate.version === state.floor.version &&
        (installed === undefined || isAboveFloor(candidate, installed));
      const allowed =
        mode === 'fallback' ? true : isAboveFloor(candidate, state.floor) || refillsFloor;
      if (!allowed) return 'superseded';

      await this.db.buckets.where('sourceId').equals(sourceId).delete();
      await this.db.buckets.bulkPut(buckets);
      await this.db.textParts.put({ sourceId, json: textJson });
      const next: SourceState = {
        ...state,
        installed: {
          listId: manifest.listId,
          name: list.name,
          keyEpoch: manifest.keyEpoch,
          version: manifest.version,
          generatedAt: manifest.generatedAt,
          expires: manifest.expires,
          minWaitSeconds: manifest.minWaitSeconds,
          sha256: manifest.list.sha256,
          entryCount: split.rows.length,
          bucketCount,
          digest: digestText,
          installedAt: request.now,
          origin: request.origin,
        },
        floor: maxFloor(state.floor, candidate),
        manifestBytes: request.manifestBytes,
        etag: request.origin === 'network' ? request.etag : undefined,
      };
      await this.db.sources.put(next);
      return 'installed';
    });
    this.forgetCached();
    if (result === 'installed') {
      // Measured after the commit, so it includes the browser writing the data out.
      await this.db.sources.update(sourceId, { 'installed.importMs': Math.round(performance.now() - started) });
    }
    return result;
  }

  async recordCheck(sourceId: string, record: CheckRecord): Promise<void> {
    await this.db.transaction('rw', this.db.sources, async () => {
      const state = (await this.getState(sourceId)) ?? emptyState(sourceId);
      await this.db.sources.put({ ...state, ...record });
    });
  }

  private forgetCached(): void {
    this.generation++;
    this.bucketCache.clear();
  }

  /** Drops a damaged source's list but keeps its floor and bookkeeping, so a sync refetches the floor version. */
  async clearInstalled(sourceId: string): Promise<void> {
    this.forgetCached();
    await this.db.transaction('rw', this.db.buckets, this.db.textParts, this.db.sources, async () => {
      const state = (await this.getState(sourceId)) ?? emptyState(sourceId);
      await this.db.buckets.where('sourceId').equals(sourceId).delete();
      await this.db.textParts.delete(sourceId);
      await this.db.sources.put({ ...state, installed: undefined, manifestBytes: undefined, etag: undefined });
    });
  }

  /** Removes a source's list and state (a user removed the list). */
  async remove(sourceId: string): Promise<void> {
    this.forgetCached();
    await this.db.transaction('rw', this.db.buckets, this.db.textParts, this.db.sources, async () => {
      await this.db.buckets.where('sourceId').equals(sourceId).delete();
      await this.db.textParts.delete(sourceId);
      await this.db.sources.delete(sourceId);
    });
  }

  /** The text parts of the installed lists, for the in-memory text index. */
  async textParts(sourceIds: readonly string[]): Promise<Map<string, SignatureList>> {
    const rows = await this.db.textParts.bulkGet([...sourceIds]);
    const out = new Map<string, SignatureList>();
    for (const row of rows) {
      if (!row) continue;
      const parsed = SignatureListSchema.safeParse(safeJson(row.json));
      if (parsed.success) out.set(row.sourceId, parsed.data);
    }
    return out;
  }

  /**
   * Exact-key hits from IndexedDB: reads only the buckets the keys fall into, for each
   * installed source (`sources`: id, bucket count and provenance of its installed list).
   */
  async lookup(keys: readonly string[], sources: readonly LookupSource[]): Promise<ExactHits> {
    const hits = new Map<string, Provenance[]>();
    if (keys.length === 0 || sources.length === 0) return hits;
    const wanted: [string, number][] = [];
    const buckets: BucketRow[] = [];
    const seen = new Set<string>();
    for (const source of sources) {
      for (const key of keys) {
        const b = bucketOf(key, source.bucketCount);
        const id = `${source.sourceId}\u0000${source.bucketCount}\u0000${b}`;
        if (seen.has(id)) continue;
        seen.add(id);
        const cached = this.bucketCache.get(id);
        if (cached === undefined) {
          wanted.push([source.sourceId, b]);
          continue;
        }
        // Refresh its place in the LRU order.
        this.bucketCache.delete(id);
        this.bucketCache.set(id, cached);
        if (cached !== null) buckets.push(cached);
      }
    }
    const bySource = new Map(sources.map((s) => [s.sourceId, s]));
    const keySet = new Set(keys);
    if (wanted.length > 0) {
      const generation = this.generation;
      const read = await this.db.buckets.bulkGet(wanted);
      const cacheable = generation === this.generation;
      read.forEach((bucket, i) => {
        const [sourceId, b] = wanted[i]!;
        if (cacheable) this.bucketCache.set(`${sourceId}\u0000${bySource.get(sourceId)!.bucketCount}\u0000${b}`, bucket ?? null);
        if (bucket !== undefined) buckets.push(bucket);
      });
      while (this.bucketCache.size > BUCKET_CACHE_SIZE) this.bucketCache.delete(this.bucketCache.keys().next().value!);
    }
    for (const bucket of buckets) {
      const source = bySource.get(bucket.sourceId);
      if (source === undefined) continue;
      for (let i = 0; i < bucket.keys.length; i++) {
        const key = bucket.keys[i]!;
        if (!keySet.has(key)) continue;
        const p: Provenance = { campaignId: bucket.campaigns[i] ?? '', listId: source.listId, listVersion: source.listVersion };
        const list = hits.get(key);
        if (list === undefined) hits.set(key, [p]);
        else if (!list.some((q) => q.listId === p.listId && q.campaignId === p.campaignId)) list.push(p);
      }
    }
    return hits;
  }

  /** Every stored exact key of a source (tests and diagnostics). */
  async keysOf(sourceId: string): Promise<string[]> {
    const buckets = await this.db.buckets.where('sourceId').equals(sourceId).toArray();
    return buckets.flatMap((b) => b.keys);
  }

  /** Recomputes the digest of a source's stored rows and text part; true when it matches the installed record. */
  async verifyIntegrity(sourceId: string): Promise<boolean> {
    const state = await this.getState(sourceId);
    if (state?.installed === undefined) return false;
    const text = await this.db.textParts.get(sourceId);
    if (text === undefined) return false;
    const digest = new EntryDigest();
    const buckets = await this.db.buckets.where('sourceId').equals(sourceId).toArray();
    for (const bucket of buckets) {
      // A row in the wrong bucket could never be found: that is damage too.
      if (bucket.keys.length !== bucket.campaigns.length) return false;
      for (const row of rowsIn(bucket)) {
        if (bucketOf(row.key, state.installed.bucketCount) !== bucket.bucket) return false;
        digest.add(row);
      }
    }
    return digest.finish(text.json) === state.installed.digest;
  }
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}
