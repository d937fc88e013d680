/**
 * `npx tsx tests/corpus/src/source-taken.ts <url>…`: says whether a source URL is already in
 * some manifest of the real-world corpus, and in which batch, without printing anything else
 * about the files. Collectors use it to avoid a second copy of one source; rule writers use it
 * without seeing what the untuned batch holds.
 */
import { loadRealCorpus, sourceKey } from './real';

const taken = new Map<string, Set<string>>();
for (const f of loadRealCorpus()) {
  if (f.source === undefined) continue;
  const key = sourceKey(f.source.url);
  const batches = taken.get(key) ?? new Set<string>();
  batches.add(f.batch);
  taken.set(key, batches);
}
for (const url of process.argv.slice(2)) {
  const batches = taken.get(sourceKey(url));
  console.log(`${batches ? `taken (${[...batches].sort().join(', ')})` : 'free'}\t${url}`);
}
