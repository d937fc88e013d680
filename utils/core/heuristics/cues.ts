/**
 * Finds which heuristic cues occur in folded text: one Aho–Corasick pass over every phrase of
 * every compiled-in lexicon and every word of the frame lexicons (utils/core/signatures), so the
 * cost does not grow with the lexicon. A frame that holds in a sentence (frames/find.ts) is
 * one more phrase of its cue. Owns the negation check for protective advice; must not decide
 * anything about a message.
 */
import { AhoCorasick } from '../signatures/aho-corasick';
import { decodeVarints, encodeAutomatonImage, encodeVarints } from '../signatures/automaton-tables';
import { PhraseTable } from '../signatures/phrase-table';
import { LazyWordForm } from '../signatures/lazy-word-form';
import { CUES, LEXICONS, type Cue } from './lexicon';
import { FRAME_CONCEPTS, FRAME_LEXICONS, findFrames, SENTENCE_END, type ConceptHits, type ConceptWord, type FrameConcept, type FrameHit } from './frames';
import { PREPARED_CUES, type PreparedCues } from './cues.generated';

export type CueHits = ReadonlyMap<Cue, readonly string[]>;

/** Who asked for a pattern: a lexicon phrase of a cue, or a frame lexicon's word of a concept. */
type Owner = { cue: Cue; phrase: string } | { concept: FrameConcept; phrase: string; language: string };

type Compiled = {
  /** The phrases and words that produced pattern `id`, in the order `eachSection` visits them. */
  ownersOf: (id: number) => readonly Owner[];
  /** Whether at most one language's frame lexicon has pattern `id` (see `conceptsOfTheText`). */
  ownLanguageOnly: (id: number) => boolean;
  patterns: readonly string[];
  /** The automaton over `patterns`, made on first use. */
  automaton: () => AhoCorasick;
};

let compiled: Compiled | undefined;

/** A list of phrases that all have one kind of owner: one cue of a lexicon, or one concept of a language. */
type Section = { phrases: readonly string[]; owner: (phrase: string) => Owner };

/**
 * Every list of lexicon phrases and frame words, in one fixed order: the order in which their
 * phrases are interned, and so the order of a prepared table's phrase ids (`PREPARED_CUES`).
 */
function sections(): Section[] {
  const out: Section[] = [];
  for (const lexicon of LEXICONS) {
    for (const cue of CUES) {
      const phrases = lexicon.phrases[cue];
      if (phrases !== undefined) out.push({ phrases, owner: (phrase) => ({ cue, phrase }) });
    }
  }
  // A language's consequence phrases are its frame concept `condition` (frames/types.ts).
  for (const lexicon of LEXICONS) {
    const phrases = lexicon.phrases.consequence;
    if (phrases !== undefined) out.push({ phrases, owner: (phrase) => ({ concept: 'condition', phrase, language: lexicon.language }) });
  }
  for (const lexicon of FRAME_LEXICONS) {
    for (const concept of FRAME_CONCEPTS) {
      const phrases = lexicon.words[concept];
      if (phrases !== undefined) out.push({ phrases, owner: (phrase) => ({ concept, phrase, language: lexicon.language }) });
    }
  }
  return out;
}

/**
 * A fingerprint of every owner and phrase in order (two 32-bit FNV-1a-style hashes): a prepared
 * table is used only for the lexicons it was made from.
 */
function fingerprintOf(all: readonly Section[]): string {
  let a = 0x811c9dc5;
  let b = 0x01000193;
  const add = (text: string): void => {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      a = Math.imul(a ^ c, 0x01000193);
      b = Math.imul(b ^ c, 0x5bd1e995) ^ (b >>> 15);
    }
    // A separator, so that ["ab", "c"] and ["a", "bc"] differ.
    a = Math.imul(a ^ 0xffff, 0x01000193);
    b = Math.imul(b ^ 0xffff, 0x5bd1e995) ^ (b >>> 15);
  };
  for (const { phrases, owner } of all) {
    const first = phrases[0];
    if (first === undefined) continue;
    const o = owner(first);
    add('cue' in o ? o.cue : `${o.concept}\u0000${o.language}`);
    for (const phrase of phrases) add(phrase);
  }
  return `${(a >>> 0).toString(16).padStart(8, '0')}${(b >>> 0).toString(16).padStart(8, '0')}`;
}

