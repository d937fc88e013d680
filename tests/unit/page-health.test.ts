import { describe, expect, it } from 'vitest';
import { countUnreadable, PageHealthReportSchema, parsePageHealthCounts } from '../../utils/app/page-health';
import { buildDiagnostics } from '../../utils/app/settings/diagnostics';
import { parseSettings } from '../../utils/app/settings/schema';

const at = new Date('2026-12-05T00:00:00Z');

describe('page health reports and counts', () => {
  it('accepts a content script report of kinds only, and nothing else', () => {
    expect(PageHealthReportSchema.safeParse({ type: 'pageHealth', providerId: 'outlook', problems: ['sender'] }).success).toBe(true);
    expect(PageHealthReportSchema.safeParse({ type: 'pageHealth', providerId: 'outlook', problems: ['sender'], body: 'mail text' }).success).toBe(false);
    expect(PageHealthReportSchema.safeParse({ type: 'pageHealth', providerId: 'generic', problems: ['body'] }).success).toBe(false);
    expect(PageHealthReportSchema.safeParse({ type: 'pageHealth', providerId: 'gmail', problems: ['sender', 'body', 'sender'] }).success).toBe(false);
  });

  it('counts each unreadable page by kind, per webmail', () => {
    let counts = countUnreadable({}, 'outlook', ['sender'], at);
    counts = countUnreadable(counts, 'outlook', ['sender', 'body'], at);
    counts = countUnreadable(counts, 'gmail', ['body'], at);
    expect(counts).toEqual({
      outlook: { sender: 2, body: 1, lastAt: at.toISOString() },
      gmail: { sender: 0, body: 1, lastAt: at.toISOString() },
    });
  });

  it('reads stored counts of the wrong shape as none instead of failing', () => {
    expect(parsePageHealthCounts({ outlook: { sender: -1, body: 0, lastAt: '' } })).toEqual({});
    expect(parsePageHealthCounts('x')).toEqual({});
  });

  it('puts the counts in the diagnostics export', () => {
    const unreadablePages = countUnreadable({}, 'proton', ['body'], at);
    const text = buildDiagnostics({
      settings: parseSettings(undefined).settings,
      sources: [],
      extensionVersion: '1',
      userAgent: 'ua',
      browserLocale: 'fi-FI',
      policyProblems: [],
      unreadablePages,
      now: at,
    });
    expect(JSON.parse(text).unreadablePages).toEqual({ proton: { sender: 0, body: 1, lastAt: at.toISOString() } });
  });
});
