/**
 * Content signatures: which campaigns' phrase sets occur in a message. Owns building one
 * automaton over the phrases of all signatures and evaluating each signature's groups; must
 * not fold text (the caller passes `foldForMatching` output) nor know about verdicts.
 *
 * Cost of a match: one pass over the text (with extra patterns, it steps two automata: the
 * lexicons' comes prepared with the build and cannot take the lists' patterns in), then work
 * only for phrases that were hit (each hit phrase visits the groups that contain it), so
 * thousands of signatures whose phrases do not occur cost nothing.
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import { AhoCorasick, type AutomatonTables, type ScanStats } from './aho-corasick';
import { PhraseTable } from './phrase-table';

/**
 * A built automaton of the signatures' patterns and the key of the patterns it was built for:
 * what the background keeps in IndexedDB so that a waking worker need not build it again. (The
 * lexicons' much larger automaton is not stored: it comes prepared with the build.)
 */
export interface StoredAutomaton {
  key: string;
  tables: AutomatonTables;
}

/** The patterns, in order, as one SHA-256: tables stored for other patterns are never used. */
function patternsKey(patterns: readonly string[]): string {
  return bytesToHex(sha256(utf8ToBytes(`${patterns.length}\u0000${patterns.join('\u0000')}`)));
}

/**
 * What the matcher needs of a content signature: the list's `ContentSignature` has this shape,
 * declared here so that the matcher does not depend on the list format.
 */
export interface MatchableSignature {
  id: string;
  campaign: string;
  groups: readonly { atLeast: number; phrases: readonly string[] }[];
}

export interface SignatureEntry<Ref> {
  signature: MatchableSignature;
  /** Provenance the caller wants back with a hit (list, campaign…). */
  ref: Ref;
}

export interface SignatureHit<Ref> {
  signatureId: string;
  campaign: string;
  ref: Ref;
  /** The list's phrases that were found, in order of first occurrence (list data, safe to show). */
  phrases: string[];
}

/** Caps how many distinct phrases one message can report: bounds the evaluation work. */
const MAX_PHRASE_HITS = 10_000;

export class SignatureMatcher<Ref> {
  private readonly automaton: AhoCorasick;
  private readonly entries: readonly SignatureEntry<Ref>[];
  /** For pattern p: the (group) slots it counts towards, CSR layout. */
  private readonly slotStart: Int32Array;
  private readonly slotGroup: Int32Array;
  /** Phrase text to show for pattern p (the first list phrase that produced it). */
  private readonly patternText: string[];
  private readonly groupSignature: Int32Array;
  private readonly groupAtLeast: Int32Array;
  private readonly signatureFirstGroup: Int32Array;

  /**
   * The automaton of the extra patterns (the heuristics' lexicons), run in the same scan as the
   * signatures' own; undefined when there are none.
   */
  private readonly extraAutomaton: AhoCorasick | undefined;
  private scanStats: ScanStats = { steps: 0, fed: 0 };

  /** The key of this matcher's patterns (see `StoredAutomaton`). */
  readonly automatonKey: string;
  /** Whether the automaton came from the stored tables rather than being built. */
  readonly automatonReused: boolean;
  /** Why stored tables for these patterns were refused, if they were. */
  readonly automatonRejected: string | undefined;

  /**
   * `extra`: patterns of a caller with its own phrases (the heuristics' lexicons, in the framed
   * word form, distinct), or their automaton already made (the lexicons' comes prepared with
   * the build): found in the same call, so that the caller need not scan the message again;
   * `matchWithExtra` reports which occur. Only the signatures' automaton is built here, and
   * stored: it changes with the lists, the extra one with the code.
   * `stored`: an automaton an earlier matcher gave (`storedAutomaton()`); used when it was built
   * for exactly these patterns and its tables pass the automaton's checks, else ignored.
   */
  constructor(entries: readonly SignatureEntry<Ref>[], extra: readonly string[] | AhoCorasick = [], stored?: StoredAutomaton) {
    this.entries = entries;
    // Owners of a pattern are the groups it counts towards.
    const table = new PhraseTable<number>();
    const groupSignature: number[] = [];
    const groupAtLeast: number[] = [];
    const signatureFirstGroup: number[] = [];
    entries.forEach((entry, s) => {
      signatureFirstGroup.push(groupSignature.length);
      for (const group of entry.signature.groups) {
        const g = groupSignature.length;
        groupSignature.push(s);
        groupAtLeast.push(group.atLeast);
        const seenInGroup = new Set<number>();
        for (const phrase of group.phrases) {
          const id = table.intern(phrase);
          // A phrase listed twice in one group counts once: it is one piece of evidence.
          if (id < 0 || seenInGroup.has(id)) continue;
          seenInGroup.add(id);
          table.owners[id]!.push(g);
        }
      }
    });
    signatureFirstGroup.push(groupSignature.length);
    this.extraAutomaton = extra instanceof AhoCorasick ? extra : extra.length > 0 ? new AhoCorasick(extra) : undefined;
    const patterns = table.patterns;
    this.automatonKey = patternsKey(patterns);
    let reused: AhoCorasick | undefined;
    let rejected: string | undefined;
    if (stored !== undefined && stored.key === this.automatonKey) {
      try {
        reused = new AhoCorasick(stored.tables);
        if (reused.patternCount !== patterns.length) throw new Error('stored automaton rejected: pattern count');
      } catch (error) {
        reused = undefined;
        rejected = error instanceof Error ? error.message : String(error);
      }
    }
    this.automaton = reused ?? new AhoCorasick(patterns);
    this.automatonReused = reused !== undefined;
    this.automatonRejected = rejected;
    this.patternText = table.firstPhrase;
    const groupsOfPattern = table.owners;
    this.slotStart = new Int32Array(groupsOfPattern.length + 1);
    let total = 0;
    groupsOfPattern.forEach((gs, p) => {
      this.slotStart[p] = total;
      total += gs.length;
    });
    this.slotStart[groupsOfPattern.length] = total;
    this.slotGroup = new Int32Array(total);
    groupsOfPattern.forEach((gs, p) => this.slotGroup.set(gs, this.slotStart[p]!));
    this.groupSignature = Int32Array.from(groupSignature);
    this.groupAtLeast = Int32Array.from(groupAtLeast);
    this.signatureFirstGroup = Int32Array.from(signatureFirstGroup);
  }

