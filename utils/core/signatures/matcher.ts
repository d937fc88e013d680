/**
 * Content signatures: which campaigns' phrase sets occur in a message. Owns building one
 * automaton over the phrases of all signatures and evaluating each signature's groups; must
 * not fold text (the caller passes `foldForMatching` output) nor know about verdicts.
 *
 * Cost of a match: one automaton pass over the text, then work only for phrases that were
 * hit (each hit phrase visits the groups that contain it), so thousands of signatures whose
 * phrases do not occur cost nothing.
 */
import type { AhoCorasick, ScanStats } from './aho-corasick';
import { PhraseTable } from './phrase-table';

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

  constructor(entries: readonly SignatureEntry<Ref>[]) {
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
    this.automaton = table.automaton();
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

  get phraseCount(): number {
    return this.automaton.patternCount;
  }

  get nodeCount(): number {
    return this.automaton.nodeCount;
  }

  /** Statistics of the latest scan (automaton steps), for the linearity property and the bench. */
  get lastScan(): ScanStats {
    return this.automaton.lastScan;
  }

  /** Signatures all of whose groups hold in `folded` (output of `foldForMatching`). */
  match(folded: string): SignatureHit<Ref>[] {
    const hitPatterns = this.automaton.scan(folded, 'words', MAX_PHRASE_HITS);
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
