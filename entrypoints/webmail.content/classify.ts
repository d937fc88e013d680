/**
 * The content script's one question to the background: "what is this message?". Sends the
 * message features (never anywhere else) and checks the answer's shape without zod, to keep
 * the content script small; the background validates what it receives with the full schema.
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
