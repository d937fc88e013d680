/**
 * Precision and recall of the engine on the synthetic corpus (tests/corpus), with heuristics
 * only and with the default list, per file and in aggregate. Benign mail must never be flagged.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadListSources } from '../../scripts/lib/list-sources';
import { buildMatchIndex } from '../../utils/core/engine/index';
import { BENIGN } from '../corpus/src/benign';
import { CORPUS_DIR, loadCorpus, runCorpus, score, wilsonInterval, type FileResult } from '../corpus/src/evaluate';
import { EXTORTION } from '../corpus/src/extortion';
import { renderMessage } from '../corpus/src/mime';
import { loadExposedSources, loadRealCorpus, REAL_DIR, runRealCorpus, sourceKey, type RealResult } from '../corpus/src/real';

/**
 * Recall bars: heuristics alone must catch this share of the extortion mails, the default list
 * at least as many. Below 100 % on purpose: the corpus keeps documented misses (see its README).
 */
const RECALL_BAR_HEURISTICS = 0.85;
const RECALL_BAR_WITH_LIST = 0.88;

const files = loadCorpus();
let heuristics: FileResult[] = [];
let withList: FileResult[] = [];

beforeAll(async () => {
  heuristics = await runCorpus(files, buildMatchIndex([]), 'heuristics');
  const loaded = await loadListSources('scripts/list-sources/default');
  if ('errors' in loaded) throw new Error(`default list sources do not load: ${JSON.stringify(loaded.errors)}`);
  withList = await runCorpus(files, buildMatchIndex([loaded.list]), 'list');
}, 60_000);

const byFile = (results: readonly FileResult[], file: string): FileResult => {
  const r = results.find((x) => x.file === file);
  if (!r) throw new Error(`no result for ${file}`);
  return r;
};
const describeVerdict = (r: FileResult): string => `${r.file}: ${r.verdict.level} ${JSON.stringify(r.verdict.reasons.map((x) => x.signal ?? x.rule))}`;

describe('the corpus itself', () => {
  it('has enough extortion and benign mail in Finnish, Swedish and English', () => {
    const extortion = files.filter((f) => f.label === 'extortion');
    const benign = files.filter((f) => f.label === 'benign');
    expect(extortion.length).toBeGreaterThanOrEqual(20);
    expect(benign.length).toBeGreaterThanOrEqual(25);
    for (const group of [extortion, benign]) {
      for (const lang of ['fi', 'sv', 'en']) {
        expect(group.some((f) => f.file.split('/')[1]!.startsWith(`${lang}-`)), `${lang} in ${group[0]!.label}`).toBe(true);
      }
    }
  });

  it('uses the MIME variety it claims (encodings, charsets, multipart, encoded words)', () => {
    const raw = files.map((f) => new TextDecoder('latin1').decode(f.bytes)).join('\n');
    for (const marker of [
      'Content-Transfer-Encoding: quoted-printable',
      'Content-Transfer-Encoding: base64',
      'Content-Transfer-Encoding: 8bit',
      'charset=iso-8859-1',
      'multipart/alternative',
      'multipart/mixed',
      'text/html',
      '=?UTF-8?B?',
      '=?ISO-8859-1?Q?',
    ]) {
      expect(raw, marker).toContain(marker);
    }
  });

  it('on disk is exactly what tests/corpus/src/build.ts generates', () => {
    [...EXTORTION, ...BENIGN].forEach((m, i) => {
      const onDisk = new Uint8Array(readFileSync(join(CORPUS_DIR, m.file)));
      expect(Buffer.compare(Buffer.from(onDisk), Buffer.from(renderMessage(m, i))), m.file).toBe(0);
    });
    expect(files).toHaveLength(EXTORTION.length + BENIGN.length);
  });
});

describe('heuristics only (no list)', () => {
  it.each(files.map((f) => [f.file, f.expectHeuristics] as const))('%s → %s', (file, expected) => {
    const r = byFile(heuristics, file);
    expect(r.verdict.level, describeVerdict(r)).toBe(expected);
  });

  it(`has no false positives and recall ≥ ${RECALL_BAR_HEURISTICS}`, () => {
    const s = score(heuristics);
    expect(s.falsePositives).toBe(0);
    expect(s.precision).toBe(1);
    expect(s.recall).toBeGreaterThanOrEqual(RECALL_BAR_HEURISTICS);
  });

  it('explains every suspected verdict with heuristic reasons that hold no full address', () => {
    for (const r of heuristics.filter((x) => x.verdict.level === 'suspected')) {
      expect(r.verdict.reasons.length, r.file).toBeGreaterThan(0);
      expect(r.verdict.reasons.every((x) => x.rule === 'heuristic'), r.file).toBe(true);
      for (const reason of r.verdict.reasons) expect(reason.matched.length).toBeLessThanOrEqual(200);
      const addresses = r.verdict.reasons.filter((x) => x.signal === 'payment-address');
      for (const a of addresses) expect(a.matched).toContain('…');
    }
  });
});

describe('with the default list', () => {
  it.each(files.map((f) => [f.file, f.expect] as const))('%s → %s', (file, expected) => {
    const r = byFile(withList, file);
    expect(r.verdict.level, describeVerdict(r)).toBe(expected);
  });

  it(`has no false positives and recall ≥ ${RECALL_BAR_WITH_LIST}`, () => {
    const s = score(withList);
    expect(s.falsePositives).toBe(0);
    expect(s.recall).toBeGreaterThanOrEqual(RECALL_BAR_WITH_LIST);
    expect(s.recall).toBeGreaterThanOrEqual(score(heuristics).recall);
  });

  it('names the campaign for known mail', () => {
    for (const r of withList.filter((x) => x.verdict.level === 'known')) {
      expect(r.verdict.reasons.some((x) => x.rule !== 'heuristic' && x.campaignId !== undefined), r.file).toBe(true);
    }
  });
});

