/**
 * Canonical forms of email addresses and domains, so that a list entry and a message header
 * written differently (case, Unicode domain, trailing dot, angle brackets) meet on one key.
 * Owns normalisation and domain suffixes; must not decide whether something is too broad.
 *
 * Runs in browsers and Node alike: IDN → ASCII uses the WHATWG `URL` parser, which applies
 * UTS #46 (the same mapping browsers use for the address bar).
 */

const MAX_DOMAIN = 253;
const MAX_LABELS = 127;

/** Characters that would make `URL` parse something other than a bare host. */
const NOT_IN_HOST = /[\s/\\?#@:[\]%<>"*]/u;
/** What `URL` leaves for a real domain: dot-separated labels of ASCII letters, digits, "-", "_". */
const HOST_SHAPE = /^[a-z0-9_-]+(?:\.[a-z0-9_-]+)*$/;

/**
 * The ASCII (punycode) lower-case form of a domain, or null when it is not a domain name.
 * Accepts Unicode domains ("mörkö.fi" → "xn--mrk-snac.fi") and a trailing dot.
 */
export function normalizeDomain(input: string): string | null {
  let domain = input.trim();
  if (domain.endsWith('.')) domain = domain.slice(0, -1);
  if (domain.length === 0 || domain.length > MAX_DOMAIN * 4 || NOT_IN_HOST.test(domain)) return null;
  let host: string;
  try {
    host = new URL(`http://${domain}`).hostname;
  } catch {
    return null;
  }
  if (host.length > MAX_DOMAIN || !HOST_SHAPE.test(host)) return null;
  // `URL` turns some inputs into IPv4 addresses ("1.2" → "1.0.0.2"): an IP is not a domain.
  if (/^[\d.]+$/.test(host)) return null;
  return host;
}

export interface NormalizedAddress {
  /** `local@domain` with both parts lower-cased and the domain in ASCII form. */
  address: string;
  local: string;
  domain: string;
}

/**
 * Canonical form of an email address, or null when it is not one. Strips surrounding angle
 * brackets and a `mailto:` prefix. The local part is lower-cased as well: no large provider
 * treats it case-sensitively, and otherwise "Extortion@x" would evade an entry "extortion@x".
 */
export function normalizeEmailAddress(input: string): NormalizedAddress | null {
  let s = input.trim();
  if (s.toLowerCase().startsWith('mailto:')) s = s.slice('mailto:'.length);
  // "Name <addr>" as some webmails show it: the address is inside the last angle brackets.
  const open = s.lastIndexOf('<');
  if (open !== -1 && s.endsWith('>')) s = s.slice(open + 1, -1).trim();
  const at = s.lastIndexOf('@');
  if (at <= 0 || at === s.length - 1) return null;
  const local = s.slice(0, at).toLowerCase();
  if (/[\s<>]/u.test(local) || local.length > 64 * 4) return null;
  const domain = normalizeDomain(s.slice(at + 1));
  if (domain === null || !domain.includes('.')) return null;
  return { address: `${local}@${domain}`, local, domain };
}

/**
 * The domain and each parent domain, longest first: "a.b.example.com" → ["a.b.example.com",
 * "b.example.com", "example.com", "com"]. A domain rule is one exact lookup per suffix, so
 * the cost depends on the number of labels, never on the number of rules.
 */
export function domainSuffixes(domain: string): string[] {
  const suffixes: string[] = [];
  let start = 0;
  while (start < domain.length && suffixes.length < MAX_LABELS) {
    suffixes.push(domain.slice(start));
    const dot = domain.indexOf('.', start);
    if (dot === -1) break;
    start = dot + 1;
  }
  return suffixes;
}
