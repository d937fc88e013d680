/**
 * The text a person sees in a mail's DOM: one extractor for the extension (the webmail's live
 * DOM) and the command line (the mail's HTML parsed by a DOM implementation in Node), so that a
 * mail gets the same verdict in a helpdesk's scan and in the reader's browser. Uses only DOM
 * node interfaces (no window, no layout, no computed style), and reads, never changes, the tree.
 *
 * Hidden: `hidden`, `aria-hidden="true"`, inline styles that hide (display, visibility, a font
 * of a pixel or less, zero opacity, transparent text or text in its background's colour,
 * `mso-hide:all`, zero-size or scaled-away boxes, off-screen positions and indents;
 * utils/core/mail/css-hiding.ts decides), and classes that a `<style>`
 * element inside the root hides with a plain rule. Hidden text is reported apart, because
 * extortion mail pads itself with invisible text to fool filters. Image alt text is read (an
 * image that says "pay here" is seen), and the targets of visible links are collected.
 */
import { hiddenClassesFrom, styleHides, styleReversesText } from '../core/mail/css-hiding';
import { tidyLines, type HtmlText, type HtmlToText } from '../core/mail/html-text';

export type VisibleTextOptions = {
  /** Stop collecting visible text after this many characters (links are still collected). */
  maxTextChars?: number;
  maxLinks?: number;
};

const HIDDEN_TEXT_CAP = 4_000;
const PRE = new Set(['PRE', 'LISTING']);
const SPACE_RUN = /[\t\n\f\r ]+/g;
const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

const SKIPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'HEAD', 'TITLE', 'SVG', 'IFRAME', 'OBJECT', 'TEXTAREA']);
const BLOCK = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BODY', 'CAPTION', 'CENTER', 'DD', 'DETAILS', 'DIALOG', 'DIR', 'DIV',
  'DL', 'DT', 'FIELDSET', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER',
  'HR', 'LI', 'MAIN', 'MENU', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'THEAD', 'TFOOT',
  'TR', 'UL', 'LISTING',
]);
const CELL = new Set(['TD', 'TH']);

function hiddenBy(el: Element, hiddenClasses: ReadonlySet<string>): boolean {
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  const style = el.getAttribute('style');
  if (style && styleHides(style)) return true;
  if (hiddenClasses.size > 0) {
    const cls = el.getAttribute('class');
    if (cls) for (const c of cls.toLowerCase().split(/[\t\n\f\r ]+/)) if (c && hiddenClasses.has(c)) return true;
  }
  return false;
}

const RIGHT_TO_LEFT_OVERRIDE = '\u202E';
const POP_DIRECTION = '\u202C';

/**
 * `<bdo dir="rtl">` or a style that overrides the direction: its letters are shown in reverse.
 * The text is kept as stored between a right-to-left override and a pop, which normalisation
 * reads in the order a person sees (utils/core/text/normalize.ts), like the same characters in
 * plain text.
 */
function reversesText(el: Element, tag: string): boolean {
  if (tag === 'BDO') return (el.getAttribute('dir') ?? '').trim().toLowerCase() === 'rtl';
  const style = el.getAttribute('style');
  return style !== null && styleReversesText(style);
}

/** `tidyLines` after runs of spaces (a DOM keeps the source's) and no-break spaces become one space. */
function tidyDomLines(raw: string): string {
  return tidyLines(raw.replace(/[ \t\r\f\v\u00a0]+/g, ' '));
}

/**
 * Classes hidden by plain rules in the `<style>` elements under `root`. Walked with an explicit
 * stack, not `querySelectorAll`: happy-dom's selector engine recurses per level and overflows
 * the call stack on a mail of 100,000 nested elements (the parser bench's hostile input).
 */
function hiddenClassesIn(root: Node): Set<string> {
  const classes = new Set<string>();
  const stack: Node[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.nodeType === ELEMENT_NODE && (node as Element).tagName.toUpperCase() === 'STYLE') {
      hiddenClassesFrom(node.textContent ?? '', classes);
      continue;
    }
    for (let c = node.firstChild; c; c = c.nextSibling) if (c.nodeType === ELEMENT_NODE) stack.push(c);
  }
  return classes;
}

function cleanHref(href: string): string {
  return href.replace(/[\t\n\r]/g, '').trim();
}

