import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ContentSignature } from '../../../utils/core/list/schema';
import { AhoCorasick } from '../../../utils/core/signatures/aho-corasick';
import { SignatureMatcher } from '../../../utils/core/signatures/matcher';
import { preparePhrase } from '../../../utils/core/signatures/phrase';
import { foldForMatching } from '../../../utils/core/text/normalize';

const sig = (id: string, groups: ContentSignature['groups']): ContentSignature => ({ id, campaign: `camp-${id}`, language: 'fi', groups });

const vastaamo = sig('vastaamo-fi', [
  { atLeast: 1, phrases: ['potilastiedot', 'potilastietosi', 'terapia*'] },
  { atLeast: 1, phrases: ['bitcoin*'] },
  { atLeast: 2, phrases: ['24 tunnin', 'julkaistaan', 'poistetaan pysyvästi', '500 €'] },
]);
const sextortion = sig('sextortion-en', [{ atLeast: 2, phrases: ['your password', 'recorded you', 'bitcoin wallet'] }]);
const matcher = new SignatureMatcher([
  { signature: vastaamo, ref: 'list-a' },
  { signature: sextortion, ref: 'list-b' },
]);

const matchIds = (text: string): string[] => matcher.match(foldForMatching(text)).map((h) => h.signatureId);

describe('preparePhrase', () => {
  it.each([
    ['Maksa Bitcoineina', ' maksa bitcoineina '],
    ['bitcoin*', ' bitcoin'],
    ['*osoitteeseen', 'osoitteeseen '],
    ['500€', ' 500 € '],
    ['  pay   now!! ', ' pay now '],
    ['Sаlasаna', ' salasana '], // Cyrillic а folded to Latin a
  ])('%j → %j', (phrase, pattern) => {
    expect(preparePhrase(phrase).pattern).toBe(pattern);
  });
});

describe('SignatureMatcher', () => {
  it.each([
    // All groups hold.
    ['Potilastietosi julkaistaan ellet maksa 24 tunnin kuluessa bitcoineina.', ['vastaamo-fi']],
    // Prefix phrase "terapia*" matches the inflected form, amounts with the euro sign too.
    ['Terapiamuistiinpanot julkaistaan. Maksa 500€ bitcoinina.', ['vastaamo-fi']],
    // Line breaks, extra spaces and case do not matter.
    ['POTILASTIEDOT\n\njulkaistaan,   ja   poistetaan\npysyvästi vasta kun maksat Bitcoin', ['vastaamo-fi']],
    // Second group missing: no bitcoin at all.
    ['Potilastietosi julkaistaan 24 tunnin kuluessa.', []],
    // Third group needs two phrases, only one present.
    ['Potilastietosi julkaistaan, maksa bitcoinilla.', []],
    // Word boundary: "potilastiedotteessa" does not contain the word "potilastiedot".
    ['Potilastiedotteessa kerrottiin: julkaistaan 24 tunnin sisällä, bitcoin-kurssi.', []],
    ['I know your password. I recorded you. Send to my bitcoin wallet.', ['sextortion-en']],
    ['Please change your password today.', []],
    ['', []],
  ])('%j → %j', (text, expected) => {
    expect(matchIds(text)).toEqual(expected);
  });

  it('returns the provenance ref and the phrases found', () => {
    const [hit] = matcher.match(foldForMatching('I recorded you and know your password.'));
    expect(hit?.ref).toBe('list-b');
    expect(hit?.campaign).toBe('camp-sextortion-en');
    expect(hit?.phrases).toEqual(['recorded you', 'your password']);
  });

  it('counts a phrase repeated in one group once', () => {
    const m = new SignatureMatcher([{ signature: sig('dup', [{ atLeast: 2, phrases: ['lunnaat', 'Lunnaat'] }]), ref: 1 }]);
    expect(m.match(foldForMatching('lunnaat lunnaat lunnaat'))).toEqual([]);
  });

  it('agrees with a naive evaluation over random texts', { timeout: 30_000 }, () => {
    const words = ['alpha', 'beta', 'gamma', 'delta', 'alphabet', 'be'];
    const signatures = [
      sig('s1', [{ atLeast: 1, phrases: ['alpha'] }, { atLeast: 1, phrases: ['beta', 'gamma'] }]),
      sig('s2', [{ atLeast: 2, phrases: ['alpha beta', 'gamma', 'delta'] }]),
      sig('s3', [{ atLeast: 1, phrases: ['alpha*'] }, { atLeast: 1, phrases: ['be'] }]),
    ];
    const m = new SignatureMatcher(signatures.map((signature) => ({ signature, ref: signature.id })));
    const has = (text: string, phrase: string): boolean => {
      const open = phrase.endsWith('*');
      const body = open ? phrase.slice(0, -1) : phrase;
      return ` ${text} `.includes(` ${body}${open ? '' : ' '}`);
    };
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...words), { maxLength: 12 }), (picked) => {
        const text = picked.join(' ');
        const expected = signatures
          .filter((s) => s.groups.every((g) => g.phrases.filter((p) => has(text, p)).length >= g.atLeast))
          .map((s) => s.id);
        expect(m.match(text).map((h) => h.signatureId)).toEqual(expected);
      }),
      { numRuns: 500 },
    );
  });
});

