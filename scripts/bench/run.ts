/**
 * `npm run bench`: runs every benchmark module in one process, one after the other, so that
 * ratios within a module are measured side by side on the same machine state. Owns only the
 * running; each module prints its own table.
 *
 * To add a module: export `bench` from `scripts/bench/<name>.ts` and append one line to BENCHES.
 * `npm run bench -- engine` runs only the modules whose name contains "engine".
 */
import { bench as engine } from './engine';
import { bench as engineRealMail } from './engine-real-mail';
import { bench as parser } from './parser';
import { bench as sync } from './sync';
import { bench as syncPublish } from './sync-publish';
import { bench as webmail } from './webmail';

export type Bench = () => Promise<void> | void;

const BENCHES: readonly { name: string; bench: Bench }[] = [
  { name: 'engine', bench: engine },
  { name: 'engine-real-mail', bench: engineRealMail },
  { name: 'parser', bench: parser },
  { name: 'sync', bench: sync },
  { name: 'sync-publish', bench: syncPublish },
  { name: 'webmail', bench: webmail },
];

const filters = process.argv.slice(2).filter((a) => !a.startsWith('-'));
const selected = BENCHES.filter((b) => filters.length === 0 || filters.some((f) => b.name.includes(f)));
if (selected.length === 0) {
  console.error(`No benchmark matches ${filters.join(', ')}. Known: ${BENCHES.map((b) => b.name).join(', ')}`);
  process.exit(2);
}
if (typeof globalThis.gc !== 'function') {
  console.warn('Note: run node with --expose-gc (npm run bench does) for memory figures.');
}
for (const { name, bench } of selected) {
  console.log(`\n=== ${name} ===`);
  await bench();
}
