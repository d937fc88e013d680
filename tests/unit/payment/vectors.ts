// Published test vectors and known addresses used by the payment tests, with their sources.
import { sha256 } from '@noble/hashes/sha2.js';
import { bech32, bech32m, createBase58check } from '@scure/base';

export const BTC_P2PKH = '1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa'; // genesis block coinbase address
export const BTC_P2SH = '3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy'; // common BIP-13 example

// BIP-173 / BIP-350 valid mainnet segwit addresses.
export const SEGWIT_VALID: readonly { address: string; kind: string }[] = [
  { address: 'BC1QW508D6QEJXTDG4Y5R3ZARVARY0C5XW7KV8F3T4', kind: 'p2wpkh' },
  { address: 'bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4', kind: 'p2wpkh' },
  { address: 'bc1qrp33g0q5c5txsp9arysrx4k6zdkfs4nce4xj0gdcccefvpysxf3qccfmv3', kind: 'p2wsh' },
  { address: 'bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vqzk5jj0', kind: 'p2tr' },
  {
    address: 'bc1pw508d6qejxtdg4y5r3zarvary0c5xw7kw508d6qejxtdg4y5r3zarvary0c5xw7kt5nd6y',
    kind: 'witness-unknown',
  },
  { address: 'BC1SW50QGDZ25J', kind: 'witness-unknown' },
  { address: 'bc1zw508d6qejxtdg4y5r3zarvaryvaxxpcs', kind: 'witness-unknown' },
];

// BIP-350 invalid segwit addresses (mainnet ones), with the reason from the BIP.
export const SEGWIT_INVALID: readonly { address: string; reason: string }[] = [
  { address: 'tc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vq5zuyut', reason: 'invalid human-readable part' },
  { address: 'bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vqh2y7hd', reason: 'v1 with Bech32 checksum' },
  { address: 'BC1S0XLXVLHEMJA6C4DQV22UAPCTQUPFHLXM9H8Z3K2E72Q4K9HCZ7VQ54WELL', reason: 'v16 with Bech32 checksum' },
  { address: 'bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kemeawh', reason: 'v0 with Bech32m checksum' },
  { address: 'bc1p38j9r5y49hruaue7wxjce0updqjuyyx0kh56v8s25huc6995vvpql3jow4', reason: 'invalid character in checksum' },
  { address: 'BC130XLXVLHEMJA6C4DQV22UAPCTQUPFHLXM9H8Z3K2E72Q4K9HCZ7VQ7ZWS8R', reason: 'invalid witness version' },
  { address: 'bc1pw5dgrnzv', reason: 'program length 1 byte' },
  {
    address: 'bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7v8n0nx0muaewav253zgeav',
    reason: 'program length 41 bytes',
  },
  { address: 'BC1QR508D6QEJXTDG4Y5R3ZARVARYV98GJ9P', reason: 'v0 program of 16 bytes' },
  {
    address: 'bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7v07qwwzcrf',
    reason: 'zero padding of more than 4 bits',
  },
  { address: 'bc1gmk9yu', reason: 'empty data section' },
  { address: 'bc1qW508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4', reason: 'mixed case' },
  // Testnet is not a payment target in mail; it is not reported.
  { address: 'tb1qrp33g0q5c5txsp9arysrx4k6zdkfs4nce4xj0gdcccefvpysxf3q0sl5k7', reason: 'testnet' },
];

// EIP-55 examples from the EIP text.
export const EIP55_VALID = [
  '0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed',
  '0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d359',
  '0xdbF03B407c01E7cD3CBea99509d93f8DDDC8C6FB',
  '0xD1220A0cf47c7B9Be7A2E6BA89F429762e7b9aDb',
];
export const ETH_UNCHECKSUMMED = [
  '0x52908400098527886E0F7030069857D2E4169EE7',
  '0x8617E340B3D01FA5F11F306F4090FD50E238070D',
  '0xde709f2102306220921060314715629080e2fb77',
  '0x27b1fdb04752bbc536007a920d24acb045561c26',
];

// Monero: the project's donation address (standard) and the examples from the Monero docs.
export const XMR_STANDARD =
  '44AFFq5kSiGBoZ4NMDwYtN18obc8AemS33DBLWs3H7otXft3XjrpDtQGv7SqSsaBYBb98uNbr2VBBEt7f2wfn3RVGQBEP3A';
export const XMR_INTEGRATED =
  '4LL9oSLmtpccfufTMvppY6JwXNouMBzSkbLYfpAV5Usx3skxNgYeYTRj5UzqtReoS44qo9mtmXCqY45DJ852K5Jv2bYXZKKQePHES9khPK';
export const XMR_SUBADDRESS =
  '888tNkZrPN6JsEgekjMnABU4TBzc2Dt29EPAvkRxbANsAnjyPbb3iQ1YBRk1UXcdRsiKc9dhwMVgN5S9cQUiyoogDavup3H';

const base58check = createBase58check(sha256);
const hash20 = Uint8Array.from({ length: 20 }, (_, i) => (i * 37 + 11) & 0xff);

/** Litecoin addresses built from a fixed 20-byte hash with the Litecoin version bytes. */
export const LTC_P2PKH = base58check.encode(Uint8Array.from([0x30, ...hash20]));
export const LTC_P2SH = base58check.encode(Uint8Array.from([0x32, ...hash20]));
export const LTC_P2WPKH = bech32.encode('ltc', [0, ...bech32.toWords(hash20)]);
export const LTC_P2TR = bech32m.encode('ltc', [1, ...bech32m.toWords(new Uint8Array(32).fill(7))]);
