// Text generators for property tests, weighted toward what mail obfuscation uses: invisible
// characters, odd spaces, combining marks and Cyrillic/Greek letters, plus any code point.
// (fast-check's built-in full-Unicode unit takes seconds to initialise, so it is not used.)
import fc from 'fast-check';

const anyCodePoint = fc.integer({ min: 0, max: 0x10ffff }).map((n) => String.fromCodePoint(n));
const tricky = fc.constantFrom(
  '\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF', '\u00AD', '\u202E', '\u2066', '\uFE0F',
  ' ', '\n', '\r\n', '\t', '\u00A0', '\u2028', '\u3000', '-', '\u0301', '\u0308',
  'а', 'о', 'р', 'с', 'е', 'А', 'О', 'Ν', 'ο', 'ρ', 'Ａ', '１', 'ﬁ', 'ä', 'Å',
);
const ascii = fc.integer({ min: 0x20, max: 0x7e }).map((n) => String.fromCharCode(n));

export const mailChar = fc.oneof(ascii, tricky, anyCodePoint);

export const mailText = (maxLength: number) => fc.string({ unit: mailChar, maxLength });
