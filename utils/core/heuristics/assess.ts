/**
 * Built-in extortion heuristics: decides whether a message is `suspected` extortion that no
 * list knows yet (a fresh payment address per victim, as in Vastaamo), and says why.
 * Owns the combination rules below; must not look anything up in lists, fold text (the caller
 * passes normalised and folded text) or return unredacted values.
 *
 * Single cues are common in honest mail: bitcoin receipts carry addresses and amounts, banks
 * set due dates, clinics talk about therapy, newsletters say "publish". So a message is
 * suspected only when cues combine into the shape of a demand, and only when it does not read
 * as a warning *about* extortion. The combinations, any one of which suffices:
 *
 * 1. `address-demand-threat`: a valid payment address, a payment demand, and a threat of
 *    exposure or violence, or a pay-to-delete offer. The classic sextortion and Vastaamo mail.
 *    Disclosure words count as a threat only when they name their object or audience ("send
 *    the video to", "lähetän videon") or when something held over the reader is named (a
 *    recording, personal data, therapy, an identity code, a password or hacked device); an
 *    audience ("your friends and family") only next to a recording; and "will be deleted" is
 *    an offer only next to a recording, personal data, therapy or an identity code. Exchanges,
 *    payment processors and newsletters say all of these words.
 *    (A deadline alone is not enough: a price newsletter with a donation address has amounts,
 *    "within 24 hours" and "we publish".)
 * 2. `identity-code-demand`: a valid Finnish identity code, a cryptocurrency, a demand, and a
 *    threat, a deletion offer, or a payment address with a deadline. Proof of possession plus
 *    a crypto demand; an invoice or a Kela letter with an identity code has no crypto demand,
 *    and an exchange's identity check shows a deposit address but demands nothing.
 * 3. `tor-demand-threat`: Tor/onion instructions, a demand, and a threat or deletion offer
 *    (Fred Hutch / Integris: the payment page is on an onion site, so no address in the mail).
 * 4. `address-demand-deadline-consequence`: a valid payment address, a demand, a deadline, a
 *    consequence tied to not paying ("otherwise", "muuten", "annars", "if I don't get"), and
 *    something held over the reader, in a message that is not commercial (no invoice, late
 *    fee, reminder fee, debt collection). The coercive shape, however the threat is worded
 *    ("I'll tell your wife", "hoitokertomuksesi"). Receipts say "if you did not make this
 *    purchase", which is no consequence of not paying; a private sale ("pick it up in 2 days,
 *    otherwise I sell it") holds nothing over the reader.
 * 5. `address-price-clock-held`: a valid payment address, an amount, a time limit, and a
 *    recording of the reader, sensitive personal data or an identity code: a price on a
 *    secret, even when neither a demand nor a threat is worded in a way any lexicon knows
 *    ("Minulla on video sinusta. 400€ BTC: … 48h").
 * 6. `tiered-crypto-demand`: two amounts and two time spans (200 € in 24 h, then 500 €), a
 *    cryptocurrency, a demand, a threat or deletion offer, and one of therapy context,
 *    blame-the-company framing or "don't contact the police". Catches a Vastaamo-style mail
 *    whose address is only in an image.
 *
 * Warning framing vetoes all of them: police bulletins, news about Vastaamo and security
 * training quote the scam's words but address the reader with advice ("don't pay", "tee
 * rikosilmoitus") and describe the scam in the third person ("the scammers", "kiristäjä").
 * The veto needs two such cues (or three third-person ones), and negated advice ("if you
 * don't pay…") does not count. One thing overrides the veto: a valid identity code together
 * with a valid payment address, which no warning or article prints.
 */
import type { Coin } from '../payment/coin';
import { redactAddress } from '../text/redact';
import { findAmountDemands, findAmounts, findDeadlines, findTimeSpans } from './amounts';
import { findCues } from './cues';
import { findIdentityCodes } from './hetu';
import type { Cue } from './lexicon';

export type HeuristicInput = {
  /** `normalizeText` output. */
  subject: string;
  /** `normalizeText` output. */
  body: string;
  /** `foldForMatching(subject + '\n' + body)`. */
  folded: string;
  /** Validated payment addresses found in the message (`findPaymentAddresses`). */
  addresses: readonly { coin: Coin; address: string }[];
  /** Link targets. */
  links: readonly string[];
};

export type HeuristicFinding = { signal: string; matched: string };

export type HeuristicAssessment = {
  suspected: boolean;
  /** Positive signals, each with a redacted or lexicon-provided value. */
  findings: HeuristicFinding[];
  /** Which combination made the message suspected (see the module comment), if any. */
  rule?: string;
  /** Warning-framing cues found (advice, third-person reporting); they veto `suspected`. */
  counterSignals: HeuristicFinding[];
};

/** Findings shown per signal: enough to explain, not a dump of the message. */
const MAX_PER_SIGNAL = 3;

// "abcdefghijklmnop.onion" as a host: v2 (16) and v3 (56) onion names.
const ONION_HOST = /(?<![a-z0-9-])([a-z2-7]{16}|[a-z2-7]{56})\.onion(?![a-z0-9-])/;

/** A lexicon stem is shown as a stem: "psykoterap*" reads "psykoterap…". */
function shown(phrase: string): string {
  // Only a lone star next to a letter: redacted values ("150385-****") keep theirs.
  return phrase.replace(/^\*(?=\p{L})/u, '…').replace(/(?<=\p{L})\*$/u, '…');
}

function hostOf(link: string): string {
  try {
    return new URL(link).hostname.toLowerCase();
  } catch {
    return '';
  }
}

