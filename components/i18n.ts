/**
 * Translation for the UI: a `Translate` function built from a `_locales/<lang>/messages.json`
 * object, with the same placeholder rules as `browser.i18n.getMessage`. Extension pages use it
 * so that the language chosen in the options wins over the browser's; content scripts may pass
 * `browser.i18n.getMessage` instead. Owns no strings and no browser API.
 */

export type Translate = (key: string, substitutions?: string | readonly string[]) => string;

export type LocaleMessages = Record<
  string,
  { message: string; description?: string; placeholders?: Record<string, { content: string }> }
>;

/** Substitutes `$1`…`$9` and `$$`, as the browser does. Walks the string: no run-time RegExp. */
function substitute(text: string, subs: readonly string[]): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    const next = text[i + 1];
    if (ch === '$' && next === '$') {
      out += '$';
      i++;
    } else if (ch === '$' && next !== undefined && next >= '1' && next <= '9') {
      out += subs[Number(next) - 1] ?? '';
      i++;
    } else {
      out += ch;
    }
  }
  return out;
}

/** Replaces `$NAME$` with that placeholder's content (case-insensitive names, as in Chrome). */
function expandPlaceholders(text: string, placeholders: Record<string, { content: string }> | undefined): string {
  if (!placeholders) return text;
  const byName = new Map(Object.entries(placeholders).map(([k, v]) => [k.toLowerCase(), v.content]));
  let out = '';
  let i = 0;
  while (i < text.length) {
    if (text[i] === '$') {
      const end = text.indexOf('$', i + 1);
      const name = end > i + 1 ? text.slice(i + 1, end).toLowerCase() : '';
      const content = byName.get(name);
      if (content !== undefined) {
        out += content;
        i = end + 1;
        continue;
      }
    }
    out += text[i];
    i++;
  }
  return out;
}

/**
 * A translator over `primary`, falling back to `fallback` (English) for a missing key, and to
 * the key itself last, so that a gap shows as a visible key rather than an empty button.
 */
export function makeTranslator(primary: LocaleMessages, fallback?: LocaleMessages): Translate {
  return (key, substitutions) => {
    const entry = primary[key] ?? fallback?.[key];
    if (!entry) return key;
    const subs = substitutions === undefined ? [] : typeof substitutions === 'string' ? [substitutions] : substitutions;
    return substitute(expandPlaceholders(entry.message, entry.placeholders), subs);
  };
}
