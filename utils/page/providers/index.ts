/** Picks the adapter for a page: fixed hosts by name, added hosts by their markup (Roundcube) or the fallback. */
import { generic } from './generic';
import { gmail } from './gmail';
import { outlook } from './outlook';
import { proton } from './proton';
import { roundcube } from './roundcube';
import type { WebmailProvider } from '../provider';
import { yahoo } from './yahoo';

/** Every adapter, once: the fixed webmails (by host), then those recognised by markup, then the fallback. */
export const PROVIDERS: readonly WebmailProvider[] = [gmail, outlook, yahoo, proton, roundcube, generic];
export const FIXED_PROVIDERS: readonly WebmailProvider[] = PROVIDERS.filter((p) => p.hosts.length > 0);

/** The content script's static `matches` (the manifest's), made from the adapters' hosts. */
export const FIXED_MATCHES: readonly string[] = FIXED_PROVIDERS.flatMap((p) => p.hosts.map((h) => `https://${h}/*`));

export function providerFor(doc: Document): WebmailProvider {
  const host = doc.location?.hostname ?? '';
  const fixed = FIXED_PROVIDERS.find((p) => p.hosts.includes(host));
  if (fixed) return fixed;
  if (roundcube.detect(doc)) return roundcube;
  return generic;
}

export { generic, gmail, outlook, proton, roundcube, yahoo };
export type { BannerAnchor, InboxRow, MessageDetails, OpenedMessage, ProviderId, WebmailProvider } from '../provider';
