import { describe, expect, it } from 'vitest';
import { findCues } from '../../../utils/core/heuristics/cues';
import { CUES, LEXICONS } from '../../../utils/core/heuristics/lexicon';
import { preparePhrase } from '../../../utils/core/signatures/phrase';
import { foldForMatching } from '../../../utils/core/text/normalize';

describe('heuristics lexicons', () => {
  it('cover the twelve languages of the corpus, each with demand, threat, held-material and advice phrases', () => {
    for (const language of ['fi', 'sv', 'en', 'et', 'de', 'nl', 'fr', 'da', 'no', 'es', 'it', 'pl']) {
      const lexicon = LEXICONS.find((l) => l.language === language);
      expect(lexicon, language).toBeDefined();
      for (const cue of [
        'payment-demand', 'deadline', 'exposure-threat', 'direct-threat', 'recording', 'held-data', 'pay-to-delete',
        'violence-threat', 'kidnap-threat', 'authority-claim', 'accusation', 'commercial', 'no-police', 'advice', 'reporting',
      ] as const) {
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
          // The engine relies on it: it prepares lexicon phrases without folding them again.
          expect(foldForMatching(phrase), `${lexicon.language} ${cue}: ${phrase}`).toBe(phrase);
          expect(preparePhrase(phrase, true), phrase).toEqual(preparePhrase(phrase));
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

  it('keeps phrases of other languages from reading ordinary English as a demand or a threat', () => {
    // Cross-language collisions found while writing the lexicons: "in bitcoin" (de/nl/it), "vice
    // versa" (it "versa"), "we have your order" (kidnapping), "CPR" (da identity number).
    const english = foldForMatching('Prices in bitcoin and vice versa. We have your order. CPR training on Monday.');
    const cues = findCues(english);
    for (const cue of ['payment-demand', 'kidnap-threat', 'personal-data'] as const) expect(cues.get(cue), cue).toBeUndefined();
  });

  it('matches whole words unless the phrase says otherwise', () => {
    expect(findCues(foldForMatching('repayment schedule')).get('payment-demand')).toBeUndefined();
    expect(findCues(foldForMatching('bitcoineina')).get('crypto')).toEqual(['bitcoin*']);
  });
});
