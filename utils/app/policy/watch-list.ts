/**
 * The watch list at classification time: a sender (or reply-to) address or domain that the
 * person or their organisation put on the watch list makes the message `known`, whatever the
 * lists say. Exact matches only (a domain entry also covers its subdomains), never patterns.
 * Pure; the background supplies the effective list (the person's entries plus the policy's).
 */
import type { MessageFeatures } from '../../core/engine/features';
import { redactEmail } from '../../core/text/redact';
import type { Reason, Verdict } from '../../core/engine/verdict';
import { domainSuffixes, normalizeDomain, normalizeEmailAddress } from '../../core/sender/address';

export const WATCH_LIST_ID = 'watch-list';

function watchReason(features: MessageFeatures, entries: ReadonlySet<string>): Reason | undefined {
  for (const raw of [features.senderAddress, ...features.replyTo]) {
    const sender = normalizeEmailAddress(raw);
    if (!sender) continue;
    if (entries.has(sender.address)) return { rule: 'sender-address', signal: WATCH_LIST_ID, listId: WATCH_LIST_ID, matched: redactEmail(sender.address) };
    const domain = domainSuffixes(sender.domain).find((d) => entries.has(d));
    if (domain !== undefined) return { rule: 'sender-domain', signal: WATCH_LIST_ID, listId: WATCH_LIST_ID, matched: domain };
  }
  return undefined;
}

/** Canonical forms of watch-list entries (addresses and domains); entries that are neither are left out. */
export function watchSet(entries: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (const entry of entries) {
    const canonical = entry.includes('@') ? normalizeEmailAddress(entry)?.address : normalizeDomain(entry);
    if (canonical) out.add(canonical);
  }
  return out;
}

export function withWatchList(verdict: Verdict, features: MessageFeatures, entries: ReadonlySet<string>): Verdict {
  if (entries.size === 0) return verdict;
  const reason = watchReason(features, entries);
  if (!reason) return verdict;
  return { level: 'known', reasons: [reason, ...verdict.reasons].slice(0, 50) };
}
