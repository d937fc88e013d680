/**
 * Payment-address validation. Owns: deciding whether a string is a real address (checksum and
 * structure verified with @scure/base and @noble/hashes), which coin and kind it is, and the
 * canonical lookup key. Must not: search text (see find.ts), repair or case-fold Base58, or
 * accept a string whose checksum fails.
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { keccak_256 } from '@noble/hashes/sha3.js';
import { base58, base58xmr, bech32, bech32m, createBase58check } from '@scure/base';
import type { Coin } from './coin';

export type AddressKind =
  | 'p2pkh'
  | 'p2sh'
  | 'p2wpkh'
  | 'p2wsh'
  | 'p2tr'
  | 'witness-unknown'
  | 'eip55'
  | 'unchecksummed'
  | 'standard'
  | 'subaddress'
  | 'integrated';

export type AddressClass = { coin: Coin; kind: AddressKind };

const base58check = createBase58check(sha256);

const BASE58_VERSIONS: ReadonlyMap<number, AddressClass> = new Map([
  [0x00, { coin: 'btc', kind: 'p2pkh' }],
  // Litecoin's legacy P2SH also used 0x05; the string cannot tell the two apart, so it is btc.
  [0x05, { coin: 'btc', kind: 'p2sh' }],
  [0x30, { coin: 'ltc', kind: 'p2pkh' }],
  [0x32, { coin: 'ltc', kind: 'p2sh' }],
]);

const SEGWIT_HRP: ReadonlyMap<string, Coin> = new Map([
  ['bc', 'btc'],
  ['ltc', 'ltc'],
]);

const MONERO_NET_BYTES: ReadonlyMap<number, { kind: AddressKind; bytes: number }> = new Map([
  [18, { kind: 'standard', bytes: 69 }],
  [42, { kind: 'subaddress', bytes: 69 }],
  [19, { kind: 'integrated', bytes: 77 }],
]);

const BASE58_CHARS = /^[1-9A-HJ-NP-Za-km-z]+$/;
const HEX40 = /^0x[0-9a-fA-F]{40}$/;
// BIP-173: at most 90 characters, including the human-readable part.
const BECH32_MAX = 90;

function classifyBase58check(s: string): AddressClass | null {
  if (s.length < 25 || s.length > 35 || !BASE58_CHARS.test(s)) return null;
  // Length and version first: plain decoding is cheap, the double SHA-256 is not, and most
  // candidates in mail text fail here.
  let raw: Uint8Array;
  try {
    raw = base58.decode(s);
  } catch {
    return null;
  }
  if (raw.length !== 25) return null;
  const found = BASE58_VERSIONS.get(raw[0] ?? -1);
  if (!found) return null;
  try {
    base58check.decode(s);
  } catch {
    return null;
  }
  return found;
}

function classifySegwit(s: string): AddressClass | null {
  if (s.length > BECH32_MAX) return null;
  const lower = s.toLowerCase();
  // BIP-173: all-lower or all-upper only; a mixed-case string is invalid.
  if (s !== lower && s !== s.toUpperCase()) return null;
  const separator = lower.lastIndexOf('1');
  const coin = SEGWIT_HRP.get(lower.slice(0, separator));
  if (coin === undefined) return null;
  const asBech32 = bech32.decodeUnsafe(lower, BECH32_MAX);
  const asBech32m = asBech32 ? undefined : bech32m.decodeUnsafe(lower, BECH32_MAX);
  const decoded = asBech32 ?? asBech32m;
  if (!decoded) return null;
  const [version, ...programWords] = decoded.words;
  if (version === undefined || version > 16) return null;
  // BIP-350: version 0 must use Bech32, versions 1–16 must use Bech32m.
  if ((version === 0) !== Boolean(asBech32)) return null;
  const program = bech32.fromWordsUnsafe(programWords);
  if (!program || program.length < 2 || program.length > 40) return null;
  if (version === 0) {
    if (program.length === 20) return { coin, kind: 'p2wpkh' };
    if (program.length === 32) return { coin, kind: 'p2wsh' };
    return null;
  }
  if (version === 1 && program.length === 32) return { coin, kind: 'p2tr' };
  return { coin, kind: 'witness-unknown' };
}

/** EIP-55: a hex letter is upper case exactly when its nibble of keccak256(lower-case hex) is ≥ 8. */
function hasEip55Checksum(address: string): boolean {
  const hex = address.slice(2);
  const hash = keccak_256(new TextEncoder().encode(hex.toLowerCase()));
  for (let i = 0; i < hex.length; i++) {
    const ch = hex.charAt(i);
    if (ch >= '0' && ch <= '9') continue;
    const byte = hash[i >> 1] ?? 0;
    const nibble = i % 2 === 0 ? byte >> 4 : byte & 0x0f;
    if ((nibble >= 8) !== (ch >= 'A' && ch <= 'F')) return false;
  }
  return true;
}

