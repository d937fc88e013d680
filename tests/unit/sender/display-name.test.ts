import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DisplayNameIndex } from '../../../utils/core/sender/display-name-index';
import { compileGlob, matchGlob } from '../../../utils/core/sender/glob';

describe('matchGlob', () => {
  it.each([
    ['vastaamo', 'vastaamo', true],
    ['vastaamo', 'vastaamo oy', false],
    ['vastaamo*', 'vastaamo oy', true],
    ['vastaamo*', 'oy vastaamo', false],
    ['*vastaamo', 'oy vastaamo', true],
    ['*vastaamo*', 'psykoterapiakeskus vastaamo oy', true],
    ['*vastaamo*', 'vastaamo', true],
    ['*vasta*amo*', 'vastaamo', true],
    ['*vasta*amo*', 'vastaus', false],
    ['ransom*team', 'ransom team', true],
    ['ransom*team', 'ransomteam', true],
    ['ransom*team', 'ransom tea', false],
    // The prefix and suffix must not overlap: "aba" is not "ab…ba".
    ['ab*ba', 'aba', false],
    ['ab*ba', 'abba', true],
    ['a*b*c', 'axxbyyc', true],
    ['a*b*c', 'axxcyyb', false],
    ['*x*x*x*', 'x-x-x', true],
    ['*x*x*x*', 'x-x', false],
  ])('%j on %j → %j', (pattern, text, expected) => {
    expect(matchGlob(compileGlob(pattern), text)).toBe(expected);
  });

  it('agrees with a reference matcher on random patterns and names', { timeout: 30_000 }, () => {
    // Reference: a plain dynamic-programming glob matcher (quadratic, fine for tiny inputs).
    const reference = (p: string, t: string): boolean => {
      let row = new Array<boolean>(t.length + 1).fill(false);
      row[0] = true;
      for (const ch of p) {
        const next = new Array<boolean>(t.length + 1).fill(false);
        if (ch === '*') {
          let any = false;
          for (let j = 0; j <= t.length; j++) {
            any = any || row[j]!;
            next[j] = any;
          }
        } else {
          for (let j = 1; j <= t.length; j++) next[j] = row[j - 1]! && t[j - 1] === ch;
        }
        row = next;
      }
      return row[t.length]!;
    };
    const alphabet = fc.constantFrom('a', 'b', '*');
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 8 }), fc.array(fc.constantFrom('a', 'b'), { maxLength: 12 }), (p, t) => {
        const pattern = p.join('');
        const text = t.join('');
        expect(matchGlob(compileGlob(pattern), text)).toBe(reference(pattern, text));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('DisplayNameIndex', () => {
  const index = new DisplayNameIndex([
    { pattern: 'Vastaamo*', ref: 'c1' },
    { pattern: '*Ransom Operator*', ref: 'c2' },
    { pattern: 'Exact Name', ref: 'c3' },
    { pattern: '*Тerapia*keskus*', ref: 'c4' }, // Cyrillic Т: folded to Latin
  ]);

  it.each([
    ['Vastaamo Oy', ['c1']],
    ['vastaamo', ['c1']],
    ['The RANSOM   operator group', ['c2']],
    ['exact name', ['c3']],
    ['Exact Name Ltd', []],
    ['Terapiakeskus', ['c4']],
    ['Oy Vastaamo', []],
    ['', []],
  ])('%j → %j', (name, refs) => {
    expect(index.match(name).map((h) => h.ref)).toEqual(refs);
  });

  it('reports the list pattern, not the sender name', () => {
    expect(index.match('Vastaamo Oy')[0]?.pattern).toBe('Vastaamo*');
  });
});

describe('DisplayNameIndex at scale', () => {
  const many = new DisplayNameIndex(
    Array.from({ length: 10_000 }, (_, i) => ({ pattern: `*Collector Desk ${i.toString(36)}x*`, ref: i })),
  );

  it('checks only the patterns whose literal fragment occurs in the name', () => {
    expect(many.match('The Collector Desk 7ksx unit').map((h) => h.ref)).toEqual([parseInt('7ks', 36)]);
    expect(many.lastCandidates).toBeLessThanOrEqual(2);
    expect(many.match('An ordinary name')).toEqual([]);
    expect(many.lastCandidates).toBe(0);
  });

  it('treats regex syntax in a pattern as literal text', () => {
    const index = new DisplayNameIndex([{ pattern: '(a+)+$', ref: 1 }, { pattern: '*a*a*a*a*a*a*a*a*b', ref: 2 }]);
    expect(index.match(`${'a'.repeat(250)}!`)).toEqual([]);
    expect(index.match('(a+)+$').map((h) => h.ref)).toEqual([1]);
    expect(index.match(`${'a'.repeat(250)}b`).map((h) => h.ref)).toEqual([2]);
  });
});
