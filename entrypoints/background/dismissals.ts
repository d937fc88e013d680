/**
 * The person's "This is not extortion", kept in the background's own IndexedDB: a dismissal
 * suppresses a warning, so no content script may be able to write one (in Chromium they can
 * write `storage.local`). Written only by the background (for a message it flagged in that tab),
 * listed and undone only for the options page. Dismissals that earlier versions kept in
 * `storage.local` are moved in once; after that, that copy is never read.
 */
import { SETTINGS_LIMITS, DismissalSchema, type Dismissal } from '../../utils/app/settings/schema';
import type { VahtiDb } from './db';

const MIGRATED = 'dismissalsMovedFromStorageLocal';

export class DismissalStore {
  constructor(private readonly db: VahtiDb) {}

  async has(key: string): Promise<boolean> {
    return (await this.db.dismissals.get(key)) !== undefined;
  }

  /** Oldest first, as the options page lists them. */
  async list(): Promise<Dismissal[]> {
    return this.db.dismissals.orderBy('at').toArray();
  }

  /** Remembers one; the oldest go first when the cap is reached. */
  async add(dismissal: Dismissal): Promise<void> {
    await this.db.transaction('rw', this.db.dismissals, async () => {
      await this.db.dismissals.put(DismissalSchema.parse(dismissal));
      const extra = (await this.db.dismissals.count()) - SETTINGS_LIMITS.dismissed;
      if (extra > 0) await this.db.dismissals.orderBy('at').limit(extra).delete();
    });
  }

  async remove(key: string): Promise<void> {
    await this.db.dismissals.delete(key);
  }

  /**
   * Once per database: moves the dismissals an earlier version stored in the settings in. Later
   * calls do nothing, so a dismissal written into `storage.local` afterwards never counts.
   */
  async moveInOnce(readStored: () => Promise<unknown>, dropStored: () => Promise<void>): Promise<void> {
    if ((await this.db.meta.get(MIGRATED)) !== undefined) {
      await dropStored();
      return;
    }
    const stored = await readStored();
    const entries = Array.isArray(stored) ? stored : [];
    const valid = entries.flatMap((e) => {
      const parsed = DismissalSchema.safeParse(e);
      return parsed.success ? [parsed.data] : [];
    });
    await this.db.transaction('rw', this.db.dismissals, this.db.meta, async () => {
      await this.db.dismissals.bulkPut(valid.slice(-SETTINGS_LIMITS.dismissed));
      await this.db.meta.put({ key: MIGRATED, value: true });
    });
    await dropStored();
  }
}
