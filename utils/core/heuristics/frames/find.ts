/**
 * Frames: the concepts of one threatening sentence found together, in any order and with other
 * words between them ("I will send this compromising video of yours to every one of your
 * contacts": self, disclose, material, audience). Each frame that holds adds a cue to the
 * heuristics, as a lexicon phrase would; the combination rules (assess.ts) stay as they are.
 *
 * Owns the frames and the sentence check; must not decide anything about a message. The
 * concept words are found by the lexicons' one automaton pass (cues.ts); only when every
 * concept of a frame occurs somewhere in the message are sentences looked at, around the
 * occurrences of its rarest concept, so ordinary mail costs nothing here.
 */
import type { LazyWordForm } from '../../signatures/lazy-word-form';
import type { Cue } from '../lexicon/types';
import type { FrameConcept } from './types';

/**
 * One word of a concept found in a message: its search pattern (" send ", " publi"), as written,
 * and whether no other language's frame lexicon has it (not "webcam", not "computer").
 */
export type ConceptWord = { pattern: string; word: string; ownLanguageOnly: boolean };
export type ConceptWords = readonly ConceptWord[];
/**
 * For each frame lexicon's language with words in a message, for each of its concepts found: the
 * words. A frame is read in one language at a time: English "i" is the Scandinavian "in", and
 * "jeg tror mobilen din ble hacket i helgen" has no English sender.
 */
export type ConceptHits = ReadonlyMap<string, ReadonlyMap<FrameConcept, ConceptWords>>;

export type FrameName =
  | 'share-threat'
  | 'passive-share-threat'
  | 'pay-or-publish'
  | 'pay-or-share'
  | 'pay-or-receive'
  | 'held-porn-recording'
  | 'recorded-intimate'
  | 'recorded-watching-porn'
  | 'recorded-by-camera'
  | 'intrusion'
  | 'hired-to-harm';

type Frame = {
  name: FrameName;
  /** The cue a sentence that holds this frame shows. */
  cue: Cue;
  /**
   * Every entry must hold in the sentence; an entry of several concepts holds with any one of
   * them. Written from the most common concept to the most specific (see the anchor below).
   */
  needs: readonly (readonly FrameConcept[])[];
  /** Concepts none of whose words may be in the sentence ("I can't send the video"). */
  without?: readonly FrameConcept[];
};

/**
 * The frames. Each needs the sender (`self`) or a specific context, because the bare verbs are
 * an app's invitation ("share your video with friends and family") or a provider's notice
 * ("your account was compromised").
 */
export const FRAMES: readonly Frame[] = [
  // "I'll forward the recording to everyone in your address book", "I will send it to all your
  // contacts" (the material named in an earlier sentence).
  { name: 'share-threat', cue: 'direct-threat', needs: [['self'], ['disclose'], ['material', 'intimate', 'object'], ['audience']] },
  // "This video will be sent to all your contacts."
  { name: 'passive-share-threat', cue: 'direct-threat', needs: [['passive'], ['disclose'], ['material', 'intimate', 'object'], ['audience']] },
  // "If you don't pay, I'll make the video public", "se non paghi divulghiamo i filmati": the
  // price and the publication in one sentence, whoever says it.
  { name: 'pay-or-publish', cue: 'direct-threat', needs: [['condition'], ['publish'], ['material', 'intimate']] },
  // "If you don't pay, I will send the video to all your contacts": the price and the share with
  // the reader's whole world in one sentence (rule 23 in assess.ts). Not where the sender says
  // they cannot: "if you don't pay the balance, I can't send the video to your guests".
  {
    name: 'pay-or-share',
    cue: 'direct-threat',
    needs: [['condition'], ['self', 'passive'], ['disclose'], ['material', 'intimate', 'object'], ['audience']],
    without: ['negation'],
  },
  // "If I don't get the money, all your friends, colleagues and relatives will receive the
  // video": the same price and the reader's world as the receiver. The material must be named.
  {
    name: 'pay-or-receive',
    cue: 'direct-threat',
    needs: [['condition'], ['receive'], ['material', 'intimate'], ['audience']],
    without: ['negation'],
  },
  // "I filmed you while you were watching porn". Not without the sender: a film newsletter's
  // "erotic drama, recorded in Paris".
  { name: 'recorded-intimate', cue: 'recording', needs: [['self'], ['capture'], ['intimate']] },
  // "I recorded a video of you while you were watching porn": the sextortion claim in one
  // sentence, which newsrooms often quote alone (rule 22 in assess.ts).
  { name: 'recorded-watching-porn', cue: 'recording', needs: [['self'], ['capture'], ['porn']] },
  // "I have a video of you masturbating": the same claim with the recording held, not made (rule
  // 22 in assess.ts wants the recording of the reader named beside it).
  { name: 'held-porn-recording', cue: 'recording', needs: [['self'], ['material'], ['porn']] },
  // "I recorded you through your webcam".
  { name: 'recorded-by-camera', cue: 'recording', needs: [['self'], ['capture'], ['camera']] },
  // "I have hacked your phone", "ich habe Ihr Gerät infiziert". Claimed access, not a hacker's
  // claim: a friend writes "I think your account was hacked", and the rules that read access
  // (assess.ts) want more beside it.
  { name: 'intrusion', cue: 'compromising-material', needs: [['self'], ['device'], ['intrude']] },
  // No frame for bombs: a town's notice about a wartime bomb near the school holds the bomb, the
  // school and "will be detonated", and asks for a fee in the same mail; the lexicons' phrases
  // read the bomb templates.
  // "Someone paid me to kill you", "your murder was ordered by a person you know".
  { name: 'hired-to-harm', cue: 'violence-threat', needs: [['harm'], ['hire']] },
];

