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

function shapesFor(token: string): Shape[] {
  const head = token.slice(0, 4).toLowerCase();
  const shapes: Shape[] = [];
  if (head.startsWith('bc1')) shapes.push(BC_SHAPE);
  else if (head.startsWith('ltc1')) shapes.push(LTC_SEGWIT_SHAPE);
  else if (head.startsWith('0x')) shapes.push(ETH_SHAPE);
  switch (token.charAt(0)) {
    case '1':
      shapes.push(P2PKH_SHAPE);
      break;
    case '3':
    case 'L':
    case 'M':
      shapes.push(BASE58_34_SHAPE);
      break;
    case '4':
      shapes.push(MONERO_SHAPE);
      break;
    case '8':
      shapes.push(SUBADDRESS_SHAPE);
      break;
  }
  return shapes;
}

type Token = { start: number; end: number; classes: number };

const TOKEN = /[A-Za-z0-9]+/g;

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

  const tokens: Token[] = [];
  for (const match of folded.matchAll(TOKEN)) {
    const start = match.index;
    const end = start + match[0].length;
    tokens.push({ start, end, classes: classesOf(folded, start, end) });
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
    const firstToken = tokens[first];
    if (!firstToken) return null;
    if (firstToken.end - firstToken.start < shape.prefixLength) return null;
    let length = 0;
    let headChecked = shape.head === undefined;
    for (let j = first; j < tokens.length; j++) {
      stats.joinSteps++;
      const token = tokens[j]!;
      if (j > first && !isGap(folded, tokens[j - 1]!.end, token.start)) return null;
      // The prefix ("bc1", "0x") is outside the alphabet of the rest, so the first token is
      // checked from after it.
      const classes = j === first && shape.prefixLength > 0 ? classesOf(folded, token.start + shape.prefixLength, token.end) : token.classes;
      if ((classes & shape.alphabet) === 0) return null;
      length += token.end - token.start;
      if (length > shape.maxLength) return null;
      if (!headChecked && shape.head && length >= shape.head.length) {
        headChecked = true;
        const head = folded.slice(firstToken.start, token.end).replace(GAP_RUN, '').slice(0, shape.head.length);
        stats.builtChars += head.length;
        if (!shape.head.plausible(head)) return null;
      }
      const minLength = j > first ? (shape.rejoinMinLength ?? shape.minLength) : shape.minLength;
      if (length < minLength || (shape.lengths && !shape.lengths.has(length))) continue;
      const candidate = j === first ? folded.slice(token.start, token.end) : folded.slice(firstToken.start, token.end).replace(GAP_RUN, '');
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
    const next = tokens[last + 1];
    return next !== undefined && isGap(folded, tokens[last]!.end, next.start) && (next.classes & HEX) !== 0;
  };

  for (let i = 0; i < tokens.length && found.length < MAX_FOUND_ADDRESSES; i++) {
    const token = tokens[i]!;
    const tokenText = folded.slice(token.start, Math.min(token.end, token.start + 4));
    let hit: ReturnType<typeof tryShape> = null;
    for (const shape of shapesFor(tokenText)) {
      hit = tryShape(i, shape);
      if (hit) break;
    }
    if (!hit) continue;
    const spanStart = token.start;
    const spanEnd = tokens[hit.last]!.end;
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