export function assessHeuristics(input: HeuristicInput): HeuristicAssessment {
  const folded = input.folded;
  const cues = findCues(folded);
  const cue = (c: Cue): readonly string[] => cues.get(c) ?? [];
  const findings: HeuristicFinding[] = [];
  const add = (signal: string, values: readonly string[]): void => {
    for (const v of values.slice(0, MAX_PER_SIGNAL)) findings.push({ signal, matched: shown(v).slice(0, 200) });
  };

  const addresses = input.addresses;
  const identityCodes = findIdentityCodes(`${input.subject}\n${input.body}`);
  const amounts = findAmounts(folded);
  const spans = findTimeSpans(folded);
  const deadlines = [...findDeadlines(folded), ...cue('deadline')];
  const onionLinks = input.links.map(hostOf).filter((h) => h.endsWith('.onion'));
  const onionText = ONION_HOST.exec(folded)?.[0];
  const torWords = [...cue('tor'), ...(onionText ? [onionText] : []), ...onionLinks];

  const hasAddress = addresses.length > 0;
  const crypto = hasAddress || cue('crypto').length > 0;
  const demandPhrases = [...cue('payment-demand'), ...findAmountDemands(folded)];
  const demand = demandPhrases.length > 0;
  const deadline = deadlines.length > 0;
  // Two prices in one currency ("200 €, then 500 €"); "$3,200 (0.046 BTC)" is one price twice.
  const tierAmounts = amounts.filter((a) => amounts.some((b) => b !== a && b.currency === a.currency));
  const tiered = tierAmounts.length >= 2 && spans.length >= 2;
  // "Your friends and family" is a threat only next to a recording of the reader; on its own
  // it is an exchange's safety tip or a charity appeal.
  const identity = identityCodes.length > 0;
  // Something about the reader that is claimed to be held. "Will be published" and "will be
  // deleted" threaten or bargain only with such a thing named; newsletters publish reports
  // and payment processors delete orders.
  const stronglyHeld = identity || cue('recording').length > 0 || cue('personal-data').length > 0 || cue('therapy-context').length > 0;
  const sensitive = stronglyHeld || cue('held-data').length > 0;
  const held = sensitive || cue('compromising-material').length > 0;
  // Held over the reader in words that say so: a recording of them, sensitive personal data,
  // their identity code. (Therapy alone is not: a practice that takes bitcoin talks therapy.)
  const ofTheReader = identity || cue('recording').length > 0 || cue('personal-data').length > 0;
  const audienceThreat = cue('audience').length > 0 && cue('recording').length > 0;
  const exposure = [...cue('direct-threat'), ...(held ? [...cue('exposure-threat'), ...(audienceThreat ? cue('audience') : [])] : [])];
  const threat = exposure.length > 0 || cue('violence-threat').length > 0;
  const payToDelete = cue('pay-to-delete').length > 0 && sensitive;
  const tor = torWords.length > 0;
  const pressure = cue('therapy-context').length > 0 || cue('blame-company').length > 0 || cue('no-police').length > 0;

  add('payment-address', addresses.map((a) => `${a.coin} ${redactAddress(a.address)}`));
  add('payment-demand', demandPhrases);
  add('deadline', deadlines);
  if (tiered) add('tiered-deadline', [`${tierAmounts.slice(0, 2).map((a) => a.text).join(' / ')}; ${spans.slice(0, 2).map((s) => s.text).join(' / ')}`]);
  add('exposure-threat', exposure);
  add('violence-threat', cue('violence-threat'));
  if (payToDelete) add('pay-to-delete', cue('pay-to-delete'));
  add('recording', cue('recording'));
  add('personal-data', [...cue('personal-data'), ...cue('held-data')]);
  if (identity) {
    add(demand || crypto ? 'identity-code-with-demand' : 'identity-code', identityCodes.map((c) => c.redacted));
  }
  if (tor) add('tor-payment', torWords.map((w) => (w.endsWith('.onion') ? `…${w.slice(-12)}` : w)));
  add('no-police', cue('no-police'));
  add('therapy-context', cue('therapy-context'));
  add('blame-company', cue('blame-company'));

  const rules: [string, boolean][] = [
    ['address-demand-threat', hasAddress && demand && (threat || payToDelete)],
    ['identity-code-demand', identity && crypto && demand && (threat || payToDelete || (hasAddress && (deadline || tiered)))],
    ['tor-demand-threat', tor && demand && (threat || payToDelete)],
    ['address-demand-deadline-consequence', hasAddress && demand && deadline && cue('consequence').length > 0 && held && cue('commercial').length === 0],
    ['address-price-clock-held', hasAddress && amounts.length > 0 && (deadline || spans.length > 0) && ofTheReader],
    ['tiered-crypto-demand', tiered && crypto && demand && (threat || payToDelete) && pressure],
  ];
  const fired = rules.find(([, holds]) => holds)?.[0];

  const advice = cue('advice');
  const reporting = cue('reporting');
  const counterSignals: HeuristicFinding[] = [
    ...advice.slice(0, MAX_PER_SIGNAL).map((p) => ({ signal: 'advice', matched: shown(p) })),
    ...reporting.slice(0, MAX_PER_SIGNAL).map((p) => ({ signal: 'reporting', matched: shown(p) })),
  ];
  const warningFraming =
    advice.length >= 2 || (advice.length >= 1 && reporting.length >= 1) || reporting.length >= 3;
  const vetoOverridden = identity && hasAddress;
  const suspected = fired !== undefined && (!warningFraming || vetoOverridden);

  return { suspected, findings, ...(suspected ? { rule: fired } : {}), counterSignals };
}
