/**
 * Which list addresses Vahti may fetch: https only, with plain http allowed for the loopback
 * host so that tests can run a local server. Checked before a request and again on the final
 * URL after redirects. This module only judges URLs; it never fetches.
 */
import { listErrors } from '../../core/list/errors';
import type { ListError } from '../../core/list/errors';
import { err, ok } from '../../core/result';
import type { Result } from '../../core/result';

const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

export function checkListUrl(raw: string): Result<URL, ListError> {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return err(listErrors.malformed('list address', `"${raw.slice(0, 200)}" is not a web address`));
  }
  // Credentials in a list URL would be sent to whoever serves it, and logged in status.
  if (url.username !== '' || url.password !== '') {
    return err(listErrors.malformed('list address', 'it contains a user name or password'));
  }
  if (url.protocol === 'https:') return ok(url);
  if (url.protocol === 'http:' && LOOPBACK_HOSTS.has(url.hostname)) return ok(url);
  return err(listErrors.notHttps(url.href.slice(0, 200)));
}
