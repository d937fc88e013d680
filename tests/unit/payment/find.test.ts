import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findPaymentAddresses, findPaymentAddressesInNormalized, MAX_FOUND_ADDRESSES } from '../../../utils/core/payment/find';
import { normalizeText } from '../../../utils/core/text/normalize';
import { mailText } from '../text/arbitraries';
import {
  BTC_P2PKH,
  BTC_P2SH,
  EIP55_VALID,
  LTC_P2PKH,
  LTC_P2WPKH,
  SEGWIT_VALID,
  XMR_INTEGRATED,
  XMR_STANDARD,
} from './vectors';

const P2WSH = SEGWIT_VALID[2]!.address;

describe('findPaymentAddresses: plain addresses', () => {
  it('finds each coin in running text, with coin, kind and via', () => {
    const text = `Send 0.05 BTC to ${BTC_P2PKH}. Litecoin: ${LTC_P2PKH}, ETH: ${EIP55_VALID[0]}
Monero (${XMR_STANDARD}) or ${P2WSH}!`;
    expect(findPaymentAddresses(text)).toEqual([
      { coin: 'btc', address: BTC_P2PKH, kind: 'p2pkh', via: 'plain' },
      { coin: 'ltc', address: LTC_P2PKH, kind: 'p2pkh', via: 'plain' },
      { coin: 'eth', address: EIP55_VALID[0], kind: 'eip55', via: 'plain' },
      { coin: 'xmr', address: XMR_STANDARD, kind: 'standard', via: 'plain' },
      { coin: 'btc', address: P2WSH, kind: 'p2wsh', via: 'plain' },
    ]);
  });

  it('finds nothing in ordinary text, numbers and hashes', () => {
    const text = `Your appointment is on 12.11.2026 at 14:00. Order 1234567890123456789012345678901234.
Commit 3f9a2c1d0e8b7a6f5e4d3c2b1a0f9e8d7c6b5a49 and 0x${'ab'.repeat(32)} and Mississippi Lorem ipsum.`;
    expect(findPaymentAddresses(text)).toEqual([]);
  });

  it('does not report a string that fails its checksum', () => {
    expect(findPaymentAddresses(`pay ${BTC_P2PKH.slice(0, -1)}b now`)).toEqual([]);
    expect(findPaymentAddresses(`pay ${'bc1qW508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4'} now`)).toEqual([]);
  });

  it('does not take an address out of a longer run of letters', () => {
    expect(findPaymentAddresses(`x${BTC_P2PKH}`)).toEqual([]);
    expect(findPaymentAddresses(`${BTC_P2PKH}x`)).toEqual([]);
  });

  it('deduplicates by lookup key and caps the result', () => {
    const upper = SEGWIT_VALID[0]!.address;
    const lower = SEGWIT_VALID[1]!.address;
    expect(findPaymentAddresses(`${upper} and again ${lower}`)).toHaveLength(1);
    expect(findPaymentAddresses(`${BTC_P2PKH} ${BTC_P2PKH}`)).toHaveLength(1);
  });
});

describe('findPaymentAddresses: payment URIs', () => {
  it('reads bitcoin: URIs with an amount', () => {
    expect(findPaymentAddresses(`Pay here: bitcoin:${BTC_P2SH}?amount=0.0213&label=Vahinko`)).toEqual([
      { coin: 'btc', address: BTC_P2SH, kind: 'p2sh', via: 'uri', amount: '0.0213' },
    ]);
    expect(findPaymentAddresses(`BITCOIN:${SEGWIT_VALID[0]!.address}?label=x&amount=1`)).toEqual([
      { coin: 'btc', address: SEGWIT_VALID[0]!.address, kind: 'p2wpkh', via: 'uri', amount: '1' },
    ]);
  });

  it('reports a URI without amount, and ignores an amount that is not a number', () => {
    expect(findPaymentAddresses(`bitcoin:${BTC_P2PKH}`)).toEqual([
      { coin: 'btc', address: BTC_P2PKH, kind: 'p2pkh', via: 'uri' },
    ]);
    expect(findPaymentAddresses(`bitcoin:${BTC_P2PKH}?amount=lots`)[0]).not.toHaveProperty('amount');
  });

  it('classifies by decoding, not by the URI scheme', () => {
    expect(findPaymentAddresses(`bitcoin:${LTC_P2WPKH}?amount=2`)).toEqual([
      { coin: 'ltc', address: LTC_P2WPKH, kind: 'p2wpkh', via: 'uri', amount: '2' },
    ]);
    expect(findPaymentAddresses(`monero:${XMR_INTEGRATED}?tx_amount=1.5`)).toEqual([
      { coin: 'xmr', address: XMR_INTEGRATED, kind: 'integrated', via: 'uri', amount: '1.5' },
    ]);
  });

  it('rejects a URI whose address fails its checksum', () => {
    expect(findPaymentAddresses(`bitcoin:${BTC_P2PKH.slice(0, -1)}c?amount=1`)).toEqual([]);
  });
});

