/**
 * Engine benchmark: scanning one 100 KB message against match indexes of 1k, 100k and 1M
 * entries, next to a naive matcher (one `includes` per entry) and a single-pass floor (one
 * literal regex over the same text). Also the build time and heap size of the 1M index, and
 * where the scan time goes (normalisation, address finding, heuristics, automaton).
 * Owns synthetic data generation for these figures; asserts nothing (figures are for people).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { sha256 } from '@noble/hashes/sha2.js';
import { classify, extractEvidence } from '../../utils/core/engine/classify';
import { MessageFeaturesSchema, type MessageFeatures } from '../../utils/core/engine/features';
import { buildMatchIndex, lookupExact, type MatchIndex } from '../../utils/core/engine/index';
import type { ContentSignature, SenderRule, SignatureList } from '../../utils/core/list/schema';
import { assessHeuristics } from '../../utils/core/heuristics';
import { cueAutomaton } from '../../utils/core/heuristics/cues';
import { parseSignatureList } from '../../utils/core/list/parse';
import { findPaymentAddressesInNormalized, validateAddress } from '../../utils/core/payment/find';
import { foldNormalizedForMatching, normalizeText } from '../../utils/core/text/normalize';
import { AhoCorasick } from '../../utils/core/signatures/aho-corasick';
import { PhraseTable } from '../../utils/core/signatures/phrase-table';

// ---------------------------------------------------------------------------------------
// Synthetic data

const BASE58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';

/** Base58 of a 25-byte payload (bench-only: the product validates with @scure/base). */
function base58(bytes: Uint8Array): string {
  const digits = new Uint8Array(40);
  let length = 0;
  for (const byte of bytes) {
    let carry = byte;
    for (let j = 0; j < length; j++) {
      carry += digits[j]! << 8;
      digits[j] = carry % 58;
      carry = (carry / 58) | 0;
    }
    while (carry > 0) {
      digits[length++] = carry % 58;
      carry = (carry / 58) | 0;
    }
  }
  let out = '';
  for (let k = 0; k < bytes.length && bytes[k] === 0; k++) out += '1';
  for (let j = length - 1; j >= 0; j--) out += BASE58[digits[j]!];
  return out;
}

/** The i-th synthetic P2PKH address: hash160 := sha256(counter)[0..20], base58check. */
function p2pkh(i: number): string {
  const counter = new Uint8Array(8);
  new DataView(counter.buffer).setFloat64(0, i);
  const payload = new Uint8Array(25);
  payload.set(sha256(counter).subarray(0, 20), 1);
  payload.set(sha256(sha256(payload.subarray(0, 21))).subarray(0, 4), 21);
  return base58(payload);
}

