import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AhoCorasick } from '../../../utils/core/signatures/aho-corasick';
import { toWordForm } from '../../../utils/core/signatures/tokens';

const naive = (patterns: string[], text: string): number[] =>
  patterns.map((p, i) => (p.length > 0 && text.includes(p) ? i : -1)).filter((i) => i >= 0);

describe('AhoCorasick', () => {
  it('finds every pattern that occurs, once each, including overlapping and nested ones', () => {
    const patterns = ['he', 'she', 'his', 'hers', 'e'];
    const ac = new AhoCorasick(patterns);
    expect(ac.scan('ushers').sort()).toEqual([0, 1, 3, 4]);
    expect(ac.scan('xyz')).toEqual([]);
  });

  it('agrees with String.includes on random patterns and texts', { timeout: 30_000 }, () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'ä', '€'), minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 20 }),
        fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'ä', '€'), maxLength: 200 }),
        (patterns, text) => {
          const ac = new AhoCorasick(patterns);
          expect(ac.scan(text).sort((a, b) => a - b)).toEqual(naive(patterns, text));
        },
      ),
      { numRuns: 200 },
    );
  });

  it('agrees with includes on the word form in word mode', { timeout: 30_000 }, () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.string({ unit: fc.constantFrom('a', 'b', ' ', '-', '€'), minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 10 }),
        fc.string({ unit: fc.constantFrom('a', 'b', ' ', '-', '.', '€', '\n'), maxLength: 200 }),
        (patterns, text) => {
          const ac = new AhoCorasick(patterns);
          const words = toWordForm(text);
          const framed = words.length > 0 ? ` ${words} ` : ' ';
          expect(ac.scan(text, 'words').sort((a, b) => a - b)).toEqual(naive(patterns, framed));
        },
      ),
      { numRuns: 200 },
    );
  });

  // No time limit is asserted (speed lives in the bench); the generous timeout only keeps a
  // loaded CI machine from failing a test that is about capacity.
  it('can be built from a large pattern set (tens of thousands of phrases)', { timeout: 60_000 }, () => {
    const patterns = Array.from({ length: 30_000 }, (_, i) => ` sana ${i.toString(36)} tässä `);
    const ac = new AhoCorasick(patterns);
    expect(ac.scan('alku sana 7ps tässä loppu', 'words')).toEqual([parseInt('7ps', 36)]);
    expect(ac.patternCount).toBe(30_000);
  });
});

describe('scan cost is linear in the input', () => {
  // Patterns chosen to stress failure links and output chains: runs of one letter, nested.
  const patterns = ['a', 'aa', 'aaa', 'aaaa', 'aaaab', 'ab', 'ba', 'aab', 'abab', 'bbbbbbbba', 'ä ä', '€ a'];
  const ac = new AhoCorasick(patterns);

  it('takes at most 2 steps per fed unit plus one per reported pattern, for any text up to 64 KB', { timeout: 30_000 }, () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: fc.constantFrom('a', 'b', 'ä', ' ', '€', '.'), maxLength: 64 * 1024 }),
          fc.nat({ max: 64 * 1024 }).map((n) => 'a'.repeat(n)),
          fc.nat({ max: 16 * 1024 }).map((n) => 'aaab'.repeat(n)),
        ),
        fc.constantFrom<'raw' | 'words'>('raw', 'words'),
        (text, mode) => {
          ac.scan(text, mode);
          const { steps, fed } = ac.lastScan;
          // The word form frames the text with spaces and may add one space per symbol.
          expect(fed).toBeLessThanOrEqual(2 * text.length + 2);
          expect(steps).toBeLessThanOrEqual(2 * fed + patterns.length);
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe('toWordForm', () => {
  it.each([
    ['Hello,   world!', 'Hello world'],
    ['500€', '500 €'],
    ['€€ $5', '€ € $ 5'],
    ['  --  ', ''],
    ['bitcoin-osoite: 1abc', 'bitcoin osoite 1abc'],
    ['sähkö\npostiin', 'sähkö postiin'],
  ])('%j → %j', (input, expected) => {
    expect(toWordForm(input)).toBe(expected);
  });
});
