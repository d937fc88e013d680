/**
 * What reading a mail's HTML gives: the visible text, the hidden text apart, and the visible
 * links. One extractor produces it, on a real DOM (utils/page/visible-text.ts): the webmail's
 * page in the extension, the "Check a message" page's `DOMParser`, and happy-dom on the command
 * line (scripts/lib/dom-text.ts). The engine and the `.eml` reader take it as a function, so
 * that no second reader of HTML can judge a mail differently.
 */

export type HtmlText = {
  /** Visible text, blocks separated by line breaks. */
  text: string;
  /** Text that the markup hides from the reader (capped at HIDDEN_TEXT_CAP characters). */
  hiddenText: string;
  /** Non-whitespace characters of hidden text, counted in full even past the cap. */
  hiddenTextChars: number;
  /** `href` of visible `<a>` and `<area>` elements, in order, deduplicated. */
  links: string[];
};

export type HtmlTextOptions = {
  /** Stop collecting visible text after this many characters (the scan still finds links). */
  maxTextChars?: number;
  maxLinks?: number;
};

/** Turns mail HTML into `HtmlText`; `parseEml` takes one (utils/page/visible-text.ts makes them). */
export type HtmlToText = (html: string, options: HtmlTextOptions) => HtmlText;

/** Joins lines, trims each and keeps at most one empty line between blocks. Linear. */
export function tidyLines(raw: string): string {
  const lines: string[] = [];
  let blank = 0;
  for (const line of raw.split('\n')) {
    const t = line.trim();
    if (t === '') {
      blank++;
      continue;
    }
    if (lines.length > 0) lines.push(blank > 0 ? '\n\n' : '\n');
    lines.push(t);
    blank = 0;
  }
  return lines.join('');
}