/** Whether the frame words among `owners` come from one language's lexicon at most. */
function ofOneLanguage(owners: readonly Owner[]): boolean {
  let language: string | undefined;
  for (const o of owners) {
    if (!('concept' in o)) continue;
    if (language === undefined) language = o.language;
    else if (o.language !== language) return false;
  }
  return true;
}

/** Interns every phrase now: what a build step prepares once (`preparedCueSource`). */
function compile(): Compiled & { phraseIds: number[]; fingerprint: string } {
  const table = new PhraseTable<Owner>();
  const phraseIds: number[] = [];
  const all = sections();
  for (const { phrases, owner } of all) {
    for (const phrase of phrases) {
      // Lexicon phrases are written folded (tests/unit/heuristics/lexicon.test.ts checks it).
      const id = table.intern(phrase, true);
      phraseIds.push(id);
      if (id >= 0) table.owners[id]!.push(owner(phrase));
    }
  }
  const ownLanguageOnly = table.owners.map(ofOneLanguage);
  let automaton: AhoCorasick | undefined;
  return {
    ownersOf: (id) => table.owners[id] ?? [],
    ownLanguageOnly: (id) => ownLanguageOnly[id] ?? true,
    patterns: table.patterns,
    automaton: () => (automaton ??= table.automaton()),
    phraseIds,
    fingerprint: fingerprintOf(all),
  };
}

/**
 * The prepared table (cues.generated.ts, written by the build) when it was made from these
 * lexicons, else undefined: then the lexicons are compiled here. Owners are made only for the
 * patterns a text hits, so a waking worker makes no object per phrase.
 */
function fromPrepared(): Compiled | undefined {
  const all = sections();
  // Each phrase's pattern id plus one (0: a phrase with no words), in the order of `all`.
  const ids = decodeVarints(PREPARED_CUES.phraseIds);
  let phraseCount = 0;
  for (const section of all) phraseCount += section.phrases.length;
  if (phraseCount !== ids.length) return undefined;
  // A production build writes the table just before bundling it (wxt.config.ts), so only
  // elsewhere (tests, command-line tools) can it be stale after a lexicon edit: only there is
  // every phrase read again to compare fingerprints.
  if (import.meta.env?.PROD !== true && fingerprintOf(all) !== PREPARED_CUES.fingerprint) return undefined;
  const patterns = PREPARED_CUES.patterns.length === 0 ? [] : PREPARED_CUES.patterns.split('\n');
  // Phrase indexes by pattern id (counting sort, so each id's phrases stay in visiting order).
  const start = new Int32Array(patterns.length + 1);
  for (let p = 0; p < ids.length; p++) {
    const id = ids[p]! - 1;
    if (id >= patterns.length) return undefined;
    if (id >= 0) start[id + 1]!++;
  }
  for (let id = 0; id < patterns.length; id++) start[id + 1]! += start[id]!;
  const phraseOf = new Int32Array(start[patterns.length]!);
  const fill = start.slice(0, patterns.length);
  for (let p = 0; p < ids.length; p++) {
    const id = ids[p]! - 1;
    if (id >= 0) phraseOf[fill[id]!++] = p;
  }
  // The section of phrase index p: the last section starting at or before it.
  const sectionStart = new Int32Array(all.length);
  for (let k = 1; k < all.length; k++) sectionStart[k] = sectionStart[k - 1]! + all[k - 1]!.phrases.length;
  const ownerOfPhrase = (p: number): Owner => {
    let lo = 0;
    let hi = all.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1;
      if (sectionStart[mid]! <= p) lo = mid;
      else hi = mid - 1;
    }
    const section = all[lo]!;
    return section.owner(section.phrases[p - sectionStart[lo]!]!);
  };
  const owners: (Owner[] | undefined)[] = [];
  const ownersOf = (id: number): readonly Owner[] => {
    if (id < 0 || id >= patterns.length) return [];
    let found = owners[id];
    if (found === undefined) {
      found = [];
      for (let k = start[id]!; k < start[id + 1]!; k++) found.push(ownerOfPhrase(phraseOf[k]!));
      owners[id] = found;
    }
    return found;
  };
  // Decoded at once: a waking worker asks for the table (warmUpEngine) while IndexedDB reads,
  // and the text index needs the automaton right after.
  const automaton = new AhoCorasick({ image: PREPARED_CUES.automaton });
  return { ownersOf, ownLanguageOnly: (id) => ofOneLanguage(ownersOf(id)), patterns, automaton: () => automaton };
}

