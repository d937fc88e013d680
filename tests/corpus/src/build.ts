/**
 * Writes the synthetic corpus (tests/corpus/{extortion,benign}/*.eml) from the definitions in
 * extortion.ts and benign.ts. Run `npx tsx tests/corpus/src/build.ts` after editing them; the
 * output is deterministic, and the tests read the committed .eml files, not this script.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BENIGN } from './benign';
import { EXTORTION } from './extortion';
import { renderMessage } from './mime';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const all = [...EXTORTION, ...BENIGN];
const names = new Set<string>();
all.forEach((m, i) => {
  if (names.has(m.file)) throw new Error(`duplicate corpus file ${m.file}`);
  names.add(m.file);
  const path = join(root, m.file);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, renderMessage(m, i));
});
console.log(`wrote ${EXTORTION.length} extortion and ${BENIGN.length} benign messages under ${root}`);
