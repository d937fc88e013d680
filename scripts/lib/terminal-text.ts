/**
 * Making text that came from a file or a file name safe to print. A file name can hold
 * ESC sequences (clear the screen, set the window title), a carriage return (overwrite the
 * line), a newline (print a fake "nothing found" line) or a bidi override (show a different
 * name than the real one). Plain output escapes all of them; JSON output escapes what
 * `JSON.stringify` leaves raw (C1 controls, bidi and line/paragraph separators).
 *
 * Owns only the escaping; callers decide which strings are untrusted (all that came from a
 * file or its name).
 */

/** C0 and DEL, C1, and the Unicode format characters that reorder or hide text. */
function isUnsafeCodePoint(c: number): boolean {
  return (
    c < 0x20 ||
    (c >= 0x7f && c <= 0x9f) ||
    c === 0x061c || // Arabic letter mark
    c === 0x200e || c === 0x200f || // LRM, RLM
    (c >= 0x2028 && c <= 0x202e) || // line/paragraph separators, LRE…RLO
    (c >= 0x2066 && c <= 0x2069) || // LRI…PDI
    c === 0xfeff
  );
}

const hex = (c: number, width: number): string => c.toString(16).toUpperCase().padStart(width, '0');

/**
 * One line of terminal text: every control, bidi and line-breaking character is shown as a
 * visible escape (`\n`, `\x1B`, `\u202E`), and a backslash as `\\` so that an escape in the
 * output always means an escaped character. Lone surrogates are shown as `\uD800`.
 */
export function terminalSafe(s: string): string {
  let out = '';
  let plainFrom = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    let escaped: string | null = null;
    if (c === 0x5c) escaped = '\\\\';
    else if (c === 0x0a) escaped = '\\n';
    else if (c === 0x0d) escaped = '\\r';
    else if (c === 0x09) escaped = '\\t';
    else if (c < 0x100 && isUnsafeCodePoint(c)) escaped = `\\x${hex(c, 2)}`;
    else if (isUnsafeCodePoint(c)) escaped = `\\u${hex(c, 4)}`;
    else if (c >= 0xd800 && c <= 0xdbff) {
      const next = s.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i++;
      else escaped = `\\u${hex(c, 4)}`;
    } else if (c >= 0xdc00 && c <= 0xdfff) escaped = `\\u${hex(c, 4)}`;
    if (escaped === null) continue;
    out += s.slice(plainFrom, i) + escaped;
    plainFrom = i + 1;
  }
  return plainFrom === 0 ? s : out + s.slice(plainFrom);
}

/**
 * `JSON.stringify` with C1 controls, bidi controls and U+2028/2029 written as `\u` escapes
 * too, so a terminal showing the JSON cannot be steered by it. Parses back to the same value.
 */
export function jsonLine(value: unknown): string {
  const json = JSON.stringify(value);
  let out = '';
  let plainFrom = 0;
  for (let i = 0; i < json.length; i++) {
    const c = json.charCodeAt(i);
    // JSON.stringify already escapes C0, quotes, backslashes and lone surrogates.
    if (c < 0x7f || !isUnsafeCodePoint(c)) continue;
    out += `${json.slice(plainFrom, i)}\\u${hex(c, 4).toLowerCase()}`;
    plainFrom = i + 1;
  }
  return plainFrom === 0 ? json : out + json.slice(plainFrom);
}
