import { describe, expect, it } from 'vitest';
import { extractEvidence } from '../../../utils/core/engine/classify';
import { MessageFeaturesSchema } from '../../../utils/core/engine/features';
import { buildMatchIndex } from '../../../utils/core/engine/index';
import { explainLines } from '../../../scripts/lib/explain';
import { RESEMBLANCE_THRESHOLD } from '../../../utils/core/heuristics/resemblance/model';

const index = buildMatchIndex([]);
const explain = (bodyText: string, senderName = 'Someone'): string[] =>
  explainLines(extractEvidence(MessageFeaturesSchema.parse({ senderAddress: 'a@example.com', senderName, subject: 'Hello', bodyText }), index.text));

describe('scan --explain', () => {
  it('names the signs of a near miss and what the closest rule lacked', () => {
    const lines = explain('Pay 0.1 BTC within 48 hours.');
    expect(lines).toContain('      crypto-mention: btc');
    expect(lines).toContain('      crypto-demand-threat-clock: missing threat or deletion offer');
  });

  it('prints the resemblance score beside what rule 20 needs, where the model was asked', () => {
    const scored = explain('I recorded you through your webcam. I will send the video to all your contacts.').find((l) => l.includes('resemblance to the extortion mail'));
    expect(scored).toMatch(/: 0\.\d\d \(rule 20 needs 0\.\d\d and more\)(; raised most by: [\p{L}, ]+)?$/u);
    expect(scored).toContain(`rule 20 needs ${RESEMBLANCE_THRESHOLD.toFixed(2)} and more`);
    const skipped = explain('See you at the choir rehearsal on Thursday.').find((l) => l.includes('resemblance to the extortion mail'));
    expect(skipped).toMatch(/not scored/);
  });

  it('says when warning framing vetoes, and lists no near misses for a flagged message', () => {
    const bulletin = explain('Police warn: scammers write "I recorded you, pay 0.1 BTC within 48 hours or I send the video to all your contacts". Do not pay and report it to the police.');
    expect(bulletin.some((l) => l.includes('reads as a warning about extortion'))).toBe(true);
    const flagged = explain('I recorded you. Pay 0.1 BTC within 48 hours or I send the video to all your contacts.');
    expect(flagged.some((l) => l.includes('closest rules'))).toBe(false);
  });

  it('shows an authority claim in the sender\'s name as a sign even without an accusation', () => {
    expect(explain('Consultez le fichier ci-dessous.', 'Gendarmerie Nationale').some((l) => l.startsWith('      authority-claim: gendarmeri'))).toBe(true);
  });
});
