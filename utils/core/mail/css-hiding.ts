/**
 * Which CSS hides text from a reader, for the one reader of mail HTML that the extension and
 * the command line share (utils/page/visible-text.ts). Pure string work, no DOM and no layout: inline styles and
 * simple class rules are what mail uses to hide filter-fooling text (`display:none`,
 * `font-size:0` or `1px`, Outlook's `mso-hide:all`, zero-size boxes with `overflow:hidden`,
 * text pushed off screen, transparent text or text in its own background's colour,
 * `transform:scale(0)`). White text on the page's white is not caught: whose white it sits on
 * is the layout's business, and a dark theme turns it readable.
 */

/** A length at or below this (px) pushes a box off any screen: `left:-9999px`, `text-indent:-5000px`. */
const OFF_SCREEN_PX = -999;

function lengthPx(value: string): number | undefined {
  const n = Number.parseFloat(value);
  if (!Number.isFinite(n)) return undefined;
  if (value.endsWith('em') || value.endsWith('rem')) return n * 16;
  return n;
}

function offScreen(d: Map<string, string>): boolean {
  const position = d.get('position');
  if (position === 'absolute' || position === 'fixed') {
    for (const prop of ['left', 'top', 'right']) {
      const v = d.get(prop);
      const px = v === undefined ? undefined : lengthPx(v);
      if (px !== undefined && px <= OFF_SCREEN_PX) return true;
    }
  }
  const indent = d.get('text-indent');
  const px = indent === undefined ? undefined : lengthPx(indent);
  if (px !== undefined && px <= OFF_SCREEN_PX) return true;
  const clip = d.get('clip');
  if (position === 'absolute' && clip !== undefined && /^rect\(\s*0(px)?[\s,]+0(px)?[\s,]+0(px)?[\s,]+0(px)?\s*\)$/.test(clip)) return true;
  return false;
}

function isZeroLength(value: string): boolean {
  const n = Number.parseFloat(value);
  return Number.isFinite(n) && n === 0;
}

/** Text of a pixel or less (`font-size:1px`, `0.5px`, `0.05em`): a line of it is a hairline, never read. */
const UNREADABLE_FONT_PX = 1;

/** A colour nobody sees: `transparent`, or an alpha of zero (`rgba(0,0,0,0)`, `hsla(…,0)`, `#ffffff00`, `#fff0`). */
function invisibleColour(value: string | undefined): boolean {
  if (value === undefined) return false;
  if (value === 'transparent') return true;
  const fn = /^(?:rgba?|hsla?)\(([^)]*)\)$/.exec(value);
  if (fn) {
    const parts = fn[1]!.split(/[\s,/]+/).filter((p) => p !== '');
    return parts.length === 4 && Number.parseFloat(parts[3]!) === 0;
  }
  return /^#(?:[0-9a-f]{3}0|[0-9a-f]{6}00)$/.test(value);
}

/** `transform: scale(0)`, `scaleX(0)`, `scale(0, 1)`: the box drawn at no size. */
function scaledAway(value: string | undefined): boolean {
  return value !== undefined && /(?:^|\s)scale[xy]?\(\s*0(?:\.0*)?\s*(?:[,)])/.test(value);
}

/** One CSS declaration list (`a: b; c: d`), property names lower-cased, `!important` dropped. */
function declarations(css: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const decl of css.split(';')) {
    const colon = decl.indexOf(':');
    if (colon < 0) continue;
    const prop = decl.slice(0, colon).trim().toLowerCase();
    let value = decl.slice(colon + 1).trim().toLowerCase();
    const bang = value.indexOf('!');
    if (bang >= 0) value = value.slice(0, bang).trim();
    if (prop) out.set(prop, value); // later declarations win, as in CSS
  }
  return out;
}

/** Whether a declaration list hides its element from a reader. */
export function styleHides(css: string): boolean {
  const d = declarations(css);
  if (offScreen(d)) return true;
  if (d.get('display') === 'none') return true;
  const visibility = d.get('visibility');
  if (visibility === 'hidden' || visibility === 'collapse') return true;
  const fontSize = d.get('font-size');
  if (fontSize !== undefined && isZeroLength(fontSize)) return true;
  // Absolute sizes and sizes relative to the font only: "1vw" or "1%" may be large.
  const fontPx = fontSize !== undefined && /^[\d.]+(?:px|pt|em|rem)$/.test(fontSize) ? lengthPx(fontSize) : undefined;
  if (fontPx !== undefined && fontPx <= UNREADABLE_FONT_PX) return true;
  // Text in a colour nobody sees, or in the colour of its own background ("color:#fff;background:#fff").
  const colour = d.get('color');
  if (invisibleColour(colour) || invisibleColour(d.get('-webkit-text-fill-color'))) return true;
  const background = d.get('background-color') ?? d.get('background');
  if (colour !== undefined && background !== undefined && colour === background) return true;
  if (scaledAway(d.get('transform'))) return true;
  const opacity = d.get('opacity');
  if (opacity !== undefined && isZeroLength(opacity)) return true;
  if (d.get('mso-hide') === 'all') return true;
  const overflow = d.get('overflow');
  if (overflow === 'hidden') {
    for (const prop of ['max-height', 'height', 'max-width', 'width']) {
      const v = d.get(prop);
      if (v !== undefined && isZeroLength(v)) return true;
    }
  }
  return false;
}

/**
 * Whether a declaration list lays its text out right to left letter by letter
 * (`unicode-bidi: bidi-override; direction: rtl`), as `<bdo dir="rtl">` does: stored "nioctib"
 * is shown as "bitcoin". The reader marks such text with a right-to-left override, which
 * normalisation reads in the order it is shown (utils/core/text/normalize.ts).
 */
export function styleReversesText(css: string): boolean {
  const d = declarations(css);
  const bidi = d.get('unicode-bidi');
  return d.get('direction') === 'rtl' && (bidi === 'bidi-override' || bidi === 'isolate-override');
}

/**
 * Class names that a `<style>` block hides with a plain rule (`.x { display: none }` or
 * `span.x {…}`). Rules inside at-rules (`@media`) are conditional and ignored: mail often hides
 * its mobile-only copy that way.
 */
export function hiddenClassesFrom(css: string, into: Set<string>): void {
  let depth = 0;
  let selectorStart = 0;
  let atRule = false;
  let blockStart = 0;
  let selector = '';
  for (let i = 0; i < css.length; i++) {
    const c = css[i];
    if (c === '{') {
      if (depth === 0) {
        selector = css.slice(selectorStart, i).trim();
        atRule = selector.startsWith('@');
        blockStart = i + 1;
      }
      depth++;
    } else if (c === '}') {
      if (depth === 0) continue;
      depth--;
      if (depth === 0) {
        if (!atRule && styleHides(css.slice(blockStart, i))) {
          for (const one of selector.split(',')) {
            const s = one.trim();
            const dot = s.lastIndexOf('.');
            const name = dot >= 0 ? s.slice(dot + 1) : '';
            // Only simple `tag.class` / `.class` selectors: anything else may not match everything.
            if (dot >= 0 && /^[a-z0-9]*$/i.test(s.slice(0, dot)) && /^[a-z0-9_-]+$/i.test(name)) into.add(name.toLowerCase());
          }
        }
        selectorStart = i + 1;
      }
    }
  }
}
