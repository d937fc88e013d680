import { describe, expect, it } from 'vitest';
import { assessHeuristics } from '../../../utils/core/heuristics/assess';
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

describe('assessHeuristics with the ids of the engine\'s pass over the sender\'s name', () => {
  it('reads the authority claim from the ids it is given, without a scan of its own', () => {
    const police = cuePatterns().indexOf(' police ');
    expect(police).toBeGreaterThanOrEqual(0);
    const input = { subject: 's', body: 'b', folded: 's b', addresses: [], links: [], senderName: 'Someone' };
    const findings = (extra: object) => assessHeuristics({ ...input, ...extra }).findings.map((f) => f.signal);
    expect(findings({})).not.toContain('authority-claim');
    // Ids that (falsely) found " police" in "Someone" show that they are used instead of a scan.
    expect(findings({ senderNameCueIds: [police] })).toContain('authority-claim');
  });
});
