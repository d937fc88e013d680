/**
 * The one way a list is turned into bytes for signing: entries in a fixed order, keys in
 * schema order, no whitespace. Building the same sources twice gives the same bytes (and so the
 * same hash and file name), which is what lets the bundle test detect a stale bundle.
 */
import { SignatureListSchema, type SignatureList } from '../../utils/core/list/schema';

const by = <T>(key: (item: T) => string) => (a: T, b: T) => {
  const ka = key(a);
  const kb = key(b);
  return ka < kb ? -1 : ka > kb ? 1 : 0;
};

export function canonicalList(list: SignatureList): SignatureList {
  const parsed = SignatureListSchema.parse(list);
  return {
    ...parsed,
    campaigns: [...parsed.campaigns].sort(by((c) => c.id)),
    senders: [...parsed.senders].sort(by((s) => `${s.campaign}\u0000${s.match}\u0000${s.value}`)),
    payments: [...parsed.payments].sort(by((p) => `${p.campaign}\u0000${p.coin}\u0000${p.address}`)),
    signatures: [...parsed.signatures].sort(by((s) => s.id)),
  };
}

export const canonicalListBytes = (list: SignatureList): Uint8Array =>
  new TextEncoder().encode(`${JSON.stringify(canonicalList(list))}\n`);