/** Deterministic pseudo-random numbers (mulberry32), so every run scans the same data. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = (
  'maksa bitcoin potilastiedot terapia julkaistaan poistetaan pysyvästi tunnin kuluessa lompakko osoite ' +
  'your password recorded you wallet payment deadline hours publish delete data patient records therapy ' +
  'hej betala inom timmar annars publiceras journal uppgifter och att det som för med till på inte ' +
  'hello thank you for your order meeting tomorrow the and of to in is that it with as on be at by this ' +
  'hyvä asiakas kiitos tilauksesta tapaaminen huomenna ja on ei se että kun niin mutta jos tai vain'
).split(' ');

function syntheticWords(rand: () => number, n: number): string[] {
  return Array.from({ length: n }, () => WORDS[Math.floor(rand() * WORDS.length)]!);
}

function signatures(count: number, rand: () => number): ContentSignature[] {
  return Array.from({ length: count }, (_, s) => ({
    id: `sig-${s}`,
    campaign: 'bench',
    language: 'fi',
    groups: Array.from({ length: 2 + (s % 2) }, (_, g) => ({
      atLeast: 1 + (g % 2),
      phrases: Array.from({ length: 4 }, (_, p) => `${syntheticWords(rand, 2 + ((s + p) % 2)).join(' ')} k${s}g${g}p${p}`),
    })),
  }));
}

const PAYMENT_SHARE = 0.95;
const SIGNATURES = 300;

export function syntheticList(entries: number, addresses: readonly string[]): SignatureList {
  const rand = random(entries);
  const senderCount = Math.round((entries - SIGNATURES) * (1 - PAYMENT_SHARE));
  const paymentCount = entries - SIGNATURES - senderCount;
  const senders: SenderRule[] = Array.from({ length: senderCount }, (_, i) => {
    const kind = i % 5;
    if (kind < 2) return { campaign: 'bench', match: 'address', value: `collector${i}@extort${i % 997}.example` };
    if (kind < 4) return { campaign: 'bench', match: 'domain', value: `pay-${i}.extort.example` };
    return { campaign: 'bench', match: 'display-name', value: `*Ransom Desk ${i}*` };
  });
  return {
    schema: 1,
    listId: `bench-${entries}`,
    version: 1,
    name: `Bench ${entries}`,
    attribution: [],
    campaigns: [{ id: 'bench', name: 'Bench', languages: ['fi'], guidance: [], severity: 'high', firstSeen: '2020-10-24' }],
    senders,
    payments: addresses.slice(0, paymentCount).map((address) => ({ campaign: 'bench', coin: 'btc' as const, address })),
    signatures: signatures(SIGNATURES, rand),
  };
}

/** About 100 KB of mixed-language prose with a listed address near the end. */
export function benchMessage(listedAddress: string): MessageFeatures {
  const rand = random(42);
  const lines: string[] = [];
  let size = 0;
  while (size < 100 * 1024) {
    const line = `${syntheticWords(rand, 12).join(' ')}, ${Math.floor(rand() * 1000)} €. ${syntheticWords(rand, 6).join(' ')}!`;
    lines.push(line);
    size += line.length + 1;
  }
  lines.splice(lines.length - 5, 0, `Maksa 0,05 BTC osoitteeseen ${listedAddress} 24 tunnin kuluessa.`);
  return MessageFeaturesSchema.parse({
    senderAddress: 'someone@mail.ordinary.example',
    senderName: 'Ordinary Sender',
    replyTo: ['reply@ordinary.example'],
    subject: 'Re: meeting tomorrow',
    bodyText: lines.join('\n'),
    links: ['https://ordinary.example/page'],
  });
}

// ---------------------------------------------------------------------------------------
// Measuring

/** Several rounds: objects with finalizers (hash contexts, buffers) need more than one. */
const gc = (): void => {
  const collect = (globalThis as { gc?: () => void }).gc;
  for (let i = 0; i < 4; i++) collect?.();
};

/**
 * Waits until the process's other threads are idle. A forced full GC leaves the sweeping of the
 * whole heap (three indexes and a million list entries) to V8's helper threads; CPU time is
 * counted for the whole process, so a sample started at once was charged that sweeping, which
 * is the harness's work, not the scan's (it tripled classify's CPU time and doubled its wall
 * time). Whatever collection the scan's own allocations cause still falls into its sample.
 */
function settle(): void {
  const pause = new Int32Array(new SharedArrayBuffer(4));
  for (let k = 0; k < 100; k++) {
    const c0 = process.cpuUsage();
    Atomics.wait(pause, 0, 0, 5);
    const c = process.cpuUsage(c0);
    if (c.user + c.system < 250) return;
  }
}

const CACHE = '.bench/btc-p2pkh.txt';

