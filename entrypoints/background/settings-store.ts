/**
 * The person's own settings (country, language, hide-body default, watch list), kept in the
 * background's own IndexedDB: the watch list adds warnings and the country and language decide
 * which official help a warning shows, so no content script may be able to change them (in
 * Chromium they can write `storage.local`). Read and written only through the options page's
 * requests to the background (messages.ts). The settings an earlier version kept in
 * `storage.local` are moved in once; after that, that copy is removed at every start and never read.
 */
import { parseOwnSettings, OwnSettingsSchema, type OwnSettings } from '../../utils/app/settings/own';
import type { VahtiDb } from './db';
import { sharedRun } from './shared-run';

const ROW = 'settings';
const MIGRATED = 'settingsMovedFromStorageLocal';

export class SettingsStore {
  /** `readStored`/`dropStored`: the copy an earlier version kept in `storage.local`. */
  constructor(
    private readonly db: VahtiDb,
    private readonly readStored: () => Promise<unknown> = async () => undefined,
    private readonly dropStored: () => Promise<void> = async () => undefined,
    private readonly log: (message: string) => void = console.warn,
  ) {}

  /** The fields the person chose; a broken row gives what can be kept of it (or nothing), never a throw. */
  async read(): Promise<OwnSettings> {
    // A failed move (logged where it was started) must not stop warnings from working.
    await this.moveInOnce().catch(() => undefined);
    const { own, problems } = parseOwnSettings((await this.db.meta.get(ROW))?.value);
    for (const p of problems) this.log(`Vahti: a stored setting was not used: ${p.field}: ${p.message}`);
    return own;
  }

  /** Replaces the person's settings; throws (storing nothing) when they are not valid. */
  async replace(settings: OwnSettings): Promise<void> {
    await this.moveInOnce();
    await this.db.meta.put({ key: ROW, value: OwnSettingsSchema.parse(settings) });
  }

  /**
   * Once per database, moves the settings an earlier version stored in (valid fields only);
   * every later start only removes what is in `storage.local`, so a value written there
   * afterwards is never used.
   */
  readonly moveInOnce = sharedRun(() => this.move());

  private async move(): Promise<void> {
    if ((await this.db.meta.get(MIGRATED)) === undefined) {
      const { own, problems } = parseOwnSettings(await this.readStored());
      for (const p of problems) this.log(`Vahti: a setting was not moved in: ${p.field}: ${p.message}`);
      await this.db.transaction('rw', this.db.meta, async () => {
        await this.db.meta.put({ key: ROW, value: own });
        await this.db.meta.put({ key: MIGRATED, value: true });
      });
    }
    await this.dropStored();
  }
}
