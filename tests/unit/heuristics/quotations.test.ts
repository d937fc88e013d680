import { describe, expect, it } from 'vitest';
import { countQuotedPassages, QUOTING_PASSAGES } from '../../../utils/core/heuristics/quotations';

describe('countQuotedPassages', () => {
  it('counts passages of three words or more in any quotation marks', () => {
    expect(countQuotedPassages('„Ich habe Ihr Gerät gehackt“, heißt es. «Vous avez 48 heures pour payer», écrit-il.')).toBe(2);
    expect(countQuotedPassages('"one two three four" and “five six seven eight” and ”nine ten eleven twelve”')).toBe(3);
  });

  it('leaves out scare quotes, names and passages that run over a line break', () => {
    expect(countQuotedPassages('You visited "adult" sites, the "XXX Videos" site, and "this one\nand that one" too.')).toBe(0);
  });

  it('stops counting at the threshold', () => {
    const many = Array.from({ length: 10 }, (_, i) => `“passage number ${i} of the mail”`).join(' ');
    expect(countQuotedPassages(many)).toBe(QUOTING_PASSAGES);
  });
});
