// The compact image of an automaton's tables (what the build writes for the lexicons): decoding
// it gives an automaton that finds what the built one finds, and a damaged image is refused.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AhoCorasick } from '../../../utils/core/signatures/aho-corasick';
import { decodeAutomatonImage, decodeVarints, encodeAutomatonImage, encodeVarints } from '../../../utils/core/signatures/automaton-tables';

const UNITS = fc.constantFrom('a', 'b', 'c', ' ', 'ä', '€', '\u{1F600}');

describe('an automaton from its image', () => {
  it('finds exactly what the automaton it was made from finds, raw and in word form', { timeout: 30_000 }, () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.string({ unit: UNITS, minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 40 }),
        fc.string({ unit: UNITS, maxLength: 300 }),
        (patterns, text) => {
          const built = new AhoCorasick(patterns);
          const decoded = new AhoCorasick({ image: encodeAutomatonImage(built.tables()) });
          expect(decoded.patternCount).toBe(built.patternCount);
          expect(decoded.nodeCount).toBe(built.nodeCount);
          expect(decoded.scan(text)).toEqual(built.scan(text));
          expect(decoded.scan(text, 'words')).toEqual(built.scan(text, 'words'));
        },
      ),
      { numRuns: 150 },
    );
  });

  it('gives tables that pass the checks of stored tables, and the same image again', () => {
    // Many children under one node, so that Latin-1 tables are derived too.
    const patterns = [...'abcdefghijklmnop'].map((c) => ` x${c} `).concat([' xa', 'he', 'she', 'his', 'hers', ' €']);
    const image = encodeAutomatonImage(new AhoCorasick(patterns).tables());
    const tables = decodeAutomatonImage(image);
    expect(tables.latinTables.length).toBeGreaterThan(0);
    expect(() => new AhoCorasick(structuredClone(tables))).not.toThrow();
    expect(encodeAutomatonImage(tables)).toBe(image);
  });

  it('of no patterns finds nothing', () => {
    const empty = new AhoCorasick({ image: encodeAutomatonImage(new AhoCorasick([]).tables()) });
    expect(empty.scan('anything', 'words')).toEqual([]);
  });

  const image = encodeAutomatonImage(new AhoCorasick(['he', 'she', 'his', 'hers']).tables());
  it.each<[string, string, RegExp]>([
    ['cut short', image.slice(0, image.length - 8), /cut short|trailing|not base64/],
    ['not base64', `${image.slice(0, 8)}!!!!${image.slice(12)}`, /not base64/],
    ['of another format', encodeVarints([9, 1, 1, 0, 0]), /unknown format/],
    ['whose edges do not make a tree', encodeVarints([1, 1, 3, 1, 0, 0, 104, 0, 0, 0]), /not a tree/],
    ['with values left over', encodeVarints([1, 0, 1, 0, 0, 7]), /trailing/],
  ])('is refused when %s', (_what, damaged, message) => {
    expect(() => decodeAutomatonImage(damaged)).toThrow(message);
  });
});

describe('base64 varints', () => {
  it('give back the numbers they were made of', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 2 ** 28 - 1 }), { maxLength: 50 }), (values) => {
        expect([...decodeVarints(encodeVarints(values))]).toEqual(values);
      }),
    );
  });

  it('refuse a number they could not read back', () => {
    expect(() => encodeVarints([2 ** 28])).toThrow(/cannot write/);
    expect(() => encodeVarints([-1])).toThrow(/cannot write/);
  });
});
