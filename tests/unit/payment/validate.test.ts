import { describe, expect, it } from 'vitest';
import { classifyAddress, paymentKey, validateAddress } from '../../../utils/core/payment/validate';
import {
  BTC_P2PKH,
  BTC_P2SH,
  EIP55_VALID,
  ETH_UNCHECKSUMMED,
  LTC_P2PKH,
  LTC_P2SH,
  LTC_P2TR,
  LTC_P2WPKH,
  SEGWIT_INVALID,
  SEGWIT_VALID,
  XMR_INTEGRATED,
  XMR_STANDARD,
  XMR_SUBADDRESS,
} from './vectors';

describe('Bitcoin Base58Check', () => {
  it('accepts P2PKH and P2SH', () => {
    expect(classifyAddress(BTC_P2PKH)).toEqual({ coin: 'btc', kind: 'p2pkh' });
    expect(classifyAddress(BTC_P2SH)).toEqual({ coin: 'btc', kind: 'p2sh' });
    expect(validateAddress('btc', BTC_P2PKH)).toBe(true);
  });

  it('rejects a changed character, a case change, a cut and a character outside Base58', () => {
    expect(classifyAddress(BTC_P2PKH.replace('zP1', 'zP2'))).toBeNull();
    expect(classifyAddress(BTC_P2PKH.slice(0, 5) + BTC_P2PKH.slice(5).toLowerCase())).toBeNull();
    expect(classifyAddress(BTC_P2PKH.toUpperCase())).toBeNull();
    expect(classifyAddress(BTC_P2PKH.slice(0, -1))).toBeNull();
    expect(classifyAddress(BTC_P2PKH.replace('z', '0'))).toBeNull();
    expect(classifyAddress('')).toBeNull();
  });
});

describe('Bitcoin segwit (BIP-173 / BIP-350)', () => {
  it.each(SEGWIT_VALID)('accepts $address', ({ address, kind }) => {
    expect(classifyAddress(address)).toEqual({ coin: 'btc', kind });
  });

  it.each(SEGWIT_INVALID)('rejects $address ($reason)', ({ address }) => {
    expect(classifyAddress(address)).toBeNull();
  });
});

describe('Litecoin', () => {
  it('classifies L, M and ltc1 addresses as ltc by decoding them', () => {
    expect(LTC_P2PKH.startsWith('L')).toBe(true);
    expect(LTC_P2SH.startsWith('M')).toBe(true);
    expect(classifyAddress(LTC_P2PKH)).toEqual({ coin: 'ltc', kind: 'p2pkh' });
    expect(classifyAddress(LTC_P2SH)).toEqual({ coin: 'ltc', kind: 'p2sh' });
    expect(classifyAddress(LTC_P2WPKH)).toEqual({ coin: 'ltc', kind: 'p2wpkh' });
    expect(classifyAddress(LTC_P2TR)).toEqual({ coin: 'ltc', kind: 'p2tr' });
    expect(validateAddress('btc', LTC_P2PKH)).toBe(false);
  });

  it('treats a legacy 3… address as btc, still valid for ltc, with one key for both', () => {
    expect(classifyAddress(BTC_P2SH)?.coin).toBe('btc');
    expect(validateAddress('ltc', BTC_P2SH)).toBe(true);
    expect(paymentKey('ltc', BTC_P2SH)).toBe(paymentKey('btc', BTC_P2SH));
  });

  it('rejects a corrupted ltc1 address', () => {
    expect(classifyAddress(LTC_P2WPKH.slice(0, -1) + (LTC_P2WPKH.endsWith('q') ? 'p' : 'q'))).toBeNull();
  });
});

describe('Ethereum (EIP-55)', () => {
  it.each(EIP55_VALID)('accepts the checksummed %s', (address) => {
    expect(classifyAddress(address)).toEqual({ coin: 'eth', kind: 'eip55' });
  });

  it.each(ETH_UNCHECKSUMMED)('accepts the single-case %s as unchecksummed', (address) => {
    expect(classifyAddress(address)).toEqual({ coin: 'eth', kind: 'unchecksummed' });
  });

  it('rejects a mixed-case address whose checksum is wrong, and wrong lengths', () => {
    const [first] = EIP55_VALID;
    // Flip the case of one letter: 'a' (index 2) becomes 'A'.
    expect(classifyAddress(first!.slice(0, 3) + first!.charAt(3).toUpperCase() + first!.slice(4))).toBeNull();
    expect(classifyAddress(first!.slice(0, -1))).toBeNull();
    expect(classifyAddress(first + 'a')).toBeNull();
    expect(classifyAddress('0x' + 'g'.repeat(40))).toBeNull();
  });
});

describe('Monero', () => {
  it('accepts standard, subaddress and integrated addresses', () => {
    expect(classifyAddress(XMR_STANDARD)).toEqual({ coin: 'xmr', kind: 'standard' });
    expect(classifyAddress(XMR_SUBADDRESS)).toEqual({ coin: 'xmr', kind: 'subaddress' });
    expect(classifyAddress(XMR_INTEGRATED)).toEqual({ coin: 'xmr', kind: 'integrated' });
  });

  it('rejects a changed character and wrong lengths', () => {
    const changed = XMR_STANDARD.slice(0, 50) + (XMR_STANDARD.charAt(50) === 'a' ? 'b' : 'a') + XMR_STANDARD.slice(51);
    expect(classifyAddress(changed)).toBeNull();
    expect(classifyAddress(XMR_STANDARD.slice(0, -1))).toBeNull();
    expect(classifyAddress(XMR_INTEGRATED.slice(0, 95))).toBeNull();
  });
});

describe('paymentKey', () => {
  it('lower-cases bech32 and Ethereum but keeps Base58 exactly', () => {
    expect(paymentKey('btc', 'BC1QW508D6QEJXTDG4Y5R3ZARVARY0C5XW7KV8F3T4')).toBe(
      'btc:bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4',
    );
    expect(paymentKey('eth', EIP55_VALID[0]!)).toBe(`eth:${EIP55_VALID[0]!.toLowerCase()}`);
    expect(paymentKey('btc', BTC_P2PKH)).toBe(`btc:${BTC_P2PKH}`);
    expect(paymentKey('xmr', XMR_STANDARD)).toBe(`xmr:${XMR_STANDARD}`);
    expect(paymentKey('ltc', LTC_P2WPKH.toUpperCase())).toBe(`ltc:${LTC_P2WPKH}`);
  });
});