describe('findPaymentAddresses: obfuscation', () => {
  it('re-joins an address split by spaces, hyphens or a line break', () => {
    const a = BTC_P2PKH;
    const cases = [
      `${a.slice(0, 10)} ${a.slice(10, 20)} ${a.slice(20)}`,
      `${a.slice(0, 17)}-${a.slice(17)}`,
      `${a.slice(0, 17)}\n${a.slice(17)}`,
      `${a.slice(0, 17)}\r\n${a.slice(17)}`,
      `${a.slice(0, 8)} - ${a.slice(8, 16)} - ${a.slice(16, 24)} - ${a.slice(24)}`,
      [...a].join(' '),
    ];
    for (const split of cases) {
      expect(findPaymentAddresses(`Maksa osoitteeseen: ${split} heti.`), split).toEqual([
        { coin: 'btc', address: a, kind: 'p2pkh', via: 'rejoined' },
      ]);
    }
  });

  it('re-joins wrapped bech32, Ethereum and Monero addresses', () => {
    const lines = (s: string, width: number) => chunk(s, width).join("\n");
    expect(findPaymentAddresses(lines(P2WSH, 40))[0]).toMatchObject({ address: P2WSH, via: 'rejoined' });
    expect(findPaymentAddresses(lines(EIP55_VALID[1]!, 21))[0]).toMatchObject({ address: EIP55_VALID[1], via: 'rejoined' });
    expect(findPaymentAddresses(lines(XMR_INTEGRATED, 30))[0]).toMatchObject({ address: XMR_INTEGRATED, via: 'rejoined' });
  });

  it('re-joins when the split falls right after the prefix', () => {
    const taproot = SEGWIT_VALID[3]!.address;
    expect(findPaymentAddresses(`bc1 ${taproot.slice(3)}`)[0]).toMatchObject({ address: taproot, via: 'rejoined' });
    const eth = EIP55_VALID[2]!;
    expect(findPaymentAddresses(`0x ${eth.slice(2)}`)[0]).toMatchObject({ address: eth, via: 'rejoined' });
  });

  it('does not cut an unchecksummed Ethereum address out of a longer split hex run', () => {
    const hash = `0x${'0123456789abcdef'.repeat(4)}`;
    expect(findPaymentAddresses(`${hash.slice(0, 20)} ${hash.slice(20, 42)} ${hash.slice(42)}`)).toEqual([]);
    expect(findPaymentAddresses(`${hash.slice(0, 20)} ${hash.slice(20, 42)}`)[0]).toMatchObject({
      coin: 'eth',
      kind: 'unchecksummed',
      via: 'rejoined',
    });
  });

  it('does not join pieces that do not validate together', () => {
    const a = BTC_P2PKH;
    expect(findPaymentAddresses(`${a.slice(0, 17)} ${a.slice(18)}`)).toEqual([]);
    expect(findPaymentAddresses(`${a.slice(0, 17)}. Then ${a.slice(17)}`)).toEqual([]);
    // A gap that holds more than separators (a word, other punctuation, too many separators)
    // is never bridged.
    expect(findPaymentAddresses(`${a.slice(0, 17)} and ${a.slice(17)}`)).toEqual([]);
    expect(findPaymentAddresses(`${a.slice(0, 17)}: ${a.slice(17)}`)).toEqual([]);
    expect(findPaymentAddresses(`${a.slice(0, 17)} / ${a.slice(17)}`)).toEqual([]);
    expect(findPaymentAddresses(`${a.slice(0, 17)}(${a.slice(17)})`)).toEqual([]);
    expect(findPaymentAddresses(`${a.slice(0, 17)} - - ${a.slice(17)}`)).toEqual([]);
  });

  it('finds an address with a Cyrillic look-alike inside it', () => {
    // Cyrillic е (U+0435) and с (U+0441) for Latin e and c in the BIP-350 taproot vector.
    const taproot = SEGWIT_VALID[3]!.address;
    const disguised = taproot.replace('e', '\u0435').replace('c', '\u0441');
    expect(disguised).not.toBe(taproot);
    expect(findPaymentAddresses(`Pay ${disguised} today`)).toEqual([
      { coin: 'btc', address: taproot, kind: 'p2tr', via: 'lookalike' },
    ]);
    // Cyrillic А for Latin A and Greek ο for Latin o in a Base58 address.
    const p2pkh = '1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2';
    expect(findPaymentAddresses(`Pay ${BTC_P2PKH.replace('A', '\u0410')}`)[0]).toMatchObject({
      address: BTC_P2PKH,
      via: 'lookalike',
    });
    expect(findPaymentAddresses(`Pay ${p2pkh.replace('A', '\u0410')}`)[0]).toMatchObject({ address: p2pkh, via: 'lookalike' });
    // Cyrillic о (U+043E) for a Latin o in a Monero address.
    const xmrWithO = XMR_STANDARD.indexOf('o');
    expect(xmrWithO).toBeGreaterThan(0);
    const xmrDisguised = XMR_STANDARD.slice(0, xmrWithO) + '\u043E' + XMR_STANDARD.slice(xmrWithO + 1);
    expect(findPaymentAddresses(`XMR: ${xmrDisguised}`)[0]).toMatchObject({ address: XMR_STANDARD, via: 'lookalike' });
  });

  it('finds an address with zero-width characters inside it, even in text that was not normalised', () => {
    const hidden = `${BTC_P2PKH.slice(0, 5)}\u200B${BTC_P2PKH.slice(5, 20)}\u2060\u00AD${BTC_P2PKH.slice(20)}`;
    expect(findPaymentAddresses(`Pay ${hidden}`)).toEqual([
      { coin: 'btc', address: BTC_P2PKH, kind: 'p2pkh', via: 'plain' },
    ]);
  });

  it('finds full-width characters through NFKC', () => {
    const fullWidth = [...BTC_P2SH].map((c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0)).join('');
    expect(findPaymentAddresses(fullWidth)[0]).toMatchObject({ address: BTC_P2SH });
  });

  it('reports at most 100 addresses', () => {
    const many = Array.from({ length: 150 }, (_, i) => {
      const hex = i.toString(16).padStart(40, '0');
      return `0x${hex}`;
    }).join(' , ');
    expect(findPaymentAddresses(many)).toHaveLength(MAX_FOUND_ADDRESSES);
  });
});

function chunk(s: string, width: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < s.length; i += width) out.push(s.slice(i, i + width));
  return out;
}

describe('findPaymentAddressesInNormalized', () => {
  it('finds what findPaymentAddresses finds, given the text normalizeText made of it', () => {
    const addresses = [BTC_P2PKH, BTC_P2SH, LTC_P2WPKH, EIP55_VALID[0]!, XMR_INTEGRATED, P2WSH];
    // Mail text around real addresses, some of them split by invisible characters or spaces.
    const piece = fc.oneof(mailText(40), fc.constantFrom(...addresses), fc.constantFrom(...addresses).map((a) => `${a.slice(0, 10)}\u200B ${a.slice(10)}`));
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 8 }), (pieces) => {
        const text = pieces.join(' ');
        expect(findPaymentAddressesInNormalized(normalizeText(text))).toEqual(findPaymentAddresses(text));
      }),
      { numRuns: 300 },
    );
  });
});
