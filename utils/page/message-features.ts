/**
 * Assembles `MessageFeatures` from what an adapter found, clipped to the contract's limits so
 * that the background (which validates strictly) never rejects a real message for its size.
 */
import type { MessageFeatures } from '../core/engine/features';
import { clipBodyText, FEATURE_LIMITS } from '../core/engine/feature-limits';
import { compactText, linkTargets, visibleText } from './text';

export interface FoundParts {
  senderAddress: string;
  senderName: string;
  replyTo?: string[];
  /** The To addresses, where the webmail shows them: the "sent from your own account" check needs them. */
  recipients?: string[];
  /** The To names, where the webmail shows them. */
  recipientNames?: string[];
  subject: string;
  /** Roots whose visible text is the body (an element or an iframe's body). */
  bodyRoots: (Element | null | undefined)[];
}

/**
 * How much visible text is read before the body is clipped to the contract's limit: past the
 * limit, so that the end of a long message (where a demand after filler stands) is kept.
 */
const PAGE_TEXT_LIMIT = FEATURE_LIMITS.bodyText * 4;

export function buildFeatures(parts: FoundParts): MessageFeatures {
  const roots = parts.bodyRoots.filter((r): r is Element => !!r);
  const body = clipBodyText(roots.map((r) => visibleText(r, PAGE_TEXT_LIMIT)).join('\n'));
  const links = roots.flatMap((r) => linkTargets(r)).slice(0, FEATURE_LIMITS.links);
  return {
    senderAddress: compactText(parts.senderAddress, FEATURE_LIMITS.address).toLowerCase(),
    senderName: compactText(parts.senderName, FEATURE_LIMITS.name),
    replyTo: (parts.replyTo ?? []).map((a) => compactText(a, FEATURE_LIMITS.address).toLowerCase()).filter(Boolean).slice(0, 10),
    ...(parts.recipients ? { recipients: parts.recipients.map((a) => compactText(a, FEATURE_LIMITS.address).toLowerCase()).filter(Boolean).slice(0, FEATURE_LIMITS.recipients) } : {}),
    ...(parts.recipientNames ? { recipientNames: parts.recipientNames.map((n) => compactText(n, FEATURE_LIMITS.name)).filter(Boolean).slice(0, FEATURE_LIMITS.recipients) } : {}),
    subject: compactText(parts.subject, FEATURE_LIMITS.subject),
    bodyText: body.text,
    links,
    ...(body.clip ? { bodyClipped: body.clip } : {}),
  };
}
