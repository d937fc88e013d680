import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LazyWordForm } from '../../../utils/core/signatures/lazy-word-form';
import { toWordFormMarkingSentences } from '../../../utils/core/signatures/tokens';

const MARK = '¦';
const piece = fc.constantFrom('do', 'not', 'pay', 'report', 'it', '.', '. ', '! ', '?', ' ', '  ', '\n', '€', ',', 'ä', '-', 'x');
const text = fc.array(piece, { maxLength: 60 }).map((ps) => ps.join(''));
const pattern = fc.constantFrom(' pay ', ' do not pay ', ' report it ', ' ¦ ', 'pay', ' x ', '  ', ' ¦ report ');

describe('LazyWordForm', () => {
  it('finds every occurrence the whole framed form has, whatever the piece size', () => {
    fc.assert(
      fc.property(text, pattern, fc.integer({ min: 1, max: 12 }), (t, p, chunk) => {
        const whole = ` ${toWordFormMarkingSentences(t, MARK)} `;
        const lazy = new LazyWordForm(t, MARK, chunk);
        for (let from = 0; from <= whole.length; from++) {
          const at = lazy.indexOf(p, from);
          expect(at).toBe(whole.indexOf(p, from));
          if (at > 0) expect(lazy.slice(0, at + 1)).toBe(whole.slice(0, at + 1));
        }
      }),
      { numRuns: 300 },
    );
  });

  it('converts only as much of the text as the first occurrence needs', () => {
    const t = `do not pay. ${'ordinary words here. '.repeat(2000)}`;
    const lazy = new LazyWordForm(t, MARK, 64);
    expect(lazy.indexOf(' do not pay ', 0)).toBe(0);
    // The built form is a short prefix, not the 40,000-character whole.
    expect(lazy.slice(0, 100_000).length).toBeLessThan(200);
  });
});
