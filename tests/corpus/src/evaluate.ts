/**
 * Runs the corpus through the real pipeline (postal-mime parse → features → engine verdict)
 * and scores it. Shared by tests/unit/corpus.test.ts and scripts/corpus-report.ts, so the
 * figures the report prints are the ones the test asserts. Labels come from the folder
 * (`extortion/` or `benign/`) and the expected level from the `X-Vahti-Expect` header.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { classify } from '../../../utils/core/engine/classify';
import type { MatchIndex } from '../../../utils/core/engine/index';
import type { Verdict, VerdictLevel } from '../../../utils/core/engine/verdict';
import { parseEml } from '../../../utils/core/mail/eml';
import { htmlToVisibleTextViaDom } from '../../../scripts/lib/dom-text';

// From the module's own path as a string: a test DOM may replace the global URL class.
export const CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), '..');

export type Label = 'extortion' | 'benign';

export type CorpusFile = {
  /** Path under tests/corpus, e.g. `benign/fi-therapy-reminder.eml`. */
  file: string;
  label: Label;
  /** Expected level with the default list. */
  expect: VerdictLevel;
  /** Expected level with heuristics only. */
  expectHeuristics: VerdictLevel;
  bytes: Uint8Array;
};

export type FileResult = CorpusFile & { verdict: Verdict; ok: boolean };

export type Scores = {
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  trueNegatives: number;
  precision: number;
  recall: number;
};

function header(bytes: Uint8Array, name: string): string | undefined {
  const text = new TextDecoder('latin1').decode(bytes.subarray(0, 8192));
  const head = text.split(/\r?\n\r?\n/, 1)[0] ?? '';
  const wanted = `${name.toLowerCase()}:`;
  for (const line of head.split(/\r?\n/)) {
    if (line.toLowerCase().startsWith(wanted)) return line.slice(wanted.length).trim();
  }
  return undefined;
}

const LEVELS: readonly VerdictLevel[] = ['known', 'suspected', 'none'];
function asLevel(value: string | undefined, file: string): VerdictLevel {
  const level = LEVELS.find((l) => l === value);
  if (level === undefined) throw new Error(`${file}: X-Vahti-Expect must be known, suspected or none, not ${String(value)}`);
  return level;
}

export function loadCorpus(dir = CORPUS_DIR): CorpusFile[] {
  const files: CorpusFile[] = [];
  for (const label of ['extortion', 'benign'] as const) {
    for (const name of readdirSync(join(dir, label)).filter((n) => n.endsWith('.eml')).sort()) {
      const file = `${label}/${name}`;
      const bytes = new Uint8Array(readFileSync(join(dir, file)));
      const expect = asLevel(header(bytes, 'X-Vahti-Expect'), file);
      // Extortion may expect `none`: a documented known miss, counted against recall.
      if (label === 'benign' && expect !== 'none') throw new Error(`${file}: benign mail must expect none, not ${expect}`);
      const heuristicHeader = header(bytes, 'X-Vahti-Expect-Heuristics');
      const expectHeuristics = heuristicHeader !== undefined ? asLevel(heuristicHeader, file) : expect === 'none' ? 'none' : 'suspected';
      files.push({ file, label, expect, expectHeuristics, bytes });
    }
  }
  return files;
}

/**
 * Classifies every file. `mode` picks which expectation `ok` is judged against:
 * `heuristics` (index built from no list) or `list` (the default list).
 */
export async function runCorpus(files: readonly CorpusFile[], index: MatchIndex, mode: 'heuristics' | 'list'): Promise<FileResult[]> {
  const results: FileResult[] = [];
  for (const f of files) {
    const { features } = await parseEml(f.bytes, { htmlToText: htmlToVisibleTextViaDom });
    const verdict = classify(index, features);
    const expected = mode === 'list' ? f.expect : f.expectHeuristics;
    results.push({ ...f, verdict, ok: verdict.level === expected });
  }
  return results;
}

/** Flagged = any level other than `none`; positive class = extortion. Scores both corpora. */
export function score(results: readonly { label: Label; verdict: Verdict }[]): Scores {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let tn = 0;
  for (const r of results) {
    const flagged = r.verdict.level !== 'none';
    if (r.label === 'extortion') {
      if (flagged) tp++;
      else fn++;
    } else if (flagged) fp++;
    else tn++;
  }
  return {
    truePositives: tp,
    falsePositives: fp,
    falseNegatives: fn,
    trueNegatives: tn,
    precision: tp + fp === 0 ? 1 : tp / (tp + fp),
    recall: tp + fn === 0 ? 1 : tp / (tp + fn),
  };
}

/**
 * The 95 % Wilson score interval of a proportion: how far a recall of 47 in 79 may be from the
 * engine's true rate on mail like it. Untuned batches hold tens of texts, so one text moves a
 * figure by a point or more, and the report says so rather than leaving it to the reader.
 */
export function wilsonInterval(successes: number, n: number, z = 1.96): { low: number; high: number } {
  if (n === 0) return { low: 0, high: 1 };
  const p = successes / n;
  const z2 = z * z;
  const centre = (p + z2 / (2 * n)) / (1 + z2 / n);
  const half = (z * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n))) / (1 + z2 / n);
  return { low: Math.max(0, centre - half), high: Math.min(1, centre + half) };
}
