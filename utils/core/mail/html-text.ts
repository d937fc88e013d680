/**
 * Turns email HTML into the text a person would see, without a DOM (this runs in Node for the
 * command line). A small linear tokenizer, not a full HTML parser: it drops what a reader never
 * sees (script, style, head, comments, elements hidden by inline style, `hidden` or a simple
 * class rule from a `<style>` block), keeps image alt text, turns block elements into line
 * breaks, and collects the targets of visible links. Text hidden by style is reported apart,
 * because extortion mail pads itself with invisible text to fool filters.
 *
 * Must not build a DOM, evaluate anything, or take more than linear time in the input:
 * every step of the loop advances, and the element stack is capped.
 */
import { hiddenClassesFrom, styleHides } from './css-hiding';
import { decodeEntities } from './html-entities';

export { styleHides };

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

const HIDDEN_TEXT_CAP = 4_000;
const MAX_STACK = 256;

/** Elements whose content is never shown, or is code rather than text. */
const RAW_TEXT = new Set(['script', 'style', 'title', 'textarea', 'xmp', 'noembed', 'noframes', 'iframe', 'plaintext']);
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr', 'keygen']);
/** Content that is parsed but never rendered. */
const INERT = new Set(['template', 'head']);
const HEAD_CONTENT = new Set(['title', 'meta', 'link', 'style', 'script', 'base', 'noscript', 'template']);
const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'center', 'dd', 'details', 'dialog', 'dir', 'div',
  'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header',
  'hr', 'li', 'main', 'menu', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'thead', 'tfoot',
  'tr', 'ul', 'listing',
]);
const CELL = new Set(['td', 'th']);
const PRE = new Set(['pre', 'listing', 'textarea']);

/** Start tags that close an open `<p>` (as browsers do), and where that search stops. */
const CLOSES_P = new Set([
  'address', 'article', 'aside', 'blockquote', 'center', 'details', 'dialog', 'dir', 'div', 'dl', 'fieldset',
  'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'main', 'menu',
  'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'ul', 'listing',
]);
const P_SCOPE = new Set(['table', 'td', 'th', 'caption', 'button', 'object', 'template', 'marquee', 'applet']);
const LI_SCOPE = new Set(['ul', 'ol', 'menu', 'dir', 'table', 'td', 'th']);
const CELL_SCOPE = new Set(['tr', 'table']);
const ROW_SCOPE = new Set(['table', 'tbody', 'thead', 'tfoot']);
const P_ONLY = new Set(['p']);
const LI_ONLY = new Set(['li']);
const TR_ONLY = new Set(['tr']);

type Frame = { name: string; hidden: boolean; inert: boolean };
type Attrs = Map<string, string>;

function isAsciiAlpha(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 12 || code === 13;
}

/** Finds `</name` (ASCII case-insensitive) at or after `from`; returns its index or -1. */
function findEndTag(html: string, name: string, from: number): number {
  let pos = from;
  for (;;) {
    const k = html.indexOf('</', pos);
    if (k < 0) return -1;
    let match = true;
    for (let m = 0; m < name.length; m++) {
      const c = html.charCodeAt(k + 2 + m) | 0x20;
      if (c !== name.charCodeAt(m)) {
        match = false;
        break;
      }
    }
    const after = html.charCodeAt(k + 2 + name.length);
    if (match && (Number.isNaN(after) || isSpace(after) || after === 47 || after === 62)) return k;
    pos = k + 2;
  }
}

type Tag = { name: string; attrs: Attrs; end: number; closing: boolean };

