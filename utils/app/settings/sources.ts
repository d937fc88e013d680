/**
 * A person's list sources as the background's sync reads them (`ListSource`, kind `user`,
 * stored under the sync's `userListSources` key). Same rule as policy sources: the list's
 * manifest must name the source id as its `listId`, so a source can only ever be fed its own list.
 */
import { configuredListSource, type ListSource } from '../sync/source';
import type { UserListSource } from './schema';

export const USER_SOURCES_STORAGE_KEY = 'userListSources';

export function toUserListSource(source: UserListSource): ListSource {
  return configuredListSource(source, 'user');
}
