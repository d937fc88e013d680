/**
 * The private conversation between the content script and the warning page it frames (an
 * extension page, so the webmail cannot script or restyle it). The background is the warning's
 * only author: the content script asks it for a one-time token for a message it flagged, and
 * hands the token to the frame in a `postMessage` with a `MessagePort`. The frame redeems the
 * token with the background, which answers once with everything the warning shows. Until a token
 * is redeemed the frame shows nothing and sends nothing; after that, only the port carries the
 * frame's reports (height, body hidden, dismissed), out of the page's reach. Checked by hand (no
 * zod here: the content script must stay small).
 */
import type { MessageDetails } from './provider';

export const FRAME_HELLO = 'vahti-warning-token';

/** Content script → warning page, once per frame load. */
export interface FrameHello {
  type: typeof FRAME_HELLO;
  /** 128 random bits from the background, hex. */
  token: string;
  /**
   * Date, recipients and shown headers for the evidence file, read from the page. Not trusted:
   * the warning page checks them field by field (`parseMessageDetails`) and drops what does not fit.
   */
  details?: MessageDetails;
}

/** Warning page → content script, over the port only. */
export type FrameReport =
  | { type: 'height'; px: number }
  | { type: 'body-hidden'; hidden: boolean }
  | { type: 'dismissed' };

const TOKEN_SHAPE = /^[0-9a-f]{32}$/;

/** A hello as the warning page receives it: `details` stays unknown until validated. */
export function parseHello(data: unknown): { token: string; details: unknown } | null {
  if (typeof data !== 'object' || data === null) return null;
  const d = data as { type?: unknown; token?: unknown; details?: unknown };
  if (d.type !== FRAME_HELLO || typeof d.token !== 'string' || !TOKEN_SHAPE.test(d.token)) return null;
  return { token: d.token, details: d.details };
}

export function isFrameReport(data: unknown): data is FrameReport {
  if (typeof data !== 'object' || data === null) return false;
  const d = data as { type?: unknown; px?: unknown; hidden?: unknown };
  if (d.type === 'height') return typeof d.px === 'number' && Number.isFinite(d.px);
  if (d.type === 'body-hidden') return typeof d.hidden === 'boolean';
  return d.type === 'dismissed';
}
