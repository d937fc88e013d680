import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jsonLine, terminalSafe } from '../../../scripts/lib/terminal-text';

// Anything a terminal would act on or reorder: C0, DEL, C1, bidi controls, line/paragraph separators.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069\ufeff]/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

const unit = fc.oneof(
  fc.integer({ min: 0, max: 0xffff }).map((n) => String.fromCharCode(n)),
  fc.constantFrom('\u001b[2J', '\u001b]0;title\u0007', '\r', '\n', '\u009b', '\u202e', '\u2066', '\\', '😀', 'ä'),
);
const text = fc.string({ unit, maxLength: 60 });

describe('terminalSafe', () => {
  it('leaves nothing a terminal acts on, and no lone surrogate', () => {
    fc.assert(
      fc.property(text, (s) => {
        const safe = terminalSafe(s);
        expect(safe).not.toMatch(UNSAFE);
        expect(safe).not.toMatch(LONE_SURROGATE);
      }),
      { numRuns: 500 },
    );
  });

  it('keeps ordinary text, emoji and letters as they are', () => {
    expect(terminalSafe('viesti-äö 😀.eml')).toBe('viesti-äö 😀.eml');
  });

  it('shows each escape so that different names print differently', () => {
    expect(terminalSafe('a\nb')).toBe('a\\nb');
    expect(terminalSafe('a\\nb')).toBe('a\\\\nb');
    expect(terminalSafe('\u001b[2J\u202e')).toBe('\\x1B[2J\\u202E');
  });
});

describe('jsonLine', () => {
  it('parses back to the same value and holds no raw control or bidi character', () => {
    fc.assert(
      fc.property(text, text, (file, error) => {
        const line = jsonLine({ file, error });
        expect(line).not.toMatch(UNSAFE);
        expect(JSON.parse(line)).toEqual({ file, error });
      }),
      { numRuns: 500 },
    );
  });
});
