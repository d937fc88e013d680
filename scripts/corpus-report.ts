/**
 * `npm run corpus`: classifies every message of the synthetic corpus (tests/corpus) with
 * heuristics only and with the default list, prints each file's level and reasons, and the
 * precision/recall table. Exit status 1 when any file misses its expected level.
 */
import { buildMatchIndex } from '../utils/core/engine/index';
import { loadListSources, formatSourceError } from './lib/list-sources';
import { loadCorpus, runCorpus, score, type FileResult } from '../tests/corpus/src/evaluate';

const pct = (x: number): string => `${(x * 100).toFixed(1)}%`;

function printResults(title: string, results: readonly FileResult[]): void {
  console.log(`\n== ${title} ==`);
  for (const r of results) {
    const expected = title.startsWith('heuristics') ? r.expectHeuristics : r.expect;
    const mark = r.ok ? 'ok  ' : 'MISS';
    console.log(`${mark} ${r.verdict.level.padEnd(9)} (want ${expected.padEnd(9)}) ${r.file}`);
    for (const reason of r.verdict.reasons.slice(0, 12)) {
      const where = reason.campaignId ? ` [${reason.campaignId}]` : '';
      console.log(`       ${reason.rule}${reason.signal ? `/${reason.signal}` : ''}${where}: ${reason.matched}`);
    }
  }
}

async function main(): Promise<void> {
  const files = loadCorpus();
  const heuristics = await runCorpus(files, buildMatchIndex([]), 'heuristics');
  const loaded = await loadListSources('scripts/list-sources/default');
  if ('errors' in loaded) {
    for (const e of loaded.errors) console.error(formatSourceError(e));
    process.exit(2);
  }
  const withList = await runCorpus(files, buildMatchIndex([loaded.list]), 'list');
  const verbose = process.argv.includes('--verbose') || process.argv.includes('-v');
  if (verbose) {
    printResults('heuristics only', heuristics);
    printResults('default list', withList);
  } else {
    for (const r of [...heuristics, ...withList].filter((x) => !x.ok)) {
      console.log(`MISS ${r.file}: got ${r.verdict.level}`);
    }
  }
  const extortion = files.filter((f) => f.label === 'extortion').length;
  console.log(`\ncorpus: ${extortion} extortion, ${files.length - extortion} benign (tests/corpus)`);
  console.log('run              precision  recall   TP  FP  FN  TN  expected level');
  for (const [name, results] of [['heuristics only', heuristics], ['default list', withList]] as const) {
    const s = score(results);
    const exact = results.filter((r) => r.ok).length;
    console.log(
      `${name.padEnd(16)} ${pct(s.precision).padStart(9)} ${pct(s.recall).padStart(7)} ${String(s.truePositives).padStart(4)} ${String(s.falsePositives).padStart(3)} ${String(s.falseNegatives).padStart(3)} ${String(s.trueNegatives).padStart(3)}  ${exact}/${results.length}`,
    );
  }
  if (!verbose) console.log('(per-file levels and reasons: npm run corpus -- --verbose)');
  if ([...heuristics, ...withList].some((r) => !r.ok)) process.exitCode = 1;
}

await main();
