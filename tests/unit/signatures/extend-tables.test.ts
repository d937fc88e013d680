// An automaton extended by another's patterns (how the lists' patterns join the lexicons'
// prepared automaton at wake): it finds what the two find scanning alone, its links are those of
// a fresh build of both pattern sets, and the base it came from is left as it was.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cueAutomaton, cuePatterns } from '../../../utils/core/heuristics/cues';
import { AhoCorasick, type AutomatonTables, type ExtendedAutomaton } from '../../../utils/core/signatures/aho-corasick';
import { decodeAutomatonImage, encodeAutomatonImage } from '../../../utils/core/signatures/automaton-tables';
import { extendTables } from '../../../utils/core/signatures/extend-tables';
import { EXTEND_AFTER_CHARS, SignatureMatcher } from '../../../utils/core/signatures/matcher';
import { PhraseTable } from '../../../utils/core/signatures/phrase-table';
import { foldForMatching } from '../../../utils/core/text/normalize';

type Mode = 'raw' | 'words';

/** What the extended automaton reports, split into the base's ids and the added one's. */
function split(x: ExtendedAutomaton, text: string, mode: Mode): [number[], number[]] {
  const base: number[] = [];
  const added: number[] = [];
  for (const id of x.automaton.scan(text, mode)) {
    if (id >= x.addedOffset) added.push(id - x.addedOffset);
    else {
      base.push(id);
      const shared = x.sharedWith.get(id);
      if (shared !== undefined) added.push(shared);
    }
  }
  return [base, added];
}

/** Each node's string, from the edges (breadth first, so a parent's comes first). */
function nodeStrings(t: AutomatonTables): string[] {
  const strings: string[] = [''];
  const queue = [0];
  for (let head = 0; head < queue.length; head++) {
    const node = queue[head]!;
    for (let e = t.edgeStart[node]!; e < t.edgeStart[node + 1]!; e++) {
      strings[t.edgeTarget[e]!] = strings[node]! + String.fromCharCode(t.edgeLabel[e]!);
      queue.push(t.edgeTarget[e]!);
    }
  }
  return strings;
}

/** The failure link and the reported pattern of every node, by the nodes' strings. */
function linksByString(t: AutomatonTables, patternOf: (id: number) => string): Map<string, [string, string, string]> {
  const s = nodeStrings(t);
  const out = new Map<string, [string, string, string]>();
  for (let v = 1; v < s.length; v++) {
    const o = t.output[v]!;
    const r = t.reportFrom[v]!;
    out.set(s[v]!, [s[t.fail[v]!]!, o === -1 ? '' : patternOf(o), r === -1 ? '' : s[r]!]);
  }
  return out;
}

const UNIT = fc.constantFrom('a', 'b', ' ', 'ä', '€');
const PATTERNS = fc.uniqueArray(fc.string({ unit: UNIT, minLength: 1, maxLength: 6 }), { minLength: 0, maxLength: 25 });

/** A base as the lexicons' comes: decoded from its image (numbered breadth first). */
const prepared = (patterns: string[]): AhoCorasick => new AhoCorasick({ image: encodeAutomatonImage(new AhoCorasick(patterns).tables()) });

