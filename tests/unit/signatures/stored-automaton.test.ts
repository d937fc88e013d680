// A built automaton kept in storage and used again on wake: the same answers as building it,
// and tables that could make a scan misbehave are refused (the matcher then builds anew).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AhoCorasick, type AutomatonTables } from '../../../utils/core/signatures/aho-corasick';
import { SignatureMatcher } from '../../../utils/core/signatures/matcher';

const UNITS = fc.constantFrom('a', 'b', 'c', ' ', 'ä', '€');

/** What storage gives back: a structured clone, not the same arrays. */
const stored = (ac: AhoCorasick): AutomatonTables => structuredClone(ac.tables());

describe('an automaton from stored tables', () => {
  it('finds exactly what the automaton it was stored from finds', { timeout: 30_000 }, () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.string({ unit: UNITS, minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 30 }),
        fc.string({ unit: UNITS, maxLength: 300 }),
        (patterns, text) => {
          const built = new AhoCorasick(patterns);
          const again = new AhoCorasick(stored(built));
          expect(again.scan(text)).toEqual(built.scan(text));
          expect(again.scan(text, 'words')).toEqual(built.scan(text, 'words'));
        },
      ),
      { numRuns: 150 },
    );
  });

  const tables = (): AutomatonTables => stored(new AhoCorasick(['he', 'she', 'his', 'hers']));
  it.each<[string, (t: AutomatonTables) => void]>([
    ['a failure link to itself (a scan would loop)', (t) => (t.fail[3] = 3)],
    ['a failure link to a deeper node', (t) => (t.fail[1] = t.fail.length - 1)],
    ['a transition out of range', (t) => (t.rootTable[104] = 99_999)],
    ['an edge back to the root', (t) => (t.edgeTarget[0] = 0)],
    ['a pattern id beyond the pattern count', (t) => (t.output[t.output.length - 1] = 50)],
    ['a short node table', (t) => (t.reportFrom = t.reportFrom.slice(1))],
    ['an array of the wrong type', (t) => ((t as { edgeLabel: unknown }).edgeLabel = Int32Array.from(t.edgeLabel))],
  ])('refuses %s', (_what, damage) => {
    const t = tables();
    damage(t);
    expect(() => new AhoCorasick(t)).toThrow(/stored automaton rejected/);
  });
});

describe('SignatureMatcher with a stored automaton', () => {
  const entries = [{ signature: { id: 's1', campaign: 'c1', groups: [{ atLeast: 1, phrases: ['pay now'] }] }, ref: 0 }];
  const extra = [' bitcoin ', ' within '];

  it('uses it for the same patterns and gives the same hits', () => {
    const first = new SignatureMatcher(entries, extra);
    expect(first.automatonReused).toBe(false);
    const again = new SignatureMatcher(entries, extra, structuredClone(first.storedAutomaton()));
    expect(again.automatonReused).toBe(true);
    expect(again.matchWithExtra('please pay now in bitcoin')).toEqual(first.matchWithExtra('please pay now in bitcoin'));
  });

  it('builds anew when the patterns changed (another list), without a complaint', () => {
    const first = new SignatureMatcher(entries, extra);
    const other = new SignatureMatcher([], extra, first.storedAutomaton());
    expect(other.automatonReused).toBe(false);
    expect(other.automatonRejected).toBeUndefined();
    expect(other.matchWithExtra('in bitcoin').extra).toEqual([0]);
  });

  it('builds anew, and says why, when stored tables for these patterns are damaged', () => {
    const saved = structuredClone(new SignatureMatcher(entries, extra).storedAutomaton());
    saved.tables.fail[2] = 2;
    const again = new SignatureMatcher(entries, extra, saved);
    expect(again.automatonReused).toBe(false);
    expect(again.automatonRejected).toMatch(/failure link/);
    expect(again.match('pay now')).toHaveLength(1);
  });
});
