import { describe, expect, it } from 'vitest';
import { MessageFeaturesSchema } from '../../../utils/core/engine/features';
import { NO_VERDICT, type Verdict } from '../../../utils/core/engine/verdict';
import { watchSet, withWatchList } from '../../../utils/app/policy/watch-list';

const mail = (senderAddress: string, replyTo: string[] = []) =>
  MessageFeaturesSchema.parse({ senderAddress, senderName: 'X', replyTo, subject: 's', bodyText: 'b' });

describe('withWatchList', () => {
  const entries = watchSet(['Ransom@Extortion.example', 'badhost.example', 'not an entry']);

  it('canonicalises entries and leaves out what is neither address nor domain', () => {
    expect([...entries].sort()).toEqual(['badhost.example', 'ransom@extortion.example']);
  });

  it('flags a watched sender address as known, redacted', () => {
    const v = withWatchList(NO_VERDICT, mail('RANSOM@extortion.example'), entries);
    expect(v.level).toBe('known');
    expect(v.reasons[0]).toEqual({ rule: 'sender-address', signal: 'watch-list', listId: 'watch-list', matched: 'r…@extortion.example' });
  });

  it('flags a watched domain and its subdomains, also in reply-to and "Name <addr>" form', () => {
    expect(withWatchList(NO_VERDICT, mail('x@mail.badhost.example'), entries).reasons[0]?.matched).toBe('badhost.example');
    expect(withWatchList(NO_VERDICT, mail('ok@fine.example', ['Boss <x@badhost.example>']), entries).level).toBe('known');
  });

  it('leaves other senders and look-alike domains alone', () => {
    for (const sender of ['other@extortion.example', 'x@notbadhost.example', 'x@badhost.example.fi', '']) {
      expect(withWatchList(NO_VERDICT, mail(sender), entries)).toBe(NO_VERDICT);
    }
  });

  it('keeps the engine\'s reasons after the watch-list one', () => {
    const suspected: Verdict = { level: 'suspected', reasons: [{ rule: 'heuristic', signal: 'payment-demand', matched: '…' }] };
    const v = withWatchList(suspected, mail('ransom@extortion.example'), entries);
    expect(v.level).toBe('known');
    expect(v.reasons.map((r) => r.rule)).toEqual(['sender-address', 'heuristic']);
  });
});
