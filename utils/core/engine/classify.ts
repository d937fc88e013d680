/**
 * From message features to a verdict. Owns the order of work and the wording of list reasons;
 * must not hold list data itself (index.ts) nor judge text by heuristics (utils/core/heuristics).
 *
 * Split in two steps so that the background can do the exact-key lookups in IndexedDB:
 *   extractEvidence(features, textIndex) → lookup keys + text and heuristic findings
 *   verdictFrom(evidence, hits)          → verdict
 * `classify` glues them with the in-memory lookups. Every step is linear in the message size:
 * normalisation and folding are single passes, payment addresses are found by a linear scan,
 * content signatures and display names go through one automaton pass each, and each key is
 * one hash probe.
 */
import { assessHeuristics, type NearMiss, type Resemblance } from '../heuristics';
import { findPaymentAddressesInNormalized } from '../payment/find';
import { domainSuffixes, normalizeEmailAddress } from '../sender/address';
import { foldDigitsInWords, foldForMatching, foldNormalizedForMatching, normalizeText } from '../text/normalize';
import type { MessageFeatures } from './features';
import { lookupExact, type ExactHits, type MatchIndex, type Provenance, type TextIndex } from './index';
import { paymentKey, senderAddressKey, senderDomainKey } from './keys';
import { redactAddress, redactEmail } from '../text/redact';
import { ReasonRuleSchema, ReasonSchema, type Reason, type Verdict } from './verdict';

/** One exact key the message produced and what it would mean if the key is listed. */
export interface ExactLookup {
  key: string;
  rule: 'payment-address' | 'sender-address' | 'sender-domain';
  /** Redacted form of the message's value. */
  matched: string;
  /** `from` / `reply-to` for senders; the coin for payments. */
  signal: string;
}

export interface HeuristicFinding {
  signal: string;
  matched: string;
}

export interface Evidence {
  /** Distinct keys to look up (in memory or in IndexedDB). */
  keys: string[];
  lookups: ExactLookup[];
  /** Reasons from the text index (display names, content signatures), already resolved. */
  textReasons: Reason[];
  heuristics: {
    suspected: boolean;
    findings: HeuristicFinding[];
    /** Rules that did not fire and what each lacked (for `npm run scan -- --explain`). */
    nearMisses?: NearMiss[];
    /** Warning-framing cues that vetoed a verdict, if any. */
    counterSignals?: HeuristicFinding[];
    /** The resemblance model's score and the words that raised it (for `--explain`). */
    resemblance?: Resemblance;
  };
}

const MAX_REASONS = 50;
const MAX_MATCHED = 200;
const MAX_SIGNAL = 64;

/** Cuts a string for display, marking the cut with an ellipsis. */
const shorten = (s: string, max: number): string => (s.length <= max ? s : `${s.slice(0, max - 1)}…`);

function senderLookups(raw: string, signal: 'from' | 'reply-to', out: ExactLookup[]): void {
  const address = normalizeEmailAddress(raw);
  if (address === null) return;
  out.push({ key: senderAddressKey(address.address), rule: 'sender-address', matched: redactEmail(address.address), signal });
  for (const suffix of domainSuffixes(address.domain)) {
    // A bare top-level domain can never be listed (parse rejects it): skip the probe.
    if (!suffix.includes('.')) continue;
    out.push({ key: senderDomainKey(suffix), rule: 'sender-domain', matched: suffix, signal });
  }
}

const listReason = (rule: Reason['rule'], p: Provenance, matched: string, signal?: string): Reason => ({
  rule,
  ...(signal === undefined ? {} : { signal: shorten(signal, MAX_SIGNAL) }),
  campaignId: p.campaignId,
  listId: p.listId,
  listVersion: p.listVersion,
  matched: shorten(matched, MAX_MATCHED),
});

/** The message's text as the engine reads it: normalised, its payment addresses, and the fold phrases are matched in. */
export function prepareText(features: Pick<MessageFeatures, 'subject' | 'bodyText' | 'links'>) {
  const subject = normalizeText(features.subject);
  const body = normalizeText(features.bodyText);
  // One copy of the message text for the address scan and the fold.
  const text = `${subject}\n${body}`;
  const links = features.links;
  // Links are searched too: a `bitcoin:` URI may sit only in an href.
  const addresses = findPaymentAddressesInNormalized(links.length > 0 ? `${text}\n${links.map(normalizeText).join('\n')}` : text);
  return { subject, body, addresses, folded: foldNormalizedForMatching(text) };
}

