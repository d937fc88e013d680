import { describe, expect, it } from 'vitest';
import { parseSignatureList, problemsAsListError } from '../../../utils/core/list/parse';
import { freeMailDomain, isPublicSuffixLike } from '../../../utils/core/list/too-broad';

const VALID_BTC = '16Sg7k6eZaQ9WZifokXMZnUEDdDRo6dyiu';

const base = () => ({
  schema: 1,
  listId: 'test-list',
  version: 1,
  name: 'Test list',
  campaigns: [{ id: 'c1', name: 'Campaign', languages: ['fi'], severity: 'high', firstSeen: '2020-10-24' }],
  senders: [
    { campaign: 'c1', match: 'address', value: 'ransom@extort.example' },
    { campaign: 'c1', match: 'domain', value: 'extort.example' },
    { campaign: 'c1', match: 'display-name', value: '*Vastaamo*' },
  ],
  payments: [{ campaign: 'c1', coin: 'btc', address: VALID_BTC }],
  signatures: [
    {
      id: 's1',
      campaign: 'c1',
      language: 'fi',
      groups: [
        { atLeast: 1, phrases: ['potilastiedot'] },
        { atLeast: 1, phrases: ['bitcoin*'] },
      ],
    },
  ],
});

type List = ReturnType<typeof base>;

const problemsOf = (list: unknown): string[] => {
  const result = parseSignatureList(list);
  return result.ok ? [] : result.error.map((p) => p.message);
};

describe('parseSignatureList', () => {
  it('accepts a sound list', () => {
    const result = parseSignatureList(base());
    expect(result.ok).toBe(true);
  });

  const sender = (match: string, value: string) => (l: List) => {
    l.senders.push({ campaign: 'c1', match, value });
  };

  it.each<[string, (l: List) => void, string]>([
    ['free-mail domain', sender('domain', 'gmail.com'), 'senders[3] (domain "gmail.com"): free-mail domain'],
    ['free-mail domain, upper case', sender('domain', 'GMAIL.COM'), 'senders[3] (domain "GMAIL.COM"): free-mail domain'],
    ['free-mail brand in another country', sender('domain', 'hotmail.co.uk'), 'senders[3] (domain "hotmail.co.uk"): free-mail domain'],
    ['free-mail brand, yahoo.fi', sender('domain', 'yahoo.fi'), 'free-mail domain'],
    ['Finnish free mail', sender('domain', 'suomi24.fi'), 'senders[3] (domain "suomi24.fi"): free-mail domain'],
    ['top-level domain', sender('domain', 'fi'), 'senders[3] (domain "fi"): a top-level domain'],
    ['public suffix', sender('domain', 'co.uk'), 'senders[3] (domain "co.uk"): a public suffix'],
    ['shared hosting suffix', sender('domain', 'github.io'), 'a public suffix'],
    ['domain written as a wildcard', sender('domain', '*.example.com'), 'senders[3] (domain "*.example.com"): not a domain name'],
    ['empty value (spaces)', sender('domain', '   '), 'senders[3] (domain "   "): empty value'],
    ['bare star', sender('display-name', '*'), 'senders[3] (display-name "*"): a pattern of only "*"'],
    ['all stars', sender('display-name', '** *'), 'senders[3] (display-name "** *")'],
    ['too few literal characters', sender('display-name', '*ab*'), 'at least 3 characters in a row'],
    ['letters scattered between stars', sender('display-name', 'a*b*c*d'), 'at least 3 characters in a row'],
    ['not an address', sender('address', 'no-at-sign'), 'senders[3] (address "no-at-sign"): not an email address'],
    [
      'bad checksum',
      (l) => l.payments.push({ campaign: 'c1', coin: 'btc', address: `${VALID_BTC.slice(0, -1)}v` }),
      `payments[1] (btc "${VALID_BTC.slice(0, -1)}v"): not a valid btc address`,
    ],
    [
      'address of another coin',
      (l) => l.payments.push({ campaign: 'c1', coin: 'eth', address: VALID_BTC }),
      'payments[1] (eth ',
    ],
    ['unknown campaign', (l) => l.senders.push({ campaign: 'nope', match: 'address', value: 'a@b.example' }), 'senders[3] (address "a@b.example"): campaign "nope" is not defined'],
    [
      'one phrase is enough',
      (l) => l.signatures.push({ id: 's2', campaign: 'c1', language: 'en', groups: [{ atLeast: 1, phrases: ['pay bitcoin', 'bitcoin wallet'] }] }),
      'signatures[1] (id "s2"): it needs only 1 phrase to match',
    ],
    [
      'short phrase',
      (l) => l.signatures.push({ id: 's2', campaign: 'c1', language: 'en', groups: [{ atLeast: 2, phrases: ['btc', 'ransom note'] }] }),
      'signatures[1] (id "s2"): groups[0].phrases[0] "btc" is shorter than 4 characters',
    ],
    [
      'short phrase hidden behind stars',
      (l) => l.signatures.push({ id: 's2', campaign: 'c1', language: 'en', groups: [{ atLeast: 2, phrases: ['*pay*', 'ransom note'] }] }),
      'is shorter than 4 characters',
    ],
    [
      'star inside a phrase',
      (l) => l.signatures.push({ id: 's2', campaign: 'c1', language: 'en', groups: [{ atLeast: 2, phrases: ['pay * now', 'ransom note'] }] }),
      '"*" is allowed only at the start or end',
    ],
    ['duplicate signature id', (l) => l.signatures.push({ ...l.signatures[0]! }), 'signatures[1] (id "s1"): duplicate signature id, already used by signatures[0]'],
    ['duplicate campaign id', (l) => l.campaigns.push({ ...l.campaigns[0]! }), 'campaigns[1] (id "c1"): duplicate campaign id'],
  ])('rejects %s', (_name, mutate, expected) => {
    const list = base();
    mutate(list);
    const problems = problemsOf(list);
    expect(problems.join('\n')).toContain(expected);
  });

  it.each<[string, (l: List) => void]>([
    ['a company domain', sender('domain', 'vastaamo-payments.example')],
    ['a subdomain of an ordinary domain', sender('domain', 'mail.extort.example')],
    ['an exact address at a free-mail provider', sender('address', 'extortionist1234@gmail.com')],
    ['a display name with a literal run', sender('display-name', 'Ransom*Team')],
    ['a unicode domain', sender('domain', 'mörkö.example')],
  ])('accepts %s', (_name, mutate) => {
    const list = base();
    mutate(list);
    expect(problemsOf(list)).toEqual([]);
  });

  it('names the entry in schema errors too', () => {
    const list = base();
    list.senders.push({ campaign: 'c1', match: 'domain', value: '' });
    list.payments.push({ campaign: 'c1', coin: 'doge', address: 'D123' } as never);
    const problems = problemsOf(list);
    expect(problems).toContainEqual(expect.stringMatching(/^senders\[3\] \(domain ""\) value: /));
    expect(problems).toContainEqual(expect.stringMatching(/^payments\[1\] \(doge "D123"\) coin: /));
  });

  it('rejects guidance given as a URL', () => {
    const list = base();
    (list.campaigns[0] as Record<string, unknown>).guidance = ['https://evil.example/help'];
    expect(problemsOf(list).join('\n')).toContain('campaigns[0] (id "c1") guidance[0]');
  });

  it('caps the number of problems reported', () => {
    const list = base();
    for (let i = 0; i < 500; i++) list.senders.push({ campaign: 'c1', match: 'domain', value: 'gmail.com' });
    const problems = problemsOf(list);
    expect(problems.length).toBe(201);
    expect(problems.at(-1)).toBe('…and 300 more problems');
  });
});

