import { describe, expect, it } from 'vitest';
import { cuePatterns, findCues, useCueScan } from '../../../utils/core/heuristics/cues';
import { AhoCorasick } from '../../../utils/core/signatures/aho-corasick';
import { foldForMatching } from '../../../utils/core/text/normalize';

const text = foldForMatching('Maksa 0,1 bitcoinia 24 tunnin kuluessa tai julkaisemme potilastietosi.');

describe('useCueScan', () => {
  it('gives the same cues as findCues scanning by itself, when handed the scan of the same text', () => {
    const own = findCues(text);
    const ids = new AhoCorasick(cuePatterns()).scan(text, 'words');
    useCueScan(text, ids);
    expect(findCues(text)).toEqual(own);
    expect(own.size).toBeGreaterThan(2);
  });

  it('uses a handed scan once, and only for the text it was made of', () => {
    const crypto = cuePatterns().indexOf(' bitcoin');
    expect(crypto).toBeGreaterThanOrEqual(0);
    // A handed scan that (falsely) found only " bitcoin" shows that it is used instead of a scan.
    useCueScan(text, [crypto]);
    const other = foldForMatching('julkaisemme potilastietosi');
    expect(findCues(other).has('crypto')).toBe(false);
    expect([...findCues(text).keys()]).toEqual(['crypto']);
    // Used up: the next call scans.
    expect(findCues(text).size).toBeGreaterThan(2);
  });
});
