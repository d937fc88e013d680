/**
 * Finding payment addresses in mail text. Owns: candidate extraction in one bounded pass over
 * the text, including addresses hidden with look-alike letters, split by spaces, hyphens or a
 * line break, and wrapped in payment URIs. Must not: accept anything that validate.ts rejects,
 * build regular expressions from data, or "repair" an address (only exact re-joins that
 * validate are accepted).
 */
import type { Coin } from './coin';
import { foldLookalikes, normalizeText } from '../text/normalize';
import { classifyAddress, hasMoneroNetworkByte, MONERO_HEAD_LENGTH, paymentKey } from './validate';

export type FoundVia = 'plain' | 'uri' | 'rejoined' | 'lookalike';

export type FoundAddress = {
  coin: Coin;
  address: string;
  kind: string;
  via: FoundVia;
  amount?: string;
};

export { classifyAddress, validateAddress } from './validate';

export const MAX_FOUND_ADDRESSES = 100;

/** A gap between pieces of a split address: a few separator characters, nothing else. */
const MAX_GAP_LENGTH = 3;
const MAX_CACHED_VERDICTS = 10_000;
const GAP_CHARS = new Set([' ', '\n', '\t', '-', '_', '.', ',', '|', '·', '•', '‐', '‑', '‒', '–', '—']);
// The same characters as GAP_CHARS, for removing the gaps of a re-joined candidate.
const GAP_RUN = /[ \n\t\-_.,|·•‐‑‒–—]+/g;

// Character classes per ASCII code, as bits, so that each token is classified once.
const B58 = 1;
const BECH32 = 2;
const HEX = 4;
const CHAR_CLASS = new Uint8Array(128);
for (const ch of '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz') CHAR_CLASS[ch.charCodeAt(0)]! |= B58;
for (const ch of 'qpzry9x8gf2tvdw0s3jn54khce6mua7l') {
  CHAR_CLASS[ch.charCodeAt(0)]! |= BECH32;
  CHAR_CLASS[ch.toUpperCase().charCodeAt(0)]! |= BECH32;
}
for (const ch of '0123456789abcdefABCDEF') CHAR_CLASS[ch.charCodeAt(0)]! |= HEX;

/** What a candidate starting with a given token may be: its alphabet and possible lengths. */
type Shape = {
  alphabet: number;
  prefixLength: number;
  minLength: number;
  maxLength: number;
  lengths?: ReadonlySet<number>;
  /** Shortest length tried for a re-joined candidate, when shorter than minLength is unrealistic. */
  rejoinMinLength?: number;
  /** A cheap test of the first characters, so that long walks stop early on junk. */
  head?: { length: number; plausible: (head: string) => boolean };
};

const MONERO_HEAD = { length: MONERO_HEAD_LENGTH, plausible: hasMoneroNetworkByte };

// P2PKH can be 26–34 characters, but below 33 only when the hash starts with zero bytes
// (vanity addresses). Those are accepted as one token; re-joins try 33 and 34, which keeps the
// number of checksum computations per token small on hostile input.
const P2PKH_SHAPE: Shape = { alphabet: B58, prefixLength: 0, minLength: 26, maxLength: 34, rejoinMinLength: 33 };
const BASE58_34_SHAPE: Shape = { alphabet: B58, prefixLength: 0, minLength: 34, maxLength: 34 };
const MONERO_SHAPE: Shape = {
  alphabet: B58,
  prefixLength: 0,
  minLength: 95,
  maxLength: 106,
  lengths: new Set([95, 106]),
  head: MONERO_HEAD,
};
const SUBADDRESS_SHAPE: Shape = { alphabet: B58, prefixLength: 0, minLength: 95, maxLength: 95, head: MONERO_HEAD };
// Segwit: witness programs of 2–40 bytes give 14–74 characters after "bc1" (15–75 for ltc1).
const BC_SHAPE: Shape = { alphabet: BECH32, prefixLength: 3, minLength: 14, maxLength: 74 };
const LTC_SEGWIT_SHAPE: Shape = { alphabet: BECH32, prefixLength: 4, minLength: 15, maxLength: 75 };
const ETH_SHAPE: Shape = { alphabet: HEX, prefixLength: 2, minLength: 42, maxLength: 42 };