/** The first `count` synthetic addresses, cached in .bench/ (git-ignored) between runs. */
export function syntheticAddresses(count: number): string[] {
  if (existsSync(CACHE)) {
    const cached = readFileSync(CACHE, 'utf8').split('\n');
    if (cached.length >= count && cached[count - 1] === p2pkh(count - 1)) return cached.slice(0, count);
  }
  const addresses = Array.from({ length: count }, (_, i) => p2pkh(i));
  mkdirSync('.bench', { recursive: true });
  writeFileSync(CACHE, addresses.join('\n'));
  return addresses;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

interface Timing {
  /** Median wall-clock milliseconds. */
  median: number;
  /** Best wall-clock milliseconds. */
  best: number;
  /** Median CPU milliseconds (user + system): barely affected by other processes on the machine. */
  cpu: number;
}

interface Sample {
  wall: number;
  cpu: number;
}

const timing = (samples: Sample[]): Timing => ({
  median: median(samples.map((s) => s.wall)),
  best: Math.min(...samples.map((s) => s.wall)),
  cpu: median(samples.map((s) => s.cpu)),
});

/** One sample of `inner` calls, per call. */
function sample(fn: () => unknown, inner = 1): Sample {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  for (let k = 0; k < inner; k++) fn();
  const wall = performance.now() - t0;
  const c = process.cpuUsage(c0);
  return { wall: wall / inner, cpu: (c.user + c.system) / 1000 / inner };
}

/** Timing of `runs` samples after `warmup` calls; `inner` repeats very short calls per sample. */
function time(fn: () => unknown, runs: number, warmup = 3, inner = 1): Timing {
  for (let i = 0; i < warmup; i++) fn();
  const samples: Sample[] = [];
  for (let i = 0; i < runs; i++) samples.push(sample(fn, inner));
  return timing(samples);
}

/** One `includes` (or equivalent single test) per list entry: what a simple extension would do. */
function naiveMatcher(list: SignatureList): (features: MessageFeatures) => number {
  const phrases = list.signatures.flatMap((s) => s.groups.flatMap((g) => g.phrases.map((p) => p.toLowerCase())));
  return (features) => {
    const text = `${features.subject}\n${features.bodyText}`;
    const lower = text.toLowerCase();
    const sender = features.senderAddress.toLowerCase();
    const name = features.senderName.toLowerCase();
    let hits = 0;
    for (const p of list.payments) if (text.includes(p.address)) hits++;
    for (const r of list.senders) {
      const v = r.value.toLowerCase();
      if (r.match === 'address' ? sender === v : r.match === 'domain' ? sender.endsWith(v) : name.includes(v.replaceAll('*', ''))) hits++;
    }
    for (const p of phrases) if (lower.includes(p)) hits++;
    return hits;
  };
}

/**
 * Builds an index and measures its heap: live heap after minus before, both after full GCs.
 * Timed on the first build; weighed on a second one, because the first also changes the list
 * itself (V8 flattens and internalises the entry strings it hashes, which frees memory and
 * made the first build's difference come out negative). In its own function on purpose: a
 * frame's interpreter registers keep dead locals alive, so measuring in a long function can
 * count (or discount) unrelated objects.
 */
function buildAndWeigh(list: SignatureList): { index: MatchIndex; ms: number; cpu: number; heap: number } {
  gc();
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  buildMatchIndex([list]);
  const took = performance.now() - t0;
  const c = process.cpuUsage(c0);
  gc();
  const before = process.memoryUsage().heapUsed;
  const index = buildMatchIndex([list]);
  gc();
  return { index, ms: took, cpu: (c.user + c.system) / 1000, heap: process.memoryUsage().heapUsed - before };
}

const mb = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const ms = (x: number): string => `${x.toFixed(x < 1 ? 3 : 2)} ms`;
const ratio = (x: number): string => `${x.toFixed(2)}×`;

export async function bench(): Promise<void> {
  console.log(`load average ${loadavg()[0]!.toFixed(1)} on ${cpus().length} CPUs; ratios use CPU time`);
  const sizes = [1_000, 100_000, 1_000_000];
  const largest = sizes[sizes.length - 1]!;

  const t0 = performance.now();
  const addresses = syntheticAddresses(largest);
  for (const a of [addresses[0]!, addresses[12_345]!, addresses[largest - 1]!]) {
    if (!validateAddress('btc', a)) throw new Error(`generator produced an invalid address ${a}`);
  }
  console.log(`${largest.toLocaleString('en')} valid P2PKH addresses ready in ${ms(performance.now() - t0)} (cache: ${CACHE})`);

  // The listed address is in every list (it is among the first 1k), so all indexes do the same work.
  const features = benchMessage(addresses[7]!);
  console.log(`message: ${(features.bodyText.length / 1024).toFixed(0)} KB body`);

  const lists = sizes.map((n) => syntheticList(n, addresses));
  const built = lists.map(buildAndWeigh);
  const indexes = built.map((b) => b.index);
  console.table(
    sizes.map((n, i) => ({ entries: n.toLocaleString('en'), 'build cpu': ms(built[i]!.cpu), 'build wall': ms(built[i]!.ms), heap: mb(built[i]!.heap) })),
  );

  for (const index of indexes) {
    if (classify(index, features).level !== 'known') throw new Error('benchmark message was not matched');
  }

  const RUNS = 21;
  // The two states of a session: an index reads each message with two automata (the lexicons'
  // and the lists') until it has read EXTEND_AFTER_CHARS of mail, which most wakes never do; then
  // the background joins them between two requests (list-service.ts) and it reads with one. The
  // indexes of 1k to 1M are joined here at once; an index of the same 100k list that never joins
  // them measures the first state.
  for (const index of indexes) {
    classify(index, features);
    if (!index.text.signatures.extend()) throw new Error('benchmark index did not extend');
  }
  const twoAutomata = buildMatchIndex([lists[1]!], undefined, Number.POSITIVE_INFINITY);
  const measured = [...indexes, twoAutomata];
  // Interleave the sizes run by run so that drift (GC, CPU frequency, other load) hits all alike.
  const samples = measured.map(() => [] as Sample[]);
  for (const index of measured) for (let w = 0; w < 3; w++) classify(index, features);
  if (twoAutomata.text.signatures.extended) throw new Error('the two-automata index extended');
  for (let r = 0; r < RUNS; r++) {
    measured.forEach((index, i) => {
      // Start every sample from a collected heap: otherwise a major GC that happens to fall into
      // a sample marks the whole in-memory index, which would charge GC of a 1M-entry Map to the
      // scan. (In the extension the exact keys live in IndexedDB, not on the JS heap.)
      (globalThis as { gc?: () => void }).gc?.();
      settle();
      samples[i]!.push(sample(() => classify(index, features)));
    });
  }
  const scan = samples.map(timing);
  const scanTwoAutomata = scan[sizes.length]!;

  const naive = naiveMatcher(lists[1]!);
  const naiveTime = time(() => naive(features), 5, 1);

  const text = `${features.subject}\n${features.bodyText}`;
  const floor = time(() => {
    const re = /bitcoin/gi;
    let n = 0;
    while (re.exec(text) !== null) n++;
    return n;
  }, RUNS, 3, 20);
  const touchEveryChar = time(() => {
    let sum = 0;
    for (let i = 0; i < text.length; i++) sum += text.charCodeAt(i);
    return sum;
  }, RUNS, 3, 20);

  // Where the time goes (100k index), stage by stage as extractEvidence runs them.
  const subject = normalizeText(features.subject);
  const body = normalizeText(features.bodyText);
  const joined = `${subject}\n${body}`;
  const folded = foldNormalizedForMatching(joined);
  const found = findPaymentAddressesInNormalized(joined);
  const keys = extractEvidence(features, indexes[1]!.text).keys;
  const index100k = indexes[1]!;
  const automaton = time(() => index100k.text.signatures.match(folded), RUNS);
  const parts: [string, Timing][] = [
    ['normalizeText of subject and body (payments)', time(() => normalizeText(features.bodyText) + normalizeText(features.subject), RUNS)],
    ['foldNormalizedForMatching (heuristics, signatures)', time(() => foldNormalizedForMatching(joined), RUNS)],
    ['findPaymentAddressesInNormalized (payments)', time(() => findPaymentAddressesInNormalized(joined), RUNS)],
    // Called on its own, assessHeuristics scans for its lexicons itself; in classify that scan is
    // done in the call that matches the signatures (below): the lexicons' automaton, extended by
    // the lists' patterns when the index was built, finds both.
    ['assessHeuristics (heuristics, own lexicon pass)', time(() => assessHeuristics({ subject, body, folded, addresses: found, links: features.links }), RUNS)],
    ['automaton pass (lexicons and signatures in one) + groups', automaton],
    ['display names', time(() => index100k.text.displayNames.match(features.senderName), RUNS, 3, 100)],
    [`exact lookups (${keys.length} keys)`, time(() => lookupExact(index100k, keys), RUNS, 3, 100)],
  ];

  const row = (what: string, t: Timing) => ({ what, 'cpu (median)': ms(t.cpu), 'wall (median)': ms(t.median), 'wall (best)': ms(t.best) });
  console.log(`\nscan of one 100 KB message (${RUNS} runs after warm-up)`);
  console.table([
    ...sizes.map((n, i) => row(`Vahti classify, index of ${n.toLocaleString('en')}`, scan[i]!)),
    row('Vahti classify, 100,000, two automata (first 512 KB)', scanTwoAutomata),
    row('naive, one includes per entry, 100,000', naiveTime),
    row('floor: one literal regex (/bitcoin/gi)', floor),
    row('floor: charCodeAt over every char', touchEveryChar),
  ]);
  console.log('where the time goes (index of 100,000):');
  console.table(parts.map(([what, t]) => row(what, t)));

  const flat = scan[2]!.cpu / scan[0]!.cpu;
  const speedup = naiveTime.cpu / scan[1]!.cpu;
  const overFloor = scan[1]!.cpu / floor.cpu;
  const automatonOverFloor = automaton.cpu / floor.cpu;
  const automatonOverChars = automaton.cpu / touchEveryChar.cpu;
  // What the naive matcher does, done Vahti's way: everything but the heuristics.
  const [normalizing, folding, addressFinding, , , displayNames, exactLookups] = parts.map(([, t]) => t.cpu) as [number, number, number, number, number, number, number];
  const listMatching = normalizing + folding + addressFinding + automaton.cpu + displayNames + exactLookups;
  const listSpeedup = naiveTime.cpu / listMatching;
  const line = (label: string, value: number, goal: string, met?: boolean): void =>
    console.log(`${label.padEnd(46)} ${ratio(value).padStart(10)}   ${goal ? `goal ${goal.padEnd(7)}` : ''.padEnd(12)} ${met === undefined ? '' : met ? 'met' : 'NOT met'}`);
  console.log('\nratios (median CPU time, so that other load on the machine does not skew them)');
  line('index of 1M / index of 1k', flat, '≤ 1.2×', flat <= 1.2);
  line('naive / Vahti, 100k', speedup, '≥ 100×', speedup >= 100);
  line('naive / Vahti list matching only (no heuristics)', listSpeedup, '≥ 100×', listSpeedup >= 100);
  const ownMatching = automaton.cpu + displayNames + exactLookups;
  line('naive / the index alone (automaton, names, keys)', naiveTime.cpu / ownMatching, '');
  line('Vahti classify / literal-regex floor', overFloor, '≤ 3×', overFloor <= 3);
  line('automaton pass / literal-regex floor', automatonOverFloor, '≤ 3×', automatonOverFloor <= 3);
  line('automaton pass / charCodeAt floor', automatonOverChars, '');
  // Issue 10's goal: the whole of classify, every lexicon loaded, against reading each character once.
  const classifyOverChars = scan[1]!.cpu / touchEveryChar.cpu;
  line('Vahti classify / charCodeAt floor', classifyOverChars, '≤ 100×', classifyOverChars <= 100);
  line('  the same, two automata (first 512 KB)', scanTwoAutomata.cpu / touchEveryChar.cpu, '≤ 100×', scanTwoAutomata.cpu / touchEveryChar.cpu <= 100);
  line('naive / Vahti, two automata (first 512 KB)', naiveTime.cpu / scanTwoAutomata.cpu, '≥ 100×', naiveTime.cpu / scanTwoAutomata.cpu >= 100);

  // Accepting a list (schema + too-broad checks, every address checksum verified) happens once
  // per list update; shown for the 100k list.
  const json: unknown = JSON.parse(JSON.stringify(lists[1]));
  const parsed = sample(() => {
    if (!parseSignatureList(json).ok) throw new Error('synthetic list was refused');
  });
  console.log(`\nparseSignatureList of the 100,000-entry list: ${ms(parsed.cpu)} CPU (${ms(parsed.wall)} wall)`);

  // What an index pays once it has read enough text: the lists' patterns added to a copy of the
  // lexicons' automaton; shown for the 100k list's signatures, with the engine warmed up.
  const phrases = new PhraseTable<never>();
  for (const s of lists[1]!.signatures) for (const g of s.groups) for (const p of g.phrases) phrases.intern(p);
  const listAutomaton = new AhoCorasick(phrases.patterns);
  const cues = cueAutomaton();
  const extending = time(() => cues.extendedWith(listAutomaton), 9, 1);
  console.log(
    `lexicons' automaton (${cues.nodeCount.toLocaleString('en')} nodes) extended by ${phrases.patterns.length.toLocaleString('en')} list patterns (${listAutomaton.nodeCount.toLocaleString('en')} nodes): ${ms(extending.cpu)} CPU (${ms(extending.median)} wall)`,
  );

  const last = built[built.length - 1]!;
  console.log(
    `\nindex of ${largest.toLocaleString('en')} entries: built in ${ms(last.cpu)} CPU (${ms(last.ms)} wall), heap ${mb(last.heap)} (the list itself not counted)`,
  );
}
