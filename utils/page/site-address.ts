/**
 * A webmail address a person types in the options ("webmail.example.fi", or a link copied from
 * the browser's address bar) → the host-permission origin Vahti asks the browser for. Pure:
 * parsed with `URL`, never with a RegExp built from the input. The options page shows each
 * error in the person's words.
 */
import { err, ok, type Result } from '../core/result';
import { FIXED_MATCHES } from './providers';

export type SiteAddressError =
  /** Empty, unparsable, spaces, a wildcard, a user name, or a host without a dot. */
  | 'not-an-address'
  /** A scheme other than https (http://, ftp://, mailto:). */
  | 'not-https'
  /** One of the webmails Vahti protects out of the box (mail.google.com). */
  | 'already-protected';

export type WebmailSite = {
  /** Match pattern for `permissions.request`, e.g. `https://webmail.example.fi/*`. */
  origin: string;
  /** Lower-case host name (IDN as punycode, as the browser matches it), e.g. `webmail.example.fi`. */
  host: string;
};

/** `scheme:` at the start, told apart from `host:port` (a dot in the name or a digit after the colon). */
function hasScheme(text: string): boolean {
  if (text.includes('://')) return true;
  const colon = text.indexOf(':');
  if (colon <= 0) return false;
  const name = text.slice(0, colon);
  const next = text.charAt(colon + 1);
  return /^[a-z][a-z0-9+-]*$/i.test(name) && !(next >= '0' && next <= '9');
}

function hasWhitespace(text: string): boolean {
  for (const ch of text) if (ch.trim() === '') return true;
  return false;
}

export function webmailSiteOrigin(input: string): Result<WebmailSite, SiteAddressError> {
  const text = input.trim();
  if (text === '' || hasWhitespace(text) || text.includes('*')) return err('not-an-address');
  let url: URL;
  try {
    url = new URL(hasScheme(text) ? text : `https://${text}`);
  } catch {
    return err('not-an-address');
  }
  if (url.protocol !== 'https:') return err('not-https');
  // `me@example.fi` would otherwise parse as user "me" at example.fi.
  if (url.username !== '' || url.password !== '') return err('not-an-address');
  const host = url.hostname.toLowerCase();
  if (!host.includes('.') || host.startsWith('.') || host.endsWith('.') || host.includes('..')) return err('not-an-address');
  const origin = `https://${host}/*`;
  if (FIXED_MATCHES.includes(origin)) return err('already-protected');
  return ok({ origin, host });
}
