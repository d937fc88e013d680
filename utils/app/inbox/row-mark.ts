/**
 * What an inbox row's mark says, decided by the background from the row's sender verdict and
 * its text: a listed sender first (the lists are the stronger word), else the shape of
 * extortion in the subject or snippet (`rowShape`), else no mark. Never "safe". Pure.
 */
import type { Verdict } from '../../core/engine/verdict';
import { rowShape, type RowText } from './row-shape';

/** The kinds of mark a row can get; the content script checks answers against this list. */
export const ROW_MARKS = ['listed-sender', 'extortion-shape'] as const;
export type RowMark = (typeof ROW_MARKS)[number];

export function rowMark(senderVerdict: Verdict, row: RowText): RowMark | null {
  if (senderVerdict.level === 'known') return 'listed-sender';
  return rowShape(row).shaped ? 'extortion-shape' : null;
}