describe('an automaton extended by another', () => {
  it('finds what each finds alone, in the same order, raw and in word form', { timeout: 60_000 }, () => {
    fc.assert(
      fc.property(PATTERNS, PATTERNS, fc.string({ unit: fc.constantFrom('a', 'b', ' ', 'ä', '€', '.', '-'), maxLength: 200 }), fc.boolean(), (first, second, text, fromImage) => {
        const base = fromImage ? prepared(first) : new AhoCorasick(first);
        const added = new AhoCorasick(second);
        const x = base.extendedWith(added);
        for (const mode of ['raw', 'words'] as const) expect(split(x, text, mode)).toEqual([base.scan(text, mode), added.scan(text, mode)]);
      }),
      { numRuns: 300 },
    );
  });

  it('has the failure links and outputs of a fresh build of both pattern sets', { timeout: 60_000 }, () => {
    fc.assert(
      fc.property(PATTERNS, PATTERNS, (first, second) => {
        const base = prepared(first);
        const x = extendTables(base.tables(), new AhoCorasick(second).tables());
        const both = [...new Set([...first, ...second])];
        const fresh = new AhoCorasick(both).tables();
        const extendedPattern = (id: number): string => (id < first.length ? first[id]! : second[id - first.length]!);
        expect(linksByString(x.tables, extendedPattern)).toEqual(linksByString(fresh, (id) => both[id]!));
      }),
      { numRuns: 300 },
    );
  });

  it('gives tables that pass the checks of stored ones, and leaves the base as it was', () => {
    const base = prepared([' pay now ', ' bitcoin ', ' i will pay bitcoin ', ...[...'abcdefghij'].map((c) => ` x${c} `)]);
    const before = structuredClone(base.tables());
    const x = extendTables(base.tables(), new AhoCorasick([' pay bitcoin ', ' xk ', ' xl ', ' bitcoin ', ' €']).tables());
    expect(() => new AhoCorasick(structuredClone(x.tables))).not.toThrow();
    expect(base.tables()).toEqual(before);
    // The wide node " x" gained children: its Latin-1 table has them.
    expect(x.tables.latinTables.length).toBe(before.latinTables.length);
  });

  it('shares one node for a pattern both have, and finds patterns that are prefixes or suffixes of the other set', () => {
    const base = prepared([' maksa bitcoineina ', ' bitcoin ', ' tunnin kuluessa ']);
    const added = new AhoCorasick([' bitcoin ', ' maksa ', ' kuluessa ', ' bitcoineina heti ', ' maksa bitcoineina ']);
    const x = base.extendedWith(added);
    expect([...x.sharedWith]).toEqual([
      [1, 0],
      [0, 4],
    ]);
    const text = 'Maksa bitcoineina 24 tunnin kuluessa. Bitcoin.';
    expect(split(x, foldForMatching(text), 'words')).toEqual([
      [0, 2, 1],
      [1, 4, 2, 0],
    ]);
  });

  it('moves a failure link onto an added node when that is the longer suffix', () => {
    // Reading " i will pay b" along the base's pattern, a mismatch must fall to the added
    // " pay b…", not to " b": otherwise " pay bitcoin " after "i will" goes unseen.
    const base = prepared([' i will pay bob ']);
    const x = base.extendedWith(new AhoCorasick([' pay bitcoin ']));
    expect(split(x, ' i will pay bitcoin ', 'raw')).toEqual([[], [0]]);
  });

  it('of a list that dropped a pattern no longer finds it (each sync extends the pristine base)', () => {
    const cues = cueAutomaton();
    const nodesBefore = cues.nodeCount;
    const signature = (phrases: string[]) => [{ signature: { id: 's', campaign: 'c', groups: [{ atLeast: 1, phrases }] }, ref: 0 }];
    const text = foldForMatching('Siirrä summa lompakkoon ykköskolmonen heti.');
    const before = new SignatureMatcher(signature(['ykköskolmonen', 'zz-never']), cues, undefined, 0);
    expect(before.match(text).map((h) => h.phrases)).toEqual([['ykköskolmonen']]);
    expect(before.extended).toBe(true);
    const after = new SignatureMatcher(signature(['zz-never']), cues, undefined, 0);
    expect(after.match(text)).toEqual([]);
    expect(after.extended).toBe(true);
    // The lexicons' automaton itself never grew.
    expect(cueAutomaton().nodeCount).toBe(nodesBefore);
  });
});

describe('the lexicons’ automaton extended by list phrases', () => {
  const corpus = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? corpus(join(dir, e.name)) : e.name.endsWith('.eml') ? [join(dir, e.name)] : []));
  const files = corpus('tests/corpus');
  const defaultList = JSON.parse(readFileSync(join('public/lists/default', readdirSync('public/lists/default').find((f) => f.startsWith('list.'))!), 'utf8')) as {
    signatures: { groups: { phrases: string[] }[] }[];
  };
  const table = new PhraseTable<never>();
  for (const s of defaultList.signatures) for (const g of s.groups) for (const p of g.phrases) table.intern(p);
  // Some lexicon patterns as list patterns too (shared nodes), and some cut short after their
  // first word (old nodes that gain an output) or ending in another word (new branches).
  const listPatterns = new Set(table.patterns);
  cuePatterns().forEach((pattern, id) => {
    if (id % 97 === 0) listPatterns.add(pattern);
    if (id % 89 === 0) listPatterns.add(`${pattern.split(' ').slice(0, 2).join(' ')} `);
    if (id % 83 === 0) listPatterns.add(`${pattern.trimEnd()} bitcoin `);
  });

  it('finds in every corpus mail what the two automata find alone', { timeout: 120_000 }, () => {
    expect(files.length).toBeGreaterThan(500);
    const cues = cueAutomaton();
    const lists = new AhoCorasick([...listPatterns]);
    const x = cues.extendedWith(lists);
    expect(x.sharedWith.size).toBeGreaterThan(0);
    let listHits = 0;
    for (const file of files) {
      const folded = foldForMatching(readFileSync(file, 'utf8'));
      const [cueIds, listIds] = split(x, folded, 'words');
      expect(cueIds).toEqual(cues.scan(folded, 'words'));
      expect(listIds).toEqual(lists.scan(folded, 'words'));
      listHits += listIds.length;
    }
    expect(listHits).toBeGreaterThan(0);
  });
});

