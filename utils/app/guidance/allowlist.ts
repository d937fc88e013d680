/**
 * The official domains guidance may link to. Every href the UI renders for guidance passes
 * `isAllowedGuidanceUrl`; a URL that is not https or not on this list is never shown as a link,
 * whatever a list, a setting or a bug supplies. Owns the allowlist only.
 */

/** Exact host names (no suffix matching: a look-alike subdomain must not pass). */
export const OFFICIAL_GUIDANCE_HOSTS: ReadonlySet<string> = new Set([
  // Finland
  'asiointi.poliisi.fi',
  'www.suomi.fi',
  'www.kyberturvallisuuskeskus.fi',
  'www.riku.fi',
  'mieli.fi',
  // Sweden
  'polisen.se',
  'www.brottsofferjouren.se',
  // Estonia
  'cyber.politsei.ee',
  'www.palunabi.ee',
  'www.itvaatlik.ee',
  // United Kingdom
  'www.reportfraud.police.uk',
  'www.nidirect.gov.uk',
  // United States
  'www.ic3.gov',
  'www.ftc.gov',
  // Germany
  'hilfe-info.de',
  'weisser-ring.de',
  // EU
  'www.europol.europa.eu',
  // Australia
  'www.scamwatch.gov.au',
  'www.cyber.gov.au',
  // Canada
  'www.antifraudcentre-centreantifraude.ca',
]);

export function isAllowedGuidanceUrl(value: string): boolean {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return false;
  }
  return (
    url.protocol === 'https:' &&
    url.username === '' &&
    url.password === '' &&
    url.port === '' &&
    OFFICIAL_GUIDANCE_HOSTS.has(url.hostname)
  );
}
