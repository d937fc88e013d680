/**
 * Where a list may be fetched from: https only. Plain http is allowed for loopback hosts alone,
 * so that tests can serve lists from a local server; it is never allowed for a remote host,
 * where anyone on the network path could see which lists a person uses.
 */
const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

export function isAllowedListUrl(value: string): boolean {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return false;
  }
  if (url.username || url.password) return false;
  if (url.protocol === 'https:') return true;
  return url.protocol === 'http:' && LOOPBACK_HOSTS.has(url.hostname);
}