/** Reads one tag starting at `<`; attribute values are entity-decoded. */
function readTag(html: string, lt: number): Tag {
  const n = html.length;
  let j = lt + 1;
  const closing = html[j] === '/';
  if (closing) j++;
  const nameStart = j;
  while (j < n) {
    const c = html.charCodeAt(j);
    if (isSpace(c) || c === 47 || c === 62) break;
    j++;
  }
  const name = html.slice(nameStart, j).toLowerCase();
  const attrs: Attrs = new Map();
  while (j < n) {
    const c = html.charCodeAt(j);
    if (c === 62) return { name, attrs, end: j + 1, closing };
    if (isSpace(c) || c === 47) {
      j++;
      continue;
    }
    const attrStart = j;
    j++; // the first character may be '=' (browsers allow it), so always take one
    while (j < n) {
      const d = html.charCodeAt(j);
      if (isSpace(d) || d === 47 || d === 62 || d === 61) break;
      j++;
    }
    const attrName = html.slice(attrStart, j).toLowerCase();
    while (j < n && isSpace(html.charCodeAt(j))) j++;
    let value = '';
    if (html[j] === '=') {
      j++;
      while (j < n && isSpace(html.charCodeAt(j))) j++;
      const q = html[j];
      if (q === '"' || q === "'") {
        const close = html.indexOf(q, j + 1);
        const stop = close < 0 ? n : close;
        value = html.slice(j + 1, stop);
        j = close < 0 ? n : close + 1;
      } else {
        const valueStart = j;
        while (j < n) {
          const d = html.charCodeAt(j);
          if (isSpace(d) || d === 62) break;
          j++;
        }
        value = html.slice(valueStart, j);
      }
    }
    if (!attrs.has(attrName)) attrs.set(attrName, decodeEntities(value));
  }
  return { name, attrs, end: n, closing };
}

/** Browsers drop tabs and line breaks inside URLs and trim the ends. */
function cleanHref(href: string): string {
  let out = '';
  for (const ch of href) {
    if (ch !== '\t' && ch !== '\n' && ch !== '\r') out += ch;
  }
  return out.trim();
}

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

