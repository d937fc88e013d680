import { describe, expect, it } from 'vitest';
import { buildMatchIndex } from '../../../utils/core/engine/index';
import { classify } from '../../../utils/core/engine/classify';
import { clipBodyText, FEATURE_LIMITS } from '../../../utils/core/engine/features';
import type { MessageFeaturesInput } from '../../../utils/core/engine/features';
import { MessageFeaturesSchema } from '../../../utils/core/engine/features';
import { normalizeText } from '../../../utils/core/text/normalize';
import { freshBtcBech32 } from '../../corpus/src/addresses';

const ADDRESS = freshBtcBech32('unit-hostile');
const index = buildMatchIndex([]);
const level = (bodyText: string): string => {
  const input: MessageFeaturesInput = { senderAddress: '', senderName: '', subject: 'About your secret', bodyText };
  return classify(index, MessageFeaturesSchema.parse(input)).level;
};
/** The demand with `inside` put between the currency sign and the amount ("Pay $2,000"). */
const demand = (inside: string): string =>
  `I have photos of you at the hotel. Pay $${inside}2,000 in bitcoin to ${ADDRESS} by Friday. If I don't see the money, I will send them to your family.`;

describe('control characters inside a phrase', () => {
  it('the clean demand is suspected (the baseline the other cases compare with)', () => {
    expect(level(demand(''))).toBe('suspected');
  });

  // Each of these used to turn `suspected` into `none`, where a zero-width space did not.
  it.each([
    ['SOH', '\u0001'],
    ['ESC', '\u001b'],
    ['DEL', '\u007f'],
    ['NEL', '\u0085'],
    ['CSI (C1)', '\u009b'],
    ['zero-width space, for comparison', '\u200b'],
  ])('one %s inside the amount is read through', (_name, ch) => {
    expect(level(demand(ch))).toBe('suspected');
  });

  it('normalizeText removes C0/C1 controls and DEL, keeps tab and line breaks as whitespace', () => {
    expect(normalizeText('a\u0001b\u007fc\u009bd')).toBe('abcd');
    expect(normalizeText('a\u0085b')).toBe('a\nb');
    expect(normalizeText('a\tb\r\nc')).toBe('a b\nc');
  });
});

describe('a body longer than the engine reads', () => {
  const filler = 'Lorem ipsum dolor sit amet, consectetur adipiscing elit. '.repeat(Math.ceil((600 * 1024) / 57));

  it('keeps the start and the end, marks the cut, and says how much was left out', () => {
    const text = `START ${filler} END`;
    const clipped = clipBodyText(text);
    expect(clipped.text.length).toBeLessThanOrEqual(FEATURE_LIMITS.bodyText);
    expect(clipped.text.startsWith('START ')).toBe(true);
    expect(clipped.text.endsWith(' END')).toBe(true);
    expect(clipped.text).toContain('\n…\n');
    expect(clipped.clip).toEqual({ totalChars: text.length, headChars: expect.any(Number), tailChars: expect.any(Number) });
    expect(clipped.clip!.headChars + clipped.clip!.tailChars).toBeLessThan(text.length);
    expect(clipBodyText('short').clip).toBeUndefined();
  });

  it('never splits a surrogate pair at either cut', () => {
    const text = '😀'.repeat(FEATURE_LIMITS.bodyText);
    const { text: out } = clipBodyText(text);
    expect(out.length).toBeLessThanOrEqual(FEATURE_LIMITS.bodyText);
    expect(out).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/);
  });

  it('finds a demand that stands after 600 KB of filler', () => {
    const clipped = clipBodyText(`${filler}\n\n${demand('')}`);
    expect(clipped.clip).toBeDefined();
    expect(level(clipped.text)).toBe('suspected');
  });
});