const NO_SHAPES: readonly Shape[] = [];
const ONLY: ReadonlyMap<Shape, readonly Shape[]> = new Map(
  [P2PKH_SHAPE, BASE58_34_SHAPE, MONERO_SHAPE, SUBADDRESS_SHAPE, BC_SHAPE, LTC_SEGWIT_SHAPE, ETH_SHAPE].map((shape) => [shape, [shape]]),
);
const LTC_SEGWIT_OR_BASE58: readonly Shape[] = [LTC_SEGWIT_SHAPE, BASE58_34_SHAPE];
// What a token's first character allows, per ASCII code, built once: `shapesAt` runs for every
// token of the text. The ones that may also open a prefix ("bc1", "ltc1", "0x") are marked.
const FIRST_CHAR_SHAPE: (Shape | undefined)[] = Array.from({ length: 128 }, () => undefined);
FIRST_CHAR_SHAPE[0x31] = P2PKH_SHAPE; // 1
FIRST_CHAR_SHAPE[0x33] = BASE58_34_SHAPE; // 3
FIRST_CHAR_SHAPE[0x4c] = BASE58_34_SHAPE; // L
FIRST_CHAR_SHAPE[0x4d] = BASE58_34_SHAPE; // M
FIRST_CHAR_SHAPE[0x34] = MONERO_SHAPE; // 4
FIRST_CHAR_SHAPE[0x38] = SUBADDRESS_SHAPE; // 8
const PREFIX_FIRST = new Uint8Array(128);
for (const ch of 'bBlL0') PREFIX_FIRST[ch.charCodeAt(0)] = 1;

/** ASCII lower case of one code unit (only letters change). */
const lower = (code: number): number => (code >= 0x41 && code <= 0x5a ? code + 0x20 : code);

/**
 * The shapes a token may start, most specific first: a segwit or hex prefix ("bc1", "ltc1",
 * "0x", any case), then what its first character allows. Reads character codes in place, so
 * that the many tokens that can start no address cost no string.
 */
function shapesAt(text: string, start: number, end: number): readonly Shape[] {
  const c0 = text.charCodeAt(start);
  const byFirst = FIRST_CHAR_SHAPE[c0];
  if (PREFIX_FIRST[c0] !== 1) return byFirst === undefined ? NO_SHAPES : ONLY.get(byFirst)!;
  const length = end - start;
  const l0 = lower(c0);
  if (l0 === 0x62 && length >= 3 && lower(text.charCodeAt(start + 1)) === 0x63 && text.charCodeAt(start + 2) === 0x31) return ONLY.get(BC_SHAPE)!;
  if (
    l0 === 0x6c &&
    length >= 4 &&
    lower(text.charCodeAt(start + 1)) === 0x74 &&
    lower(text.charCodeAt(start + 2)) === 0x63 &&
    text.charCodeAt(start + 3) === 0x31
  ) {
    return byFirst === undefined ? ONLY.get(LTC_SEGWIT_SHAPE)! : LTC_SEGWIT_OR_BASE58;
  }
  if (c0 === 0x30 && length >= 2 && lower(text.charCodeAt(start + 1)) === 0x78) return ONLY.get(ETH_SHAPE)!;
  return byFirst === undefined ? NO_SHAPES : ONLY.get(byFirst)!;
}

/**
 * The tokens of the text being scanned, as parallel arrays reused from scan to scan: a 100 KB
 * mail has some 20,000 tokens, and one object each made the collector a large part of a scan.
 */
class TokenTable {
  count = 0;
  start = new Int32Array(1024);
  end = new Int32Array(1024);
  classes = new Uint8Array(1024);

  push(start: number, end: number, classes: number): void {
    if (this.count === this.start.length) {
      const grown = this.count * 2;
      const resize = <T extends Int32Array | Uint8Array>(from: T, to: T): T => (to.set(from), to);
      this.start = resize(this.start, new Int32Array(grown));
      this.end = resize(this.end, new Int32Array(grown));
      this.classes = resize(this.classes, new Uint8Array(grown));
    }
    this.start[this.count] = start;
    this.end[this.count] = end;
    this.classes[this.count] = classes;
    this.count++;
  }
}

const TOKENS = new TokenTable();

/** Whether a code unit belongs to a token: ASCII letters and digits (`[A-Za-z0-9]`). */
const isTokenUnit = (code: number): boolean => (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);