export function htmlToVisibleText(html: string, options: HtmlTextOptions = {}): HtmlText {
  const maxTextChars = options.maxTextChars ?? Number.POSITIVE_INFINITY;
  const maxLinks = options.maxLinks ?? 1_000;
  const n = html.length;
  const stack: Frame[] = [];
  let hiddenDepth = 0;
  let inertDepth = 0;
  let preDepth = 0;
  let inHead = false;
  const hiddenClasses = new Set<string>();
  const out: string[] = [];
  let outLength = 0;
  let hiddenText = '';
  let hiddenTextChars = 0;
  const links: string[] = [];
  const seenLinks = new Set<string>();

  const visible = (): boolean => hiddenDepth === 0 && inertDepth === 0 && !inHead;

  const push = (s: string): void => {
    if (outLength >= maxTextChars) return;
    out.push(s);
    outLength += s.length;
  };

  const emitText = (raw: string): void => {
    if (inertDepth > 0) return;
    const decoded = decodeEntities(raw);
    if (inHead) {
      // Text in <head> ends it, as in a browser; whitespace does not.
      if (decoded.trim() === '') return;
      inHead = false;
    }
    const text = preDepth > 0 ? decoded.replace(/\r\n?/g, '\n') : decoded.replace(/[\t\n\f\r ]+/g, ' ');
    if (hiddenDepth > 0) {
      const compact = text.replace(/\s+/g, '');
      hiddenTextChars += compact.length;
      if (hiddenText.length < HIDDEN_TEXT_CAP && compact.length > 0) {
        hiddenText = (hiddenText + ' ' + text.trim()).trimStart().slice(0, HIDDEN_TEXT_CAP);
      }
      return;
    }
    push(text);
  };

  const popTo = (index: number): void => {
    while (stack.length > index) {
      const f = stack.pop()!;
      if (f.hidden) hiddenDepth--;
      if (f.inert) inertDepth--;
      if (PRE.has(f.name)) preDepth--;
      if (f.hidden || !visible()) continue;
      if (BLOCK.has(f.name)) push('\n');
      else if (CELL.has(f.name)) push(' ');
    }
  };

  /** Closes the nearest open element named in `names`, unless a `scope` element comes first. */
  const closeImplied = (names: ReadonlySet<string>, scope: ReadonlySet<string>): void => {
    for (let k = stack.length - 1; k >= 0; k--) {
      const name = stack[k]!.name;
      if (names.has(name)) {
        popTo(k);
        return;
      }
      if (scope.has(name)) return;
    }
  };

  const hidesElement = (attrs: Attrs): boolean => {
    if (attrs.has('hidden')) return true;
    const style = attrs.get('style');
    if (style !== undefined && styleHides(style)) return true;
    const cls = attrs.get('class');
    if (cls !== undefined && hiddenClasses.size > 0) {
      for (const c of cls.toLowerCase().split(/[\t\n\f\r ]+/)) if (c && hiddenClasses.has(c)) return true;
    }
    return false;
  };

  const startTag = (tag: Tag): void => {
    const { name, attrs } = tag;
    if (name === 'html') return;
    if (name === 'head') {
      inHead = true;
      return;
    }
    if (name === 'body') {
      inHead = false;
      return;
    }
    if (inHead && !HEAD_CONTENT.has(name)) inHead = false;

    if (CLOSES_P.has(name)) closeImplied(P_ONLY, P_SCOPE);
    if (name === 'li') closeImplied(LI_ONLY, LI_SCOPE);
    if (name === 'td' || name === 'th') closeImplied(CELL, CELL_SCOPE);
    if (name === 'tr') closeImplied(TR_ONLY, ROW_SCOPE);

    const hidden = hidesElement(attrs);
    const shown = visible() && !hidden;

    if (name === 'br') {
      if (shown) push('\n');
      return;
    }
    if (name === 'img' || name === 'area' || (name === 'input' && attrs.get('type')?.toLowerCase() === 'image')) {
      const alt = attrs.get('alt') ?? (name === 'img' ? attrs.get('title') : undefined);
      if (alt && alt.trim()) {
        if (shown) push(' ' + alt.replace(/[\t\n\f\r ]+/g, ' ') + ' ');
        else if (hidden || hiddenDepth > 0) emitHiddenAlt(alt);
      }
    }
    if ((name === 'a' || name === 'area') && shown && links.length < maxLinks) {
      const href = attrs.get('href');
      if (href !== undefined) {
        const clean = cleanHref(href);
        if (clean && !seenLinks.has(clean)) {
          seenLinks.add(clean);
          links.push(clean);
        }
      }
    }
    if (VOID.has(name)) {
      if (name === 'hr' && shown) push('\n');
      return;
    }
    if (BLOCK.has(name) && shown) push('\n');
    if (stack.length >= MAX_STACK) return;
    const inert = INERT.has(name) && name !== 'head';
    stack.push({ name, hidden, inert });
    if (hidden) hiddenDepth++;
    if (inert) inertDepth++;
    if (PRE.has(name)) preDepth++;
  };

  const emitHiddenAlt = (alt: string): void => {
    const depthBefore = hiddenDepth;
    hiddenDepth = Math.max(1, hiddenDepth);
    emitText(alt);
    hiddenDepth = depthBefore;
  };

  const endTag = (name: string): void => {
    if (name === 'head') {
      inHead = false;
      return;
    }
    if (name === 'br') {
      if (visible()) push('\n');
      return;
    }
    for (let k = stack.length - 1; k >= 0; k--) {
      if (stack[k]!.name === name) {
        popTo(k);
        return;
      }
    }
  };

  let i = 0;
  while (i < n) {
    const lt = html.indexOf('<', i);
    const textEnd = lt < 0 ? n : lt;
    if (textEnd > i) emitText(html.slice(i, textEnd));
    if (lt < 0) break;
    i = lt;
    if (html.startsWith('<!--', i)) {
      const close = html.indexOf('-->', i + 4);
      i = close < 0 ? n : close + 3;
      continue;
    }
    const next = html.charCodeAt(i + 1);
    if (next === 33 /* ! */ || next === 63 /* ? */) {
      const close = html.indexOf('>', i + 2);
      i = close < 0 ? n : close + 1;
      continue;
    }
    const isEnd = next === 47; /* / */
    if (!isAsciiAlpha(isEnd ? html.charCodeAt(i + 2) : next)) {
      emitText('<');
      i++;
      continue;
    }
    const tag = readTag(html, i);
    i = tag.end;
    if (tag.closing) {
      endTag(tag.name);
      continue;
    }
    if (RAW_TEXT.has(tag.name)) {
      const close = findEndTag(html, tag.name, i);
      const content = html.slice(i, close < 0 ? n : close);
      if (tag.name === 'style') hiddenClassesFrom(content, hiddenClasses);
      else if (tag.name === 'textarea' && visible() && !hidesElement(tag.attrs)) push('\n' + decodeEntities(content) + '\n');
      if (close < 0) break;
      const gt = html.indexOf('>', close);
      i = gt < 0 ? n : gt + 1;
      continue;
    }
    startTag(tag);
  }

  return { text: tidyLines(out.join('')).slice(0, maxTextChars), hiddenText, hiddenTextChars, links };
}
