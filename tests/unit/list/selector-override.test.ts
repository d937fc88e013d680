import { describe, expect, it } from 'vitest';
import { parseSignatureList } from '../../../utils/core/list/parse';
import { SELECTOR_LIMITS, selectorProblem } from '../../../utils/core/list/selector-override';

const list = (selectorOverrides: unknown) => ({
  schema: 1,
  listId: 'test-list',
  version: 2,
  name: 'Test list',
  campaigns: [{ id: 'c1', name: 'Campaign', languages: ['fi'], severity: 'high', firstSeen: '2020-10-24' }],
  senders: [{ campaign: 'c1', match: 'address', value: 'ransom@extort.example' }],
  selectorOverrides,
});

describe('selector overrides in the list', () => {
  it('accepts plain CSS selectors: type, *, #id, .class, attribute tests and combinators', () => {
    for (const s of [
      'span.gD[email]',
      '[data-app-section="MailReadCompose"] [aria-label*="@"]',
      "div.nH > table.cf td.gF span[email][name]",
      '#messagebody',
      'tr.message + tr ~ tr',
      '[data-testid^=recipients]',
      '*',
    ]) {
      expect(selectorProblem(s), s).toBeNull();
    }
  });

  it('refuses anything outside that subset, with the reason', () => {
    const refused: [string, RegExp][] = [
      ['a:has(b)', /not allowed/],
      ['a, b', /not allowed/],
      ['a { color: red }', /not allowed/],
      ['@import "x"', /not allowed/],
      ['a\\62', /not allowed/],
      ['[title="a\\"b"]', /attribute test/],
      ['div >', /ends with a combinator/],
      ['', /empty/],
      [' div', /spaces/],
      ['div\u00a0span', /printable ASCII/],
      ['. x', /without a name/],
      [`div${'.a'.repeat(100)}`, /longer than 200/],
    ];
    for (const [s, why] of refused) expect(selectorProblem(s), JSON.stringify(s)).toMatch(why);
  });

  it('a list with valid overrides parses and keeps them', () => {
    const parsed = parseSignatureList(list([{ provider: 'outlook', key: 'body', selectors: ['div[data-testid="message-body"]'] }]));
    expect(parsed.ok).toBe(true);
    if (parsed.ok) expect(parsed.value.selectorOverrides).toEqual([{ provider: 'outlook', key: 'body', selectors: ['div[data-testid="message-body"]'] }]);
  });

  it('a list with a malformed, overlong or unknown override is refused as a whole, saying where', () => {
    const cases: [unknown, RegExp][] = [
      [[{ provider: 'outlook', key: 'body', selectors: ['div:has(script)'] }], /selectorOverrides\[0\]\.selectors\[0\].*not allowed/],
      [[{ provider: 'outlook', key: 'body', selectors: ['x'.repeat(SELECTOR_LIMITS.length + 1)] }], /longer than 200/],
      [[{ provider: 'outlook', key: 'body', selectors: Array(SELECTOR_LIMITS.perOverride + 1).fill('div') }], /selectorOverrides\[0\]\.selectors/],
      [Array(SELECTOR_LIMITS.overrides + 1).fill({ provider: 'gmail', key: 'body', selectors: ['div'] }), /selectorOverrides/],
      [[{ provider: 'hotmail', key: 'body', selectors: ['div'] }], /selectorOverrides\[0\]\.provider/],
      [[{ provider: 'gmail', key: 'script', selectors: ['div'] }], /selectorOverrides\[0\]\.key/],
      [[{ provider: 'gmail', key: 'body', selectors: ['div'], code: 'alert(1)' }], /selectorOverrides\[0\]/],
    ];
    for (const [overrides, why] of cases) {
      const parsed = parseSignatureList(list(overrides));
      expect(parsed.ok).toBe(false);
      if (!parsed.ok) expect(parsed.error.map((p) => `${p.path} ${p.message}`).join('\n')).toMatch(why);
    }
  });
});