describe('the 95 % interval the report prints beside a recall', () => {
  it('matches published Wilson intervals and stays within 0 and 1', () => {
    // Newcombe (1998), Statistics in Medicine 17:857, table I: 81 of 263 gives 0.2553–0.3662.
    const { low, high } = wilsonInterval(81, 263);
    expect(low).toBeCloseTo(0.2553, 3);
    expect(high).toBeCloseTo(0.3662, 3);
    expect(wilsonInterval(0, 10).low).toBe(0);
    expect(wilsonInterval(10, 10).high).toBe(1);
    expect(wilsonInterval(10, 10).low).toBeCloseTo(0.7225, 3);
    expect(wilsonInterval(0, 0)).toEqual({ low: 0, high: 1 });
  });
});

describe('the real-world corpus (tests/corpus/real)', () => {
  const real = loadRealCorpus();
  let results: RealResult[] = [];
  beforeAll(async () => {
    results = await runRealCorpus(real, buildMatchIndex([]));
  }, 120_000);

  it('has both labels in every language of the issue, with a manifest entry for every file', () => {
    for (const language of ['fi', 'sv', 'en', 'et', 'de', 'nl', 'fr', 'da', 'no', 'es', 'it', 'pl']) {
      const files = real.filter((f) => f.language === language);
      expect(files.some((f) => f.label === 'extortion'), `${language} extortion`).toBe(true);
      expect(files.some((f) => f.label === 'benign'), `${language} benign`).toBe(true);
      expect(files.some((f) => f.batch === 'untuned'), `${language} untuned`).toBe(true);
      for (const label of ['extortion', 'benign'] as const) {
        expect(files.filter((f) => f.label === label).length, `${language} ${label}`).toBeGreaterThanOrEqual(10);
      }
      // Rules are written from the tuned batch; a third or more stays unseen (issue 10).
      expect(files.filter((f) => f.batch === 'untuned').length * 3, `${language} untuned share`).toBeGreaterThanOrEqual(files.length);
      const onDisk = ['tuned', 'untuned'].flatMap((batch) => {
        const dir = join(REAL_DIR, language, batch);
        return existsSync(dir) ? readdirSync(dir).filter((n) => n.endsWith('.eml')).map((n) => `${batch}/${n}`) : [];
      });
      expect(onDisk.sort(), `${language}: files without a manifest entry`).toEqual(files.map((f) => f.file).sort());
    }
  });

  // Round 1 sometimes drew both batches from one source (an article as a benign file, the mail it
  // quotes as an extortion file); it has since joined the tuned batch. Every untuned source now
  // gives files to one round and nothing else.
  const batchesOf = (): Map<string, Set<string>> => {
    const out = new Map<string, Set<string>>();
    for (const f of real) {
      if (f.source === undefined) continue;
      const key = sourceKey(f.source.url);
      out.set(key, (out.get(key) ?? new Set()).add(f.batch === 'untuned' ? `untuned-${f.round}` : f.batch));
    }
    return out;
  };

  it('knows one source however its URL was written, and two pages as two', () => {
    const key = sourceKey('https://www.example.org/news/scam/');
    for (const same of ['http://example.org/news/scam', 'example.org/news/scam?amp=1', 'example.org/news/scam?channel=rss', 'example.org/news/scam?outputType=amp', 'example.org/news/scam?share=email', 'example.org/news/scam?referrer=RSS', 'example.org/news/scam/?rss', 'EXAMPLE.org/news/scam#top', 'example.org/news/scam?utm_source=x&utm_medium=y']) {
      expect(sourceKey(same), same).toBe(key);
    }
    expect(sourceKey('example.org/?p=12&utm_source=x')).toBe('example.org?p=12');
    expect(sourceKey('example.org/?p=12')).not.toBe(sourceKey('example.org/?p=13'));
  });

  it('matches every entry of exposed-sources.json to an untuned file (a typo would hide nothing)', () => {
    const parts = loadExposedSources();
    expect(parts.length).toBeGreaterThan(0);
    const untunedKeys = real.filter((f) => f.batch === 'untuned' && f.source !== undefined).map((f) => sourceKey(f.source!.url));
    for (const { urlPart } of parts) expect(untunedKeys.some((k) => k.includes(sourceKey(urlPart))), urlPart).toBe(true);
    expect(real.filter((f) => f.exposed).length).toBeGreaterThanOrEqual(parts.length);
  });

  it('takes no untuned source into any other batch or round', () => {
    const leaked = [...batchesOf()].filter(([, b]) => [...b].some((x) => x.startsWith('untuned-')) && b.size > 1).map(([url]) => url);
    expect(leaked).toEqual([]);
  });

  // The bars hold for the tuned batch only: the rules were written from it. The untuned batch is
  // scored by `npm run corpus` and reported apart, never tuned on.
  it('tuned batch: no false alarm, recall ≥ 85 %', () => {
    const s = score(results.filter((r) => r.batch === 'tuned'));
    expect(s.falsePositives, results.filter((r) => r.batch === 'tuned' && r.label === 'benign' && !r.ok).map((r) => r.path).join(', ')).toBe(0);
    expect(s.recall).toBeGreaterThanOrEqual(0.85);
  });
});
