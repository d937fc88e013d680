/**
 * The bookkeeping between phrases and one automaton, shared by content signatures (matcher.ts)
 * and the heuristics lexicons (heuristics/cues.ts): each phrase becomes its search pattern
 * once, spellings that fold to the same pattern share one id, and each id keeps the first
 * phrase that produced it (shown in reasons) and the owners that asked for it (signature
 * groups, or lexicon cues). Must not scan text or evaluate owners.
 */
import { AhoCorasick } from './aho-corasick';
import { preparePhrase } from './phrase';

export class PhraseTable<Owner> {
  private readonly ids = new Map<string, number>();
  /** Search pattern of each id, in the automaton's framed word form. */
  readonly patterns: string[] = [];
  /** The first phrase that produced each id: list or lexicon text, safe to show. */
  readonly firstPhrase: string[] = [];
  /** Who asked for each id; callers push their own owners (a group, a cue). */
  readonly owners: Owner[][] = [];

  /**
   * The id of `phrase`'s pattern, created on first sight; -1 for a phrase with no words.
   * `folded`: see `preparePhrase`.
   */
  intern(phrase: string, folded = false): number {
    const { pattern } = preparePhrase(phrase, folded);
    if (pattern.length === 0) return -1;
    let id = this.ids.get(pattern);
    if (id === undefined) {
      id = this.patterns.length;
      this.ids.set(pattern, id);
      this.patterns.push(pattern);
      this.firstPhrase.push(phrase);
      this.owners.push([]);
    }
    return id;
  }

  /** One automaton over every pattern; pattern ids are the table's ids. */
  automaton(): AhoCorasick {
    return new AhoCorasick(this.patterns);
  }
}
