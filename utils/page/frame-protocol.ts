/**
 * The private conversation between the content script and the warning page it frames (an
 * extension page, so the webmail cannot script or restyle it). The frame's URL fragment carries
 * a random nonce that the page never sees (the frame lives in a closed shadow root); the content
 * script's first `postMessage` must repeat it and hands over a `MessagePort`, and everything
 * after that goes over the port, out of the page's reach. Checked by hand (no zod here: the
 * content script must stay small).
 */
import type { MessageFeatures } from '../core/engine/features';
import type { Verdict } from '../core/engine/verdict';
import type { MessageDetails } from './provider';

export const FRAME_HELLO = 'vahti-warning-hello';

/** Content script → warning page: what to show. */
export interface ShowWarning {
  type: 'show';
  verdict: Verdict;
  messageKey: string;
  provider: string;
  features: MessageFeatures;
  /**
   * Date, recipients and shown headers for the evidence file. Not trusted by the warning page:
   * it checks them field by field (`parseMessageDetails`) and drops what does not fit.
   */
  details?: MessageDetails;
}

/**
 * A `ShowWarning` as the warning page receives it: `details` is not checked by `isShowWarning`
 * (a bad one must not cost the person the warning), so it stays `unknown` until validated.
 */
export type ReceivedShowWarning = Omit<ShowWarning, 'details'> & { details?: unknown };

/** Warning page → content script. */
export type FrameReport =
  | { type: 'height'; px: number }
  | { type: 'body-hidden'; hidden: boolean }
  | { type: 'dismissed' };

export function isHello(data: unknown, nonce: string): boolean {
  return typeof data === 'object' && data !== null && (data as { type?: unknown }).type === FRAME_HELLO && (data as { nonce?: unknown }).nonce === nonce;
}

export function isShowWarning(data: unknown): data is ReceivedShowWarning {
  if (typeof data !== 'object' || data === null) return false;
  const d = data as Partial<ShowWarning>;
  return d.type === 'show' && typeof d.messageKey === 'string' && typeof d.provider === 'string' && typeof d.verdict === 'object' && typeof d.features === 'object';
}

export function isFrameReport(data: unknown): data is FrameReport {
  if (typeof data !== 'object' || data === null) return false;
  const d = data as { type?: unknown; px?: unknown; hidden?: unknown };
  if (d.type === 'height') return typeof d.px === 'number' && Number.isFinite(d.px);
  if (d.type === 'body-hidden') return typeof d.hidden === 'boolean';
  return d.type === 'dismissed';
}

/** 128 random bits, hex. */
export function newNonce(crypto: Crypto): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}
