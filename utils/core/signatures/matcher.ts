/**
 * Content signatures: which campaigns' phrase sets occur in a message. Owns building one
 * automaton over the phrases of all signatures and evaluating each signature's groups; must
 * not fold text (the caller passes `foldForMatching` output) nor know about verdicts.
 *
 * Cost of a match: one pass over the text per automaton, then work only for phrases that were
 * hit (each hit phrase visits the groups that contain it), so thousands of signatures whose
 * phrases do not occur cost nothing. With extra patterns (the lexicons' automaton, which comes
 * prepared with the build) there are two automata, until the matcher has read enough text to
 * repay adding the signatures' patterns to a copy of the extra one, or its owner asks for that
 * (`extend`); from then on, one.
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import { AhoCorasick, type AutomatonTables, type ExtendedAutomaton, type ScanStats } from './aho-corasick';
import { PhraseTable } from './phrase-table';

/**
 * A built automaton of the signatures' patterns and the key of the patterns it was built for:
 * what the background keeps in IndexedDB so that a waking worker need not build it again; its
 * trie is what gets added to the lexicons' automaton. (The lexicons' much larger automaton is
 * not stored: it comes prepared with the build.)
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

/**
 * Characters read with two automata after which the matcher makes the extended one. Adding the
 * default list's patterns to the lexicons' automaton costs about 5 ms of CPU once the engine is
 * warm (a pass over its quarter of a million nodes and a copy of its tables), and a second
 * automaton costs about 11 ns per character (1.1 ms per 100 KB, `npm run bench`): the extension
 * pays for itself after about half a megabyte. On real mail, a few kilobytes a message, the
 * second automaton costs about 13 µs a message and extending about 5–25 ms, so most wakes never
 * get there. The extension's background builds its index with no threshold of its own and calls
 * `extend` itself once this much text was read, between two requests, so that no verdict waits
 * for it; other callers (the command line) let the matcher extend during the match that crosses it.
 */
export const EXTEND_AFTER_CHARS = 512 * 1024;

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
   * The automaton of the extra patterns (the heuristics' lexicons); undefined when there are none.
   */
  private readonly extraAutomaton: AhoCorasick | undefined;
  /**
   * The extra automaton extended by the signatures' patterns, made once `extendAfterChars` of
   * text have been read with the two: then one automaton is stepped per character instead of two.
   */
  private combined: ExtendedAutomaton | undefined;
  private readonly extendAfterChars: number;
  private readTwice = 0;
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
   * stored: it changes with the lists, the extra one with the code. The scan uses a copy of the
   * extra automaton extended by the signatures' one (`extra` itself is not changed).
   * `stored`: an automaton an earlier matcher gave (`storedAutomaton()`); used when it was built
   * for exactly these patterns and its tables pass the automaton's checks, else ignored.
   * `extendAfterChars`: see `EXTEND_AFTER_CHARS` (tests and the bench choose when).
   */
  constructor(
    entries: readonly SignatureEntry<Ref>[],
    extra: readonly string[] | AhoCorasick = [],
    stored?: StoredAutomaton,
    extendAfterChars = EXTEND_AFTER_CHARS,
  ) {
    this.extendAfterChars = extendAfterChars;
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

  /** Whether matches step the extended automaton (see `EXTEND_AFTER_CHARS`). */
  get extended(): boolean {
    return this.combined !== undefined;
  }

  /** Characters of text read with two automata so far (see `EXTEND_AFTER_CHARS`). */
  get charsReadTwice(): number {
    return this.readTwice;
  }

  /**
   * Makes the extended automaton now, if there are two automata to join: for an owner that
   * chooses the moment itself (the extension's background does it between two requests, so
   * that no verdict waits for it). Returns whether matches now step the extended automaton.
   */
  extend(): boolean {
    const extraAutomaton = this.extraAutomaton;
    if (this.combined === undefined && extraAutomaton !== undefined && this.automaton.patternCount > 0) {
      this.combined = extraAutomaton.extendedWith(this.automaton);
    }
    return this.combined !== undefined;
  }

  /** Nodes of the automaton (or automata) a match steps. */
  get nodeCount(): number {
    return this.combined?.automaton.nodeCount ?? this.automaton.nodeCount + (this.extraAutomaton?.nodeCount ?? 0);
  }

  /** Statistics of the latest match, for the linearity property and the bench. */
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
      if (this.combined === undefined && (this.readTwice += folded.length) >= this.extendAfterChars) this.extend();
      const combined = this.combined;
      if (combined === undefined) {
        extra = extraAutomaton.scan(folded, 'words');
        const a = extraAutomaton.lastScan;
        hitPatterns = this.automaton.scan(folded, 'words', MAX_PHRASE_HITS);
        const b = this.automaton.lastScan;
        this.scanStats = { steps: a.steps + b.steps, fed: a.fed + b.fed };
      } else {
        // Ids below the offset are the extra patterns', the rest the signatures' (shifted), and
        // a pattern both have reports the extra id, mapped here. Each side keeps its order of
        // first occurrence, as if scanned alone.
        hitPatterns = [];
        const { addedOffset, sharedWith } = combined;
        for (const id of combined.automaton.scan(folded, 'words')) {
          if (id >= addedOffset) {
            if (hitPatterns.length < MAX_PHRASE_HITS) hitPatterns.push(id - addedOffset);
            continue;
          }
          extra.push(id);
          const shared = sharedWith.get(id);
          if (shared !== undefined && hitPatterns.length < MAX_PHRASE_HITS) hitPatterns.push(shared);
        }
        this.scanStats = combined.automaton.lastScan;
      }
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
