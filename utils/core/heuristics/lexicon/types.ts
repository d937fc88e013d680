/**
 * The shape of a heuristics lexicon: for each cue, the phrases that show it in one language.
 * Owns only the types; the phrases live in one small module per language.
 *
 * Phrase syntax is the content-signature syntax (utils/core/signatures/phrase.ts): phrases are
 * written lower-case, match whole words, and a leading or trailing `*` allows the rest of a word
 * on that side ("bitcoin*" also finds "bitcoineina"). Punctuation is a word break, so "don't"
 * is matched as "don t" whichever apostrophe the mail used.
 */

export const CUES = [
  /** Second-person demand or payment instruction: "you have to pay", "maksakaa", "betala". */
  'payment-demand',
  /** A cryptocurrency is named: "bitcoin", "monero", "kryptovaluutta". */
  'crypto',
  /** A time span in words: "three days", "kolm päeva" (lexicon/spelled-spans.ts gives its hours). */
  'time-span',
  /** Words that turn a time span or a date into a deadline: "within", "mennessä", "inom". */
  'deadline',
  /** Disclosure words: publishing, leaking, selling on the dark web. A threat only when something held over the reader is named. */
  'exposure-threat',
  /** Disclosure threats that name their object or audience: "send the video to", "lähetän videon". */
  'direct-threat',
  /** Who would see it: "all your contacts", "perheellesi". A threat only next to a recording. */
  'audience',
  /** A recording or images of the reader: "video of you", "your webcam", "nauhoitin sinut". */
  'recording',
  /** Sensitive personal data named as held: identity number, home address, diagnosis. */
  'personal-data',
  /** Something about the reader named as held, in general words: "your data", "tietonne". */
  'held-data',
  /** A consequence tied to not paying: "or I will", "otherwise", "muuten", "annars". */
  'consequence',
  /** Ordinary billing: invoice, late fee, debt collection. Keeps rule 4 off bitcoin invoices. */
  'commercial',
  /** Threats of violence against the reader, family or premises (a bomb, arson, acid, a hitman, swatting). */
  'violence-threat',
  /** Kidnapping claims or threats: "we have your daughter", "kidnap". Its own reason. */
  'kidnap-threat',
  /**
   * The reader's killing said to be ordered or paid for, in one phrase: "paid to kill you", "an
   * order to kill you", "m'a demandé de vous tuer". The hitman mail's own sentence, which news
   * quote alone; reported as a threat of violence, and a rule of its own (assess.ts, rule 21).
   * Whole phrases with the reader as the victim: "paid in the event of your death" is insurance.
   */
  'commissioned-harm',
  /**
   * A threat against the reader's business, site or customers, worded as one: "destroy your
   * reputation", "we will start the attack", "your database will be sold", "we will inform your
   * customers". A security vendor's "a DDoS attack can take your site down" is no such wording.
   * Read with a break-in claimed, a second such threat, or a coin and a price (assess.ts, rule 24).
   */
  'business-harm',
  /**
   * The sender claims to know a secret the reader keeps from their spouse, with the reader as
   * the one keeping it: "I know you cheated on your wife", "evidence of what you have been
   * hiding", "nobody hired me to look into you". The affair letter of 2018 and after; read with
   * a coin and a price, or as two such claims (assess.ts, rule 25). A detective writes about the
   * client's spouse, never "your affair".
   */
  'secret-known',
  /** Claims to be the police, a ministry, Europol, a court: police-impersonation extortion. */
  'authority-claim',
  /** A summons or a case file: "Vorladung", "convocation", "innkalling", "wezwanie". Read with an authority in the sender's name. */
  'summons',
  /**
   * What a real police or court letter says and a fake summons does not: the reader called as a
   * witness, the right to counsel, an everyday case (a traffic accident, a burglary, an assault).
   * Keeps the police rules off honest summonses.
   */
  'procedure',
  /** Accuses the reader of a (sexual) crime: "child pornography", "you are accused", "olet syyllistynyt". */
  'accusation',
  /** A first-person claim to have hacked or watched the reader: "I am a hacker", "I sent this from your account". */
  'hacker-claim',
  /** Claimed access: a password, hacked devices, malware. Reported, not decisive. */
  'compromising-material',
  /** Payment buys deletion: "permanently deleted", "poistetaan pysyvästi". */
  'pay-to-delete',
  /** Therapy, psychiatric or patient records (the Vastaamo pattern). */
  'therapy-context',
  /** Blames a company that "refused to pay / take responsibility". */
  'blame-company',
  /** Tells the reader not to involve the police or anyone else. */
  'no-police',
  /** Tor browser / onion-site payment instructions. */
  'tor',
  /**
   * A threat taken back as a joke: "just kidding", "nein, Quatsch", "neida, tuller". Friends
   * word a real threat for fun and retract it in the next breath; extortion never does. Keeps
   * rule 23 (a threat read in one sentence) off such a mail.
   */
  'retraction',
  /** Protective advice addressed to the reader: "don't pay", "tee rikosilmoitus". Counter-signal. */
  'advice',
  /** Third-person description of scams: "the scammers", "kiristysviesti", "enligt polisen". Counter-signal. */
  'reporting',
] as const;

export type Cue = (typeof CUES)[number];

export type Lexicon = {
  language: string;
  phrases: Readonly<Partial<Record<Cue, readonly string[]>>>;
};
