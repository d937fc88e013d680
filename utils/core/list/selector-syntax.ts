/**
 * The syntax of selector overrides, without zod so the webmail content script can check them
 * cheaply (the list format's zod schema is in selector-override.ts). An override is data, never
 * code: a few CSS selectors in a strict subset of the syntax (type, `*`, `#id`, `.class`,
 * attribute tests, the four combinators), bounded in length and number.
 */
export const OVERRIDE_PROVIDERS = ['gmail', 'outlook', 'yahoo', 'proton', 'roundcube'] as const;
/** What can be mended: the markers the adapters look up by these names. */
export const OVERRIDE_KEYS = ['message', 'body', 'sender', 'subject', 'rows', 'rowSender'] as const;
export const SELECTOR_LIMITS = { length: 200, perOverride: 5, overrides: 30 } as const;

const IDENT = /^-?[A-Za-z_][A-Za-z0-9_-]*/;
const ATTRIBUTE = /^\[\s*(-?[A-Za-z_][A-Za-z0-9_:-]*)\s*(?:([~|^$*]?=)\s*("[^"\\\n]*"|'[^'\\\n]*'|-?[A-Za-z_][A-Za-z0-9_-]*)\s*)?\]/;
const COMBINATOR = /^\s*[>+~]\s*|^\s+/;

/** Why `selector` is not in the allowed subset, or null when it is. */
export function selectorProblem(selector: string): string | null {
  if (selector.length === 0) return 'is empty';
  if (selector.length > SELECTOR_LIMITS.length) return `is longer than ${SELECTOR_LIMITS.length} characters`;
  if (!/^[\x20-\x7e]*$/.test(selector)) return 'has characters outside printable ASCII';
  let rest = selector.trim();
  if (rest !== selector) return 'has spaces at its ends';
  let compounds = 0;
  for (;;) {
    // One compound selector: an optional type or `*`, then id, class and attribute tests.
    let parts = 0;
    const type = rest.startsWith('*') ? '*' : IDENT.exec(rest)?.[0];
    if (type) {
      rest = rest.slice(type.length);
      parts++;
    }
    for (;;) {
      if (rest.startsWith('#') || rest.startsWith('.')) {
        const name = IDENT.exec(rest.slice(1));
        if (!name) return `has a "${rest.slice(0, 1)}" without a name`;
        rest = rest.slice(1 + name[0].length);
      } else if (rest.startsWith('[')) {
        const attr = ATTRIBUTE.exec(rest);
        if (!attr) return 'has an attribute test outside the allowed form';
        rest = rest.slice(attr[0].length);
      } else break;
      parts++;
    }
    if (parts === 0) return `uses "${rest[0] ?? ''}", which is not allowed (only type, *, #id, .class, [attribute] and > + ~)`;
    compounds++;
    if (rest.length === 0) return compounds > 12 ? 'has more than 12 parts' : null;
    const combinator = COMBINATOR.exec(rest);
    if (!combinator) return `uses "${rest[0]}", which is not allowed (only type, *, #id, .class, [attribute] and > + ~)`;
    rest = rest.slice(combinator[0].length);
    if (rest.length === 0) return 'ends with a combinator';
  }
}

export type OverrideProvider = (typeof OVERRIDE_PROVIDERS)[number];
export type OverrideKey = (typeof OVERRIDE_KEYS)[number];
export interface SelectorOverride {
  provider: OverrideProvider;
  key: OverrideKey;
  selectors: string[];
}

/** `raw` as an override when it is exactly one (known webmail and marker, allowed selectors), else null. */
export function readOverride(raw: unknown): SelectorOverride | null {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return null;
  const o = raw as Record<string, unknown>;
  if (Object.keys(o).some((k) => k !== 'provider' && k !== 'key' && k !== 'selectors')) return null;
  const provider = OVERRIDE_PROVIDERS.find((p) => p === o.provider);
  const key = OVERRIDE_KEYS.find((k) => k === o.key);
  const selectors = o.selectors;
  if (!provider || !key || !Array.isArray(selectors)) return null;
  if (selectors.length === 0 || selectors.length > SELECTOR_LIMITS.perOverride) return null;
  if (!selectors.every((s): s is string => typeof s === 'string' && selectorProblem(s) === null)) return null;
  return { provider, key, selectors: [...selectors] };
}