function classifyEthereum(s: string): AddressClass | null {
  if (!HEX40.test(s)) return null;
  const hex = s.slice(2);
  if (hex === hex.toLowerCase() || hex === hex.toUpperCase()) return { coin: 'eth', kind: 'unchecksummed' };
  return hasEip55Checksum(s) ? { coin: 'eth', kind: 'eip55' } : null;
}

/** Monero's first 11-character block holds the network byte: a cheap first test of a candidate. */
export const MONERO_HEAD_LENGTH = 11;

export function hasMoneroNetworkByte(s: string): boolean {
  if (s.length < MONERO_HEAD_LENGTH) return false;
  try {
    return MONERO_NET_BYTES.has(base58xmr.decode(s.slice(0, MONERO_HEAD_LENGTH))[0] ?? -1);
  } catch {
    return false;
  }
}

function classifyMonero(s: string): AddressClass | null {
  if ((s.length !== 95 && s.length !== 106) || !BASE58_CHARS.test(s)) return null;
  let bytes: Uint8Array;
  try {
    if (!hasMoneroNetworkByte(s)) return null;
    bytes = base58xmr.decode(s);
  } catch {
    return null;
  }
  const net = MONERO_NET_BYTES.get(bytes[0] ?? -1);
  if (!net || bytes.length !== net.bytes) return null;
  const body = bytes.subarray(0, bytes.length - 4);
  const checksum = keccak_256(body);
  for (let i = 0; i < 4; i++) if (checksum[i] !== bytes[body.length + i]) return null;
  return { coin: 'xmr', kind: net.kind };
}

/** Which coin and kind `s` is, decided by decoding it; null unless it is a valid address. */
export function classifyAddress(s: string): AddressClass | null {
  const first = s.charAt(0);
  if (first === '0') return classifyEthereum(s);
  if (s.length >= 95) return classifyMonero(s);
  const lower = s.slice(0, 4).toLowerCase();
  if (lower.startsWith('bc1') || lower.startsWith('ltc1')) {
    const segwit = classifySegwit(s);
    if (segwit) return segwit;
  }
  return classifyBase58check(s);
}

/** Litecoin's legacy `3…` P2SH strings are the same bytes as Bitcoin P2SH. */
function isLegacyLitecoinP2sh(found: AddressClass | null): boolean {
  return found?.coin === 'btc' && found.kind === 'p2sh';
}

/** Whether `s` is a valid address of `coin` (a legacy `3…` P2SH counts for ltc as well). */
export function validateAddress(coin: Coin, s: string): boolean {
  const found = classifyAddress(s);
  if (found?.coin === coin) return true;
  return coin === 'ltc' && isLegacyLitecoinP2sh(found);
}

/**
 * The exact-match lookup key. Bech32 and Ethereum hex are case-insensitive, so they are
 * lower-cased; Base58 is case-sensitive and kept as is. A legacy Litecoin `3…` address keys as
 * btc, because the same string is found in mail as a Bitcoin P2SH address.
 */
export function paymentKey(coin: Coin, address: string): string {
  const prefix = address.slice(0, 4).toLowerCase();
  const caseless = coin === 'eth' || prefix.startsWith('bc1') || prefix.startsWith('ltc1');
  if (caseless) return `${coin}:${address.toLowerCase()}`;
  if (coin === 'ltc' && address.startsWith('3') && isLegacyLitecoinP2sh(classifyAddress(address))) {
    return `btc:${address}`;
  }
  return `${coin}:${address}`;
}
