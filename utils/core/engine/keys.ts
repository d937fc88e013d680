/**
 * Exact-lookup keys: the one place that says how a list entry and a message feature become
 * the same string. The in-memory index and the background's IndexedDB store both key by these,
 * so a lookup is a hash or B-tree probe whose cost does not depend on the list size.
 * Owns key shapes only; must not normalise (callers pass normalised values).
 */
/**
 * Payment keys are `<coin>:<address>` with the address in its canonical case; the payment
 * module owns that shape because only it knows which encodings fold case.
 */
export { paymentKey } from '../payment/validate';

/** `normalizedAddress` is `normalizeEmailAddress(…).address`. */
export const senderAddressKey = (normalizedAddress: string): string => `sender:${normalizedAddress}`;

/** `asciiDomain` is `normalizeDomain(…)` output or one of its suffixes. */
export const senderDomainKey = (asciiDomain: string): string => `domain:${asciiDomain}`;
