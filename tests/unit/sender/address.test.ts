import { describe, expect, it } from 'vitest';
import { domainSuffixes, normalizeDomain, normalizeEmailAddress } from '../../../utils/core/sender/address';

describe('normalizeDomain', () => {
  it.each([
    ['example.com', 'example.com'],
    ['  EXAMPLE.Com. ', 'example.com'],
    ['mörkö.fi', 'xn--mrk-snac.fi'],
    ['xn--mrk-snac.fi', 'xn--mrk-snac.fi'],
    ['ＥＸＡＭＰＬＥ.com', 'example.com'],
    ['mail_relay.example.org', 'mail_relay.example.org'],
  ])('%j → %j', (input, expected) => {
    expect(normalizeDomain(input)).toBe(expected);
  });

  it.each(['', ' ', 'a b.com', '*.example.com', 'example.com/path', 'user@example.com', '1.2.3.4', '1.2', 'ex..ample.com', 'http://x.com'])(
    'rejects %j',
    (input) => {
      expect(normalizeDomain(input)).toBeNull();
    },
  );
});

describe('normalizeEmailAddress', () => {
  it.each([
    ['Jane.Doe@Example.COM', 'jane.doe@example.com'],
    [' <x@mörkö.fi> ', 'x@xn--mrk-snac.fi'],
    ['Jane Doe <Jane@Example.com>', 'jane@example.com'],
    ['mailto:Pay@Scam.Example', 'pay@scam.example'],
    ['"odd@local"@example.com', '"odd@local"@example.com'],
  ])('%j → %j', (input, expected) => {
    expect(normalizeEmailAddress(input)?.address).toBe(expected);
  });

  it.each(['', 'no-at-sign', '@example.com', 'user@', 'user@localhost', 'us er@example.com', 'user@exa mple.com'])(
    'rejects %j',
    (input) => {
      expect(normalizeEmailAddress(input)).toBeNull();
    },
  );
});

describe('domainSuffixes', () => {
  it('lists the domain and each parent, longest first', () => {
    expect(domainSuffixes('a.b.example.com')).toEqual(['a.b.example.com', 'b.example.com', 'example.com', 'com']);
  });
  it('gives one suffix per label, so lookups grow with labels, not with rules', () => {
    const labels = Array.from({ length: 40 }, (_, i) => `l${i}`).join('.');
    expect(domainSuffixes(labels)).toHaveLength(40);
  });
});
