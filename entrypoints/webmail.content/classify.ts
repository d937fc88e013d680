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
