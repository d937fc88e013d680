/**
 * Vahti's IndexedDB, owned by the background alone. `buckets` holds the exact-key half of every
 * installed list, a few hundred keys per record by key hash (see utils/app/sync/entries.ts), read
 * by primary key at lookup time so nothing has to be loaded at wake; `textParts` the small half
 * that is rebuilt into the in-memory text index; `sources` the per-source state (installed
 * version, floor, manifest, check bookkeeping); `dismissals` the person's "This is not
 * extortion" per message; `meta` small facts about the database, the person's own settings and
 * list sources (one row each: settings-store.ts, user-sources.ts) and, in one row, the text
 * index's built automaton, reused on wake (list-store.ts). Schema only.
 */
import { Dexie, type EntityTable, type Table } from 'dexie';
import type { SourceState } from '../../utils/app/sync/state';
import type { Dismissal } from '../../utils/app/settings/schema';

export type BucketRow = { sourceId: string; bucket: number; keys: string[]; campaigns: string[] };
export type TextPartRow = { sourceId: string; json: string };
/** Small facts about this database itself (e.g. that old dismissals were moved in), the person's settings and sources, and the stored automaton. */
export type MetaRow = { key: string; value: unknown };

export class VahtiDb extends Dexie {
  buckets!: Table<BucketRow, [string, number]>;
  textParts!: EntityTable<TextPartRow, 'sourceId'>;
  sources!: EntityTable<SourceState, 'sourceId'>;
  dismissals!: EntityTable<Dismissal, 'key'>;
  meta!: EntityTable<MetaRow, 'key'>;

  constructor(name = 'vahti') {
    super(name);
    this.version(1).stores({
      buckets: '[sourceId+bucket], sourceId',
      textParts: 'sourceId',
      sources: 'sourceId',
    });
    // "This is not extortion" decides whether a warning is shown: it lives here, where content
    // scripts cannot write, and not in `storage.local`, where they can.
    this.version(2).stores({
      dismissals: 'key, at',
      meta: 'key',
    });
  }
}
