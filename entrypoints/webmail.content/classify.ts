/**
 * The content script's questions to the background: "what is this message?" and "a token for
 * its warning frame". Sends the message features (never anywhere else) and checks the answers'
 * shape without zod, to keep the content script small; the background validates what it
 * receives with the full schema. What the warning shows never passes through here.
 */
import { browser } from 'wxt/browser';
import type { MessageFeatures } from '../../utils/core/engine/features';
import type { Verdict } from '../../utils/core/engine/verdict';
import type { ClassifyRequest } from '../../utils/app/messages';
import type { RowMark as BackgroundRowMark } from '../../utils/app/inbox/row-mark';
import type { RowMark, RowText } from '../../utils/page/scanner';

// The scanner's marks and the background's must be the same list (a type check; nothing is bundled).
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const marksAgree: Same<RowMark, BackgroundRowMark> = true;
void marksAgree;

const LEVELS = new Set(['known', 'suspected', 'none']);

function isVerdict(v: unknown): v is Verdict {
  if (typeof v !== 'object' || v === null) return false;
  const { level, reasons } = v as { level?: unknown; reasons?: unknown };
  return typeof level === 'string' && LEVELS.has(level) && Array.isArray(reasons);
}

export async function classifyInBackground(messageKey: string, features: MessageFeatures): Promise<Verdict> {
  const request: ClassifyRequest = { type: 'classify', messageKey, features };
  const response: unknown = await browser.runtime.sendMessage(request);
  const verdict = (response as { verdict?: unknown } | undefined)?.verdict;
  if (!isVerdict(verdict)) throw new Error('Vahti background gave no verdict');
  return verdict;
}

/**
 * The mark an inbox row gets, asked of the background with the row's sender and text (the
 * background decides; this script only shows). null: no mark.
 */
export async function classifyRow(rowKey: string, features: MessageFeatures, row: RowText): Promise<RowMark | null> {
  const request: ClassifyRequest = { type: 'classify', messageKey: rowKey, features, row };
  const response: unknown = await browser.runtime.sendMessage(request);
  const answer = (response ?? {}) as { verdict?: unknown; rowMark?: unknown };
  if (!isVerdict(answer.verdict)) throw new Error('Vahti background gave no verdict');
  return answer.rowMark === 'listed-sender' || answer.rowMark === 'extortion-shape' ? answer.rowMark : null;
}

export type WarningTicket = { token: string; frameUrl: string };

/** The frame must be an extension page's `warning.html`, whatever the answer says. */
const FRAME_URL = /^(chrome|moz)-extension:\/\/[0-9a-z-]+\/warning\.html$/;

async function askToken(messageKey: string): Promise<WarningTicket | null> {
  const response: unknown = await browser.runtime.sendMessage({ type: 'warningToken', messageKey });
  const { token, frameUrl } = (response ?? {}) as { token?: unknown; frameUrl?: unknown };
  return typeof token === 'string' && typeof frameUrl === 'string' && FRAME_URL.test(frameUrl) ? { token, frameUrl } : null;
}

/**
 * A one-time token for the warning of a message the background flagged. A background that
 * restarted since has forgotten its verdicts: it is asked again (with the same features) first.
 */
export async function warningTicket(messageKey: string, readFeatures: () => MessageFeatures): Promise<WarningTicket | null> {
  const token = await askToken(messageKey);
  if (token !== null) return token;
  const verdict = await classifyInBackground(messageKey, readFeatures());
  return verdict.level === 'none' ? null : askToken(messageKey);
}
