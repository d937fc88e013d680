import { describe, expect, it } from 'vitest';
import { findCues } from '../../../utils/core/heuristics/cues';
import { CUES, LEXICONS } from '../../../utils/core/heuristics/lexicon';
import { preparePhrase } from '../../../utils/core/signatures/phrase';
import { foldForMatching } from '../../../utils/core/text/normalize';

describe('heuristics lexicons', () => {
  it('cover Finnish, Swedish and English, each with demand, threat and advice phrases', () => {
    for (const language of ['fi', 'sv', 'en']) {
      const lexicon = LEXICONS.find((l) => l.language === language);
      expect(lexicon, language).toBeDefined();
      for (const cue of ['payment-demand', 'exposure-threat', 'pay-to-delete', 'no-police', 'advice', 'reporting'] as const) {
        expect(lexicon!.phrases[cue]?.length ?? 0, `${language} ${cue}`).toBeGreaterThan(0);
      }
    }
  });

  it('hold only known cues and phrases written in their folded form, each once per cue', () => {
    for (const lexicon of LEXICONS) {
      for (const [cue, phrases] of Object.entries(lexicon.phrases)) {
        expect(CUES).toContain(cue);
        expect(new Set(phrases).size, `${lexicon.language} ${cue} has duplicates`).toBe(phrases.length);
        for (const phrase of phrases) {
          expect(foldForMatching(phrase), `${lexicon.language} ${cue}: ${phrase}`).toBe(phrase);
          expect(preparePhrase(phrase).literalLength, phrase).toBeGreaterThanOrEqual(2);
        }
      }
    }
  });

  it('finds every phrase of every lexicon in a text made of it (no phrase is unreachable)', () => {
    for (const lexicon of LEXICONS) {
      for (const cue of CUES) {
        for (const phrase of lexicon.phrases[cue] ?? []) {
          const text = `x ${phrase.replace(/^\*|\*$/g, '')} x`;
          const found = findCues(foldForMatching(text)).get(cue) ?? [];
          expect(found.length, `${lexicon.language} ${cue}: ${phrase}`).toBeGreaterThan(0);
        }
      }
    }
  });

  it('matches whole words unless the phrase says otherwise', () => {
    expect(findCues(foldForMatching('repayment schedule')).get('payment-demand')).toBeUndefined();
    expect(findCues(foldForMatching('bitcoineina')).get('crypto')).toEqual(['bitcoin*']);
  });
});