function classesOf(text: string, start: number, end: number): number {
  let classes = B58 | BECH32 | HEX;
  for (let i = start; i < end && classes !== 0; i++) {
    const code = text.charCodeAt(i);
    classes &= code < 128 ? (CHAR_CLASS[code] ?? 0) : 0;
  }
  return classes;
}

function isGap(text: string, from: number, to: number): boolean {
  if (to - from < 1 || to - from > MAX_GAP_LENGTH) return false;
  for (let i = from; i < to; i++) if (!GAP_CHARS.has(text.charAt(i))) return false;
  return true;
}

/** Payment URI schemes and the query parameter that carries the amount. */
const URI_SCHEMES: readonly { scheme: string; amountParam: string }[] = [
  { scheme: 'bitcoin:', amountParam: 'amount' },
  { scheme: 'litecoin:', amountParam: 'amount' },
  { scheme: 'monero:', amountParam: 'tx_amount' },
  { scheme: 'ethereum:', amountParam: 'value' },
];
const AMOUNT = /^[0-9]{1,12}(\.[0-9]{1,18})?$/;
const MAX_QUERY_LENGTH = 512;

function uriSchemeBefore(text: string, start: number): (typeof URI_SCHEMES)[number] | undefined {
  let end = start;
  if (text.slice(Math.max(0, end - 2), end) === '//') end -= 2;
  for (const entry of URI_SCHEMES) {
    const from = end - entry.scheme.length;
    if (from < 0 || text.slice(from, end).toLowerCase() !== entry.scheme) continue;
    const before = from > 0 ? text.charCodeAt(from - 1) : 32;
    if (before < 128 && (CHAR_CLASS[before] ?? 0) !== 0) continue;
    return entry;
  }
  return undefined;
}

function amountAfter(text: string, end: number, param: string): string | undefined {
  if (text.charAt(end) !== '?') return undefined;
  let queryEnd = end + 1;
  const limit = Math.min(text.length, end + 1 + MAX_QUERY_LENGTH);
  while (queryEnd < limit && text.charAt(queryEnd) !== ' ' && text.charAt(queryEnd) !== '\n') queryEnd++;
  for (const pair of text.slice(end + 1, queryEnd).split('&')) {
    const eq = pair.indexOf('=');
    if (eq < 0 || pair.slice(0, eq).toLowerCase() !== param) continue;
    const value = pair.slice(eq + 1);
    if (AMOUNT.test(value)) return value;
  }
  return undefined;
}

/** Work done by one scan, counted so that tests can check it grows linearly with the input. */
export type ScanStats = { tokens: number; joinSteps: number; builtChars: number; validatedChars: number };

export type ScanResult = { found: FoundAddress[]; stats: ScanStats };

/**
 * Finds valid payment addresses. Each token starts at most one bounded walk over the tokens
 * that follow it (no further than the longest address of its shape, 106 characters at most), and only candidate lengths that a
 * real address can have are decoded, so the work is linear in the length of the text.
 */
