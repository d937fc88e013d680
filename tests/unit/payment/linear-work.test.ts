// No input makes the address finder do super-linear work. Time is not measured (machines are
// noisy); the finder counts its own work: tokens read, join steps, candidate characters built
// and characters decoded.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scanPaymentAddresses } from '../../../utils/core/payment/find';

const BASE58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';
// Upper bound on work per input character. The worst hostile input here (single "4"s, each
// starting a Monero-length walk) measures about 160; ordinary text about 2.
const WORK_PER_CHAR = 200;

function work(text: string): number {
  const { stats } = scanPaymentAddresses(text);
  return stats.tokens + stats.joinSteps + stats.builtChars + stats.validatedChars;
}

/** Deterministic pseudo-random Base58 characters, so hostile inputs do not repeat themselves. */
function base58Stream(seed: number): () => string {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) & 0x7fffffff;
    return BASE58.charAt(state % BASE58.length);
  };
}

function repeatTo(length: number, piece: () => string): string {
  const parts: string[] = [];
  let size = 0;
  while (size < length) {
    const p = piece();
    parts.push(p);
    size += p.length;
  }
  return parts.join('').slice(0, length);
}

const HOSTILE: Record<string, (length: number) => string> = {
  'single "1"s between spaces': (n) => '1 '.repeat(n / 2),
  '"1" and a random Base58 character, spaced': (n) => {
    const next = base58Stream(7);
    return repeatTo(n, () => `1 ${next()} `);
  },
  'single "4"s (Monero starts) between spaces': (n) => '4 '.repeat(n / 2),
  '"4" and random characters, hyphenated': (n) => {
    const next = base58Stream(11);
    return repeatTo(n, () => `4-${next()}-`);
  },
  'one long Base58 run': (n) => {
    const next = base58Stream(3);
    return repeatTo(n, next);
  },
  '33-character near-addresses': (n) => {
    const next = base58Stream(5);
    return repeatTo(n, () => `1${Array.from({ length: 32 }, next).join('')} `);
  },
  'bech32 prefixes and single data characters': (n) => repeatTo(n, () => 'bc1 q p z r y 9 x 8 '),
  'Ethereum prefixes and hex digits': (n) => repeatTo(n, () => '0x a b 1 2 '),
  'single characters across line breaks': (n) => {
    const next = base58Stream(13);
    return repeatTo(n, () => `${next()}\n`);
  },
  'payment URIs with long queries': (n) => repeatTo(n, () => `bitcoin:1 ?amount=${'9'.repeat(600)} `),
};

// Generous time-outs: these are work counts, not timings, and CI shares two cores with the build.
describe('findPaymentAddresses does linear work', { timeout: 60_000 }, () => {
  for (const [name, make] of Object.entries(HOSTILE)) {
    it(`on ${name}`, () => {
      const small = make(16 * 1024);
      const large = make(32 * 1024);
      const smallWork = work(small);
      const largeWork = work(large);
      expect(largeWork).toBeLessThanOrEqual(WORK_PER_CHAR * large.length);
      // Twice the input may cost at most a little over twice the work.
      expect(largeWork).toBeLessThanOrEqual(2.2 * smallWork + 1_000);
    });
  }

  it('on any mix of address-like pieces up to 64 KB (property)', () => {
    const piece = fc.constantFrom(
      '1', '3', '4', '8', 'L', 'M', 'bc1', 'ltc1', '0x', 'q', 'a', 'Z', '9', 'bitcoin:',
      ' ', '  ', '-', '\n', ' - ', '\u200B', 'о', 'BC1Q', '1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40_000 }), fc.nat({ max: 64 * 1024 }), (pieces, cut) => {
        const text = pieces.join('').slice(0, cut);
        expect(work(text)).toBeLessThanOrEqual(WORK_PER_CHAR * (text.length + 1));
      }),
      { numRuns: 25 },
    );
  });

  it('counts work at all: a real address costs its decoding', () => {
    const { stats, found } = scanPaymentAddresses('pay 1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa');
    expect(found).toHaveLength(1);
    expect(stats.validatedChars).toBeGreaterThanOrEqual(34);
    expect(stats.tokens).toBe(2);
  });
});
