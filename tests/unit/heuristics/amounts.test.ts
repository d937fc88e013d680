import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEADLINE_NEEDS, DEADLINES, findAmountDemands, findAmounts, findConditionalCoinPrice, findDeadlines, findTimeSpans } from '../../../utils/core/heuristics/amounts';
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

  it('reads a thousand written as a word or a letter', () => {
    expect(findAmounts(f('vogliamo 300mila euro, tres mil pesos no, 3 mil euros, 10k € e 1,5k $')).map((a) => a.key)).toEqual(['300000 eur', '3000 eur', '10000 eur', '1500 usd']);
    expect(findAmounts(f('300mila persone, 10k followers'))).toEqual([]);
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

  it('reads an ungrouped sum of four digits or more after the verb', () => {
    expect(findAmountDemands(f('Send 1300 USD in BTC. Betala 1500 kronor.'))).toEqual(['send 1300 usd', 'betala 1500 kronor']);
  });

  it('ignores a pay verb without an amount, and an amount without a pay verb', () => {
    expect(findAmountDemands(f('You can pay online. The price is $50.'))).toEqual([]);
  });
});

describe('DEADLINE_NEEDS', () => {
  // Every word of every deadline pattern, in the slots the patterns put them (lead word, number,
  // unit, closing word), so that random texts hit each pattern and each of its alternatives.
  const LEAD = ['within', 'in', 'next', 'only', 'have', 'got', 'another', 'further', 'additional', 'the', 'aikaa', 'on', 'vielä',
    'inom', 'på', 'har du', 'har ni', 'ytterligare', 'ytterliggare', 'by', 'before', 'until', 'no later than', 'senast', 'före', 'innan',
    'viimeistään', 'deadline', 'x'];
  const NUMBER = ['24', '3', 'one', 'two', 'a', 'seven', 'yhden', 'kahden', 'seitsemän', 'yksi', 'kaksi', 'en', 'ett', 'sju',
    '12.5.', '12/5/2024', '2024-05-12', '1st of may', '5 december', 'jan 5', 'the', 'next'];
  const UNIT = ['h', 'hrs', 'hours', 'day', 'days', 'tunnin', 'vuorokauden', 'päivän', 'tuntia', 'vuorokautta', 'päivää', 'timmar',
    'timme', 'dagar', 'dag', 'dygn', 'monday', 'sunday', 'tomorrow', 'tonight', 'måndag', 'söndag', 'i morgon', 'imorgon',
    'maanantaihin', 'huomiseen', 'x', ''];
  const CLOSE = ['kuluessa', 'sisällä', 'sisään', 'aikana', 'päästä', 'mennessä', 'klo', 'x', ''];
  // An empty slot joins its neighbours with two spaces, which folded text never has: squeezed out.
  const squeeze = (s: string): string => s.split(' ').filter((w) => w !== '').join(' ');
  const slot = (words: string[]) => fc.constantFrom(...words);
  const text = fc
    .array(fc.tuple(slot(LEAD), slot(NUMBER), slot(UNIT), slot(CLOSE)), { minLength: 1, maxLength: 4 })
    .map((groups) => squeeze(groups.map((g) => g.join(' ')).join(' ')));

  it('names, for each pattern, words without which it cannot match', () => {
    fc.assert(
      fc.property(text, (t) => {
        DEADLINES.forEach((pattern, p) => {
          const needs = DEADLINE_NEEDS[p];
          const matches = [...t.matchAll(pattern)];
          if (needs && matches.length > 0) expect(needs.some((word) => t.includes(word))).toBe(true);
        });
      }),
      { numRuns: 2000 },
    );
  });

  it('has one entry per pattern', () => {
    expect(DEADLINE_NEEDS).toHaveLength(DEADLINES.length);
  });
});

describe('findConditionalCoinPrice', () => {
  it('finds a condition put on a price in a coin, in several languages', () => {
    expect(findConditionalCoinPrice(f('Unless 40 bitcoins are transferred, we publish.'))).toBe('unless 40 bitcoins');
    expect(findConditionalCoinPrice(f('Wenn nicht 40 Bitcoins überwiesen werden'))).toBe('wenn nicht 40 bitcoins');
    expect(findConditionalCoinPrice(f('Als er geen 0,5 BTC wordt overgemaakt'))).toBe('als er geen 0,5 btc');
    expect(findConditionalCoinPrice(f('If 1500 BTC are not paid'))).toBe('if 1500 btc');
  });

  it('needs the coin right after the condition: "unless you object" and a price in euros are no such thing', () => {
    expect(findConditionalCoinPrice(f('Unless you object, we share your records. The fee is 0.01 BTC.'))).toBeUndefined();
    expect(findConditionalCoinPrice(f('If 40 euros are not paid, the subscription ends.'))).toBeUndefined();
  });
});
