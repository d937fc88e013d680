/**
 * Exact-lookup keys: the one place that says how a list entry and a message feature become
 * the same string. The in-memory index and the background's IndexedDB store both key by these,
 * so a lookup is a hash or B-tree probe whose cost does not depend on the list size.
 * Owns key shapes only; must not normalise (callers pass normalised values).
 */
import type { Coin } from '../payment/coin';
import { paymentKey as coinPaymentKey } from '../payment/find';

/** Payment keys are `<coin>:<address>` (see `paymentKey` in utils/core/payment). */
export const paymentLookupKey = (coin: Coin, address: string): string => coinPaymentKey(coin, address);

/** `normalizedAddress` is `normalizeEmailAddress(…).address`. */
export const senderAddressKey = (normalizedAddress: string): string => `sender:${normalizedAddress}`;

/** `asciiDomain` is `normalizeDomain(…)` output or one of its suffixes. */
export const senderDomainKey = (asciiDomain: string): string => `domain:${asciiDomain}`;
