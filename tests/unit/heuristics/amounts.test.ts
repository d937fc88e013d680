import { describe, expect, it } from 'vitest';
import { findAmountDemands, findAmounts, findDeadlines, findTimeSpans } from '../../../utils/core/heuristics/amounts';
import { foldForMatching } from '../../../utils/core/text/normalize';

const f = foldForMatching;

describe('findAmounts', () => {
  it('reads amounts with the currency before or after, grouped digits and Finnish/Swedish inflections', () => {
    const found = findAmounts(f('€200, then 500 euroa, $1,500, 1 900 kronor, 0.15 BTC, 200 euron arvosta'));
    expect(found.map((a) => a.key)).toEqual(['200 eur', '500 eur', '1500 usd', '1900 sek', '0.15 btc']);
    expect(found.map((a) => a.currency)).toEqual(['eur', 'eur', 'usd', 'sek', 'btc']);
  });

  it('treats 80,00 € and 80 € as one amount and ignores bare numbers', () => {
    expect(findAmounts(f('80,00 € ja 80 € sekä 12345 ja 48 tuntia')).map((a) => a.key)).toEqual(['80 eur']);
  });

  it('does not read digits glued to letters', () => {
    expect(findAmounts(f('abc200 € x'))).toEqual([]);
  });
});

describe('findTimeSpans', () => {
  it('normalises days to hours and deduplicates', () => {
    expect(findTimeSpans(f('24 hours, 48 tunnin, 2 dygn, 48h, 3 days')).map((s) => s.hours)).toEqual([24, 48, 72]);
  });
});

describe('findDeadlines', () => {
  it.each([
    ['within 24 hours', 'within 24 hours'],
    ['You have 48 hours', 'have 48 hours'],
    ['24 tunnin kuluessa', '24 tunnin kuluessa'],
    ['seuraavan 48 tunnin aikana', '48 tunnin aikana'],
    ['Teillä on aikaa 72 tuntia', 'aikaa 72 tuntia'],
    ['inom 48 timmar', 'inom 48 timmar'],
    ['pay before January 5, 2024', 'before january 5'],
    ['senast 31 mars', 'senast 31 mars'],
    ['eräpäivä 15.12.2025 mennessä', '15.12.2025 mennessä'],
  ])('finds "%s"', (text, expected) => {
    expect(findDeadlines(f(text))).toContain(expected);
  });

  it('does not take a bare number or a date without a deadline word', () => {
    expect(findDeadlines(f('We met on 5 January and talked for 24 hours.'))).toEqual([]);
  });
});

describe('findAmountDemands', () => {
  it('finds a pay verb followed by an amount, whole grouped numbers included', () => {
    expect(findAmountDemands(f('Pay $1,500 now. Maksakaa 500 euroa. Betala 1 900 kronor. Send 0.2 BTC.'))).toEqual([
      'pay $1,500',
      'maksakaa 500 euroa',
      'betala 1 900 kronor',
      'send 0.2 btc',
    ]);
  });

  it('ignores a pay verb without an amount, and an amount without a pay verb', () => {
    expect(findAmountDemands(f('You can pay online. The price is $50.'))).toEqual([]);
  });
});
