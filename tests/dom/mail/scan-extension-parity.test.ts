/**
 * Every corpus email, synthetic and real, through the command line's path (the .eml reader with
 * the DOM extractor) and through the extension's (the HTML shown in a page, read by the content
 * script's feature assembly from the DOM): the two must give the same verdict level.
 */
import PostalMime from 'postal-mime';
import { beforeAll, describe, expect, it } from 'vitest';
import { htmlToVisibleTextViaDom } from '../../../scripts/lib/dom-text';
import { classify } from '../../../utils/core/engine/classify';
import { buildMatchIndex } from '../../../utils/core/engine/index';
import { parseEml } from '../../../utils/core/mail/eml';
import { buildFeatures } from '../../../utils/page/message-features';
import { loadCorpus } from '../../corpus/src/evaluate';
import { loadRealCorpus } from '../../corpus/src/real';

const index = buildMatchIndex([]);
const files = [
  ...loadCorpus().map((f) => ({ name: f.file, bytes: f.bytes })),
  ...loadRealCorpus().map((f) => ({ name: `real/${f.path}`, bytes: f.bytes })),
];

/** What a webmail puts in the page for a message: its HTML part, or its text in a <pre>. */
async function extensionLevel(bytes: Uint8Array): Promise<string> {
  const email = await new PostalMime().parse(bytes);
  let root: Element;
  if (email.html !== undefined) {
    root = new DOMParser().parseFromString(email.html, 'text/html').body;
  } else {
    root = document.createElement('pre');
    root.textContent = email.text ?? '';
  }
  const features = buildFeatures({
    senderAddress: email.from?.address ?? '',
    senderName: email.from?.name ?? '',
    // As a provider that reads the To line does (the own-address spoof needs it).
    recipients: (email.to ?? []).map((a) => a.address ?? '').filter(Boolean),
    subject: email.subject ?? '',
    bodyRoots: [root],
  });
  return classify(index, features).level;
}

let scan: Map<string, string>;
beforeAll(async () => {
  scan = new Map();
  for (const f of files) scan.set(f.name, classify(index, (await parseEml(f.bytes, { htmlToText: htmlToVisibleTextViaDom })).features).level);
}, 120_000);

describe('the scan command and the extension judge every corpus email alike', () => {
  it('has the corpus to compare', () => {
    expect(files.length).toBeGreaterThan(300);
  });

  it.each(files.map((f) => [f.name, f] as const))('%s', async (_name, f) => {
    expect(await extensionLevel(f.bytes)).toBe(scan.get(f.name));
  });
});
