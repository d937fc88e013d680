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
 *    ("Minulla on video sinusta. 400€ BTC: … 48h"), in a message that is not commercial (a
 *    videographer takes "the remaining balance" for the wedding video in bitcoin too).
 * 6. `tiered-crypto-demand`: two amounts and two time spans (200 € in 24 h, then 500 €), a
 *    cryptocurrency, a demand, a threat or deletion offer, and one of therapy context,
 *    blame-the-company framing or "don't contact the police". Catches a Vastaamo-style mail
 *    whose address is only in an image.
 *
 * 7. `crypto-demand-threat-clock`: no valid address needed: a cryptocurrency named, a demand
 *    or an amount in a coin, a threat (exposure of something held, violence, kidnapping) or a deletion offer,
 *    and a deadline or a time span (or, for a deletion offer, its price: "on receipt of 1500 € in
 *    bitcoin I delete the video"; or "unless you pay" beside a recording or data of the reader
 *    held). The address is in an image, a QR code or behind a link;
 *    that must not save the extortioner.
 * 7b. `crypto-price-clock-recording`: rule 5's price on a recording of the reader with the coin
 *    only named ("1200 € in Bitcoin, 48 Stunden, das Video"): the address is in an image. Not
 *    commercial either.
 * 8. `self-sent-threat`: the sender's address is the recipient's own (the classic "I sent this
 *    from your account"), with a recording of the reader or a claimed hack, and a threat.
 * 9. `recording-direct-threat-hack`: a recording of the reader, a threat that names its object
 *    or audience ("I'll send your video to…"), and a claimed hack or malware: sextortion even
 *    where the source quoted no payment line.
 * 10. `police-impersonation`: a claim to be the police, a ministry or Europol (in the text or
 *    the sender's name; or, where the press quoted the mail without its letterhead, a summons
 *    with a clock and "otherwise a warrant"), an accusation of a (sexual) crime, and a demand,
 *    an amount, the authority in the sender's name, or a deadline with a summons or a consequence (fake
 *    "convocations" ask for a reply within 72 hours, "after that we will issue a warrant").
 * 11. `hacker-claim`: a first-person claim to have hacked or watched the reader ("I am a
 *    hacker", "ik hou je al een tijdje in de gaten", "I sent this from your account") with a
 *    recording, the own-address spoof, or a second, distinct sign of a hack (one phrase that
 *    both lists hold counts once). Many real mails are quoted only up to this point.
 * 12. `violence-demand`: a threat of violence or kidnapping with a demand, with a coin and an
 *    amount, with a coin and the reader's personal data, or with a coin and a consequence of not
 *    paying (the 2018 bomb threats, "if I don't get the bitcoins, the bomb goes off"; hitman
 *    mails; Ledger customers told "I know your home address" with no sum quoted). The threat is said in
 *    several words, or in one beside a coin: a pest controller "kills the wasps" for 95 €.
 * 13. `recording-threat-demand`: a recording of the reader (with an intimate context, a camera
 *    or a hack, as in rule 17, or the reader's whole world as its audience) or sensitive data
 *    about them, a threat that names its object or audience, and a demand: sextortion that
 *    names no coin.
 * 14. `authority-summons`: the sender's name claims the police, a ministry or Europol and the
 *    mail is a summons or a case file ("Vorladung", "convocation", "innkalling", "wezwanie"),
 *    with at most one warning word: the carrier mail of a fake summons, whose accusation sits
 *    in the attached PDF. Police seldom summon by email; a bulletin about fake summons warns.
 *    Neither this rule nor rule 10 fires where the mail reads as a real procedure: the reader
 *    called as a witness, the right to counsel, an everyday case (a traffic accident, a
 *    burglary, an assault), which a fake summons, accusing of sexual crimes, does not name.
 * 15. `crypto-price-recording-hack`: a coin (address or name), an amount, a recording of the
 *    reader and a claimed hack: the sextortion mail whose threat sentence uses words no lexicon
 *    has (or a homoglyph-laden spelling). A receipt has a price in a coin but no recording and
 *    no hack; a video-verification notice has a recording but no hack; a webcam-protection
 *    offer has all four, and a price per year, which makes it commercial.
 * 16. `identity-code-held-demand`: an identity code, a demand, and a threat, a deletion offer or
 *    blame on a company: the Vastaamo opener as newsrooms printed it, with no coin named.
 *    A therapist's invoice has the code and a demand but none of the third.
 * 17. `recording-direct-threat`: a recording of the reader and a threat that names it ("I will
 *    send the video to all your contacts"): the sentence that sextortion quotes keep, with an
 *    intimate context, a camera or a hack somewhere in the mail. A wedding photographer also
 *    has "photos of you" and "I'll send the video to your parents". "If you don't pay, I'll
 *    make the video public" (the frame pay-or-publish) is leverage too. A share threat that only
 *    a frame reads (frames/find.ts) counts in rules 9 and 13 only with the same.
 * 18. `violence-threats`: two threats of violence or kidnapping, each in several words and not
 *    one sentence worded twice ("wants you dead", "live or die"): the hitman and bomb openers,
 *    whose demand comes in a later mail. Single words ("bomb", "explosion") do not count.
 * 19. `recorded-intimate-hack`: the reader recorded in an intimate moment ("I filmed you while
 *    you were watching porn", in one sentence as a frame reads it, or a recording named beside
 *    an intimate context) and a break-in said or shown (a frame, a hacker's claim, a hack that
 *    shows, or two distinct signs of one: "Pegasus", "access to your webcam"): the sextortion
 *    story as newsrooms quote it, in whatever words. A podcast host who "recorded an episode
 *    about porn addiction" claims no break-in; an IT ticket about a webcam names no intimate
 *    moment.
 * 20. `resembles-extortion`: the text reads like the extortion mail the resemblance model
 *    learned from (resemblance/model.ts, a score of at least `RESEMBLANCE_THRESHOLD`), and
 *    something is held over the reader, a hack is claimed or a threat is made, in a message
 *    that is not commercial: real mail paraphrases what no phrase or frame was written for. The
 *    finding shows the score, never the mail's words. The model alone decides nothing: an exchange receipt
 *    reads like extortion to it (a coin, a deadline) but holds nothing over the reader, and
 *    the warning-framing veto keeps police bulletins out as it does for every rule.
 * 21. `commissioned-harm`: the reader's killing said to be ordered or paid for, in one phrase
 *    ("I've got an order to kill you", "un client m'a demandé de vous tuer"): the hitman mail's
 *    own sentence, which is often all a newsroom quotes. Whole phrases with the reader as the
 *    victim; the looser frame (frames/find.ts, "hired-to-harm") also reads "the sum is paid in
 *    the event of your death", so it counts only with a second threat (rule 18).
 * 22. `recorded-watching-porn`: the sender says, in one sentence, that they recorded the reader
 *    watching porn or pleasuring themselves ("I recorded a video of you while you were watching
 *    porn", or "I have a video of you masturbating"), and a recording of the reader is named in
 *    words: the claim that most sextortion quotes keep when they keep one sentence. Nudity is not enough (a boudoir photographer
 *    sends "the nude photos of you"), nor is a podcast "recorded about porn addiction", which
 *    names no recording of the reader.
 * 23. `pay-or-share`: not paying and a share with the reader's whole world in one sentence ("if
 *    you don't pay, I will send the video to all your contacts", "otherwise the video will be
 *    sent to your family and colleagues"), in a mail that is not commercial. Not where the sender
 *    says they cannot ("if you don't pay the balance, I can't send the video to your guests"):
 *    the frame does not hold in a sentence with a word of `negation`. Nor where the threat is
 *    taken back as a joke ("just kidding", "nein, Quatsch"): friends word it for fun.
 * 24. `business-extortion`: a threat against the reader's business in the words of one ("we will
 *    destroy your site's reputation", "your database will be sold to the highest bidder", "we
 *    will start the attack"), with a break-in claimed ("we have hacked your website"), a second
 *    such threat ("blocked forever", "thousands of negative reviews"), or a demand or a price
 *    with a coin or a consequence ("unless you pay"): the site, shop and DDoS ransom mail, which
 *    holds nothing about the reader as a person. A security vendor's "a DDoS attack can take your site down" is not worded as a
 *    threat, and a review platform's or an auction's words are not in the lexicon.
 * 25. `secret-for-money`: the sender claims to know what the reader hides from their spouse ("I
 *    know you cheated on your wife", "evidence of what you have been hiding"), with a coin and a
 *    demand or a price, or said twice in distinct words: the affair letter, whose threat ("your
 *    wife will find out") is often cut by the newsroom that quotes it. A detective's report is
 *    about the client's spouse, not "your affair", and a counsellor asks for no bitcoin.
 *
 * Cues come from lexicon phrases and from frames (frames/find.ts): the concepts of one sentence
 * read together in any order ("I'm going to send this video of yours to every one of your
 * contacts"). A share threat only a frame reads counts beside a recording only with leverage
 * (an intimate context, a camera, a hack, or "if you don't pay, I'll make it public"), and a
 * passive one ("the video will be sent to all your contacts") only where something is held
 * over the reader or a consequence of not paying is said.
 *
 * "If you go to the police…" is a threat in every rule: a `no-police` phrase that names the
 * police or reporting to them. "Don't tell anyone" is not (a surprise party says it).
 * Time spans count in digits and in words ("kolm päeva", lexicon/spelled-spans.ts).
 *
 * Warning framing vetoes all of them: police bulletins, news about Vastaamo and security
 * training quote the scam's words but address the reader with advice ("don't pay", "tee
 * rikosilmoitus") and describe the scam in the third person ("the scammers", "kiristäjä").
 * The veto needs two such cues (or three third-person ones), and negated advice ("if you
 * don't pay…") does not count. Quoting the mail in three or more passages is one third-person
 * cue in any language (quotations.ts). A rule that fires only on what is quoted, with a
 * narrative of twelve words or more around the quotation that demands nothing, is reported
 * speech and vetoed too ("A man from Zwolle got a mail that said: "…". He went to the police").
 * An extortioner could wrap the threat in quotation marks and a story; the payment address,
 * the sender and the lists still speak, and a narrative that demands money is the mail's own.
 * One thing overrides the veto: a valid identity code together with a valid payment address,
 * which no warning or article prints. The engine applies the
 * same veto to content signatures (`warningFraming`): an article quoting a whole campaign is
 * not `known` from its wording.
 */
import type { Coin } from '../payment/coin';
import { normalizeEmailAddress } from '../sender/address';
import { redactAddress, redactEmail, redactName } from '../text/redact';
import { findAmountDemands, findAmounts, findConditionalCoinPrice, findDeadlines, findTimeSpans, type TimeSpan } from './amounts';
import { findCues, findCuesAndFrames } from './cues';
import { findIdentityCodes } from './hetu';
import { quotesPasswordToken } from './password-token';
import { countQuotedPassages, narrativeAroundQuotes, QUOTING_PASSAGES } from './quotations';
import type { Cue } from './lexicon';
import { COMMON } from './lexicon/common';
import { isFrameValue, type FrameName } from './frames';
import { SPELLED_SPAN_HOURS } from './lexicon/spelled-spans';
import { foldDigitsInWords, foldForMatching } from '../text/normalize';
import { RESEMBLANCE_THRESHOLD, scoreResemblance, type Resemblance, type ResemblanceModel } from './resemblance/model';

export type HeuristicInput = {
  /** `normalizeText` output. */
  subject: string;
  /** `normalizeText` output. */
  body: string;
  /** `foldForMatching(subject + '\n' + body)`. */
  folded: string;
  /** The ids of `cuePatterns()` a scan of `foldDigitsInWords(folded)` found, when the caller scanned it already. */
  cueIds?: readonly number[];
  /** `foldDigitsInWords(folded)`, when the caller made it already (it is a pass over the whole text). */
  foldedForPhrases?: string;
  /** The ids of `cuePatterns()` a scan of `foldDigitsInWords(foldForMatching(senderName))` found. */
  senderNameCueIds?: readonly number[];
  /** Validated payment addresses found in the message (`findPaymentAddresses`). */
  addresses: readonly { coin: Coin; address: string }[];
  /** Link targets. */
  links: readonly string[];
  /** The sender's address and display name, as the features carry them. */
  senderAddress?: string;
  senderName?: string;
  /** The recipients' addresses (To), when the reader of the mail knows them. */
  recipients?: readonly string[];
  /** The recipients' names as shown (To), when the reader of the mail knows them. */
  recipientNames?: readonly string[];
};

/**
 * Every sign the heuristics can report as a finding, so that the UI has plain words for each
 * (`components/ReasonList.tsx` is typed on this list). `advice` and `reporting` are the warning
 * framing's counter-signals: they veto a verdict and are never shown as a reason.
 */
export const HEURISTIC_SIGNALS = [
  'payment-address', 'crypto-mention', 'payment-demand', 'amount', 'deadline', 'time-span', 'tiered-deadline',
  'exposure-threat', 'violence-threat', 'kidnapping-threat', 'business-threat', 'secret-claim', 'police-impersonation',
  'authority-claim',
  'pay-to-delete', 'recording', 'personal-data', 'compromising-material', 'hacker-claim',
  'sent-from-own-address', 'recipient-address-quoted', 'recipient-name-quoted', 'password-quoted', 'identity-code',
  'identity-code-with-demand', 'tor-payment', 'no-police', 'therapy-context', 'blame-company', 'resemblance',
] as const;
export type HeuristicSignal = (typeof HEURISTIC_SIGNALS)[number];
export type CounterSignal = 'advice' | 'reporting';

export type HeuristicFinding = { signal: HeuristicSignal | CounterSignal; matched: string };

/** A rule that did not fire and what it lacked: for `--explain`, never shown to the reader. */
export type NearMiss = { rule: string; missing: string[] };

export type HeuristicAssessment = {
  suspected: boolean;
  /** Positive signals, each with a redacted or lexicon-provided value. */
  findings: HeuristicFinding[];
  /** Which combination made the message suspected (see the module comment), if any. */
  rule?: string;
  /** Warning-framing cues found (advice, third-person reporting); they veto `suspected`. */
  counterSignals: HeuristicFinding[];
  /** The message reads as a warning about extortion (and nothing overrides that). */
  warningFraming: boolean;
  /** Every rule that did not fire, with the conditions it missed, fewest first. */
  nearMisses: NearMiss[];
  /**
   * The resemblance model's score and the words that raised it (rule 20; `--explain` prints
   * both); absent where rule 20's other conditions fail and the model was not asked.
   */
  resemblance?: Resemblance;
};

const CRYPTO_CURRENCIES = new Set(['btc', 'xmr', 'eth', 'ltc']);

/** A `no-police` phrase that names the police or reporting to them (lexicon data, every language). */
const NAMES_THE_POLICE = /poli|autorit|denunc|anmäl|zgłas|zawiad/;

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

/** The reporting services' addresses of the common lexicon, in word form ("cybermalveillance gouv fr"). */
const ADVICE_ADDRESSES: ReadonlySet<string> = new Set(COMMON.phrases.advice);

/** Link targets on a reporting service's site ("https://www.politsei.ee/…"): advice, like the address in the text. */
function adviceLinks(links: readonly string[]): string[] {
  const found = new Set<string>();
  for (const link of links) {
    const labels = hostOf(link).split(/[.-]/);
    for (let i = 0; i < labels.length - 1; i++) {
      const suffix = labels.slice(i).join(' ');
      if (ADVICE_ADDRESSES.has(suffix)) found.add(suffix);
    }
  }
  return [...found];
}

/** One rule: its name and its conditions, each named so that a near miss can say what was missing. */
type Rule = { name: string; needs: readonly (readonly [string, boolean])[] };

/**
 * Spans written in words ("kolm päeva", found as `time-span` cues) joined to the digit spans,
 * one per length, in the order found.
 */
function withSpelledSpans(digits: readonly TimeSpan[], phrases: readonly string[]): TimeSpan[] {
  const out = [...digits];
  for (const phrase of phrases) {
    const hours = SPELLED_SPAN_HOURS.get(phrase);
    if (hours !== undefined && !out.some((s) => s.hours === hours)) out.push({ text: phrase, hours });
  }
  return out;
}

/**
 * Stems of paying and money in the twelve languages: a consequence phrase that holds one ("if I
 * don't see the payment", "jos en näe maksua") is a price, where "otherwise" may follow anything.
 */
const MONEY_STEMS = [
  'pay', 'paid', 'money', 'zahl', 'geld', 'paie', 'argent', 'pago', 'pagament', 'dinero', 'soldi', 'betal', 'płat', 'plat',
  'pieni', 'maks', 'raha', 'penge', 'bitcoin', 'btc', 'überw', 'uberw', 'transf', 'przel', 'overf', 'överf', 'siirr',
  'kanta üle', 'kanta ule', 'versé', 'verse',
];

function namesMoney(phrase: string): boolean {
  return MONEY_STEMS.some((stem) => phrase.includes(stem));
}

/** Pronouns and possessives of four letters or more: shared by any two threats to one reader. */
const PRONOUNS = new Set([
  'your', 'yours', 'vous', 'votre', 'vôtre', 'sinua', 'sinut', 'sinulle', 'teidät', 'teille', 'dich', 'dein', 'deine',
  'deiner', 'ihnen', 'euch', 'jouw', 'jullie', 'dine', 'deres', 'dere', 'ditt', 'dina', 'dess', 'usted', 'ustedes',
  'tuoi', 'tuyo', 'vostro', 'vostra', 'twoje', 'twoja', 'twój', 'ciebie', 'tobie', 'sinu', 'teie', 'sind',
  // The inflected forms of "your" (pl, de, fi): "z twojego konta" and "dostęp do twojego urządzenia" are two signs.
  'twojego', 'twojej', 'twoim', 'twoją', 'twoich', 'twojemu', 'ihrer', 'ihren', 'ihrem', 'ihres', 'deinen', 'deinem',
  'deines', 'sinun', 'sinulla', 'sinulta', 'teidän', 'ihre', 'eure', 'euer', 'eurer', 'euren', 'eurem',
]);

/**
 * Words that say only tense or voice ("will", "werden", "sera"): "will be blocked forever" and
 * "you will receive thousands of negative reviews" are two threats, not one worded twice.
 */
const AUXILIARIES = new Set([
  'will', 'would', 'shall', 'have', 'been', 'werden', 'wird', 'wurde', 'haben', 'habe', 'zullen', 'wordt', 'worden',
  'hebben', 'sera', 'seront', 'avons', 'será', 'serán', 'hemos', 'sarà', 'saranno', 'abbiamo', 'kommer', 'blir',
  'blive', 'bliver', 'zostanie', 'zostaną',
]);

/**
 * Signs that are not one sign worded twice: phrases that share a word of four letters or more
 * ("paid to kill you", "i was paid", "kill you") count once, since a lexicon lists the pieces
 * of one sentence as well as the whole. Used for threats of violence and for signs of a hack.
 */
function distinctCues(phrases: readonly string[]): number {
  const words = (p: string): string[] => p.replace(/^\*|\*$/g, '').split(' ').filter((w) => w.length >= 4 && !PRONOUNS.has(w) && !AUXILIARIES.has(w));
  const groups: Set<string>[] = [];
  for (const phrase of new Set(phrases)) {
    const own = words(phrase);
    const joined = groups.filter((g) => own.some((w) => g.has(w)));
    const merged = new Set(own);
    for (const g of joined) {
      for (const w of g) merged.add(w);
      groups.splice(groups.indexOf(g), 1);
    }
    groups.push(merged);
  }
  return groups.length;
}

/**
 * "You" as the object of a recording, in the lexicons' languages: "a video of you", "vídeo tuyo",
 * "film z tobą", "nauhoitin sinut". Read in lexicon phrases only, never in the mail.
 */
const READER = new Set([
  'you', 'your', 'yourself', 'dich', 'dir', 'ihnen', 'sie', 'vous', 'toi', 'te', 'tuyo', 'tuya', 'ti', 'je',
  'jou', 'jezelf', 'u', 'dig', 'deg', 'sinut', 'sinua', 'sinusta', 'sind', 'sinust', 'cię', 'cie', 'tobą', 'toba',
  'ciebie', 'tobie',
  // The reader as the subject of the scene recorded ("en video där du onanerar"), as "you" is, and
  // the second-person verbs that say it where the pronoun is dropped ("jossa masturboit").
  'du', 'sinä', 'sina', 'ty', 'masturboit', 'masturbujesz',
]);
const namesTheReader = (phrase: string): boolean => !isFrameValue(phrase) && phrase.split(' ').some((w) => READER.has(w));

export const RULE_NAMES = [
  'address-demand-threat',
  'identity-code-demand',
  'tor-demand-threat',
  'address-demand-deadline-consequence',
  'address-price-clock-held',
  'tiered-crypto-demand',
  'crypto-demand-threat-clock',
  'crypto-price-clock-recording',
  'self-sent-threat',
  'recording-direct-threat-hack',
  'police-impersonation',
  'hacker-claim',
  'violence-demand',
  'recording-threat-demand',
  'authority-summons',
  'crypto-price-recording-hack',
  'identity-code-held-demand',
  'recording-direct-threat',
  'violence-threats',
  'recorded-intimate-hack',
  'resembles-extortion',
  'commissioned-harm',
  'recorded-watching-porn',
  'pay-or-share',
  'business-extortion',
  'secret-for-money',
] as const;

/** For the trainer's cross-validation and for tests: a model other than the shipped one. */
export type AssessOptions = {
  resemblance?: ResemblanceModel;
  /** Set when judging the narrative around a mail's quotations: that judgement does not look for quotations again. */
  outsideQuotes?: boolean;
};

/**
 * Whether no rule fires on the narrative around the message's quotations (`narrativeAroundQuotes`),
 * judged with the payment addresses, links and sender of the whole message: an address printed
 * outside the quotes still counts there.
 */
function onlyQuotedSpeechFires(input: HeuristicInput, options: AssessOptions): boolean {
  const narrative = narrativeAroundQuotes(input.body);
  if (narrative === undefined) return false;
  const folded = foldForMatching(`${input.subject}\n${narrative}`);
  const { cueIds: _scannedWhole, foldedForPhrases: _foldedWhole, ...rest } = input;
  const around = assessHeuristics({ ...rest, body: narrative, folded }, { ...options, outsideQuotes: true });
  // A narrative that demands money is the mail's own voice quoting its earlier threat ("As I
  // wrote: "…". Pay within 24 hours"), not a report of it.
  return !around.suspected && !around.findings.some((f) => f.signal === 'payment-demand');
}

/** Addresses of the recipients that are also the sender: the "sent from your own account" trick. */
function selfSent(senderAddress: string | undefined, recipients: readonly string[]): string | undefined {
  if (!senderAddress) return undefined;
  const from = normalizeEmailAddress(senderAddress)?.address;
  if (from === undefined) return undefined;
  return recipients.some((r) => normalizeEmailAddress(r)?.address === from) ? from : undefined;
}

/** A recipient's own address quoted in the text ("your account x@y was hacked"). */
function quotedRecipient(folded: string, recipients: readonly string[]): string | undefined {
  for (const r of recipients) {
    const address = normalizeEmailAddress(r)?.address;
    if (address !== undefined && folded.includes(address)) return address;
  }
  return undefined;
}

/**
 * A recipient's full name quoted in the text ("Maija Mäkelä 150385-917L"). Only names of two
 * words or more count, as whole words: a first name alone is in every friendly mail. Reported
 * to explain a warning (a Vastaamo mail named its reader); it decides no rule, because invoices
 * and clinics greet people by their full names too.
 */
function quotedRecipientName(folded: string, names: readonly string[]): string | undefined {
  for (const name of names) {
    const wanted = foldForMatching(name);
    const words = wanted.split(' ');
    if (words.length < 2 || words.some((w) => w.length < 2)) continue;
    for (let at = folded.indexOf(wanted); at !== -1; at = folded.indexOf(wanted, at + 1)) {
      const before = at === 0 ? '' : folded[at - 1]!;
      const after = folded[at + wanted.length] ?? '';
      if (!/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}]/u.test(after)) return name;
    }
  }
  return undefined;
}

export function assessHeuristics(input: HeuristicInput, options: AssessOptions = {}): HeuristicAssessment {
  const folded = input.folded;
  // Phrases and frames read digits that stand for letters as letters ("p0rn"); amounts do not.
  const { cues, frames, concepts } = findCuesAndFrames(input.foldedForPhrases ?? foldDigitsInWords(folded), input.cueIds);
  const holds = (name: FrameName): boolean => frames.some((f) => f.frame === name);
  const cue = (c: Cue): readonly string[] => cues.get(c) ?? [];
  const findings: HeuristicFinding[] = [];
  const add = (signal: HeuristicSignal, values: readonly string[]): void => {
    for (const v of values.slice(0, MAX_PER_SIGNAL)) findings.push({ signal, matched: shown(v).slice(0, 200) });
  };

  const addresses = input.addresses;
  const recipients = input.recipients ?? [];
  const identityCodes = findIdentityCodes(`${input.subject}\n${input.body}`);
  const amounts = findAmounts(folded);
  const spans = withSpelledSpans(findTimeSpans(folded), cue('time-span'));
  const deadlines = [...findDeadlines(folded), ...cue('deadline')];
  const onionLinks = input.links.map(hostOf).filter((h) => h.endsWith('.onion'));
  // The pattern is tried at every position; most mail has no onion host at all.
  const onionText = folded.includes('.onion') ? ONION_HOST.exec(folded)?.[0] : undefined;
  const torWords = [...cue('tor'), ...(onionText ? [onionText] : []), ...onionLinks];
  // The sender's display name is read only for an authority claim ("Gendarmerie nationale").
  const nameAuthority = input.senderName ? (findCues(foldDigitsInWords(foldForMatching(input.senderName)), input.senderNameCueIds).get('authority-claim') ?? []) : [];
  const self = selfSent(input.senderAddress, recipients);
  const quoted = quotedRecipient(folded, recipients);
  const quotedName = quotedRecipientName(folded, input.recipientNames ?? []);
  const passwordQuoted = quotesPasswordToken(folded);

  const hasAddress = addresses.length > 0;
  const cryptoWords = cue('crypto');
  const crypto = hasAddress || cryptoWords.length > 0;
  const demandPhrases = [...cue('payment-demand'), ...findAmountDemands(folded)];
  const demand = demandPhrases.length > 0;
  const deadline = deadlines.length > 0;
  const clock = deadline || spans.length > 0;
  // A consequence tied to not paying: "otherwise", "or I will", "if I don't get the money",
  // "unless 40 bitcoins are transferred".
  const consequence = cue('consequence').length > 0 || findConditionalCoinPrice(folded) !== undefined;
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
  const hacked = cue('compromising-material').length > 0 || self !== undefined || quoted !== undefined || passwordQuoted;
  const held = sensitive || hacked;
  // What only a hack explains: the mail sent "from" the reader's address, their address or a password-like token quoted.
  const hackProven = self !== undefined || quoted !== undefined || passwordQuoted;
  // Held over the reader in words that say so: a recording of them, sensitive personal data,
  // their identity code. (Therapy alone is not: a practice that takes bitcoin talks therapy.)
  const ofTheReader = identity || cue('recording').length > 0 || cue('personal-data').length > 0;
  const audienceThreat = cue('audience').length > 0 && cue('recording').length > 0;
  const hackerClaim = cue('hacker-claim');
  // A threat the frames read ("I'll send your video to your family and friends") is also what a
  // wedding videographer writes; next to a recording it counts only with an intimate context, a
  // camera or a hack in the mail. A lexicon phrase that names the object counts by itself.
  const framedShares = new Set(frames.filter((f) => f.frame === 'share-threat' || f.frame === 'passive-share-threat').map((f) => f.shown));
  const passiveShares = frames.filter((f) => f.frame === 'passive-share-threat').map((f) => f.shown);
  // What makes a video of the reader leverage rather than a keepsake: an intimate context (or the
  // accusation of a sexual crime), a camera, or a hack.
  const intimateOrHack = concepts.has('intimate') || concepts.has('camera') || cue('accusation').length > 0 || hacked || hackerClaim.length > 0;
  const shareThreatHeld = framedShares.size > 0 && intimateOrHack;
  // "If you don't pay, I'll make the video public" says the leverage itself.
  // "If you don't pay, I'll send the video to all your contacts", unless taken back as a joke
  // ("…Nein, Quatsch, ich lösch es eh"): friends word it for fun; extortion never retracts.
  const retracted = cue('retraction').length > 0;
  // The reader's world receiving the video is a price only where money is asked: "let us know by
  // Friday, otherwise all parents get the video of the party" is a school's.
  const moneyAsked = demand || amounts.length > 0 || crypto || cue('consequence').some(namesMoney);
  const payOrShare = (holds('pay-or-share') || (holds('pay-or-receive') && moneyAsked)) && !retracted;
  const leverage = intimateOrHack || holds('pay-or-publish') || payOrShare;
  // The sender saying they will show it is a threat; a passive future ("the video will be sent
  // to all your contacts") is one where something is held over the reader or where it is the
  // price of not paying: a conference's "the video will be published online for all your
  // colleagues" comes with its fee.
  const phraseThreats = cue('direct-threat').filter((p) => !framedShares.has(p));
  const coerced = held || intimateOrHack || consequence;
  // A share threat only a frame reads (its value joins concept words with " … ") is no threat
  // where the mail takes it back as a joke.
  const exposure = [
    ...cue('direct-threat').filter((p) => (coerced || !passiveShares.includes(p)) && !(retracted && isFrameValue(p))),
    ...(held ? [...cue('exposure-threat'), ...(audienceThreat ? cue('audience') : [])] : []),
  ];
  // "Paid to kill you": the hitman's sentence is a threat of violence in every rule, and rule 21's.
  const commissioned = cue('commissioned-harm');
  const violenceThreats = [...new Set([...cue('violence-threat'), ...commissioned])];
  const violence = violenceThreats.length > 0;
  const businessHarm = cue('business-harm');
  const secretKnown = cue('secret-known');
  const kidnap = cue('kidnap-threat').length > 0;
  // Threats of violence said in several words: single words ("bomb", "töten") are a newsletter's
  // or a pest controller's too.
  // "If you tell the police, it will be worse": keeping the police out is a threat in itself.
  // "Don't tell anyone" is not: a surprise party's collection says it too.
  const noPolice = cue('no-police').some((phrase) => NAMES_THE_POLICE.test(phrase));
  // A kidnapping claim counts in words only beside a coin, a consequence of not paying or the
  // police kept out: "we hebben je dochter opgehaald van school … betaal de 5 euro" is a school,
  // "we have your daughter … pay in bitcoin or you will never see her again" and "your son is
  // with us … don't tell the police" are not.
  const kidnapInWords = crypto || consequence || noPolice ? cue('kidnap-threat') : [];
  const violencePhrases = [...violenceThreats, ...kidnapInWords].filter((p) => p.includes(' '));
  const violenceInWords = violencePhrases.length > 0;
  const threat = exposure.length > 0 || violence || kidnap || noPolice;
  // Deletion is an offer only for something about the reader named as held in strong words: a
  // shop's "your data will be deleted" (data protection) is held-data, not an offer.
  const payToDelete = cue('pay-to-delete').length > 0 && stronglyHeld;
  const tor = torWords.length > 0;
  const pressure = cue('therapy-context').length > 0 || cue('blame-company').length > 0 || cue('no-police').length > 0;
  // "1 bitcoin", "0.05 btc": a price in a coin is a demand whoever words it; "$90" in a
  // practice's newsletter that also takes bitcoin is not.
  const cryptoAmount = amounts.some((a) => CRYPTO_CURRENCIES.has(a.currency));
  const authority = [...cue('authority-claim'), ...nameAuthority];
  const accused = cue('accusation').length > 0;
  const namedThreat = phraseThreats.length > 0 || shareThreatHeld;
  const directThreat = namedThreat || audienceThreat;

  add('payment-address', addresses.map((a) => `${a.coin} ${redactAddress(a.address)}`));
  if (!hasAddress) add('crypto-mention', cryptoWords);
  add('payment-demand', demandPhrases);
  add('amount', amounts.map((a) => a.text));
  add('deadline', deadlines);
  if (!deadline) add('time-span', spans.map((s) => s.text));
  if (tiered) add('tiered-deadline', [`${tierAmounts.slice(0, 2).map((a) => a.text).join(' / ')}; ${spans.slice(0, 2).map((s) => s.text).join(' / ')}`]);
  add('exposure-threat', exposure);
  add('violence-threat', violenceThreats);
  add('kidnapping-threat', cue('kidnap-threat'));
  add('business-threat', businessHarm);
  const summoned = nameAuthority.length > 0 && cue('summons').length > 0;
  if (authority.length > 0 && (accused || summoned)) add('police-impersonation', [...authority.slice(0, 1), ...cue('accusation').slice(0, 2), ...(accused ? [] : cue('summons').slice(0, 1))]);
  else add('authority-claim', authority);
  if (payToDelete) add('pay-to-delete', cue('pay-to-delete'));
  add('recording', cue('recording'));
  add('personal-data', [...cue('personal-data'), ...cue('held-data')]);
  add('compromising-material', cue('compromising-material'));
  add('hacker-claim', hackerClaim);
  if (self !== undefined) add('sent-from-own-address', [redactEmail(self)]);
  if (quoted !== undefined && quoted !== self) add('recipient-address-quoted', [redactEmail(quoted)]);
  if (quotedName !== undefined) add('recipient-name-quoted', [redactName(quotedName)]);
  // The password itself is never shown: the reader knows it, a log must not.
  if (passwordQuoted) add('password-quoted', ['(a password-like token, not shown)']);
  if (identity) {
    add(demand || crypto ? 'identity-code-with-demand' : 'identity-code', identityCodes.map((c) => c.redacted));
  }
  if (tor) add('tor-payment', torWords.map((w) => (w.endsWith('.onion') ? `…${w.slice(-12)}` : w)));
  add('no-police', cue('no-police'));
  add('therapy-context', cue('therapy-context'));
  add('blame-company', cue('blame-company'));
  add('secret-claim', secretKnown);
  // What the model's score needs beside it (rule 20), in words that say so: something about the
  // reader held in strong words, a threat to expose it, violence said in several words, a
  // hacker's claim or a hack that shows, or the police accusing. A password or a trojan named
  // is not enough (an antivirus vendor names both and takes bitcoin), nor is one word of
  // violence (a newsletter's "ticking time bomb").
  const atStake =
    stronglyHeld || exposure.length > 0 || violenceInWords || kidnap || hackerClaim.length > 0 || hackProven || payToDelete || (authority.length > 0 && accused);
  // A contract, a subscription or an invoice's words ("as agreed", "per year"): many rules stop there.
  const notCommercial = cue('commercial').length === 0;
  // Scored only where the rest of rule 20 holds: ordinary mail pays nothing for the model.
  const resemblance = atStake && notCommercial ? scoreResemblance(folded, options.resemblance) : undefined;
  const resembles = resemblance !== undefined && resemblance.score >= RESEMBLANCE_THRESHOLD;
  // The score, not the words that raised it: those are the mail's own, and a finding may reach a
  // helpdesk's report.
  if (resembles) add('resemblance', [resemblance.score.toFixed(2)]);

  const advice = [...new Set([...cue('advice'), ...adviceLinks(input.links)])];
  // Quoting the mail in passages is reporting in any language (quotations.ts).
  const quoting = countQuotedPassages(input.body) >= QUOTING_PASSAGES ? [`${QUOTING_PASSAGES} quoted passages`] : [];
  const reporting = [...cue('reporting'), ...quoting];

  const threatOrDelete = ['threat or deletion offer', threat || payToDelete] as const;
  // A witness called, the right to counsel, a traffic accident: the police writing for real.
  const noProcedure = ['no sign of a real procedure (a witness, the right to counsel, an everyday case)', cue('procedure').length === 0] as const;
  const rules: readonly Rule[] = [
    { name: 'address-demand-threat', needs: [['payment address', hasAddress], ['demand', demand], threatOrDelete] },
    {
      name: 'identity-code-demand',
      needs: [['identity code', identity], ['cryptocurrency', crypto], ['demand', demand], ['threat, deletion offer or address with deadline', threat || payToDelete || (hasAddress && (deadline || tiered))]],
    },
    { name: 'tor-demand-threat', needs: [['Tor or onion', tor], ['demand', demand], threatOrDelete] },
    {
      name: 'address-demand-deadline-consequence',
      needs: [['payment address', hasAddress], ['demand', demand], ['deadline', deadline], ['consequence', consequence], ['something held', held], ['not commercial', notCommercial]],
    },
    {
      name: 'address-price-clock-held',
      needs: [
        ['payment address', hasAddress],
        ['amount', amounts.length > 0],
        ['deadline or time span', clock],
        ['recording, personal data or identity code', ofTheReader],
        // A videographer who takes the balance in bitcoin names "the video of you" and a week.
        ['not commercial', notCommercial],
      ],
    },
    {
      name: 'tiered-crypto-demand',
      needs: [['two amounts and two time spans', tiered], ['cryptocurrency', crypto], ['demand', demand], threatOrDelete, ['therapy, blame or no-police', pressure]],
    },
    {
      name: 'crypto-demand-threat-clock',
      // "On receipt of 1500 € in bitcoin I will delete the video" names its price instead of a
      // clock; "we have your medical records; unless 40 bitcoins are paid, we publish them" its
      // condition.
      needs: [
        ['cryptocurrency named', cryptoWords.length > 0],
        ['demand or amount in a coin', demand || cryptoAmount],
        threatOrDelete,
        [
          // A price for deleting, not where it is a contract's ("as agreed, I delete the test videos").
          'deadline or time span, a price for deleting, or "unless you pay" beside something about the reader held',
          clock || (payToDelete && amounts.length > 0 && notCommercial) || (consequence && stronglyHeld),
        ],
      ],
    },
    {
      name: 'crypto-price-clock-recording',
      needs: [
        ['cryptocurrency named', cryptoWords.length > 0],
        ['amount', amounts.length > 0],
        ['deadline or time span', clock],
        ['recording of the reader', cue('recording').length > 0],
        ['not commercial', notCommercial],
      ],
    },
    {
      name: 'self-sent-threat',
      needs: [
        ['sent from the recipient\'s own address', self !== undefined],
        ['recording or claimed hack', ofTheReader || cue('compromising-material').length > 0],
        // The mail from the reader's own address is the hack shown; a recording in an intimate
        // moment beside it is the whole story ("a video of you masturbating, split screen").
        [
          'threat, a recording together with a claimed hack, or an intimate recording',
          threat || (cue('recording').length > 0 && (cue('compromising-material').length > 0 || concepts.has('intimate'))),
        ],
      ],
    },
    {
      name: 'recording-direct-threat-hack',
      needs: [['recording of the reader', cue('recording').length > 0], ['threat naming its object or audience', directThreat], ['claimed hack', hacked]],
    },
    {
      name: 'police-impersonation',
      needs: [
        noProcedure,
        // The press quotes the summons without its letterhead: an accusation, "you are summoned",
        // a clock and "otherwise a warrant" say who is pretending to write.
        ['police or authority claim, or a summons with a clock and a consequence', authority.length > 0 || (cue('summons').length > 0 && clock && consequence)],
        ['accusation of a crime', accused],
        // A clock alone is not enough: a charity appeal against child abuse names the police,
        // the crime and "within 3 days". A summons or a consequence makes it the fake summons.
        [
          'demand, amount, authority as sender, or a deadline with a summons or a consequence',
          demand || amounts.length > 0 || nameAuthority.length > 0 || (clock && (cue('summons').length > 0 || consequence)),
        ],
      ],
    },
    {
      name: 'hacker-claim',
      // The claim and the access must be two things said, not one phrase both lexicon lists
      // hold ("ich habe dich seit Monaten beobachtet"): a coach writes that sentence too.
      needs: [
        ['first-person hacking claim', hackerClaim.length > 0],
        ['recording, a second sign of a hack, or own-address spoof', cue('recording').length > 0 || hackProven || distinctCues([...hackerClaim, ...cue('compromising-material')]) >= 2],
      ],
    },
    {
      name: 'violence-demand',
      needs: [
        // One word ("töten", "matar") is a pest controller's too, who asks for 95 € on the spot: a
        // single word counts only beside a coin.
        ['violence or kidnapping threat, in several words or beside a coin', violenceInWords || ((violence || kidnap) && crypto)],
        [
          'demand, a coin with an amount, personal data or a consequence of not paying',
          // The consequence only beside a threat in several words: "Bitcoin is a ticking time bomb;
          // sell now, otherwise you lose everything" is a newsletter.
          demand ||
            (cryptoWords.length > 0 && amounts.length > 0) ||
            (crypto && (cue('personal-data').length > 0 || (consequence && violenceInWords))),
        ],
      ],
    },
    {
      name: 'recording-threat-demand',
      needs: [
        // A recording counts with an intimate context, a camera, a hack, or the reader's whole world
        // as the audience ("10 van je contactpersonen"): a wedding videographer sends "das Video
        // von dir" to the parents and asks for the balance in the same mail.
        [
          'an intimate recording of or sensitive data about the reader',
          identity || cue('personal-data').length > 0 || (cue('recording').length > 0 && (leverage || concepts.has('audience'))),
        ],
        ['threat naming its object or audience', directThreat],
        ['demand', demand],
      ],
    },
    {
      name: 'authority-summons',
      needs: [
        ['authority in the sender\'s name', nameAuthority.length > 0],
        ['summons or case file', cue('summons').length > 0],
        ['at most one warning word', advice.length + reporting.length <= 1],
        noProcedure,
      ],
    },
    {
      name: 'crypto-price-recording-hack',
      needs: [
        ['cryptocurrency', crypto],
        ['amount', amounts.length > 0],
        ['recording of the reader', cue('recording').length > 0],
        ['claimed hack', hacked || hackerClaim.length > 0],
        // A webcam-protection offer names the hack, the webcam, bitcoin and its yearly price.
        ['not commercial', notCommercial],
      ],
    },
    {
      name: 'identity-code-held-demand',
      needs: [['identity code', identity], ['demand', demand], ['threat, deletion offer or blame on a company', threat || payToDelete || cue('blame-company').length > 0]],
    },
    {
      name: 'recording-direct-threat',
      needs: [
        ['recording of the reader', cue('recording').length > 0],
        ['threat that names its object', namedThreat],
        ['an intimate context, a camera, a hack, or publication as the price of not paying', leverage],
      ],
    },
    { name: 'violence-threats', needs: [['two distinct threats of violence or kidnapping in several words', distinctCues(violencePhrases) >= 2]] },
    {
      name: 'recorded-intimate-hack',
      needs: [
        // In one sentence (the frame), or a recording of the reader named with an intimate context.
        ['the reader recorded in an intimate moment', holds('recorded-intimate') || (cue('recording').length > 0 && concepts.has('intimate'))],
        // A break-in said in one sentence, a hacker's claim, a hack that shows, or two distinct signs of one.
        [
          'a break-in said or shown',
          holds('intrusion') || hackerClaim.length > 0 || hackProven || distinctCues(cue('compromising-material')) >= 2,
        ],
      ],
    },
    // Rules 21 to 25 come before rule 20: a sentence that says it is a better reason than a score.
    {
      name: 'recorded-watching-porn',
      needs: [
        ['the sender saying they recorded the reader watching porn, or hold such a recording, in one sentence', holds('recorded-watching-porn') || holds('held-porn-recording')],
        // "I recorded an episode about porn addiction" holds the frame too; the reader must be
        // the one recorded, in the lexicon's words ("a video of you", "vídeo tuyo", "film z tobą").
        ['a recording of the reader named in words', cue('recording').some(namesTheReader)],
      ],
    },
    {
      name: 'pay-or-share',
      needs: [
        ['not paying and a share with the reader\'s whole world, in one sentence, not taken back as a joke', payOrShare],
        ['not commercial', notCommercial],
      ],
    },
    {
      name: 'business-extortion',
      needs: [
        ['a threat against the reader\'s business', businessHarm.length > 0],
        [
          'a break-in claimed, a second threat against the business, or a coin or "unless you pay" with a demand or a price',
          hackerClaim.length > 0 || distinctCues(businessHarm) >= 2 || ((crypto || consequence) && (demand || amounts.length > 0)),
        ],
        ['not commercial', notCommercial],
      ],
    },
    {
      name: 'secret-for-money',
      needs: [
        ['a claim to know what the reader hides from their spouse', secretKnown.length > 0],
        ['a coin with a demand or a price, or a second such claim', (crypto && (demand || amounts.length > 0)) || distinctCues(secretKnown) >= 2],
      ],
    },
    { name: 'commissioned-harm', needs: [['the reader\'s killing said to be ordered or paid for', commissioned.length > 0]] },
    {
      name: 'resembles-extortion',
      needs: [
        ['reads like the extortion mail the resemblance model learned from', resembles],
        ['something about the reader held, a threat to expose it or of violence, a hacker\'s claim, or an accusation by an authority', atStake],
        ['not commercial', notCommercial],
      ],
    },
  ];
  const fired = rules.find((r) => r.needs.every(([, holds]) => holds))?.name;
  const nearMisses: NearMiss[] = rules
    .filter((r) => r.name !== fired)
    .map((r) => ({ rule: r.name, missing: r.needs.filter(([, holds]) => !holds).map(([what]) => what) }))
    .filter((m) => m.missing.length > 0)
    .sort((a, b) => a.missing.length - b.missing.length);

  const counterSignals: HeuristicFinding[] = [
    ...advice.slice(0, MAX_PER_SIGNAL).map((p) => ({ signal: 'advice' as const, matched: shown(p) })),
    ...reporting.slice(0, MAX_PER_SIGNAL).map((p) => ({ signal: 'reporting' as const, matched: shown(p) })),
  ];
  // Overlapping reporting phrases ("stod det", "stod det i mejlet", "i mejlet") each count: a
  // quotation with its attribution is the pattern of a report, and counting them as one let
  // quoted mails in news through (tests/unit/heuristics/lexicon-en-fi-sv-et.test.ts).
  const framedByWords = advice.length >= 2 || (advice.length >= 1 && reporting.length >= 1) || reporting.length >= 3;
  // A rule that fires only on what is quoted ("A man got a mail that said: "…". He went to the
  // police.") fires on reported speech: the narrative around the quotation is the text's voice.
  const reported = fired !== undefined && !framedByWords && options.outsideQuotes !== true && onlyQuotedSpeechFires(input, options);
  if (reported) counterSignals.push({ signal: 'reporting', matched: 'only quoted speech fires a rule' });
  const framed = framedByWords || reported;
  const vetoOverridden = identity && hasAddress;
  const warningFraming = framed && !vetoOverridden;
  const suspected = fired !== undefined && !warningFraming;

  return { suspected, findings, ...(suspected ? { rule: fired } : {}), counterSignals, warningFraming, nearMisses, ...(resemblance === undefined ? {} : { resemblance }) };
}
