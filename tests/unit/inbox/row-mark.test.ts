import { describe, expect, it } from 'vitest';
import { rowMark } from '../../../utils/app/inbox/row-mark';
import type { Verdict } from '../../../utils/core/engine/verdict';
import { testHetu } from '../../corpus/src/extortion';

const NONE: Verdict = { level: 'none', reasons: [] };
const KNOWN: Verdict = { level: 'known', reasons: [{ rule: 'sender-address', matched: 'x@example.net' }] };

describe('rowMark', () => {
  const shapedRow = { subject: `Maija Mäkelä ${testHetu('150385', '-', 917)}`, snippet: '' };
  const ordinaryRow = { subject: 'Lauantain kahvit?', snippet: 'Moi! Ehditkö lauantaina kahville?' };

  it('says "listed sender" for a listed sender, whatever the row shows', () => {
    expect(rowMark(KNOWN, ordinaryRow)).toBe('listed-sender');
    expect(rowMark(KNOWN, shapedRow)).toBe('listed-sender');
  });

  it('says "shape of extortion" for an unlisted sender\'s shaped row, and nothing for an ordinary one', () => {
    expect(rowMark(NONE, shapedRow)).toBe('extortion-shape');
    expect(rowMark(NONE, ordinaryRow)).toBeNull();
    // A suspected verdict is for opened messages; a row's sender alone never makes a mark.
    expect(rowMark({ level: 'suspected', reasons: [] }, ordinaryRow)).toBeNull();
  });
});