describe('domain helpers', () => {
  it.each([
    ['gmail.com', 'gmail.com'],
    ['eu.gmail.com', 'gmail.com'],
    ['yahoo.co.jp', 'yahoo.co.jp'],
    ['gmx.de', 'gmx.de'],
    ['gmx-payments.example', null],
    ['notgmail.com', null],
  ])('freeMailDomain(%j) = %j', (domain, expected) => {
    expect(freeMailDomain(domain)).toBe(expected);
  });

  it.each([
    ['com', true],
    ['co.uk', true],
    ['com.au', true],
    ['example.co.uk', false],
    ['example.com', false],
  ])('isPublicSuffixLike(%j) = %j', (domain, expected) => {
    expect(isPublicSuffixLike(domain)).toBe(expected);
  });
});

describe('problemsAsListError', () => {
  it('is too_broad when any entry is too broad, and quotes the entry', () => {
    const list = base();
    list.senders.push({ campaign: 'c1', match: 'domain', value: 'gmail.com' });
    const result = parseSignatureList(list);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const error = problemsAsListError(result.error);
    expect(error.code).toBe('too_broad');
    expect(error.message).toContain('senders[3] (domain "gmail.com")');
  });

  it('is schema for format errors', () => {
    const error = problemsAsListError([{ code: 'schema', path: 'version', message: 'version: expected number' }]);
    expect(error).toEqual({ code: 'schema', message: expect.stringContaining('version: expected number') });
  });
});
