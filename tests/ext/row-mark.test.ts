/**
 * The background decides an inbox row's mark from the row's sender verdict and its text: a
 * listed sender gets the list mark, a row with the shape of extortion (a Vastaamo-style subject)
 * the shape mark, and no subject of the benign corpus gets any. Opened messages never get a row
 * mark, and row text past its cap is refused.
 */
import { describe, expect, it } from 'vitest';
import { handleMessage, type MessageDeps, type MessageSender } from '../../entrypoints/background/messages';
import type { ListService } from '../../entrypoints/background/list-service';
import { FEATURE_LIMITS } from '../../utils/core/engine/features';
import type { MessageFeatures } from '../../utils/core/engine/features';
import type { Verdict } from '../../utils/core/engine/verdict';
import { BENIGN } from '../corpus/src/benign';
import { testHetu } from '../corpus/src/extortion';
import { memorySettings, memoryUserSources, testWarningDesk } from './warning-desk';

const self = { id: 'vahti-id', origin: 'chrome-extension://vahti-id/', warningUrl: 'chrome-extension://vahti-id/warning.html' };
const content: MessageSender = { id: self.id, url: 'https://mail.google.com/mail/u/0/', tab: { id: 1 } as never, frameId: 0 };
const LISTED = 'aaron417smith@yahoo.jp';

const rowFeatures = (senderAddress: string): MessageFeatures => ({ senderAddress, senderName: '', replyTo: [], subject: '', bodyText: '', links: [] });

/** Stands in for the lists: one listed sender (the list engine is tested elsewhere). */
const service = {
  classify: async (f: MessageFeatures): Promise<Verdict> =>
    f.senderAddress === LISTED ? { level: 'known', reasons: [{ rule: 'sender-address', matched: LISTED }] } : { level: 'none', reasons: [] },
} as unknown as ListService;

function send(message: unknown) {
  const deps: MessageDeps = { service, self, withWatchList: async (v) => v, warnings: testWarningDesk().desk, userSources: memoryUserSources(), settings: memorySettings() };
  return handleMessage(message, content, deps);
}

const askRow = (senderAddress: string, subject: string, snippet = '', key = 'gmail:row:18c2a1f0b7e4d902') =>
  send({ type: 'classify', messageKey: key, features: rowFeatures(senderAddress), row: { subject, snippet } });

describe('inbox row marks', () => {
  it('marks a Vastaamo-shaped row, decided from its text', async () => {
    const code = testHetu('150385', '-', 917);
    const answer = await askRow('tuki@mielenrauha-asiakaspalvelu.invalid', `Maija Mäkelä ${code}`, 'Hyvä Maija Mäkelä, otamme Teihin yhteyttä');
    expect(answer).toEqual({ verdict: { level: 'none', reasons: [] }, rowMark: 'extortion-shape' });
    // The same sender with an ordinary subject: no mark.
    expect(await askRow('tuki@mielenrauha-asiakaspalvelu.invalid', 'Asiakastiedote')).toEqual({ verdict: { level: 'none', reasons: [] } });
  });

  it('marks a listed sender\'s row as such, whatever its text', async () => {
    expect(await askRow(LISTED, 'Hello')).toMatchObject({ rowMark: 'listed-sender' });
  });

  it('marks no subject of the benign corpus (with the start of its text as the snippet)', async () => {
    expect(BENIGN.length).toBeGreaterThan(50);
    const marked: string[] = [];
    for (const m of BENIGN) {
      const content = m.parts.find((p) => p.type === 'text/plain')?.content;
      const snippet = (typeof content === 'string' ? content : '').replace(/\s+/g, ' ').trim().slice(0, 150);
      const answer = (await askRow(`sender@${m.file.replace(/\W/g, '')}.example`, m.subject, snippet)) as { rowMark?: string; error?: string };
      expect(answer.error).toBeUndefined();
      if (answer.rowMark) marked.push(m.file);
    }
    expect(marked).toEqual([]);
  });

  it('gives an opened message no row mark, and refuses row text past its cap', async () => {
    const code = testHetu('150385', '-', 917);
    const opened = await askRow('x@example.net', `Maija Mäkelä ${code}`, '', 'gmail:msg:18c2#abc');
    expect(opened).not.toHaveProperty('rowMark');
    const tooLong = await askRow('x@example.net', 'Hello', 'x'.repeat(FEATURE_LIMITS.rowSnippet + 1));
    expect(tooLong).toHaveProperty('error');
  });
});