export function extractVisibleText(root: Node | null | undefined, options: VisibleTextOptions = {}): HtmlText {
  const maxTextChars = options.maxTextChars ?? Number.POSITIVE_INFINITY;
  const maxLinks = options.maxLinks ?? 1_000;
  const out: HtmlText = { text: '', hiddenText: '', hiddenTextChars: 0, links: [] };
  if (!root) return out;
  const hiddenClasses = hiddenClassesIn(root);
  const visible: string[] = [];
  const hidden: string[] = [];
  let visibleLength = 0;
  let hiddenLength = 0;
  const seenLinks = new Set<string>();

  const emit = (text: string, isHidden: boolean): void => {
    if (isHidden) {
      out.hiddenTextChars += text.replace(/\s+/g, '').length;
      if (hiddenLength < HIDDEN_TEXT_CAP) {
        hidden.push(text);
        hiddenLength += text.length;
      }
    } else if (visibleLength < maxTextChars) {
      visible.push(text);
      visibleLength += text.length;
    }
  };

  // An explicit stack instead of recursion: hostile mail nests thousands of elements deep.
  // `pre`: inside <pre> or <listing>, where line breaks in the text are line breaks; elsewhere
  // a browser shows every run of white space, line breaks too, as one space.
  type Step = { node: Node; hidden: boolean; pre: boolean } | { close: string; hidden: boolean; reversed: boolean };
  const stack: Step[] = [];
  const pushChildren = (node: Node, isHidden: boolean, pre: boolean): void => {
    const children: Node[] = [];
    for (let c = node.firstChild; c; c = c.nextSibling) children.push(c);
    for (let i = children.length - 1; i >= 0; i--) stack.push({ node: children[i]!, hidden: isHidden, pre });
  };
  pushChildren(root, false, false);
  while (stack.length > 0) {
    const step = stack.pop()!;
    if ('close' in step) {
      if (step.reversed) emit(POP_DIRECTION, step.hidden);
      if (BLOCK.has(step.close)) emit('\n', step.hidden);
      else if (CELL.has(step.close)) emit(' ', step.hidden);
      continue;
    }
    const node = step.node;
    if (node.nodeType === TEXT_NODE) {
      const t = node.nodeValue ?? '';
      if (t) emit(step.pre ? t : t.replace(SPACE_RUN, ' '), step.hidden);
      continue;
    }
    if (node.nodeType !== ELEMENT_NODE) continue;
    const el = node as Element;
    const tag = el.tagName.toUpperCase();
    // Our own banner hosts in a webmail page are not the mail.
    if (SKIPPED.has(tag) || el.hasAttribute('data-vahti')) continue;
    const isHidden = step.hidden || hiddenBy(el, hiddenClasses);
    if (tag === 'BR') {
      emit('\n', isHidden);
      continue;
    }
    if (tag === 'IMG' || tag === 'AREA' || (tag === 'INPUT' && el.getAttribute('type') === 'image')) {
      const alt = el.getAttribute('alt') ?? (tag === 'IMG' ? el.getAttribute('title') : null);
      if (alt && alt.trim()) emit(` ${alt.replace(/[\t\n\f\r ]+/g, ' ')} `, isHidden);
    }
    if (!isHidden && (tag === 'A' || tag === 'AREA') && out.links.length < maxLinks) {
      const href = el.getAttribute('href');
      const clean = href ? cleanHref(href) : '';
      if (clean && !seenLinks.has(clean)) {
        seenLinks.add(clean);
        out.links.push(clean);
      }
    }
    if (BLOCK.has(tag)) emit('\n', isHidden);
    const reversed = reversesText(el, tag);
    if (reversed) emit(RIGHT_TO_LEFT_OVERRIDE, isHidden);
    stack.push({ close: tag, hidden: isHidden, reversed });
    pushChildren(el, isHidden, step.pre || PRE.has(tag));
  }
  out.text = tidyDomLines(visible.join('')).slice(0, maxTextChars === Number.POSITIVE_INFINITY ? undefined : maxTextChars);
  out.hiddenText = tidyDomLines(hidden.join('')).slice(0, HIDDEN_TEXT_CAP);
  return out;
}

/** Something that parses HTML into an inert document: the page's `DOMParser`, or happy-dom's in Node. */
export type HtmlParser = { parseFromString(html: string, type: 'text/html'): { documentElement: unknown } };

/**
 * Mail HTML to `HtmlText` through `parser`: the document is only parsed (a `DOMParser` document
 * runs no script and loads nothing), then read by `extractVisibleText`.
 */
export function htmlToVisibleTextWith(parser: HtmlParser): HtmlToText {
  return (html, options) => extractVisibleText(parser.parseFromString(html, 'text/html').documentElement as Node, options);
}
