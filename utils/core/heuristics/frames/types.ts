/**
 * The shape of a frame lexicon: single words and short word groups of one language, sorted into
 * concepts, that the frames (frames/find.ts) look for together in one sentence. Owns only the
 * types and what each concept means; the words live in one small module per language.
 *
 * Why frames as well as phrases: a phrase lexicon matches a sentence only as it was written
 * ("send the video to"), and the mail a newsroom quotes words it its own way ("I'm going to
 * send this compromising video of yours to every one of your contacts"). A frame asks for the
 * concepts of the sentence, in any order, with other words between them.
 *
 * Words use the phrase syntax of the lexicons (lexicon/types.ts): written folded (lower case,
 * no accents: "veroffentlich*", "enviare"), whole words, `*` at an end for the rest of a word.
 * Keep stems long enough to mean one thing ("publi*" also finds "public"; "sex*" finds
 * "sextortion", a news word: write "sexe", "sexo", "sexual*" instead).
 */

export const FRAME_CONCEPTS = [
  /**
   * The sender does it: first-person singular pronouns and their verb forms ("i", "i ll",
   * "ich", "werde", "je"). Not "we" (every company's voice), not "my" / "me" ("my account was
   * hacked" is no claim), and no passive ("the video will be published" is a meetup's talk).
   * In languages that drop the pronoun, the first-person singular forms of the verbs of
   * `disclose`, `capture` and `intrude` belong here too ("enviare", "lahetan", "wysle").
   * Never imperatives: "share it with your friends" is an app's invitation.
   */
  'self',
  /**
   * A passive future: "will be", "wird", "sera", "zostanie", "vil bli"; the s-passive and
   * passive verb forms where a language has them ("skickas", "lähetetään", "saadetakse"). Read
   * only in the share threat, whose audience is the reader's whole world: "the video will be
   * published on our channel, share it with your friends" is a meetup's talk.
   */
  'passive',
  /** Verbs of showing others: send, forward, share, publish, post, upload, leak, distribute, make public; every form. */
  'disclose',
  /**
   * The verbs of `disclose` that make something public: publish, leak, spread, upload, make
   * public; not "send" or "share" (a videographer sends the video, a friend shares photos).
   */
  'publish',
  /**
   * Not paying, and what follows: "if you don't pay", "otherwise", "sinon", "se non paghi".
   * Not written in the frame lexicons: each language's `consequence` phrases of the cue lexicon
   * (lexicon/<lang>.ts) are this concept's words (cues.ts).
   */
  'condition',
  /** What would be shown: video, recording, footage, clip, photos, pictures, images, screenshots, evidence. Nouns, every number. */
  'material',
  /**
   * A pronoun standing for the material, in a sentence that names none: "I will send it to all
   * your contacts", "je l'enverrai à tous tes contacts", "lähetän sen kaikille". In Spanish and
   * Italian the pronoun joined to the verb too ("enviarlo", "inviarla"), which is a word of
   * `disclose` as well. Read only where the sender, a verb of showing and the reader's whole
   * world are in the same sentence: these are a language's commonest words.
   */
  'object',
  /**
   * Who would see it: the whole of the reader's world (contacts, address book, colleagues,
   * employer, everyone, social media, the internet, porn sites), or more than one circle of it
   * ("family and friends", "wife and children"). Not one near circle alone ("your family",
   * "friends"): that is how a friend passes wedding photos on.
   */
  'audience',
  /** Verbs of recording a person: recorded, filmed, captured, taped, screenshotted; every form (not the nouns). */
  'capture',
  /**
   * The sexual or intimate context of sextortion: porn, adult sites, masturbating, naked,
   * intimate, sexual. No words of news ("sextortion"), and no mere "embarrassing" or "explicit".
   */
  'intimate',
  /**
   * What the reader was doing when recorded, in sextortion's words: watching porn or adult sites,
   * pleasuring themselves. A part of `intimate` (its words are there too), without nudity or
   * intimacy: a boudoir photographer delivers "the nude photos of you", and no honest sender
   * says "I filmed you while you were watching porn".
   */
  'porn',
  /** The camera: webcam, camera, cam, front camera. */
  'camera',
  /** Verbs of breaking in: hacked, infected, broke into, gained access, took control, compromised; every form (not "malware" alone). */
  'intrude',
  /** What was broken into: device, computer, laptop, phone, account, mailbox, operating system, router, browser. */
  'device',
  /**
   * Killing or hurting the reader, with the reader named: "kill you", "your murder", "hurt your
   * family". The bare verbs come with "paid" and "ordered" in honest mail ("kill the wasps",
   * "execute your order", "eliminate ads with a paid plan").
   */
  'harm',
  /** Being paid or ordered to do it: paid, hired, ordered, commissioned, a contract, a client, "someone wants you dead". */
  'hire',
  /**
   * The reader's world receiving or seeing the material: "will receive", "werden sehen",
   * "recevront", "krijgen". Common verbs, read only in the price of not paying ("if I don't get
   * the money, all your friends will receive the video"), never alone.
   */
  'receive',
  /**
   * The sender saying they cannot: "can't", "cannot", "won't be able to", "je ne peux pas", "en
   * voi". Not a bare "not" or "don't": the condition "if you don't pay" has one. A frame that
   * names it in `without` does not hold in a sentence that has one of its words.
   */
  'negation',
] as const;

export type FrameConcept = (typeof FRAME_CONCEPTS)[number];

export type FrameLexicon = {
  language: string;
  words: Readonly<Partial<Record<FrameConcept, readonly string[]>>>;
};
