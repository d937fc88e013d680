/**
 * Fresh, valid payment addresses for the synthetic corpus, derived from a seed word so that
 * rebuilding the corpus gives the same bytes. They stand in for Vastaamo's one-address-per-
 * victim practice: valid checksums, owned by nobody we know of, in no list.
 * The bytes are a hash of the seed, not keys: nobody holds a private key for them.
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { keccak_256 } from '@noble/hashes/sha3.js';
import { base58xmr, bech32, bech32m, createBase58check } from '@scure/base';

const base58check = createBase58check(sha256);
const enc = new TextEncoder();

function seedBytes(seed: string, n: number): Uint8Array {
  const out = new Uint8Array(n);
  let block = sha256(enc.encode(`vahti-corpus:${seed}`));
  for (let i = 0; i < n; i += 32) {
    out.set(block.subarray(0, Math.min(32, n - i)), i);
    block = sha256(block);
  }
  return out;
}

function withVersion(version: number, payload: Uint8Array): Uint8Array {
  const out = new Uint8Array(payload.length + 1);
  out[0] = version;
  out.set(payload, 1);
  return out;
}

export const freshBtcP2pkh = (seed: string): string => base58check.encode(withVersion(0x00, seedBytes(seed, 20)));
export const freshBtcP2sh = (seed: string): string => base58check.encode(withVersion(0x05, seedBytes(seed, 20)));
export const freshLtcP2pkh = (seed: string): string => base58check.encode(withVersion(0x30, seedBytes(seed, 20)));
export const freshBtcBech32 = (seed: string): string => bech32.encode('bc', [0, ...bech32.toWords(seedBytes(seed, 20))]);
export const freshBtcTaproot = (seed: string): string => bech32m.encode('bc', [1, ...bech32m.toWords(seedBytes(seed, 32))]);

/** EIP-55 mixed-case checksum over the lower-case hex. */
export function freshEth(seed: string): string {
  const hex = Array.from(seedBytes(seed, 20), (b) => b.toString(16).padStart(2, '0')).join('');
  const hash = keccak_256(enc.encode(hex));
  let out = '0x';
  for (let i = 0; i < 40; i++) {
    const nibble = (hash[i >> 1]! >> (i % 2 === 0 ? 4 : 0)) & 0xf;
    out += nibble >= 8 ? hex[i]!.toUpperCase() : hex[i]!;
  }
  return out;
}

/** Monero standard address: net byte 18, two 32-byte keys, 4-byte Keccak checksum. */
export function freshXmr(seed: string): string {
  const body = withVersion(18, seedBytes(seed, 64));
  const check = keccak_256(body).subarray(0, 4);
  const all = new Uint8Array(body.length + 4);
  all.set(body);
  all.set(check, body.length);
  return base58xmr.encode(all);
}

/**
 * Addresses from the public 2018–2019 sextortion list (scripts/list-sources/default/addresses/sextortion-btc-2018-2019.txt,
 * the same list the default list is built from), by line number there. Copied here so that the
 * corpus builds on a fresh clone; `listedSextortionAddress` checks the checksum.
 */
const LISTED: Readonly<Record<number, string>> = {
  11: '1MX99GWJPjFZHwj3F18L9BJecgz6L2dSQt',
  41: '1Nte7t1rNpciG4oE9KHpBGYmTNcU6HE2sY',
  101: '1GHgC6xmRzWufZUMT4dL36d27aCP75Wm5g',
  501: '1ArBsjdwP9wsBoQv8bhXDw7GMeMEfT5ZD',
  1001: '1CuiAt2mhEK4y61gugf4edHgKPxXc64bwD',
};

export function listedSextortionAddress(line: number): string {
  const address = LISTED[line];
  if (address === undefined) throw new Error(`no listed address copied for line ${line}`);
  base58check.decode(address);
  return address;
}
