/**
 * The match index: every list entry turned into something that can be looked up without
 * scanning the list. Owns building the index from parsed lists and the exact lookups; must not
 * read message text (classify.ts does) nor check lists for sanity (utils/core/list/parse.ts does).
 *
 * Two halves, so that the background can keep the big half in IndexedDB:
 * - exact keys (payment addresses, sender addresses, sender domains) in one Map from key to
 *   provenance ids: a lookup is one hash probe, the same with 1,000 or 1,000,000 entries;
 * - the text index (content signatures, display-name patterns): small, kept in memory, matched
 *   in one pass over the message.
 */
import type { SignatureList } from '../list/schema';
import { normalizeDomain, normalizeEmailAddress } from '../sender/address';
import { DisplayNameIndex } from '../sender/display-name-index';
import { cueAutomaton } from '../heuristics/cues';
import { EXTEND_AFTER_CHARS, SignatureMatcher, type StoredAutomaton } from '../signatures/matcher';
import { paymentKey, senderAddressKey, senderDomainKey } from './keys';

/** Where a list rule came from: shown with every reason. */
export interface Provenance {
  campaignId: string;
  listId: string;
  listVersion: number;
}

export interface TextIndex {
  provenance: readonly Provenance[];
  /** Content signatures; refs are indexes into `provenance`. */
  signatures: SignatureMatcher<number>;
  /** Display-name patterns; refs are indexes into `provenance`. */
  displayNames: DisplayNameIndex<number>;
}

export interface MatchIndex {
  /** Lookup key → provenance id (or ids, when several lists or campaigns list the same key). */
  exact: ReadonlyMap<string, number | readonly number[]>;
  text: TextIndex;
  /** Number of list entries indexed, for status and benchmarks. */
  entryCount: number;
}

/** Exact-lookup results: key → where it is listed. Keys that are not listed are absent. */
export type ExactHits = ReadonlyMap<string, readonly Provenance[]>;

/**
 * `stored`: the automaton of an earlier index (`text.signatures.storedAutomaton()`), reused when
 * the lists' patterns are the same (the background keeps it in IndexedDB).
 * `extendAfterChars`: when the text index joins its two automata by itself (`EXTEND_AFTER_CHARS`
 * unless given; the bench measures an index that never does).
 */
export function buildMatchIndex(lists: readonly SignatureList[], stored?: StoredAutomaton, extendAfterChars = EXTEND_AFTER_CHARS): MatchIndex {
  const provenance: Provenance[] = [];
  const provenanceIds = new Map<string, number>();
  const provenanceOf = (listIndex: number, list: SignatureList, campaignId: string): number => {
    const id = `${listIndex}\u0000${campaignId}`;
    let p = provenanceIds.get(id);
    if (p === undefined) {
      p = provenance.length;
      provenance.push({ campaignId, listId: list.listId, listVersion: list.version });
      provenanceIds.set(id, p);
    }
    return p;
  };

  const exact = new Map<string, number | number[]>();
  const addExact = (key: string, p: number): void => {
    const current = exact.get(key);
    if (current === undefined) exact.set(key, p);
    else if (typeof current === 'number') {
      if (current !== p) exact.set(key, [current, p]);
    } else if (!current.includes(p)) current.push(p);
  };

  const signatures: { signature: SignatureList['signatures'][number]; ref: number }[] = [];
  const displayNames: { pattern: string; ref: number }[] = [];
  let entryCount = 0;

  lists.forEach((list, listIndex) => {
    // Payments dominate large lists: keep this loop free of allocations beyond the key.
    let lastCampaign = '';
    let lastP = -1;
    for (const entry of list.payments) {
      if (entry.campaign !== lastCampaign) {
        lastCampaign = entry.campaign;
        lastP = provenanceOf(listIndex, list, entry.campaign);
      }
      addExact(paymentKey(entry.coin, entry.address.trim()), lastP);
      entryCount++;
    }
    for (const rule of list.senders) {
      const p = provenanceOf(listIndex, list, rule.campaign);
      entryCount++;
      if (rule.match === 'address') {
        const address = normalizeEmailAddress(rule.value);
        if (address) addExact(senderAddressKey(address.address), p);
      } else if (rule.match === 'domain') {
        const domain = normalizeDomain(rule.value);
        if (domain) addExact(senderDomainKey(domain), p);
      } else {
        displayNames.push({ pattern: rule.value, ref: p });
      }
    }
    for (const signature of list.signatures) {
      signatures.push({ signature, ref: provenanceOf(listIndex, list, signature.campaign) });
      entryCount++;
    }
  });

  return {
    exact,
    text: {
      provenance,
      // The heuristics' lexicon phrases are found in the same call as the signatures' (see
      // classify), by their own automaton, which comes prepared with the build.
      signatures: new SignatureMatcher(signatures, cueAutomaton(), stored, extendAfterChars),
      displayNames: new DisplayNameIndex(displayNames),
    },
    entryCount,
  };
}

/** The in-memory exact lookups; the background does the same against IndexedDB. */
export function lookupExact(index: MatchIndex, keys: readonly string[]): ExactHits {
  const hits = new Map<string, Provenance[]>();
  for (const key of keys) {
    const found = index.exact.get(key);
    if (found === undefined) continue;
    const ids = typeof found === 'number' ? [found] : found;
    hits.set(
      key,
      ids.map((p) => index.text.provenance[p]!),
    );
  }
  return hits;
}
