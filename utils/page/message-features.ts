/**
 * Assembles `MessageFeatures` from what an adapter found, clipped to the contract's limits so
 * that the background (which validates strictly) never rejects a real message for its size.
 */
import type { MessageFeatures } from '../core/engine/features';
import { FEATURE_LIMITS } from '../core/engine/feature-limits';
import { compactText, linkTargets, visibleText } from './text';

export interface FoundParts {
  senderAddress: string;
  senderName: string;
  replyTo?: string[];
  /** The To addresses, where the webmail shows them: the "sent from your own account" check needs them. */
  recipients?: string[];
  subject: string;
  /** Roots whose visible text is the body (an element or an iframe's body). */
  bodyRoots: (Element | null | undefined)[];
}

export function buildFeatures(parts: FoundParts): MessageFeatures {
  const roots = parts.bodyRoots.filter((r): r is Element => !!r);
  const bodyText = roots.map((r) => visibleText(r)).join('\n').slice(0, FEATURE_LIMITS.bodyText);
  const links = roots.flatMap((r) => linkTargets(r)).slice(0, FEATURE_LIMITS.links);
  return {
    senderAddress: compactText(parts.senderAddress, FEATURE_LIMITS.address).toLowerCase(),
    senderName: compactText(parts.senderName, FEATURE_LIMITS.name),
    replyTo: (parts.replyTo ?? []).map((a) => compactText(a, FEATURE_LIMITS.address).toLowerCase()).filter(Boolean).slice(0, 10),
    ...(parts.recipients ? { recipients: parts.recipients.map((a) => compactText(a, FEATURE_LIMITS.address).toLowerCase()).filter(Boolean).slice(0, 10) } : {}),
    subject: compactText(parts.subject, FEATURE_LIMITS.subject),
    bodyText,
    links,
  };
}
