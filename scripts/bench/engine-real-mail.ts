/**
 * Engine benchmark on real mail: `classify` of every message of the real-world corpus
 * (tests/corpus/real, parsed once beforehand) with the default list, per message and per 100 KB.
 * The 100 KB synthetic message of engine.ts measures the passes over long text; real mail is a
 * few kilobytes a message, where what each message costs whatever its length (the heuristics'
 * frames, advice checks, the resemblance score) weighs more. The index reads with two automata,
 * as the background's does until it has read 512 KB of mail (a second automaton costs about 13 µs
 * a message here). Asserts nothing (figures are for people).
 */
import { classify } from '../../utils/core/engine/classify';
import type { MessageFeatures } from '../../utils/core/engine/features';
import { buildMatchIndex } from '../../utils/core/engine/index';
import { parseEml } from '../../utils/core/mail/eml';
import { loadRealCorpus } from '../../tests/corpus/src/real';
import { htmlToVisibleTextViaDom } from '../lib/dom-text';
import { formatSourceError, loadListSources } from '../lib/list-sources';

const PASSES = 7;

export async function bench(): Promise<void> {
  const files = loadRealCorpus();
  if (files.length === 0) {
    console.log('no real-world corpus (tests/corpus/real): skipped');
    return;
  }
  const messages: MessageFeatures[] = [];
  for (const file of files) messages.push((await parseEml(file.bytes, { htmlToText: htmlToVisibleTextViaDom })).features);
  const chars = messages.reduce((n, m) => n + m.subject.length + m.bodyText.length, 0);

  const loaded = await loadListSources('scripts/list-sources/default');
  if ('errors' in loaded) throw new Error(loaded.errors.map(formatSourceError).join('\n'));
  const index = buildMatchIndex([loaded.list], undefined, Number.POSITIVE_INFINITY);
  // Warm-up: one pass compiles the code and fills the caches.
  for (const m of messages) classify(index, m);

  const passes: number[] = [];
  for (let p = 0; p < PASSES; p++) {
    (globalThis as { gc?: () => void }).gc?.();
    const c0 = process.cpuUsage();
    for (const m of messages) classify(index, m);
    const c = process.cpuUsage(c0);
    passes.push((c.user + c.system) / 1000);
  }
  passes.sort((a, b) => a - b);
  const pass = passes[Math.floor(PASSES / 2)]!;
  console.log(
    `classify of the real-world corpus, ${messages.length} messages (${(chars / 1024).toFixed(0)} KB of subject and body), default list, median CPU of ${PASSES} passes: ` +
      `${pass.toFixed(1)} ms a pass, ${((pass / messages.length) * 1000).toFixed(0)} µs a message, ${(pass / (chars / 102_400)).toFixed(1)} ms per 100 KB`,
  );
}
