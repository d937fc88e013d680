/** Picks the adapter for a page: fixed hosts by name, added hosts by their markup (Roundcube) or the fallback. */
import { generic } from './generic';
import { gmail } from './gmail';
import { outlook } from './outlook';
import { proton } from './proton';
import { roundcube } from './roundcube';
import type { WebmailProvider } from '../provider';
import { yahoo } from './yahoo';

export const FIXED_PROVIDERS: readonly WebmailProvider[] = [gmail, outlook, yahoo, proton];

/** Origins of the webmails that have static content scripts (kept in step with the manifest). */
export const FIXED_MATCHES: readonly string[] = [
  'https://mail.google.com/*',
  'https://outlook.live.com/*',
  'https://outlook.office.com/*',
  'https://outlook.office365.com/*',
  'https://outlook.cloud.microsoft/*',
  'https://mail.yahoo.com/*',
  'https://mail.aol.com/*',
  'https://mail.proton.me/*',
];

export function providerFor(doc: Document): WebmailProvider {
  const host = doc.location?.hostname ?? '';
  const fixed = FIXED_PROVIDERS.find((p) => p.matchesHost(host));
  if (fixed) return fixed;
  if (roundcube.detect(doc)) return roundcube;
  return generic;
}

export { generic, gmail, outlook, proton, roundcube, yahoo };
export type { BannerAnchor, InboxRow, MessageDetails, OpenedMessage, ProviderId, WebmailProvider } from '../provider';
