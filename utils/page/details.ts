/**
 * Reading the details of a flagged message for the evidence file: the date, the recipients and,
 * where a webmail shows a header table, its rows. Attributes and `textContent` only; every string
 * is capped to `DETAIL_LIMITS`. Elements inside the message body are skipped: mail content must
 * not be able to pass itself off as the webmail's own header. Reads only.
 */
import { DETAIL_LIMITS } from '../core/engine/detail-limits';
import { FEATURE_LIMITS } from '../core/engine/feature-limits';
import type { MessageDetails } from './provider';
import { addressIn, compactText } from './text';

/** True when `el` is one of `roots` or inside one of them. */
export function insideAny(el: Element, roots: readonly (Element | null | undefined)[]): boolean {
  return roots.some((r) => !!r && (r === el || r.contains(el)));
}

/** Matches of the first selector (in order) that has any outside `exclude`. */
export function allOutside(root: ParentNode, selectors: readonly string[], exclude: readonly (Element | null | undefined)[]): Element[] {
  for (const s of selectors) {
    const found = Array.from(root.querySelectorAll(s)).filter((el) => !insideAny(el, exclude));
    if (found.length > 0) return found;
  }
  return [];
}

/** The first match outside `exclude`, selectors tried in order. */
export function firstOutside(root: ParentNode, selectors: readonly string[], exclude: readonly (Element | null | undefined)[]): Element | null {
  return allOutside(root, selectors, exclude)[0] ?? null;
}

/**
 * The date an element shows, preferring the full form: a `title` (Gmail's `span.g3`, tooltips),
 * then a `<time datetime>`, then the visible text. '' when none.
 */
export function dateOf(el: Element | null): string {
  if (!el) return '';
  const title = compactText(el.getAttribute('title'), DETAIL_LIMITS.date);
  if (title) return title;
  const time = el.matches('time[datetime]') ? el : el.querySelector('time[datetime]');
  return compactText(time?.getAttribute('datetime'), DETAIL_LIMITS.date) || compactText(el.textContent, DETAIL_LIMITS.date);
}

/** The address a recipient element shows: in an attribute, a `mailto:` link or its text; '' when none. */
function addressOfRecipient(el: Element): string {
  for (const attr of ['email', 'title', 'aria-label']) {
    const address = addressIn(el.getAttribute(attr));
    if (address) return address;
  }
  const href = el.getAttribute('href') ?? '';
  const mailto = href.toLowerCase().startsWith('mailto:') ? addressIn(href.slice(7)) : '';
  return mailto || addressIn(el.textContent);
}

/** The name a recipient element shows: the `name` attribute (Gmail), else its text without the address; '' when none. */
function nameOfRecipient(el: Element, address: string): string {
  let name = compactText(el.getAttribute('name'), DETAIL_LIMITS.recipient);
  if (!name) {
    const text = el.textContent ?? '';
    const at = address ? text.toLowerCase().indexOf(address) : -1;
    name = compactText(at >= 0 ? text.slice(0, at) + text.slice(at + address.length) : text, DETAIL_LIMITS.recipient)
      .replace(/[<>]/g, '')
      .trim();
  }
  return name.includes('@') ? '' : name;
}

/** One recipient as shown: `Name <address>`, or whichever part the page shows. */
export function recipientOf(el: Element): string {
  const address = addressOfRecipient(el);
  const name = nameOfRecipient(el, address);
  const shown = name && address ? `${name} <${address}>` : address || name;
  return shown.length > DETAIL_LIMITS.recipient ? address.slice(0, DETAIL_LIMITS.recipient) : shown;
}

/** Recipients from the given elements, without repeats, capped in number. */
export function recipientsOf(elements: readonly Element[]): string[] {
  const out: string[] = [];
  for (const el of elements) {
    const r = recipientOf(el);
    if (r && !out.includes(r)) out.push(r);
    if (out.length >= DETAIL_LIMITS.recipients) break;
  }
  return out;
}

/**
 * The recipients' addresses from the same elements `recipientsOf` reads, for the features (the
 * "sent from your own account" rule compares them with the sender): addresses only, without
 * repeats, as many as the features take.
 */
export function recipientAddresses(elements: readonly Element[]): string[] {
  const out: string[] = [];
  for (const el of elements) {
    const address = addressOfRecipient(el);
    if (address && !out.includes(address)) out.push(address);
    if (out.length >= FEATURE_LIMITS.recipients) break;
  }
  return out;
}

/**
 * The recipients' names from the same elements, for the features (a mail that quotes the
 * reader's full name is personal): names only, without repeats, as many as the features take.
 */
export function recipientNames(elements: readonly Element[]): string[] {
  const out: string[] = [];
  for (const el of elements) {
    const name = compactText(nameOfRecipient(el, addressOfRecipient(el)), FEATURE_LIMITS.name);
    if (name && !out.includes(name)) out.push(name);
    if (out.length >= FEATURE_LIMITS.recipients) break;
  }
  return out;
}

/** One header row, capped; null when it has no name. */
export function headerOf(name: string | null | undefined, value: string | null | undefined): { name: string; value: string } | null {
  const n = compactText(name, DETAIL_LIMITS.headerName).replace(/:$/, '').trim();
  return n ? { name: n, value: compactText(value, DETAIL_LIMITS.headerValue) } : null;
}

/** Drops empty fields, so an adapter that found nothing hands over nothing. */
export function details(receivedAt: string, to: string[], headers: { name: string; value: string }[] = []): MessageDetails {
  const out: MessageDetails = {};
  if (receivedAt) out.receivedAt = receivedAt;
  if (to.length > 0) out.to = to;
  if (headers.length > 0) out.headers = headers.slice(0, DETAIL_LIMITS.headers);
  return out;
}