/** The lexicons ready to match: prepared by the build, or compiled now when that is stale. */
function cueTable(): Compiled {
  if (compiled === undefined) {
    const prepared = fromPrepared();
    compiledFrom = prepared === undefined ? 'lexicons' : 'prepared';
    compiled = prepared ?? compile();
  }
  return compiled;
}

let compiledFrom: 'prepared' | 'lexicons' | undefined;

/** Whether the cue table in use came from cues.generated.ts or was compiled at run time (for tests and the bench). */
export function cueTableOrigin(): 'prepared' | 'lexicons' {
  cueTable();
  return compiledFrom!;
}

/**
 * What the build writes into cues.generated.ts: the lexicons compiled (patterns, each phrase's
 * pattern id, the automaton's image) with the fingerprint of the lexicons they came from.
 */
export function preparedCueSource(): PreparedCues {
  const fresh = compile();
  return {
    fingerprint: fresh.fingerprint,
    patterns: fresh.patterns.join('\n'),
    phraseIds: encodeVarints(fresh.phraseIds.map((id) => id + 1)),
    automaton: encodeAutomatonImage(fresh.automaton().tables()),
  };
}

/**
 * Words that, among the three before a piece of advice, turn it around: "if you don't pay",
 * "don't contact the police", "no use to change your password", "jos et maksa", "om du inte",
 * "wenn Sie nicht zahlen", "si vous ne payez pas", "se non paghi", "jeśli nie", "ikke kontakt
 * politiet", "neem geen contact op met de politie", "ära pöördu politseisse".
 */
const NEGATORS = new Set([
  'not', 't', 'no', 'never', 'if', 'unless', 'cannot', 'useless', 'pointless', 'inutile', 'inútil',
  'älä', 'älkää', 'ala', 'ei', 'jos', 'turha', 'inte', 'aldrig', 'om', 'ingen', 'ingen idé',
  'kui', 'ära', 'ärge', 'mitte', 'pole', 'wenn', 'falls', 'nicht', 'kein', 'keine', 'als', 'indien', 'niet',
  'geen', 'si', 'sans', 'hvis', 'dersom', 'ikke', 'ikkje', 'aldri', 'jeśli', 'jeżeli',
]);

/**
 * Negators that are everyday words of another language the automaton reads, so they count only
 * right before the advice: Finnish "et" is French "and" ("et portez plainte"), Italian "se" is
 * a Spanish reflexive ("se recomienda denunciar"), and "non" / "nie" would otherwise cancel the
 * second half of "non pagate e sporgete denuncia" ("don't pay and report it").
 */
const ADJACENT_NEGATORS = new Set(['et', 'se', 'non', 'nie']);

/** How many occurrences of one advice phrase are examined before giving up (bounds the work). */
const MAX_OCCURRENCES = 32;

function hasPlainOccurrence(framed: LazyWordForm, pattern: string): boolean {
  // Patterns open at the start ("*foo") cannot be preceded by a clean word boundary check;
  // they are matched as they are.
  let from = 0;
  for (let n = 0; n < MAX_OCCURRENCES; n++) {
    const at = framed.indexOf(pattern, from);
    if (at === -1) return false;
    const words = framed.slice(Math.max(0, at - 48), at + 1).trim().split(' ');
    const sentenceStart = words.lastIndexOf(SENTENCE_END) + 1;
    const before = words.slice(Math.max(sentenceStart, words.length - 3));
    if (!before.some((w) => NEGATORS.has(w)) && !ADJACENT_NEGATORS.has(before[before.length - 1] ?? '')) return true;
    from = at + 1;
  }
  return false;
}

