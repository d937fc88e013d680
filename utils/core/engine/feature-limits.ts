/**
 * Size limits of the message features that cross from a content script to the background. A
 * module of plain numbers, so that the content script can cut to them without bundling zod.
 */
export const FEATURE_LIMITS = {
  address: 320,
  name: 256,
  subject: 2_000,
  bodyText: 512 * 1024,
  link: 2_048,
  links: 1_000,
  /** To addresses (the own-address rule needs only a few). */
  recipients: 10,
  /** The preview of the body an inbox row shows (a webmail shows a line or two). */
  rowSnippet: 1_000,
} as const;

/** How a body longer than the limit was cut: its full length and the parts kept. */
export type BodyClip = { totalChars: number; headChars: number; tailChars: number };

// Between the kept start and end, so that no phrase is matched across the cut.
const CLIP_MARK = '\n…\n';

/** Index at or before `i` that does not split a surrogate pair. */
function pairSafe(s: string, i: number): number {
  const c = s.charCodeAt(i - 1);
  return c >= 0xd800 && c <= 0xdbff ? i - 1 : i;
}

/**
 * The body cut to `max` characters keeping its start and its end: extortion mail often puts
 * the demand last, after pages of filler, so reading only the start would miss it. Three
 * quarters of the budget go to the start (where the threat and the claims usually stand),
 * the rest to the end. `clip` is set only when something was left out.
 */
export function clipBodyText(text: string, max: number = FEATURE_LIMITS.bodyText): { text: string; clip?: BodyClip } {
  if (text.length <= max) return { text };
  const budget = max - CLIP_MARK.length;
  const headEnd = pairSafe(text, Math.floor((budget * 3) / 4));
  let tailStart = text.length - (budget - headEnd);
  // A tail starting on a low surrogate would begin with half a character.
  const first = text.charCodeAt(tailStart);
  if (first >= 0xdc00 && first <= 0xdfff) tailStart++;
  const head = text.slice(0, headEnd);
  const tail = text.slice(tailStart);
  return { text: head + CLIP_MARK + tail, clip: { totalChars: text.length, headChars: head.length, tailChars: tail.length } };
}