export function extractEvidence(features: MessageFeatures, textIndex: TextIndex): Evidence {
  const lookups: ExactLookup[] = [];
  senderLookups(features.senderAddress, 'from', lookups);
  for (const replyTo of features.replyTo) senderLookups(replyTo, 'reply-to', lookups);

  const { subject, body, addresses, folded } = prepareText(features);
  const links = features.links;
  for (const found of addresses) {
    lookups.push({
      key: paymentKey(found.coin, found.address),
      rule: 'payment-address',
      matched: redactAddress(found.address),
      signal: found.coin,
    });
  }

  // One automaton pass finds both the signatures' phrases and the heuristics' lexicon phrases.
  // Both read digits that stand for letters as letters ("b1tc01n"), as list phrases are prepared.
  const foldedForPhrases = foldDigitsInWords(folded);
  const scanned = textIndex.signatures.matchWithExtra(foldedForPhrases);
  // The sender's name is read for an authority claim ("Gendarmerie nationale"), by the same automaton.
  const nameCueIds = features.senderName ? textIndex.signatures.matchWithExtra(foldDigitsInWords(foldForMatching(features.senderName))).extra : null;
  const assessed = assessHeuristics({
    subject,
    body,
    folded,
    foldedForPhrases,
    // Absent when the pass stopped at its cap: the heuristics then scan on their own.
    ...(scanned.extra === null ? {} : { cueIds: scanned.extra }),
    ...(nameCueIds === null ? {} : { senderNameCueIds: nameCueIds }),
    addresses,
    links,
    senderAddress: features.senderAddress,
    senderName: features.senderName,
    recipients: features.recipients,
    recipientNames: features.recipientNames,
  });

  const textReasons: Reason[] = [];
  const { provenance } = textIndex;
  for (const hit of textIndex.displayNames.match(features.senderName)) {
    textReasons.push(listReason('display-name', provenance[hit.ref]!, hit.pattern, 'from'));
  }
  // A bulletin or an article that quotes a whole campaign matches its wording; the framing that
  // vetoes the heuristics vetoes wording too. A listed sender or payment address still counts.
  const signatureHits = scanned.hits;
  if (!assessed.warningFraming) {
    for (const hit of signatureHits) {
      textReasons.push(listReason('content-signature', provenance[hit.ref]!, hit.phrases.join(' + '), hit.signatureId));
    }
  }

  const keys = [...new Set(lookups.map((l) => l.key))];
  return { keys, lookups, textReasons, heuristics: {
      suspected: assessed.suspected,
      findings: assessed.findings,
      nearMisses: assessed.nearMisses,
      counterSignals: assessed.counterSignals,
      ...(assessed.resemblance === undefined ? {} : { resemblance: assessed.resemblance }),
    },
  };
}

// Reasons are shown in the order the schema declares the rules: list entries first, heuristics last.
const RULE_ORDER: readonly Reason['rule'][] = ReasonRuleSchema.options;

export function verdictFrom(evidence: Evidence, hits: ExactHits): Verdict {
  const listed: Reason[] = [];
  for (const lookup of evidence.lookups) {
    for (const p of hits.get(lookup.key) ?? []) listed.push(listReason(lookup.rule, p, lookup.matched, lookup.signal));
  }
  listed.push(...evidence.textReasons);
  listed.sort((a, b) => RULE_ORDER.indexOf(a.rule) - RULE_ORDER.indexOf(b.rule));

  // Findings explain a warning; on a message that is not flagged they would only alarm (a
  // receipt "has a payment address"), so a `none` verdict carries no reasons.
  const explainHeuristics = listed.length > 0 || evidence.heuristics.suspected;
  const heuristic: Reason[] = (explainHeuristics ? evidence.heuristics.findings : []).map((f) => ({
    rule: 'heuristic',
    signal: shorten(f.signal, MAX_SIGNAL),
    matched: shorten(f.matched, MAX_MATCHED),
  }));

  const seen = new Set<string>();
  const reasons: Reason[] = [];
  for (const reason of [...listed, ...heuristic]) {
    const id = JSON.stringify([reason.rule, reason.signal, reason.campaignId, reason.listId, reason.listVersion, reason.matched]);
    if (seen.has(id)) continue;
    seen.add(id);
    // Reasons leave the engine for the UI and messages: hold them to the shared contract.
    reasons.push(ReasonSchema.parse(reason));
    if (reasons.length === MAX_REASONS) break;
  }
  const level = listed.length > 0 ? 'known' : evidence.heuristics.suspected ? 'suspected' : 'none';
  return { level, reasons };
}

export function classify(index: MatchIndex, features: MessageFeatures): Verdict {
  const evidence = extractEvidence(features, index.text);
  return verdictFrom(evidence, lookupExact(index, evidence.keys));
}