/**
 * The search patterns of every lexicon phrase, indexed by cue pattern id, for a caller that runs
 * them in its own automaton pass over the message (the engine's content-signature pass) and
 * hands the ids found to `findCues`.
 */
export function cuePatterns(): readonly string[] {
  return cueTable().patterns;
}

/** The automaton over `cuePatterns()`, for a caller that scans for them itself (the engine). */
export function cueAutomaton(): AhoCorasick {
  return cueTable().automaton();
}

/**
 * Distinct lexicon phrases found in `folded` (output of `foldForMatching`), grouped by cue.
 * `scannedIds`: the ids of `cuePatterns()` that a scan of this same `folded` already found, in
 * order of first occurrence (the engine's one pass over the message); without them, it scans.
 */
export function findCues(folded: string, scannedIds?: readonly number[]): CueHits {
  return findCuesAndFrames(folded, scannedIds).cues;
}

/**
 * `findCues`, which frames held (their values are among the cues too), and which frame concepts
 * occur in the language(s) the text is written in.
 */
export function findCuesAndFrames(
  folded: string,
  scannedIds?: readonly number[],
): { cues: CueHits; frames: readonly FrameHit[]; concepts: ReadonlySet<FrameConcept> } {
  const { ownersOf, ownLanguageOnly, patterns, automaton } = cueTable();
  const hits = new Map<Cue, string[]>();
  const hit = (cue: Cue, value: string): void => {
    const list = hits.get(cue);
    if (list === undefined) hits.set(cue, [value]);
    else list.push(value);
  };
  const concepts = new Map<string, Map<FrameConcept, ConceptWord[]>>();
  // The sentence-marked word form, built as far as the advice check and the frames need it; the
  // look-back for a negation stops at a sentence end ("Don't pay. Report it to the police").
  let framed: LazyWordForm | undefined;
  const wordForm = (): LazyWordForm => (framed ??= new LazyWordForm(folded, SENTENCE_END));
  for (const id of scannedIds ?? automaton().scan(folded, 'words')) {
    const seenCues = new Set<Cue>();
    for (const owner of ownersOf(id)) {
      if ('concept' in owner) {
        let ofLanguage = concepts.get(owner.language);
        if (ofLanguage === undefined) concepts.set(owner.language, (ofLanguage = new Map()));
        const words = ofLanguage.get(owner.concept);
        const word = { pattern: patterns[id]!, word: owner.phrase, ownLanguageOnly: ownLanguageOnly(id) };
        if (words === undefined) ofLanguage.set(owner.concept, [word]);
        else if (!words.some((w) => w.pattern === word.pattern)) words.push(word);
        continue;
      }
      const { cue, phrase } = owner;
      // Spellings that fold to one pattern ("case sensitive", "case-sensitive") count once.
      if (seenCues.has(cue)) continue;
      seenCues.add(cue);
      if (cue === 'advice' && !hasPlainOccurrence(wordForm(), patterns[id]!)) continue;
      hit(cue, phrase);
    }
  }
  const frames = findFrames(wordForm, concepts);
  for (const { cue, shown } of frames) hit(cue, shown);
  return { cues: hits, frames, concepts: conceptsOfTheText(concepts) };
}

/**
 * The concepts found in the language the text is written in: the one with the most frame words
 * of its own (words no other language's frame lexicon has: not "webcam", not "computer"), or
 * each of those that tie. A word of another language that happens to be spelled alike says
 * nothing: Italian "nudo" is a Danish café's name.
 */
function conceptsOfTheText(byLanguage: ConceptHits): ReadonlySet<FrameConcept> {
  const weight = (concepts: ReadonlyMap<FrameConcept, readonly ConceptWord[]>): number =>
    [...concepts.values()].reduce((n, words) => n + words.filter((w) => w.ownLanguageOnly).length, 0);
  const most = Math.max(0, ...[...byLanguage.values()].map(weight));
  const found = new Set<FrameConcept>();
  for (const concepts of byLanguage.values()) {
    if (weight(concepts) < most) continue;
    for (const concept of concepts.keys()) found.add(concept);
  }
  return found;
}
