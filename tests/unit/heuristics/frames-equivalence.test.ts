// The frames' sentence check skips frames that lack a concept before gathering words and cuts
// each sentence once per call (frames/find.ts). Both are about speed only: on every corpus
// message, with the concept words that occur in it, the frames found must be those the plain
// check (kept below as it was) finds, with the same shown values, in the same order.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FRAME_CONCEPTS, FRAME_LEXICONS, findFrames, FRAMES, SENTENCE_END, type ConceptHits, type ConceptWord, type FrameConcept, type FrameHit } from '../../../utils/core/heuristics/frames';
import { LEXICONS } from '../../../utils/core/heuristics/lexicon';
import { AhoCorasick } from '../../../utils/core/signatures/aho-corasick';
import { LazyWordForm } from '../../../utils/core/signatures/lazy-word-form';
import { preparePhrase } from '../../../utils/core/signatures/phrase';
import { toWordFormMarkingSentences } from '../../../utils/core/signatures/tokens';
import { foldForMatching } from '../../../utils/core/text/normalize';

// --- The check as it was before (frames/find.ts at the start of this change), the reference.
const REACH = 160;
const MAX_OCCURRENCES = 16;
type ConceptWords = readonly ConceptWord[];

function referenceFindFrames(form: LazyWordForm, byLanguage: ConceptHits): FrameHit[] {
  const out: FrameHit[] = [];
  for (const frame of FRAMES) {
    for (const concepts of byLanguage.values()) {
      const options = frame.needs.map((any) => any.flatMap((c) => concepts.get(c) ?? []));
      if (options.some((o) => o.length === 0)) continue;
      const anchor = options.reduce((best, o) => (o.length <= best.length ? o : best));
      const excluded = (frame.without ?? []).flatMap((c) => concepts.get(c) ?? []);
      const shown = referenceSentenceHolding(form, anchor, options, excluded);
      if (shown !== undefined) {
        out.push({ cue: frame.cue, frame: frame.name, shown });
        break;
      }
    }
  }
  return out;
}

function referenceSentenceHolding(form: LazyWordForm, anchor: ConceptWords, options: readonly ConceptWords[], excluded: ConceptWords): string | undefined {
  for (const { pattern } of anchor) {
    let from = 0;
    for (let n = 0; n < MAX_OCCURRENCES; n++) {
      const at = form.indexOf(pattern, from);
      if (at === -1) break;
      from = at + 1;
      const endMark = form.indexOf(` ${SENTENCE_END} `, at + pattern.length - 1);
      const end = endMark === -1 || endMark > at + pattern.length + REACH ? at + pattern.length + REACH : endMark + 1;
      const before = form.slice(Math.max(0, at - REACH), at + 1);
      const startMark = before.lastIndexOf(` ${SENTENCE_END} `);
      const start = startMark === -1 ? Math.max(0, at - REACH) : Math.max(0, at - REACH) + startMark + 2;
      const sentence = ` ${form.slice(start, end)} `;
      if (excluded.some((w) => sentence.includes(w.pattern))) continue;
      const words: string[] = [];
      for (const option of options) {
        const found = option.find((w) => sentence.includes(w.pattern));
        if (found === undefined) break;
        words.push(found.word.replace(/^\*|\*$/g, ''));
      }
      if (words.length === options.length) return words.join(' … ');
    }
  }
  return undefined;
}
// ---

/** Every frame lexicon's words (and each language's consequence phrases, its `condition`) as search patterns. */
const CONCEPT_WORDS: { language: string; concept: FrameConcept; word: string; pattern: string }[] = [
  ...LEXICONS.flatMap((lexicon) => (lexicon.phrases.consequence ?? []).map((word) => ({ language: lexicon.language, concept: 'condition' as const, word }))),
  ...FRAME_LEXICONS.flatMap((lexicon) => FRAME_CONCEPTS.flatMap((concept) => (lexicon.words[concept] ?? []).map((word) => ({ language: lexicon.language, concept, word })))),
]
  .map((w) => ({ ...w, pattern: preparePhrase(w.word, true).pattern }))
  .filter((w) => w.pattern.length > 0);

const conceptAutomaton = new AhoCorasick(CONCEPT_WORDS.map((w) => w.pattern));

/** The concept words that occur in `folded`, by language, as the lexicons' pass reports them. */
function conceptHits(folded: string): ConceptHits {
  const form = ` ${toWordFormMarkingSentences(folded, SENTENCE_END)} `;
  const byLanguage = new Map<string, Map<FrameConcept, ConceptWord[]>>();
  // An automaton of the patterns reports each pattern id once; ids of one pattern listed twice
  // (a word in two concepts) are each its own.
  const present = new Set(conceptAutomaton.scan(form).map((id) => CONCEPT_WORDS[id]!.pattern));
  for (const { language, concept, word, pattern } of CONCEPT_WORDS) {
    if (!present.has(pattern)) continue;
    let concepts = byLanguage.get(language);
    if (concepts === undefined) byLanguage.set(language, (concepts = new Map()));
    const words = concepts.get(concept);
    if (words === undefined) concepts.set(concept, [{ pattern, word, ownLanguageOnly: true }]);
    else if (!words.some((w) => w.pattern === pattern)) words.push({ pattern, word, ownLanguageOnly: true });
  }
  return byLanguage;
}

function emlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return emlFiles(path);
    return name.endsWith('.eml') ? [path] : [];
  });
}

describe('the frames’ sentence check', () => {
  it('finds on every corpus message what the plain check finds', () => {
    const files = emlFiles('tests/corpus');
    expect(files.length).toBeGreaterThan(500);
    let held = 0;
    for (const file of files) {
      const folded = foldForMatching(readFileSync(file, 'utf8'));
      const hits = conceptHits(folded);
      let built: LazyWordForm | undefined;
      const found = findFrames(() => (built ??= new LazyWordForm(folded, SENTENCE_END)), hits);
      expect(found, file).toEqual(referenceFindFrames(new LazyWordForm(folded, SENTENCE_END), hits));
      held += found.length;
    }
    // The comparison means something only where frames hold.
    expect(held).toBeGreaterThan(100);
  }, 120_000);
});