  /** The automaton to store for a later matcher over the same patterns. */
  storedAutomaton(): StoredAutomaton {
    return { key: this.automatonKey, tables: this.automaton.tables() };
  }

  /** Patterns of both automata (a signature phrase that is also an extra pattern counts twice). */
  get phraseCount(): number {
    return this.automaton.patternCount + (this.extraAutomaton?.patternCount ?? 0);
  }

  get nodeCount(): number {
    return this.automaton.nodeCount + (this.extraAutomaton?.nodeCount ?? 0);
  }

  /** Statistics of the latest match, both automata together, for the linearity property and the bench. */
  get lastScan(): ScanStats {
    return this.scanStats;
  }

  /** Signatures all of whose groups hold in `folded` (output of `foldForMatching`). */
  match(folded: string): SignatureHit<Ref>[] {
    return this.matchWithExtra(folded).hits;
  }

  /**
   * `match`, and the extra patterns that occur, in order of first occurrence (`null` when some
   * may be missing, so that the caller scans for them itself; not the case today: the extra
   * automaton reports all it finds).
   */
  matchWithExtra(folded: string): { hits: SignatureHit<Ref>[]; extra: number[] | null } {
    const extraAutomaton = this.extraAutomaton;
    let hitPatterns: number[];
    let extra: number[] = [];
    if (extraAutomaton === undefined) {
      hitPatterns = this.automaton.scan(folded, 'words', MAX_PHRASE_HITS);
      this.scanStats = this.automaton.lastScan;
    } else if (this.automaton.patternCount === 0) {
      // An automaton of no patterns finds nothing: the heuristics-only case reads with one.
      hitPatterns = [];
      extra = extraAutomaton.scan(folded, 'words');
      this.scanStats = extraAutomaton.lastScan;
    } else {
      // One reading of the text for both: two passes cost twice the per-character work.
      [extra, hitPatterns] = extraAutomaton.scanTogether(this.automaton, folded, 'words', Number.MAX_SAFE_INTEGER, MAX_PHRASE_HITS);
      const a = extraAutomaton.lastScan;
      const b = this.automaton.lastScan;
      this.scanStats = { steps: a.steps + b.steps, fed: a.fed + b.fed };
    }
    return { hits: this.evaluate(hitPatterns), extra };
  }

  private evaluate(hitPatterns: readonly number[]): SignatureHit<Ref>[] {
    if (hitPatterns.length === 0) return [];
    const groupCounts = new Map<number, number>();
    const touched = new Set<number>();
    const phrasesOf = new Map<number, number[]>();
    for (const p of hitPatterns) {
      for (let k = this.slotStart[p]!; k < this.slotStart[p + 1]!; k++) {
        const g = this.slotGroup[k]!;
        groupCounts.set(g, (groupCounts.get(g) ?? 0) + 1);
        const s = this.groupSignature[g]!;
        touched.add(s);
        let list = phrasesOf.get(s);
        if (list === undefined) phrasesOf.set(s, (list = []));
        if (list[list.length - 1] !== p) list.push(p);
      }
    }
    const hits: SignatureHit<Ref>[] = [];
    for (const s of [...touched].sort((a, b) => a - b)) {
      let holds = true;
      for (let g = this.signatureFirstGroup[s]!; g < this.signatureFirstGroup[s + 1]!; g++) {
        if ((groupCounts.get(g) ?? 0) < this.groupAtLeast[g]!) {
          holds = false;
          break;
        }
      }
      if (!holds) continue;
      const entry = this.entries[s]!;
      hits.push({
        signatureId: entry.signature.id,
        campaign: entry.signature.campaign,
        ref: entry.ref,
        phrases: (phrasesOf.get(s) ?? []).map((p) => this.patternText[p]!),
      });
    }
    return hits;
  }
}
