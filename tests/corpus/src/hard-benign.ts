/**
 * Hard benign look-alikes (tests/corpus/hard-benign/<lang>.json): honest mail written here, near
 * the edge of what the heuristics read — a wedding videographer's "video of you", an IT admin's
 * "I have access to your computer", a pest controller paid to "kill the wasps", a bank's
 * bitcoin receipt. Written by sessions that looked for false alarms, not for recall; every mail
 * they wrote is kept, flagged or not. Owns the file format and loading; must not judge a mail.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { MessageFeaturesSchema, type MessageFeatures } from '../../../utils/core/engine/features';

export const HARD_BENIGN_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'hard-benign');
/**
 * A second batch, written later by sessions that neither ran the engine nor read the rules, and
 * never tuned on: `npm run corpus` scores it, no test asserts on it (tests/corpus/README.md).
 */
export const UNTUNED_HARD_BENIGN_DIR = join(HARD_BENIGN_DIR, 'untuned');
/**
 * A third batch, written in the session that added the resemblance model (rule 20) by a
 * session that neither ran the engine nor read the rules or the other batches; never tuned on.
 */
export const UNTUNED_HARD_BENIGN_2_DIR = join(HARD_BENIGN_DIR, 'untuned-2');
/**
 * A fourth batch, written in the session that added rule 21 (commissioned harm), by a session
 * that neither ran the engine nor read the rules or the other batches, leaning towards what the
 * others had less of: breach notices from clinics, bomb drills, murder-mystery games, lawful
 * demands with photos as proof; never tuned on.
 */
export const UNTUNED_HARD_BENIGN_3_DIR = join(HARD_BENIGN_DIR, 'untuned-3');
/**
 * A fifth batch, written in the session that added rules 24 and 25 (business extortion, the
 * affair letter) by a session that neither ran the engine nor read the rules: security
 * researchers' disclosures, pen-test reports, hosting and review-platform notices, detectives,
 * counsellors, schools' sextortion advice, game masters; never tuned on.
 */
export const UNTUNED_HARD_BENIGN_4_DIR = join(HARD_BENIGN_DIR, 'untuned-4');
/**
 * A sixth batch (276 mails, 23 a language) written in the round-9 session by someone who had not
 * read the rules: texts that describe, quote or warn about extortion mail without being it —
 * news quoting or retelling a mail, police and CERT bulletins, court reports, banks', schools'
 * and helplines' warnings, companies' ransomware notices, recipients' blogs that print the whole
 * mail, film blurbs; never tuned on.
 */
export const UNTUNED_HARD_BENIGN_5_DIR = join(HARD_BENIGN_DIR, 'untuned-5');
/**
 * A seventh batch, written in the round-10 session by someone who had not read the rules:
 * honest mail whose words come close to that session's additions and to threats in general —
 * product recalls and poisoning news, missions, "hired to", eliminations in sport, deposits and
 * creditors' conditions, thousands written as words ("300mila euro", "50k €"), the family's
 * safety in insurance and neighbourhood-watch mail, gamers' and password tips' digits for letters
 * ("h4x0r", "P4ssw0rd"); never tuned on.
 */
export const UNTUNED_HARD_BENIGN_6_DIR = join(HARD_BENIGN_DIR, 'untuned-6');
/** The untuned batches, as `npm run corpus` names them. */
export const UNTUNED_HARD_BENIGN_BATCHES = [
  { name: 'untuned', dir: UNTUNED_HARD_BENIGN_DIR },
  { name: 'untuned-2', dir: UNTUNED_HARD_BENIGN_2_DIR },
  { name: 'untuned-3', dir: UNTUNED_HARD_BENIGN_3_DIR },
  { name: 'untuned-4', dir: UNTUNED_HARD_BENIGN_4_DIR },
  { name: 'untuned-5', dir: UNTUNED_HARD_BENIGN_5_DIR },
  { name: 'untuned-6', dir: UNTUNED_HARD_BENIGN_6_DIR },
] as const;

const HardBenignSchema = z.object({
  kind: z.string().min(1),
  subject: z.string(),
  from: z.string().min(3),
  body: z.string().min(1),
  /**
   * Why flagging this honest mail is right or cannot be helped (a forwarded extortion mail, a
   * joke that words a real threat). Such a mail is expected to be flagged, and the test says so.
   */
  flaggedByDesign: z.string().min(20).optional(),
});
export type HardBenign = z.infer<typeof HardBenignSchema> & { language: string; index: number };

/** Every mail of every language file; throws, naming the file, on a broken one. */
export function loadHardBenign(dir = HARD_BENIGN_DIR): HardBenign[] {
  if (!existsSync(dir)) return [];
  const out: HardBenign[] = [];
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.json')).sort()) {
    const language = file.replace(/\.json$/, '');
    const parsed = z.array(HardBenignSchema).safeParse(JSON.parse(readFileSync(join(dir, file), 'utf8')));
    if (!parsed.success) throw new Error(`${file}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
    parsed.data.forEach((mail, index) => out.push({ ...mail, language, index }));
  }
  return out;
}

/** "Name <addr@example.com>" as a display name and an address; a bare address has no name. */
function splitFrom(from: string): { senderName?: string; senderAddress: string } {
  const m = /^(.*?)\s*<([^>]+)>\s*$/.exec(from);
  if (m === null) return { senderAddress: from.trim() };
  const name = m[1]!.replace(/^"|"$/g, '').trim();
  return name.length > 0 ? { senderName: name, senderAddress: m[2]!.trim() } : { senderAddress: m[2]!.trim() };
}

/** A mail as the engine's features, the shape a webmail page hands the background. */
export function hardBenignFeatures(mail: HardBenign): MessageFeatures {
  const { senderName, senderAddress } = splitFrom(mail.from);
  return MessageFeaturesSchema.parse({ senderAddress, senderName: senderName ?? '', subject: mail.subject, bodyText: mail.body, links: [] });
}
