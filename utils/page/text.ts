/**
 * Reading what a person sees in a webmail element: visible text, link targets, addresses in
 * attributes. Cheap by design (no layout, no computed style): hidden text is recognised from
 * the markup that mail HTML and webmails use to hide it (visible-text.ts, shared with the
 * command line). Reads only; never changes the page.
 */
import { FEATURE_LIMITS } from '../core/engine/feature-limits';
import { extractVisibleText } from './visible-text';

/**
 * Visible text of `root` with block boundaries as line breaks, capped at `limit` characters.
 * The one extractor the command line uses too (visible-text.ts), so both judge the same text.
 */
export function visibleText(root: Node | null | undefined, limit: number = FEATURE_LIMITS.bodyText): string {
  return extractVisibleText(root, { maxTextChars: limit }).text;
}

/** Link targets in `root` (absolute where the document resolves them), capped per the features contract. */
export function linkTargets(root: ParentNode | null | undefined): string[] {
  if (!root) return [];
  const out: string[] = [];
  const seen = new Set<string>();
  for (const a of Array.from(root.querySelectorAll('a[href]'))) {
    const href = (a.getAttribute('href') ?? '').trim();
    if (!href || href.startsWith('#') || seen.has(href)) continue;
    seen.add(href);
    out.push(href.slice(0, FEATURE_LIMITS.link));
    if (out.length >= FEATURE_LIMITS.links) break;
  }
  return out;
}

// One address in `Name <addr>` text or an attribute; not a validator, only a finder.
const ADDRESS_IN_TEXT = /[A-Za-z0-9._%+'-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/;

/** The first e-mail address in `s`, lower-cased; '' when none. */
export function addressIn(s: string | null | undefined): string {
  if (!s) return '';
  const m = ADDRESS_IN_TEXT.exec(s);
  return m ? m[0].toLowerCase().slice(0, FEATURE_LIMITS.address) : '';
}

/**
 * Address from the first element of `selectors` (in order) that carries one in `attrs`, text or
 * `mailto:`. Elements inside `exclude` (the mail body, the recipient list) are passed over and
 * the search goes on, so an address the mail itself shows can never stand in for the sender.
 */
export function addressFrom(
  root: ParentNode,
  selectors: readonly string[],
  attrs: readonly string[] = ['email', 'title'],
  exclude: readonly (Element | null | undefined)[] = [],
): { address: string; element: Element | null } {
  for (const selector of selectors) {
    for (const el of Array.from(root.querySelectorAll(selector))) {
      if (exclude.some((r) => !!r && (r === el || r.contains(el)))) continue;
      for (const attr of attrs) {
        const a = addressIn(el.getAttribute(attr));
        if (a) return { address: a, element: el };
      }
      const href = el.getAttribute('href');
      if (href?.toLowerCase().startsWith('mailto:')) {
        const a = addressIn(decodeURIComponent(href.slice(7)));
        if (a) return { address: a, element: el };
      }
      const a = addressIn(el.textContent);
      if (a) return { address: a, element: el };
    }
  }
  return { address: '', element: null };
}

export function compactText(s: string | null | undefined, limit: number): string {
  return (s ?? '').replace(/\s+/g, ' ').trim().slice(0, limit);
}

/** First matching element for a list of selectors tried in order (stable markers first). */
export function first(root: ParentNode, selectors: readonly string[]): Element | null {
  for (const s of selectors) {
    const el = root.querySelector(s);
    if (el) return el;
  }
  return null;
}

export function all(root: ParentNode, selectors: readonly string[]): Element[] {
  for (const s of selectors) {
    const found = root.querySelectorAll(s);
    if (found.length > 0) return Array.from(found);
  }
  return [];
}

/**
 * cyrb53: a fast 53-bit string hash. Only used to notice that a body changed (the scan-once
 * key), never for security, so a tiny non-cryptographic hash keeps the content script small.
 */
export function bodyHash(s: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < s.length; i++) {
    const ch = s.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

/**
 * The subject and the body preview an inbox row shows, capped like the features: the
 * background judges whether the row has the shape of extortion from them. '' for a part the
 * row does not show.
 */
export function rowText(row: Element, subject: readonly string[], snippet: readonly string[]): { subject: string; snippet: string } {
  return {
    subject: compactText(first(row, subject)?.textContent, FEATURE_LIMITS.subject),
    snippet: compactText(first(row, snippet)?.textContent, FEATURE_LIMITS.rowSnippet),
  };
}
