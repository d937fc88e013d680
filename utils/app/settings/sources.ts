/**
 * A person's list sources as the background's sync reads them (`ListSource`, kind `user`; the
 * background keeps the person's own form in its IndexedDB). Same rule as policy sources: the list's
 * manifest must name the source id as its `listId`, so a source can only ever be fed its own list.
 */
import { configuredListSource, type ListSource } from '../sync/source';
import type { UserListSource } from './schema';

export function toUserListSource(source: UserListSource): ListSource {
  return configuredListSource(source, 'user');
}
