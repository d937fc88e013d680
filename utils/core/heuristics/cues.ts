/**
 * Finds which heuristic cues occur in folded text: one Aho–Corasick pass over every phrase of
 * every compiled-in lexicon (utils/core/signatures), so the cost does not grow with the lexicon.
 * Owns the negation check for protective advice; must not decide anything about a message.
 */
import type { AhoCorasick } from '../signatures/aho-corasick';
import { PhraseTable } from '../signatures/phrase-table';
import { LazyWordForm } from '../signatures/lazy-word-form';
import { CUES, LEXICONS, type Cue } from './lexicon';

export type CueHits = ReadonlyMap<Cue, readonly string[]>;

type Compiled = {
  automaton: AhoCorasick;
  /** For each pattern id: the (cue, phrase) pairs that produced it, and its pattern. */
  owners: { cue: Cue; phrase: string }[][];
  patterns: string[];
};

let compiled: Compiled | undefined;

function compile(): Compiled {
  const table = new PhraseTable<{ cue: Cue; phrase: string }>();
  for (const lexicon of LEXICONS) {
    for (const cue of CUES) {
      for (const phrase of lexicon.phrases[cue] ?? []) {
        const id = table.intern(phrase);
        if (id >= 0) table.owners[id]!.push({ cue, phrase });
      }
    }
  }
  return { automaton: table.automaton(), owners: table.owners, patterns: table.patterns };
}

/**
 * Words that, among the three before a piece of advice, turn it around: "if you don't pay",
 * "don't contact the police", "no use to change your password", "jos et maksa", "om du inte",
 * "wenn Sie nicht zahlen", "si vous ne payez pas", "se non paghi", "jeśli nie", "ikke kontakt
 * politiet", "neem geen contact op met de politie", "ära pöördu politseisse".
 */
const NEGATORS = new Set([
  'not', 't', 'no', 'never', 'if', 'unless', 'cannot', 'useless', 'pointless',
  'älä', 'älkää', 'ala', 'ei', 'et', 'jos', 'turha', 'inte', 'aldrig', 'om', 'ingen', 'ingen idé',
  'kui', 'ära', 'ärge', 'mitte', 'pole', 'wenn', 'falls', 'nicht', 'kein', 'keine', 'nie', 'als', 'indien', 'niet',
  'geen', 'si', 'sans', 'se', 'non', 'hvis', 'dersom', 'ikke', 'ikkje', 'aldri', 'jeśli', 'jeżeli',
]);

/**
 * Sentence ends survive the word form as this symbol (a word of its own there), so that the
 * look-back for a negation stops at "Don't pay. Report it to the police".
 */
const SENTENCE_END = '¦';

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
    if (!before.some((w) => NEGATORS.has(w))) return true;
    from = at + 1;
  }
  return false;
}

/**
 * The search patterns of every lexicon phrase, indexed by cue pattern id, for a caller that runs
 * them in its own automaton pass over the message (the engine's content-signature pass) and
 * hands the result to `useCueScan`.
 */
export function cuePatterns(): readonly string[] {
  compiled ??= compile();
  return compiled.patterns;
}

/** A scan done by someone else: the cue pattern ids found in `folded`, in order of first occurrence. */
let handedScan: { folded: string; ids: readonly number[] } | undefined;

/**
 * Hands `findCues` the result of a scan of `folded` for `cuePatterns()` (ids in order of first
 * occurrence, as AhoCorasick reports them), so that its next call on the same text uses it
 * instead of scanning 100 KB again. Used once; a call on any other text scans as usual.
 */
export function useCueScan(folded: string, ids: readonly number[]): void {
  handedScan = { folded, ids };
}

function cueIdsIn(folded: string, automaton: AhoCorasick): readonly number[] {
  if (handedScan !== undefined && handedScan.folded === folded) {
    const { ids } = handedScan;
    handedScan = undefined;
    return ids;
  }
  return automaton.scan(folded, 'words');
}

/** Distinct lexicon phrases found in `folded` (output of `foldForMatching`), grouped by cue. */
export function findCues(folded: string): CueHits {
  compiled ??= compile();
  const { automaton, owners, patterns } = compiled;
  const hits = new Map<Cue, string[]>();
  let framed: LazyWordForm | undefined;
  for (const id of cueIdsIn(folded, automaton)) {
    const seenCues = new Set<Cue>();
    for (const { cue, phrase } of owners[id] ?? []) {
      // Spellings that fold to one pattern ("case sensitive", "case-sensitive") count once.
      if (seenCues.has(cue)) continue;
      seenCues.add(cue);
      if (cue === 'advice') {
        framed ??= new LazyWordForm(folded, SENTENCE_END);
        if (!hasPlainOccurrence(framed, patterns[id]!)) continue;
      }
      const list = hits.get(cue);
      if (list === undefined) hits.set(cue, [phrase]);
      else list.push(phrase);
    }
  }
  return hits;
}
