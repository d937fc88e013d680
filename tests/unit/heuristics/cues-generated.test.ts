/**
 * The lexicons' table prepared at build time (utils/core/heuristics/cues.generated.ts) is what a
 * fresh compile of the lexicons gives, is the one in use, and finds exactly the cues, frames and
 * verdicts that compiling the lexicons at run time finds, on every real-world mail of the corpus
 * and every hard benign look-alike.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { PREPARED_CUES_FILE, renderPreparedCues } from '../../../scripts/build/prepare-cues';
import { htmlToVisibleTextViaDom } from '../../../scripts/lib/dom-text';
import { classify } from '../../../utils/core/engine/classify';
import { buildMatchIndex } from '../../../utils/core/engine/index';
import type { MessageFeatures } from '../../../utils/core/engine/features';
import { cueAutomaton, cuePatterns, cueTableOrigin, findCuesAndFrames } from '../../../utils/core/heuristics/cues';
import { parseEml } from '../../../utils/core/mail/eml';
import { AhoCorasick } from '../../../utils/core/signatures/aho-corasick';
import { foldForMatching, normalizeText } from '../../../utils/core/text/normalize';
import { hardBenignFeatures, loadHardBenign } from '../../corpus/src/hard-benign';
import { loadRealCorpus } from '../../corpus/src/real';

/** The same modules again, with an empty prepared table: the lexicons are compiled at run time. */
async function compiledAtRunTime() {
  vi.resetModules();
  vi.doMock('../../../utils/core/heuristics/cues.generated', () => ({ PREPARED_CUES: { fingerprint: '', patterns: '', phraseIds: '', automaton: '' } }));
  const cues = await import('../../../utils/core/heuristics/cues');
  const engine = await import('../../../utils/core/engine/index');
  const classifier = await import('../../../utils/core/engine/classify');
  vi.doUnmock('../../../utils/core/heuristics/cues.generated');
  return { cues, index: engine.buildMatchIndex([]), classify: classifier.classify };
}

describe('the prepared cue table', () => {
  it('is what the lexicons compile to now (else run `npm run prepare-cues`)', () => {
    // Compared as text first: a mismatch then names the file, not a 2 MB diff.
    const fresh = renderPreparedCues();
    const inRepository = readFileSync(PREPARED_CUES_FILE, 'utf8');
    expect(inRepository === fresh, `${PREPARED_CUES_FILE} differs from a fresh compile: run npm run prepare-cues`).toBe(true);
  });

  it('is the one in use, and its automaton passes the checks of stored tables', () => {
    expect(cueTableOrigin()).toBe('prepared');
    const automaton = cueAutomaton();
    expect(automaton.patternCount).toBe(cuePatterns().length);
    expect(() => new AhoCorasick(structuredClone(automaton.tables()))).not.toThrow();
  });
});

describe('cues and frames, prepared table against a run-time compile', () => {
  let runTime: Awaited<ReturnType<typeof compiledAtRunTime>>;
  const texts: { name: string; features: MessageFeatures }[] = [];
  beforeAll(async () => {
    runTime = await compiledAtRunTime();
    for (const f of loadRealCorpus()) texts.push({ name: f.path, features: (await parseEml(f.bytes, { htmlToText: htmlToVisibleTextViaDom })).features });
    for (const mail of loadHardBenign()) texts.push({ name: `hard-benign ${mail.language} #${mail.index}`, features: hardBenignFeatures(mail) });
  }, 120_000);

  it('compiles at run time when the prepared table is not for these lexicons', () => {
    expect(runTime.cues.cueTableOrigin()).toBe('lexicons');
    expect(runTime.cues.cuePatterns()).toEqual(cuePatterns());
  });

  it('finds the same cues, frames and concepts in every text, and the same verdicts', () => {
    expect(texts.length).toBeGreaterThan(300);
    const prepared = buildMatchIndex([]);
    let cueHits = 0;
    let frameHits = 0;
    for (const { name, features } of texts) {
      const folded = foldForMatching(`${normalizeText(features.subject)}\n${normalizeText(features.bodyText)}`);
      const found = findCuesAndFrames(folded);
      expect(found, name).toEqual(runTime.cues.findCuesAndFrames(folded));
      expect(classify(prepared, features), name).toEqual(runTime.classify(runTime.index, features));
      cueHits += found.cues.size;
      frameHits += found.frames.length;
    }
    // The texts do hold cues and frames: the comparison is not of empty results.
    expect(cueHits).toBeGreaterThan(texts.length);
    expect(frameHits).toBeGreaterThan(50);
  });
});