describe('extendTables', () => {
  it('of an empty addition gives the base tables back', () => {
    const base = prepared([' he ', ' she ', ' hers ']).tables();
    const x = extendTables(base, new AhoCorasick([]).tables());
    expect(x.tables).toEqual(base);
    expect(decodeAutomatonImage(encodeAutomatonImage(x.tables))).toEqual(base);
  });
});

describe('a matcher with the lexicons as extra patterns', () => {
  const list = JSON.parse(readFileSync(join('public/lists/default', readdirSync('public/lists/default').find((f) => f.startsWith('list.'))!), 'utf8')) as {
    signatures: { id: string; campaign: string; groups: { atLeast: number; phrases: string[] }[] }[];
  };
  const entries = list.signatures.map((signature, ref) => ({ signature, ref }));
  const texts = ['tests/corpus/extortion', 'tests/corpus/benign'].flatMap((dir) =>
    readdirSync(dir)
      .filter((f) => f.endsWith('.eml'))
      .map((f) => foldForMatching(readFileSync(join(dir, f), 'utf8'))),
  );

  it('reads with two automata until it has read enough text, then with the extended one, finding the same', () => {
    expect(texts.length).toBeGreaterThan(50);
    const twoPasses = new SignatureMatcher(entries, cueAutomaton(), undefined, Number.POSITIVE_INFINITY);
    const switching = new SignatureMatcher(entries, cueAutomaton());
    const total = texts.reduce((n, t) => n + t.length, 0);
    // Enough mail to cross the threshold; repeated when the corpus alone is not.
    const rounds = Math.ceil((EXTEND_AFTER_CHARS + 1) / total) + 1;
    let hits = 0;
    for (let r = 0; r < rounds; r++) {
      for (const folded of texts) {
        const expected = twoPasses.matchWithExtra(folded);
        expect(switching.matchWithExtra(folded)).toEqual(expected);
        hits += expected.hits.length;
      }
    }
    expect(twoPasses.extended).toBe(false);
    expect(switching.extended).toBe(true);
    expect(hits).toBeGreaterThan(0);
  });

  it('extends when asked, before any text, and then finds what two automata find', () => {
    const twoPasses = new SignatureMatcher(entries, cueAutomaton(), undefined, Number.POSITIVE_INFINITY);
    const asked = new SignatureMatcher(entries, cueAutomaton(), undefined, Number.POSITIVE_INFINITY);
    expect(asked.extended).toBe(false);
    expect(asked.extend()).toBe(true);
    expect(asked.extended).toBe(true);
    // Asking again keeps the automaton it made.
    const nodes = asked.nodeCount;
    expect(asked.extend()).toBe(true);
    expect(asked.nodeCount).toBe(nodes);
    let hits = 0;
    for (const folded of texts) {
      const expected = twoPasses.matchWithExtra(folded);
      expect(asked.matchWithExtra(folded)).toEqual(expected);
      hits += expected.hits.length;
    }
    expect(twoPasses.extended).toBe(false);
    expect(hits).toBeGreaterThan(0);
  });

  it('has nothing to extend without both pattern sets', () => {
    const noLists = new SignatureMatcher([], cueAutomaton());
    expect(noLists.extend()).toBe(false);
    expect(noLists.extended).toBe(false);
    const noExtra = new SignatureMatcher(entries);
    expect(noExtra.extend()).toBe(false);
    expect(noExtra.extended).toBe(false);
  });

  it('does not extend for a short first message (a waking worker’s first verdict)', () => {
    const matcher = new SignatureMatcher(entries, cueAutomaton());
    matcher.matchWithExtra(texts[0]!);
    expect(matcher.extended).toBe(false);
  });
});
