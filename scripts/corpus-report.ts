/**
 * `npm run corpus`: classifies every message of the synthetic corpus (tests/corpus) with
 * heuristics only and with the default list, prints each file's level and reasons, and the
 * precision/recall table; then the real-world corpus (tests/corpus/real) per language, batch
 * and origin. Exit status 1 when any synthetic file misses its expected level.
 *
 * Files of the untuned batch are scored but never listed one by one: rules are written without
 * looking at them, and a per-file listing would be a look. `--tuned-only` leaves them out
 * altogether, for whoever is writing rules: even their aggregate figures, watched while
 * tuning, would steer the rules towards them.
 */
import { buildMatchIndex } from '../utils/core/engine/index';
import { classify } from '../utils/core/engine/classify';
import { hardBenignFeatures, loadHardBenign, UNTUNED_HARD_BENIGN_BATCHES, type HardBenign } from '../tests/corpus/src/hard-benign';
import { loadListSources, formatSourceError } from './lib/list-sources';
import { loadCorpus, runCorpus, score, wilsonInterval, type FileResult, type Scores } from '../tests/corpus/src/evaluate';
import { loadRealCorpus, realScoreRows, runRealCorpus, UNTUNED_ROUNDS, type RealFile, type RealResult } from '../tests/corpus/src/real';

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

  const tunedOnly = process.argv.includes('--tuned-only');
  const real = loadRealCorpus().filter((f) => !tunedOnly || f.batch === 'tuned');
  if (real.length > 0) {
    printRealCounts(real);
    printReal('real-world corpus, heuristics only', await runRealCorpus(real, buildMatchIndex([])), verbose);
    printReal('real-world corpus, default list', await runRealCorpus(real, buildMatchIndex([loaded.list])), verbose);
  }
  printHardBenign(buildMatchIndex([]), tunedOnly);
  if ([...heuristics, ...withList].some((r) => !r.ok)) process.exitCode = 1;
}

/**
 * The hard benign look-alikes (tests/corpus/hard-benign): the batch the rules were fixed
 * against, listed when flagged, and the untuned batch, in aggregate only.
 */
function printHardBenign(index: ReturnType<typeof buildMatchIndex>, tunedOnly: boolean): void {
  const flagged = (mails: readonly HardBenign[]) => mails.filter((m) => classify(index, hardBenignFeatures(m)).level !== 'none');
  const tuned = loadHardBenign();
  console.log('\n== hard benign look-alikes (tests/corpus/hard-benign), heuristics only ==');
  const wrong = flagged(tuned);
  for (const m of wrong) console.log(`${m.flaggedByDesign ? 'by design' : 'FLAGGED  '} ${m.language} #${m.index} (${m.kind})`);
  const byDesign = wrong.filter((m) => m.flaggedByDesign !== undefined).length;
  console.log(`fixed against: ${wrong.length - byDesign} of ${tuned.length - tuned.filter((m) => m.flaggedByDesign).length} honest mails flagged (${byDesign} more flagged by design)`);
  if (tunedOnly) return;
  for (const batch of UNTUNED_HARD_BENIGN_BATCHES) {
    const untuned = loadHardBenign(batch.dir);
    if (untuned.length === 0) continue;
    const flaggedUntuned = flagged(untuned);
    const languages = [...new Set(untuned.map((m) => m.language))].sort();
    console.log(`${batch.name}: ${flaggedUntuned.length} of ${untuned.length} flagged (${pct(flaggedUntuned.length / untuned.length)}); per language: ${languages.map((l) => `${l} ${flaggedUntuned.filter((m) => m.language === l).length}/${untuned.filter((m) => m.language === l).length}`).join(', ')}`);
    // Mails that quote or forward a scam carry extortion text; a warning beside them may be right.
    const quotesScam = (m: HardBenign): boolean => /forward|scam/.test(m.kind);
    console.log(`${batch.name}, of the kinds that quote or forward a scam (${untuned.filter(quotesScam).length} mails): ${flaggedUntuned.filter(quotesScam).length} flagged`);
  }
}

function scoreLine(group: string, s: Scores): string {
  const n = s.truePositives + s.falsePositives + s.falseNegatives + s.trueNegatives;
  const extortion = s.truePositives + s.falseNegatives;
  const { low, high } = wilsonInterval(s.truePositives, extortion);
  const interval = extortion === 0 ? '' : `${(low * 100).toFixed(0)}–${(high * 100).toFixed(0)}%`;
  return `${group.padEnd(18)} ${pct(s.precision).padStart(9)} ${pct(s.recall).padStart(7)} ${String(s.truePositives).padStart(4)} ${String(s.falsePositives).padStart(3)} ${String(s.falseNegatives).padStart(3)} ${String(s.trueNegatives).padStart(3)} ${String(n).padStart(4)}  ${interval}`;
}

/** What the real-world corpus holds, per language: the collectors' READMEs give it as collected. */
function printRealCounts(files: readonly RealFile[]): void {
  console.log('\n== real-world corpus: files (extortion / benign; real + synthetic) ==');
  // A tuned file that names a round was untuned until its round joined the tuned batch.
  const onceUntuned = (f: RealFile): boolean => f.batch === 'tuned' && f.round !== undefined;
  const lastJoined = Math.max(...files.filter(onceUntuned).map((f) => f.round!));
  console.log(`lang  tuned            (once round 1-${lastJoined}) ${UNTUNED_ROUNDS.map((r) => `untuned round ${r}`.padEnd(17)).join('')}`);
  const cell = (chosen: readonly RealFile[]): string => {
    const n = (label: string, origin: string): number => chosen.filter((f) => f.label === label && f.origin === origin).length;
    return `${n('extortion', 'real')}+${n('extortion', 'synthetic')} / ${n('benign', 'real')}+${n('benign', 'synthetic')}`.padEnd(17);
  };
  for (const language of [...new Set(files.map((f) => f.language))].sort()) {
    const of = files.filter((f) => f.language === language);
    const tuned = of.filter((f) => f.batch === 'tuned');
    const round = (r: number): RealFile[] => of.filter((f) => f.batch === 'untuned' && f.round === r);
    console.log(`${language.padEnd(5)} ${cell(tuned)}${cell(of.filter(onceUntuned))}${UNTUNED_ROUNDS.map((r) => cell(round(r))).join('')}`);
  }
}

function printReal(title: string, results: readonly RealResult[], verbose: boolean): void {
  console.log(`\n== ${title} (tests/corpus/real) ==`);
  // Only tuned files are listed: the untuned batch is judged in aggregate (see the module comment).
  for (const r of results.filter((x) => x.batch === 'tuned' && (verbose || !x.ok))) {
    console.log(`${r.ok ? 'ok  ' : 'MISS'} ${r.verdict.level.padEnd(9)} ${r.label.padEnd(9)} ${r.path}`);
    if (verbose) for (const reason of r.verdict.reasons.slice(0, 8)) console.log(`       ${reason.rule}${reason.signal ? `/${reason.signal}` : ''}: ${reason.matched}`);
  }
  const untunedWrong = results.filter((x) => x.batch === 'untuned' && !x.ok).length;
  if (untunedWrong > 0) console.log(`(${untunedWrong} untuned file(s) wrong, not listed)`);
  console.log('group              precision  recall   TP  FP  FN  TN    n  recall, 95% interval');
  for (const row of realScoreRows(results)) console.log(scoreLine(row.group, row.scores));
}

await main();
