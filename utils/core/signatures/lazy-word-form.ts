/**
 * The sentence-marked word form of a long text (tokens.ts), framed by spaces, built only as far
 * as a search needs it. A piece of advice is usually found near where the automaton first saw
 * it, so most of a 100 KB message never needs converting. Owns only the incremental building
 * and searching; the form itself is `toWordFormMarkingSentences`.
 */
import { isRegExpSpace, toWordFormMarkingSentences } from './tokens';

export class LazyWordForm {
  /** The framed form built so far: a prefix of ` ${toWordFormMarkingSentences(text, mark)} `. */
  private built = ' ';
  /** How much of the text is converted. */
  private converted = 0;
  private complete = false;

  constructor(
    private readonly text: string,
    private readonly mark: string,
    private chunk = 4096,
  ) {}

  /**
   * The first occurrence of `pattern` at or after `from` in the whole framed form, or -1. Builds
   * more of the form only while no occurrence is found in what is built.
   */
  indexOf(pattern: string, from: number): number {
    for (;;) {
      const at = this.built.indexOf(pattern, from);
      if (at !== -1 || this.complete) return at;
      // An occurrence that the next piece completes starts after this point.
      from = Math.max(from, this.built.length - pattern.length + 1);
      this.extend();
    }
  }

  /** The form from `start` to `end`; only for ranges before an occurrence `indexOf` returned. */
  slice(start: number, end: number): string {
    return this.built.slice(start, end);
  }

  private extend(): void {
    const text = this.text;
    let end = Math.min(text.length, this.converted + this.chunk);
    // Cut just after white space: no word and no sentence end straddles the cut, so the forms
    // of the pieces, joined by a space, are the form of the whole.
    while (end < text.length && !isRegExpSpace(text.charCodeAt(end - 1))) end++;
    const form = toWordFormMarkingSentences(text.slice(this.converted, end), this.mark);
    if (form.length > 0) this.built += this.built.length > 1 ? ` ${form}` : form;
    this.converted = end;
    this.chunk *= 2;
    if (end === text.length) {
      this.built += ' ';
      this.complete = true;
    }
  }
}
