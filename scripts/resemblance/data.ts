/**
 * The mail the resemblance model learns from: the tuned batch of the real-world corpus, the
 * synthetic corpus, and the tuned hard benign look-alikes. Never an untuned file: those measure
 * the model, once (tests/corpus/README.md). Each mail is read as the engine reads it
 * (`prepareText`), so training and scoring see the same text.
 */
import { loadCorpus } from '../../tests/corpus/src/evaluate';
import { hardBenignFeatures, loadHardBenign } from '../../tests/corpus/src/hard-benign';
import { loadRealCorpus } from '../../tests/corpus/src/real';
import { prepareText } from '../../utils/core/engine/classify';
import type { MessageFeatures } from '../../utils/core/engine/features';
import { parseEml } from '../../utils/core/mail/eml';
import { htmlToVisibleTextViaDom } from '../lib/dom-text';

export type TrainingMail = {
  id: string;
  label: 0 | 1;
  /** Mails of one source (one article, one hard-benign mail) stay in one cross-validation fold. */
  group: string;
  kind: 'real' | 'real-synthetic' | 'synthetic-corpus' | 'hard-benign';
  features: MessageFeatures;
  folded: string;
};

function mail(id: string, label: 0 | 1, group: string, kind: TrainingMail['kind'], features: MessageFeatures): TrainingMail {
  return { id, label, group, kind, features, folded: prepareText(features).folded };
}

export async function loadTrainingMail(): Promise<TrainingMail[]> {
  const out: TrainingMail[] = [];
  for (const f of loadRealCorpus()) {
    if (f.batch !== 'tuned') continue;
    const { features } = await parseEml(f.bytes, { htmlToText: htmlToVisibleTextViaDom });
    out.push(mail(f.path, f.label === 'extortion' ? 1 : 0, f.source?.url ?? f.path, f.origin === 'real' ? 'real' : 'real-synthetic', features));
  }
  for (const f of loadCorpus()) {
    const { features } = await parseEml(f.bytes, { htmlToText: htmlToVisibleTextViaDom });
    out.push(mail(f.file, f.label === 'extortion' ? 1 : 0, f.file, 'synthetic-corpus', features));
  }
  for (const m of loadHardBenign()) {
    // A forwarded extortion mail is flagged by design; it teaches the model nothing honest.
    if (m.flaggedByDesign !== undefined) continue;
    const id = `hard-benign/${m.language}/${m.index}`;
    out.push(mail(id, 0, id, 'hard-benign', hardBenignFeatures(m)));
  }
  return out.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
