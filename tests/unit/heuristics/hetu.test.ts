import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { findIdentityCodes, isValidIdentityCode, redactIdentityCode } from '../../../utils/core/heuristics/hetu';

// DVV's published test identity codes, old and 2023 century signs.
const PUBLISHED = ['131052-308T', '010594Y9021', '020594X903P', '010516B903X', '020504A902E'];

describe('isValidIdentityCode', () => {
  it.each(PUBLISHED)('accepts the published test code %s', (code) => {
    expect(isValidIdentityCode(code)).toBe(true);
  });

  it.each([
    ['wrong check character', '131052-308U'],
    ['wrong individual number', '131052-309T'],
    ['unknown century sign', '131052G308T'],
    ['31 April', '310412-9021'],
    ['29 Feb in a non-leap year (1900)', '290200-1234'],
    ['month 13', '011352-308T'],
    ['individual number 001', '010594Y0011'],
    ['too short', '131052-30T'],
  ])('rejects %s', (_why, code) => {
    expect(isValidIdentityCode(code)).toBe(false);
  });

  it('accepts 29 February of a leap year and validates the check character for it', () => {
    // 290200A: 2000 is a leap year. Check char computed from 290200 + 123.
    const check = '0123456789ABCDEFHJKLMNPRSTUVWXY'[Number('290200123') % 31];
    expect(isValidIdentityCode(`290200A123${check}`)).toBe(true);
    expect(isValidIdentityCode(`290200-123${check}`)).toBe(false); // 1900 was not a leap year
  });

  it('treats the new 1900s signs like the hyphen and the new 2000s signs like A', () => {
    for (const sign of ['Y', 'X', 'W', 'V', 'U']) expect(isValidIdentityCode(`131052${sign}308T`)).toBe(true);
    for (const sign of ['B', 'C', 'D', 'E', 'F']) expect(isValidIdentityCode(`020504${sign}902E`)).toBe(true);
    expect(isValidIdentityCode('131052+308T')).toBe(true);
  });

  it('rejects every one-character change of a valid code in the check or number part', () => {
    fc.assert(
      fc.property(fc.integer({ min: 7, max: 10 }), fc.constantFrom(...'0123456789ABCDEFHJKLMNPRSTUVWXY'), (pos, ch) => {
        const code = '131052-308T';
        fc.pre(code[pos] !== ch);
        const changed = code.slice(0, pos) + ch + code.slice(pos + 1);
        expect(isValidIdentityCode(changed)).toBe(false);
      }),
    );
  });
});

describe('findIdentityCodes', () => {
  it('finds codes in running text, in order, and redacts them', () => {
    const found = findIdentityCodes('Hyvä Maija Meikäläinen (010594Y9021), viite 131052-308T.');
    expect(found.map((f) => f.value)).toEqual(['010594Y9021', '131052-308T']);
    expect(found.map((f) => f.redacted)).toEqual(['010594Y****', '131052-****']);
    expect(found[0]?.index).toBe(24);
  });

  it('accepts a typographic dash as the 1900s sign', () => {
    expect(findIdentityCodes('hetu 131052\u2013308T').map((f) => f.value)).toEqual(['131052-308T']);
  });

  it('does not find codes glued to other letters or digits, or with a bad checksum', () => {
    expect(findIdentityCodes('X131052-308T')).toEqual([]);
    expect(findIdentityCodes('131052-308T9')).toEqual([]);
    expect(findIdentityCodes('order 131052-308U, phone 040-1234567, 12.05.2020')).toEqual([]);
  });

  it('reports each code once', () => {
    expect(findIdentityCodes('020504A902E ja 020504A902E')).toHaveLength(1);
  });

  it('redacts without revealing the individual number or check character', () => {
    expect(redactIdentityCode('020594X903P')).toBe('020594X****');
  });
});
