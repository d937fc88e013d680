/**
 * The list sources a person added, kept in the background's own IndexedDB: a list source decides
 * which lists (and keys) can put warnings in front of the person, so no content script may be
 * able to add one (in Chromium they can write `storage.local`). Written only through the options
 * page's request to the background (messages.ts). The sources an earlier version kept in
 * `storage.local` are moved in once; after that, that copy is never read.
 */
import { z } from 'zod';
import { DEFAULT_LIST_ID } from '../../utils/core/signing/keys';
import { SETTINGS_LIMITS, UserListSourceSchema, type UserListSource } from '../../utils/app/settings/schema';
import type { VahtiDb } from './db';
import { sharedRun } from './shared-run';

const ROW = 'userListSources';
const MIGRATED = 'userSourcesMovedFromStorageLocal';

export const UserSourcesSchema = z.array(UserListSourceSchema).max(SETTINGS_LIMITS.listSources);

/** Why a set of sources cannot be stored (`undefined`: it can). */
export function userSourcesProblem(sources: UserListSource[]): string | undefined {
  const ids = new Set<string>();
  for (const source of sources) {
    if (source.id === DEFAULT_LIST_ID) return `"${source.id}" is the built-in list's id`;
    if (ids.has(source.id)) return `a list source with the id "${source.id}" already exists`;
    ids.add(source.id);
  }
  return undefined;
}

export class UserSourceStore {
  /** `readStored`/`dropStored`: the copy an earlier version kept in `storage.local`. */
  constructor(
    private readonly db: VahtiDb,
    private readonly readStored: () => Promise<unknown> = async () => undefined,
    private readonly dropStored: () => Promise<void> = async () => undefined,
  ) {}

  async list(): Promise<UserListSource[]> {
    // A failed move (logged where it was started) must not stop the other lists from syncing.
    await this.moveInOnce().catch(() => undefined);
    const parsed = UserSourcesSchema.safeParse((await this.db.meta.get(ROW))?.value ?? []);
    return parsed.success ? parsed.data : [];
  }

  /** Replaces the whole set; throws (storing nothing) when it is not valid. */
  async replace(sources: UserListSource[]): Promise<void> {
    await this.moveInOnce();
    const valid = UserSourcesSchema.parse(sources);
    const problem = userSourcesProblem(valid);
    if (problem !== undefined) throw new Error(problem);
    await this.db.meta.put({ key: ROW, value: valid });
  }

  /**
   * Once per database, moves the sources an earlier version stored in; every later start only
   * removes what is in `storage.local`, so a source written there afterwards is never used.
   * Shared by every caller of a worker, so sync never reads before the move is done.
   */
  readonly moveInOnce = sharedRun(() => this.move());

  private async move(): Promise<void> {
    if ((await this.db.meta.get(MIGRATED)) === undefined) {
      const stored = await this.readStored();
      const valid: UserListSource[] = [];
      for (const item of Array.isArray(stored) ? stored.slice(0, SETTINGS_LIMITS.listSources) : []) {
        const parsed = UserListSourceSchema.safeParse(item);
        if (parsed.success && userSourcesProblem([...valid, parsed.data]) === undefined) valid.push(parsed.data);
      }
      await this.db.transaction('rw', this.db.meta, async () => {
        await this.db.meta.put({ key: ROW, value: valid });
        await this.db.meta.put({ key: MIGRATED, value: true });
      });
    }
    await this.dropStored();
  }
}
