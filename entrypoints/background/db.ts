/**
 * Vahti's IndexedDB, owned by the background alone. `buckets` holds the exact-key half of every
 * installed list, a few hundred keys per record by key hash (see utils/app/sync/entries.ts), read
 * by primary key at lookup time so nothing has to be loaded at wake; `textParts` the small half
 * that is rebuilt into the in-memory text index; `sources` the per-source state (installed
 * version, floor, manifest, check bookkeeping). Schema only.
 */
import { Dexie, type EntityTable, type Table } from 'dexie';
import type { SourceState } from '../../utils/app/sync/state';

export type BucketRow = { sourceId: string; bucket: number; keys: string[]; campaigns: string[] };
export type TextPartRow = { sourceId: string; json: string };

export class VahtiDb extends Dexie {
  buckets!: Table<BucketRow, [string, number]>;
  textParts!: EntityTable<TextPartRow, 'sourceId'>;
  sources!: EntityTable<SourceState, 'sourceId'>;

  constructor(name = 'vahti') {
    super(name);
    this.version(1).stores({
      buckets: '[sourceId+bucket], sourceId',
      textParts: 'sourceId',
      sources: 'sourceId',
    });
  }
}
