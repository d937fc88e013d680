import { describe, expect, it } from 'vitest';
import { cuePatterns, findCues } from '../../../utils/core/heuristics/cues';
import { AhoCorasick } from '../../../utils/core/signatures/aho-corasick';
import { foldForMatching } from '../../../utils/core/text/normalize';

const text = foldForMatching('Maksa 0,1 bitcoinia 24 tunnin kuluessa tai julkaisemme potilastietosi.');

describe('findCues with the ids of a scan already made', () => {
  it('gives the same cues as scanning by itself', () => {
    const own = findCues(text);
    const ids = new AhoCorasick(cuePatterns()).scan(text, 'words');
    expect(findCues(text, ids)).toEqual(own);
    expect(own.size).toBeGreaterThan(2);
  });

  it('uses the ids it is given instead of scanning', () => {
    const crypto = cuePatterns().indexOf(' bitcoin');
    expect(crypto).toBeGreaterThanOrEqual(0);
    // Ids that (falsely) found only " bitcoin" show that they are used instead of a scan.
    expect([...findCues(text, [crypto]).keys()]).toEqual(['crypto']);
  });
});
