/**
 * The resemblance model (utils/core/heuristics/resemblance/) and rule 20, which reads its score
 * beside the rules' own signs. The model's weights are data trained from the tuned corpus, so
 * these tests check what holds for any training: the features, the decoding, the scoring's
 * invariants, that the shipped weights are what the trainer makes of today's corpus, and that
 * the rule needs more than the score.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { base64 } from '@scure/base';
import { assessHeuristics } from '../../../utils/core/heuristics/assess';
import { featureValue, RESEMBLANCE_BITS, RESEMBLANCE_MAX_WORDS, RESEMBLANCE_MIN_FEATURES, resemblanceFeatures } from '../../../utils/core/heuristics/resemblance/features';
import { decodeResemblanceWeights, RESEMBLANCE_THRESHOLD, scoreResemblance, shippedResemblanceModel } from '../../../utils/core/heuristics/resemblance/model';
import { RESEMBLANCE_WEIGHTS } from '../../../utils/core/heuristics/resemblance/weights.generated';
import { foldForMatching, normalizeText } from '../../../utils/core/text/normalize';
import { loadTrainingMail } from '../../../scripts/resemblance/data';
import { trainLogistic } from '../../../scripts/resemblance/logistic';
import { quantize, train, weightsSource, WEIGHTS_FILE } from '../../../scripts/resemblance/train';
import { readFileSync } from 'node:fs';
import { assessMessage } from './prepared';

const fold = foldForMatching;

describe('resemblance features', () => {
  it('are the same for the same text, distinct, and inside the table', () => {
    const text = fold('Ich habe Ihren Computer gehackt und Sie über die Webcam gefilmt.');
    const a = resemblanceFeatures(text);
    const b = resemblanceFeatures(text);
    expect([...a.ids]).toEqual([...b.ids]);
    expect(new Set(a.ids).size).toBe(a.ids.length);
    expect(Math.max(...a.ids)).toBeLessThan(1 << RESEMBLANCE_BITS);
    expect(a.words).toContain('webcam');
  });

  it('give inflected forms of one word a shared stem', () => {
    const ids = (w: string): Set<number> => new Set(resemblanceFeatures(w).ids);
    const hacked = ids('hackattu');
    expect([...ids('hackasin')].some((id) => hacked.has(id))).toBe(true);
    expect([...ids('kukka')].some((id) => hacked.has(id))).toBe(false);
  });

  it('skip address-length tokens and stop after the word cap', () => {
    expect(resemblanceFeatures('bc1qxy2kgdygjrsqtzq2n0yrf2493p83kkfjhx0wlh').words).toEqual([]);
    const long = Array.from({ length: RESEMBLANCE_MAX_WORDS + 50 }, (_, i) => `w${i}`).join(' ');
    expect(resemblanceFeatures(long).words).toHaveLength(RESEMBLANCE_MAX_WORDS);
  });
});

describe('resemblance weights', () => {
  it('refuse a table of another size, saying why', () => {
    expect(() => decodeResemblanceWeights({ ...RESEMBLANCE_WEIGHTS, bits: 12 })).toThrow(/12 bits.*16/);
    expect(() => decodeResemblanceWeights({ ...RESEMBLANCE_WEIGHTS, weights: base64.encode(new Uint8Array(10)) })).toThrow(/10 bytes/);
  });

  it('are what the trainer makes of today\'s tuned corpus (run npm run train:resemblance after changing it)', async () => {
    const mails = await loadTrainingMail();
    expect(mails.length).toBeGreaterThan(1000);
    expect(weightsSource(train(mails), mails)).toBe(readFileSync(WEIGHTS_FILE, 'utf8'));
  }, 60_000);

  it('lose nothing visible to quantisation: bytes score like the float weights', async () => {
    const mails = (await loadTrainingMail()).filter((_, i) => i % 5 === 0);
    const examples = mails.map((m) => ({ ids: resemblanceFeatures(m.folded).ids, label: m.label }));
    const { weights, bias } = trainLogistic(examples);
    const bytes = decodeResemblanceWeights(quantize(weights, bias));
    let worst = 0;
    for (const m of mails) {
      const { ids } = resemblanceFeatures(m.folded);
      // Scaled as the model scores it, floor included: a short mail is weighed as 80 pieces.
      const z = bias + ids.reduce((sum, id) => sum + weights[id]!, 0) * featureValue(ids.length);
      worst = Math.max(worst, Math.abs(1 / (1 + Math.exp(-z)) - scoreResemblance(m.folded, bytes).score));
    }
    expect(worst).toBeLessThan(0.02);
  }, 60_000);
});

describe('scoreResemblance', () => {
  it('scores in (0, 1) and does not grow with repetition', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (raw) => {
        const text = fold(raw);
        const once = scoreResemblance(text).score;
        expect(once).toBeGreaterThan(0);
        expect(once).toBeLessThan(1);
        expect(scoreResemblance(`${text} ${text}`).score).toBeCloseTo(once, 9);
      }),
    );
  });

  it('explains with words of the text: letters only, four or more', () => {
    const text = fold('I recorded you with your webcam 4711 and I will send the video to all your contacts, ok?');
    const { words } = scoreResemblance(text);
    expect(words.length).toBeGreaterThan(0);
    for (const w of words) {
      expect(text).toContain(w);
      expect(w).toMatch(/^\p{L}{4,}$/u);
    }
  });

  it('reads the shipped table once', () => {
    expect(shippedResemblanceModel()).toBe(shippedResemblanceModel());
  });
});

describe('rule 20: resembles-extortion', () => {
  const threat = 'I will send the video to all your contacts.';

  it('flags a bare threat no other rule reads, and shows the score, not the mail\'s words', () => {
    const r = assessMessage('', threat);
    expect(r.rule).toBe('resembles-extortion');
    expect(r.findings.filter((f) => f.signal === 'resemblance').map((f) => f.matched)).toEqual([r.resemblance?.score.toFixed(2)]);
    expect(r.resemblance?.words.length).toBeGreaterThan(0);
  });

  // Before the floor (RESEMBLANCE_MIN_FEATURES), each of these scored above the threshold: the
  // few pieces of a short sentence weighed three times what a mail's do.
  it.each([
    'Your wedding film is ready. I will send it to all your family and friends tomorrow.',
    'The bomb will be defused by the army on Sunday.',
    'I know where you live.',
  ])('weighs a short sentence as little evidence: %s', (sentence) => {
    expect(assessMessage('', sentence).rule).toBeUndefined();
    expect(featureValue(3)).toBe(featureValue(RESEMBLANCE_MIN_FEATURES));
    expect(featureValue(4 * RESEMBLANCE_MIN_FEATURES)).toBe(featureValue(RESEMBLANCE_MIN_FEATURES) / 2);
  });

  it('needs the model: a model that finds nothing alarming flags nothing', () => {
    const silent = { table: new Int8Array(1 << RESEMBLANCE_BITS), scale: 1, bias: -10 };
    const text = normalizeText(threat);
    const r = assessHeuristics({ subject: '', body: text, folded: fold(text), addresses: [], links: [] }, { resemblance: silent });
    expect(r.suspected).toBe(false);
    expect(r.nearMisses.find((m) => m.rule === 'resembles-extortion')?.missing).toEqual(['reads like the extortion mail the resemblance model learned from']);
  });

  it('needs more than the score: something held, a threat or a hack', () => {
    // The score alone would do; a newsletter's single word of violence and a coin are not at stake.
    const newsletter = 'The bitcoin bubble is a ticking time bomb: sell now, otherwise you lose everything you have.';
    expect(scoreResemblance(fold(newsletter)).score).toBeGreaterThanOrEqual(RESEMBLANCE_THRESHOLD);
    expect(assessMessage('Markets', newsletter).suspected).toBe(false);
  });

  it('asks the model only where the rest of the rule holds: ordinary mail pays nothing for it', () => {
    expect(assessMessage('Choir', 'See you at the choir rehearsal on Thursday.').resemblance).toBeUndefined();
    expect(assessMessage('', threat).resemblance).toBeDefined();
  });

  it('keeps to the warning-framing veto', () => {
    const bulletin = `Police warning: scammers write "${threat}" Don't pay and report it to the police.`;
    const r = assessMessage('Scam warning', bulletin);
    expect(r.warningFraming).toBe(true);
    expect(r.suspected).toBe(false);
  });

  it('leaves the same words in a friendly mail alone', () => {
    expect(assessMessage('Your film', `Your wedding film is ready! ${threat.replace('.', '')} on the guest list once you approve it. Thank you for having us.`).suspected).toBe(false);
  });
});
