/**
 * Vahti's IndexedDB, owned by the background alone. `entries` holds the exact-key half of every
 * installed list (looked up with `where('key').anyOf(keys)`, so nothing has to be loaded at
 * wake); `textParts` the small half that is rebuilt into the in-memory text index; `sources`
 * the per-source state (installed version, floor, manifest, check bookkeeping). Schema only.
 */
import { Dexie, type EntityTable } from 'dexie';
import type { SourceState } from '../../utils/sync/state';

export type EntryRow = { id?: number; sourceId: string; key: string; campaignId: string };
export type TextPartRow = { sourceId: string; json: string };

export class VahtiDb extends Dexie {
  entries!: EntityTable<EntryRow, 'id'>;
  textParts!: EntityTable<TextPartRow, 'sourceId'>;
  sources!: EntityTable<SourceState, 'sourceId'>;

  constructor(name = 'vahti') {
    super(name);
    this.version(1).stores({
      entries: '++id, key, sourceId',
      textParts: 'sourceId',
      sources: 'sourceId',
    });
  }
}