/** How far around an occurrence a sentence is read, in characters of the word form (~25 words each way). */
const REACH = 160;
/** Occurrences of one anchor word examined before giving up (bounds the work on a long text). */
const MAX_OCCURRENCES = 16;
/**
 * Sentence ends survive the sentence-marked word form as this symbol (a word of its own there):
 * frames read one sentence, and the advice check (cues.ts) stops its look-back at one.
 */
export const SENTENCE_END = '¦';

export type FrameHit = { cue: Cue; frame: FrameName; shown: string };

/** What joins a frame's concept words in its shown value ("i … send … video … contacts"). */
const FRAME_WORD_JOIN = ' … ';

/** Whether a cue value was made by a frame (its concept words joined), not a lexicon phrase. */
export function isFrameValue(value: string): boolean {
  return value.includes(FRAME_WORD_JOIN);
}

/**
 * The frames that hold in some sentence of a text, each once, with a shown value made of its
 * concept words ("i … send … video … contacts"): lexicon text, never the mail's own words.
 * `wordForm` gives the text's sentence-marked word form (marked with `SENTENCE_END`), built only
 * when a frame has every concept and shared with the caller's other readers of it.
 */
export function findFrames(wordForm: () => LazyWordForm, byLanguage: ConceptHits): FrameHit[] {
  const out: FrameHit[] = [];
  // Frames often share an anchor word ("i"): each sentence around an occurrence is cut once.
  const sentences = new Map<string, string>();
  for (const frame of FRAMES) {
    for (const concepts of byLanguage.values()) {
      // Most frames lack a concept in most mail: skip them before gathering any words (a
      // concept found has at least one word).
      if (!frame.needs.every((any) => any.some((c) => concepts.has(c)))) continue;
      const options = frame.needs.map((any) => any.flatMap((c) => concepts.get(c) ?? []));
      // The entry with the fewest words found anchors the search, and among equals the later one:
      // entries are written from the most common ("i") to the most specific.
      const anchor = options.reduce((best, o) => (o.length <= best.length ? o : best));
      const excluded = (frame.without ?? []).flatMap((c) => concepts.get(c) ?? []);
      const shown = sentenceHolding(wordForm(), anchor, options, excluded, sentences);
      if (shown !== undefined) {
        out.push({ cue: frame.cue, frame: frame.name, shown });
        break;
      }
    }
  }
  return out;
}

function sentenceHolding(
  form: LazyWordForm,
  anchor: ConceptWords,
  options: readonly ConceptWords[],
  excluded: ConceptWords,
  sentences: Map<string, string>,
): string | undefined {
  for (const { pattern } of anchor) {
    let from = 0;
    for (let n = 0; n < MAX_OCCURRENCES; n++) {
      const at = form.indexOf(pattern, from);
      if (at === -1) break;
      from = at + 1;
      const key = `${at} ${pattern.length}`;
      let sentence = sentences.get(key);
      if (sentence === undefined) sentences.set(key, (sentence = sentenceAround(form, at, pattern.length)));
      if (excluded.some((w) => sentence.includes(w.pattern))) continue;
      const words: string[] = [];
      for (const option of options) {
        const found = option.find((w) => sentence.includes(w.pattern));
        if (found === undefined) break;
        words.push(found.word.replace(/^\*|\*$/g, ''));
      }
      if (words.length === options.length) return words.join(FRAME_WORD_JOIN);
    }
  }
  return undefined;
}

/** The sentence around an occurrence, cut at sentence ends and at `REACH` either way, framed by spaces. */
function sentenceAround(form: LazyWordForm, at: number, length: number): string {
  // Reading past the occurrence builds the form a little further; indexOf of the mark does that.
  const endMark = form.indexOf(` ${SENTENCE_END} `, at + length - 1);
  const end = endMark === -1 || endMark > at + length + REACH ? at + length + REACH : endMark + 1;
  const before = form.slice(Math.max(0, at - REACH), at + 1);
  const startMark = before.lastIndexOf(` ${SENTENCE_END} `);
  const start = startMark === -1 ? Math.max(0, at - REACH) : Math.max(0, at - REACH) + startMark + 2;
  return ` ${form.slice(start, end)} `;
}
