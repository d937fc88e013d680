// Properties over the real 2018–2019 sextortion address list, read from the copy the default
// list's sources keep (scripts/list-sources/default/addresses; provenance and known bad lines in
// its README.md): every address that passes its checksum is found in text, the known bad
// entries are not, and one-character corruptions of real addresses are not. The repository's own
// copy, so a fresh clone in any folder runs these tests.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findPaymentAddresses, MAX_FOUND_ADDRESSES } from '../../../utils/core/payment/find';
import { classifyAddress } from '../../../utils/core/payment/validate';
import { mailText } from '../text/arbitraries';

const DATA_URL = new URL('../../../scripts/list-sources/default/addresses/sextortion-btc-2018-2019.txt', import.meta.url);

// The entries that the data README lists as failing Base58Check: nine cut one character short,
// one upper-cased, one hex string.
const KNOWN_BAD = [
  '1CKUjp9VNWFd1ysDbsq27dK9icG3vjeGr',
  '1GL9JtXPRTPetxgiJ8UcgrEECp12spD4t',
  '1Jh1miFmhTmGQvn6Zejaqg85viD4k1vVj',
  '1MJzarWdCR8dXGt6vpK62f7MxcWYcVynM',
  '1AzdzwWHaJXytimxenzi45JVtY4FsXwLZ',
  '17ZLAibXo3yqHazH8cvvFZPawtM23bup2',
  '1Kso5XCxGq2jDAus99hRquhDRdjiLApGV',
  '1KeCBKUgQDyyMpaXhfpRi2qUvyrjcsT44',
  '1MK4uue11JnVxjUQhq19KNSpAuyaFqBwM',
  '3CD19JE8F4C48L43E3A5TH8XD45JLRXUL',
  '3daa7ab7451f4215c9fe53c6c739e8e534',
];

const BASE58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';

type AddressList = { valid: string[]; invalid: string[] };
let cached: AddressList | undefined;

/** Reads and splits the list; every test calls it, so a missing file fails each test by name. */
function addressList(): AddressList {
  if (cached) return cached;
  let text: string;
  try {
    text = readFileSync(DATA_URL, 'utf8');
  } catch (cause) {
    throw new Error(
      `The default list's address source is missing: ${fileURLToPath(DATA_URL)} (it is part of the repository).`,
      { cause },
    );
  }
  const lines = text.split('\n').filter((line) => line !== '');
  cached = {
    valid: lines.filter((line) => classifyAddress(line) !== null),
    invalid: lines.filter((line) => classifyAddress(line) === null),
  };
  return cached;
}

describe('sextortion address list 2018–2019', { timeout: 60_000 }, () => {
  it('validates as its README says: 12,522 valid, exactly the 11 known bad entries invalid', () => {
    const { valid, invalid } = addressList();
    expect(valid).toHaveLength(12_522);
    expect(invalid.sort()).toEqual([...KNOWN_BAD].sort());
    expect(valid.every((a) => classifyAddress(a)?.coin === 'btc')).toBe(true);
  });

  it('finds every valid address when embedded in text', () => {
    const { valid } = addressList();
    // Batches of the result cap, each address in a different kind of sentence.
    const frames = [
      (a: string) => `Send the payment to ${a} today.`,
      (a: string) => `BTC address: ${a}`,
      (a: string) => `(${a}) [case sensitive, copy and paste it]`,
      (a: string) => `"${a}",`,
    ];
    let missed: string[] = [];
    for (let start = 0; start < valid.length; start += MAX_FOUND_ADDRESSES) {
      const batch = valid.slice(start, start + MAX_FOUND_ADDRESSES);
      const text = batch.map((a, i) => frames[i % frames.length]!(a)).join('\n');
      const found = new Set(findPaymentAddresses(text).map((f) => f.address));
      missed = missed.concat(batch.filter((a) => !found.has(a)));
    }
    expect(missed).toEqual([]);
  });

  it('does not recognise the bad entries as they are', () => {
    expect(addressList().invalid).toHaveLength(KNOWN_BAD.length);
    for (const bad of KNOWN_BAD) {
      expect(findPaymentAddresses(`Send the payment to ${bad} today.`), bad).toEqual([]);
      expect(findPaymentAddresses(bad), bad).toEqual([]);
    }
  });

  it('finds a valid address whatever text surrounds it (property)', () => {
    const { valid } = addressList();
    fc.assert(
      // Without a right-to-left override (U+202E) before it: one shows the address reversed, and
      // the reversed string is what is read (the next test).
      fc.property(fc.integer({ min: 0, max: 12_521 }), mailText(80), mailText(80), (index, rawBefore, after) => {
        const address = valid[index]!;
        const before = rawBefore.replaceAll('\u202E', '');
        const found = findPaymentAddresses(`${before} ${address} ${after}`);
        expect(found.map((f) => f.address)).toContain(address);
      }),
      { numRuns: 300 },
    );
  });

  it('finds an address stored backwards behind a right-to-left override, as it is shown', () => {
    const { valid } = addressList();
    const address = valid[7]!;
    const stored = Array.from(address).reverse().join('');
    expect(findPaymentAddresses(`Pay to \u202E${stored}\u202C today.`).map((f) => f.address)).toEqual([address]);
  });

  it('does not recognise a one-character corruption of a valid address (property)', () => {
    const { valid } = addressList();
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 12_521 }),
        fc.nat(),
        fc.integer({ min: 1, max: BASE58.length - 1 }),
        (index, position, shift) => {
          const address = valid[index]!;
          const at = position % address.length;
          // Another Base58 character: shift the original one along the alphabet.
          const replacement = BASE58.charAt((BASE58.indexOf(address.charAt(at)) + shift) % BASE58.length);
          const corrupted = address.slice(0, at) + replacement + address.slice(at + 1);
          expect(corrupted).not.toBe(address);
          expect(findPaymentAddresses(`Send the payment to ${corrupted} today.`)).toEqual([]);
        },
      ),
      { numRuns: 2_000 },
    );
  });
});