export function scanPaymentAddresses(input: string, options: { normalized?: boolean } = {}): ScanResult {
  const text = options.normalized ? input : normalizeText(input);
  const folded = foldLookalikes(text);
  const stats: ScanStats = { tokens: 0, joinSteps: 0, builtChars: 0, validatedChars: 0 };
  const found: FoundAddress[] = [];
  const seen = new Map<string, FoundAddress>();

  // Scans are synchronous, so one table serves them all.
  const tokens = TOKENS;
  tokens.count = 0;
  const n = folded.length;
  for (let i = 0; i < n; i++) {
    if (!isTokenUnit(folded.charCodeAt(i))) continue;
    const start = i;
    let classes = B58 | BECH32 | HEX;
    for (; i < n; i++) {
      const code = folded.charCodeAt(i);
      if (!isTokenUnit(code)) break;
      classes &= CHAR_CLASS[code]!;
    }
    tokens.push(start, i, classes);
    stats.tokens++;
  }

  // Hostile text repeats the same pieces; a candidate is decoded once per scan.
  const verdicts = new Map<string, ReturnType<typeof classifyAddress>>();
  const classifyCached = (candidate: string): ReturnType<typeof classifyAddress> => {
    const known = verdicts.get(candidate);
    if (known !== undefined) return known;
    stats.validatedChars += candidate.length;
    const verdict = classifyAddress(candidate);
    if (verdicts.size < MAX_CACHED_VERDICTS) verdicts.set(candidate, verdict);
    return verdict;
  };

  const tryShape = (first: number, shape: Shape): { last: number; address: string; kind: string; coin: Coin } | null => {
    if (first >= tokens.count) return null;
    const firstStart = tokens.start[first]!;
    if (tokens.end[first]! - firstStart < shape.prefixLength) return null;
    let length = 0;
    let headChecked = shape.head === undefined;
    for (let j = first; j < tokens.count; j++) {
      stats.joinSteps++;
      const tokenStart = tokens.start[j]!;
      const tokenEnd = tokens.end[j]!;
      if (j > first && !isGap(folded, tokens.end[j - 1]!, tokenStart)) return null;
      // The prefix ("bc1", "0x") is outside the alphabet of the rest, so the first token is
      // checked from after it.
      const classes = j === first && shape.prefixLength > 0 ? classesOf(folded, tokenStart + shape.prefixLength, tokenEnd) : tokens.classes[j]!;
      if ((classes & shape.alphabet) === 0) return null;
      length += tokenEnd - tokenStart;
      if (length > shape.maxLength) return null;
      if (!headChecked && shape.head && length >= shape.head.length) {
        headChecked = true;
        const head = folded.slice(firstStart, tokenEnd).replace(GAP_RUN, '').slice(0, shape.head.length);
        stats.builtChars += head.length;
        if (!shape.head.plausible(head)) return null;
      }
      const minLength = j > first ? (shape.rejoinMinLength ?? shape.minLength) : shape.minLength;
      if (length < minLength || (shape.lengths && !shape.lengths.has(length))) continue;
      const candidate = j === first ? folded.slice(tokenStart, tokenEnd) : folded.slice(firstStart, tokenEnd).replace(GAP_RUN, '');
      stats.builtChars += candidate.length;
      const cls = classifyCached(candidate);
      if (!cls) continue;
      if (j > first && cls.kind === 'unchecksummed' && continuesWithHex(j)) return null;
      return { last: j, address: candidate, kind: cls.kind, coin: cls.coin };
    }
    return null;
  };

  // An unchecksummed Ethereum address validates at any 42-character cut of a longer hex run,
  // so a re-join only counts when the hex stops there.
  const continuesWithHex = (last: number): boolean => {
    const next = last + 1;
    return next < tokens.count && isGap(folded, tokens.end[last]!, tokens.start[next]!) && (tokens.classes[next]! & HEX) !== 0;
  };

  for (let i = 0; i < tokens.count && found.length < MAX_FOUND_ADDRESSES; i++) {
    let hit: ReturnType<typeof tryShape> = null;
    for (const shape of shapesAt(folded, tokens.start[i]!, tokens.end[i]!)) {
      hit = tryShape(i, shape);
      if (hit) break;
    }
    if (!hit) continue;
    const spanStart = tokens.start[i]!;
    const spanEnd = tokens.end[hit.last]!;
    const uri = uriSchemeBefore(folded, spanStart);
    let via: FoundVia = 'plain';
    if (uri) via = 'uri';
    else if (hit.last > i) via = 'rejoined';
    else if (text.slice(spanStart, spanEnd) !== folded.slice(spanStart, spanEnd)) via = 'lookalike';
    const amount = uri ? amountAfter(folded, spanEnd, uri.amountParam) : undefined;
    const key = paymentKey(hit.coin, hit.address);
    const earlier = seen.get(key);
    if (earlier) {
      if (earlier.amount === undefined && amount !== undefined) earlier.amount = amount;
    } else {
      const entry: FoundAddress = { coin: hit.coin, address: hit.address, kind: hit.kind, via };
      if (amount !== undefined) entry.amount = amount;
      seen.set(key, entry);
      found.push(entry);
    }
    i = hit.last;
  }
  return { found, stats };
}

/** Valid payment addresses in `text`, deduplicated by lookup key, at most 100. */
export function findPaymentAddresses(text: string): FoundAddress[] {
  return scanPaymentAddresses(text).found;
}

/**
 * The same for text the caller already ran through `normalizeText` (the engine does, for its
 * other steps): normalising 100 KB again would cost a few milliseconds for nothing.
 */
export function findPaymentAddressesInNormalized(text: string): FoundAddress[] {
  return scanPaymentAddresses(text, { normalized: true }).found;
}