describe('matching cost', () => {
  it('stays linear in the text for random texts up to 64 KB (automaton steps, not time)', { timeout: 30_000 }, () => {
    const vocabulary = ['potilastiedot', 'bitcoin', 'bitcoineina', '24 tunnin', 'julkaistaan', 'x', 'aa', '€', '500', 'your password'];
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...vocabulary, ' ', '\n', '.', 'a'), { maxLength: 16 * 1024 }).map((parts) => parts.join('').slice(0, 64 * 1024)),
        (text) => {
          matcher.match(foldForMatching(text));
          const { steps, fed } = matcher.lastScan;
          expect(fed).toBeLessThanOrEqual(2 * text.length + 2);
          expect(steps).toBeLessThanOrEqual(2 * fed + matcher.phraseCount);
        },
      ),
      { numRuns: 40 },
    );
  });
});

describe('SignatureMatcher with extra patterns', () => {
  // " bitcoin" is also a signature pattern (from "bitcoin*"): the two must share one id.
  const extras = [' julkaistaan ', ' bitcoin', ' hello ', ' poistetaan ', ' never here '];
  const both = new SignatureMatcher([{ signature: vastaamo, ref: 'list-a' }], extras);
  const alone = new SignatureMatcher([{ signature: vastaamo, ref: 'list-a' }]);
  const text = foldForMatching('Hello! Potilastiedot julkaistaan 24 tunnin kuluessa, maksa bitcoineina. Tiedot poistetaan pysyvästi.');

  it('reports the extra patterns that occur, in order of first occurrence, including one a signature shares', () => {
    expect(both.matchWithExtra(text).extra).toEqual([2, 0, 1, 3]);
  });

  it('matches the same signatures as a matcher without extras', () => {
    expect(both.matchWithExtra(text).hits).toEqual(alone.match(text));
    expect(both.match(text)).toEqual(alone.match(text));
    expect(both.match(text).map((h) => h.signatureId)).toEqual(['vastaamo-fi']);
  });

  it('reports an empty list, not null, when no extra pattern occurs', () => {
    expect(both.matchWithExtra(foldForMatching('nothing to see')).extra).toEqual([]);
  });

  it('finds the extra patterns an automaton of them alone finds, in the same order, for any text', () => {
    const words = fc.constantFrom('julkaistaan', 'bitcoin', 'bitcoineina', 'hello', 'poistetaan', 'potilastiedot', 'x', '24', 'tunnin', '€', '.');
    const own = new AhoCorasick(extras);
    fc.assert(
      fc.property(fc.array(words, { maxLength: 20 }), (ws) => {
        const folded = foldForMatching(ws.join(' '));
        expect(both.matchWithExtra(folded).extra).toEqual(own.scan(folded, 'words'));
        expect(both.matchWithExtra(folded).hits).toEqual(alone.match(folded));
      }),
    );
  });
});
