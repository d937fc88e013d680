/**
 * Assembles a list source folder (readable files, one per campaign; format in
 * scripts/list-sources/README.md) into one `SignatureList`. Every problem is reported with its
 * file and line so that a maintainer can fix it; nothing is repaired silently. Invalid payment
 * addresses in address files are skipped with a warning (published data sets contain extraction
 * noise), everything else that is wrong is an error and no list is produced.
 *
 * Owns the source format and its line bookkeeping; must not sign, serialise or publish (the
 * maintainer CLI does), and leaves the whole-list checks (too-broad entries) to
 * `parseSignatureList`.
 */
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import {
  CampaignSchema,
  ContentSignatureSchema,
  PaymentAddressSchema,
  SenderRuleSchema,
  SignatureListSchema,
} from '../../utils/core/list/schema';
import type { Campaign, ContentSignature, PaymentAddress, SenderRule, SignatureList } from '../../utils/core/list/schema';
import { parseSignatureList } from '../../utils/core/list/parse';
import { CoinSchema } from '../../utils/core/payment/coin';
import { paymentKey, validateAddress } from '../../utils/core/payment/validate';
import { JsonLines, syntaxErrorLine } from './json-lines';
import type { JsonPath } from './json-lines';
import { readRegularTextFile } from './safe-read';

export type SourceError = { file: string; line: number; message: string };

export type LoadResult = { list: SignatureList; warnings: SourceError[] } | { errors: SourceError[]; warnings: SourceError[] };

export const LIST_FILE = 'list.json';
/** Largest source file read (a campaign file or an imported address set); FIFOs and devices are refused. */
export const MAX_SOURCE_FILE_BYTES = 256 * 1024 * 1024;
export const CAMPAIGN_DIR = 'campaigns';

const ListHeaderSchema = z
  .object({
    schema: SignatureListSchema.shape.schema,
    listId: SignatureListSchema.shape.listId,
    version: SignatureListSchema.shape.version,
    name: SignatureListSchema.shape.name,
    attribution: SignatureListSchema.shape.attribution,
  })
  .strict();

const DataFileSchema = z.string().min(1).max(200);

/** Invalid lines an imported address file may hold before it is an error rather than noise. */
const MAX_NOISE_LINES = 100;
const MAX_NOISE_SHARE = 0.1;

/** A campaign file: the campaign and its entries, which do not repeat the campaign id. */
const CampaignSourceSchema = z
  .object({
    campaign: CampaignSchema,
    senders: z.array(SenderRuleSchema.omit({ campaign: true }).strict()).default([]),
    senderFiles: z.array(z.object({ match: SenderRuleSchema.shape.match, file: DataFileSchema }).strict()).default([]),
    signatures: z.array(ContentSignatureSchema.omit({ campaign: true }).strict()).default([]),
    payments: z.array(PaymentAddressSchema.omit({ campaign: true }).strict()).default([]),
    paymentFiles: z.array(z.object({ coin: CoinSchema, file: DataFileSchema }).strict()).default([]),
  })
  .strict();

type Origin = { file: string; line: number };

/** Where each entry of the assembled list came from, by array and index. */
type Origins = { campaigns: Origin[]; senders: Origin[]; payments: Origin[]; signatures: Origin[] };

class Collector {
  readonly errors: SourceError[] = [];
  readonly warnings: SourceError[] = [];
  error(file: string, line: number, message: string): void {
    this.errors.push({ file, line, message });
  }
  warn(file: string, line: number, message: string): void {
    this.warnings.push({ file, line, message });
  }
}

function describePath(p: JsonPath): string {
  let out = '';
  for (const part of p) out += typeof part === 'number' ? `[${part}]` : out === '' ? String(part) : `.${String(part)}`;
  return out;
}

/** Reads and parses one JSON file, reporting syntax errors at their line. */
async function readJson(dir: string, rel: string, c: Collector): Promise<{ value: unknown; lines: JsonLines } | null> {
  let text: string;
  try {
    text = await readRegularTextFile(path.join(dir, rel), MAX_SOURCE_FILE_BYTES);
  } catch (e) {
    c.error(rel, 0, `cannot read the file: ${e instanceof Error ? e.message : String(e)}`);
    return null;
  }
  try {
    const value: unknown = JSON.parse(text);
    return { value, lines: new JsonLines(text) };
  } catch (e) {
    c.error(rel, syntaxErrorLine(text, e), `not valid JSON: ${(e as Error).message}`);
    return null;
  }
}

function reportIssues(rel: string, lines: JsonLines, issues: readonly z.core.$ZodIssue[], c: Collector): void {
  for (const issue of issues) {
    const where = describePath(issue.path);
    c.error(rel, lines.lineOf(issue.path), where ? `${where}: ${issue.message}` : issue.message);
  }
}

/** Resolves a data file named in a campaign file; it must stay inside the source folder. */
function dataFilePath(dir: string, file: string): string | null {
  if (path.isAbsolute(file)) return null;
  const full = path.resolve(dir, file);
  const rel = path.relative(path.resolve(dir), full);
  if (rel.startsWith('..') || path.isAbsolute(rel)) return null;
  return full;
}

/** The non-empty, non-comment lines of a one-value-per-line file, with their line numbers. */
async function readValueLines(dir: string, file: string, c: Collector, from: Origin): Promise<{ value: string; line: number }[] | null> {
  const full = dataFilePath(dir, file);
  if (!full) {
    c.error(from.file, from.line, `data file "${file}" must be a relative path inside the source folder`);
    return null;
  }
  let text: string;
  try {
    text = await readRegularTextFile(full, MAX_SOURCE_FILE_BYTES, 'the data file');
  } catch (e) {
    c.error(from.file, from.line, `cannot read data file "${file}": ${e instanceof Error ? e.message : String(e)}`);
    return null;
  }
  if (text.includes('\u0000')) {
    c.error(from.file, from.line, `data file "${file}" holds binary data (NUL bytes), not one value per line`);
    return null;
  }
  const out: { value: string; line: number }[] = [];
  const lines = text.split('\n');
  for (let n = 0; n < lines.length; n++) {
    const value = lines[n]!.trim();
    if (value === '' || value.startsWith('#')) continue;
    out.push({ value, line: n + 1 });
  }
  return out;
}

type Assembled = {
  campaigns: Campaign[];
  senders: SenderRule[];
  payments: PaymentAddress[];
  signatures: ContentSignature[];
  origins: Origins;
};

async function loadCampaignFile(dir: string, rel: string, into: Assembled, seen: Seen, c: Collector): Promise<void> {
  const json = await readJson(dir, rel, c);
  if (!json) return;
  const parsed = CampaignSourceSchema.safeParse(json.value);
  if (!parsed.success) {
    reportIssues(rel, json.lines, parsed.error.issues, c);
    return;
  }
  const source = parsed.data;
  const lines = json.lines;
  const id = source.campaign.id;
  const expectedName = `${id}.json`;
  if (path.basename(rel) !== expectedName) {
    c.error(rel, lines.lineOf(['campaign', 'id']), `campaign id "${id}" must match the file name (expected ${CAMPAIGN_DIR}/${expectedName})`);
  }
  const firstCampaign = seen.campaigns.get(id);
  if (firstCampaign) {
    c.error(rel, lines.lineOf(['campaign', 'id']), `campaign id "${id}" is already used in ${firstCampaign.file}:${firstCampaign.line}`);
    return;
  }
  const campaignOrigin = { file: rel, line: lines.lineOf(['campaign']) };
  seen.campaigns.set(id, campaignOrigin);
  into.campaigns.push(source.campaign);
  into.origins.campaigns.push(campaignOrigin);

  const addSender = (rule: SenderRule, origin: Origin): void => {
    const key = `${rule.match}:${rule.value.toLowerCase()}`;
    const first = seen.senders.get(key);
    if (first) {
      c.warn(origin.file, origin.line, `duplicate sender rule (${rule.match} "${rule.value}"), first in ${first.file}:${first.line}; skipped`);
      return;
    }
    seen.senders.set(key, origin);
    into.senders.push(rule);
    into.origins.senders.push(origin);
  };
  source.senders.forEach((s, i) => addSender({ campaign: id, ...s }, { file: rel, line: lines.lineOf(['senders', i]) }));
  for (const [i, sf] of source.senderFiles.entries()) {
    const from = { file: rel, line: lines.lineOf(['senderFiles', i]) };
    const values = await readValueLines(dir, sf.file, c, from);
    for (const { value, line } of values ?? []) {
      const rule = SenderRuleSchema.safeParse({ campaign: id, match: sf.match, value });
      if (!rule.success) c.error(sf.file, line, `${sf.match} "${value.slice(0, 80)}": ${rule.error.issues[0]?.message ?? 'invalid'}`);
      else addSender(rule.data, { file: sf.file, line });
    }
  }

  for (const [i, s] of source.signatures.entries()) {
    const origin = { file: rel, line: lines.lineOf(['signatures', i]) };
    const first = seen.signatures.get(s.id);
    if (first) {
      c.error(origin.file, origin.line, `signature id "${s.id}" is already used in ${first.file}:${first.line}`);
      continue;
    }
    seen.signatures.set(s.id, origin);
    into.signatures.push({ ...s, campaign: id });
    into.origins.signatures.push(origin);
  }

  /** Adds a payment entry; false when the address is not valid. */
  const addPayment = (p: PaymentAddress, origin: Origin, fromDataFile: boolean): boolean => {
    if (!validateAddress(p.coin, p.address)) {
      const message = `"${p.address.slice(0, 120)}" is not a valid ${p.coin} address (format or checksum)`;
      // Published address sets carry extraction noise: skip and warn. A hand-written entry is an error.
      if (fromDataFile) c.warn(origin.file, origin.line, `${message}; skipped`);
      else c.error(origin.file, origin.line, message);
      return false;
    }
    const key = paymentKey(p.coin, p.address);
    const first = seen.payments.get(key);
    if (first) {
      c.warn(origin.file, origin.line, `duplicate ${p.coin} address ${p.address}, first in ${first.file}:${first.line}; skipped`);
      return true;
    }
    seen.payments.set(key, origin);
    into.payments.push(p);
    into.origins.payments.push(origin);
    return true;
  };
  source.payments.forEach((p, i) => addPayment({ campaign: id, ...p }, { file: rel, line: lines.lineOf(['payments', i]) }, false));
  for (const [i, pf] of source.paymentFiles.entries()) {
    const from = { file: rel, line: lines.lineOf(['paymentFiles', i]) };
    const values = await readValueLines(dir, pf.file, c, from);
    let invalid = 0;
    for (const { value, line } of values ?? []) {
      if (!addPayment({ campaign: id, coin: pf.coin, address: value }, { file: pf.file, line }, true)) invalid++;
    }
    // Some noise is expected in an imported set; mostly noise means the wrong file (or a
    // binary one), and skipping it with warnings would publish a list that silently lacks it.
    const total = values?.length ?? 0;
    if (invalid > MAX_NOISE_LINES && invalid > total * MAX_NOISE_SHARE) {
      c.error(from.file, from.line, `data file "${pf.file}": ${invalid.toLocaleString('en')} of ${total.toLocaleString('en')} lines are not valid ${pf.coin} addresses; is it the right file?`);
    }
  }
}

type Seen = {
  campaigns: Map<string, Origin>;
  senders: Map<string, Origin>;
  payments: Map<string, Origin>;
  signatures: Map<string, Origin>;
};

/** Maps a whole-list problem such as `senders[3] (domain "gmail.com"): …` back to its source line. */
function originOf(message: string, origins: Origins): Origin | null {
  const m = /^(campaigns|senders|payments|signatures)\[(\d+)\]/.exec(message);
  if (!m) return null;
  const list = origins[m[1] as keyof Origins];
  return list[Number(m[2])] ?? null;
}

export async function loadListSources(dir: string): Promise<LoadResult> {
  const c = new Collector();
  const header = await readJson(dir, LIST_FILE, c);
  let headerValue: z.infer<typeof ListHeaderSchema> | null = null;
  if (header) {
    const parsed = ListHeaderSchema.safeParse(header.value);
    if (parsed.success) headerValue = parsed.data;
    else reportIssues(LIST_FILE, header.lines, parsed.error.issues, c);
  }

  let files: string[] = [];
  try {
    files = (await readdir(path.join(dir, CAMPAIGN_DIR))).filter((f) => f.endsWith('.json')).sort();
  } catch (e) {
    c.error(CAMPAIGN_DIR, 0, `cannot read the campaign folder: ${(e as NodeJS.ErrnoException).code ?? String(e)}`);
  }
  if (files.length === 0 && c.errors.length === 0) c.error(CAMPAIGN_DIR, 0, 'no campaign files (campaigns/<id>.json)');

  const assembled: Assembled = {
    campaigns: [],
    senders: [],
    payments: [],
    signatures: [],
    origins: { campaigns: [], senders: [], payments: [], signatures: [] },
  };
  const seen: Seen = { campaigns: new Map(), senders: new Map(), payments: new Map(), signatures: new Map() };
  for (const f of files) await loadCampaignFile(dir, `${CAMPAIGN_DIR}/${f}`, assembled, seen, c);

  if (c.errors.length > 0 || !headerValue) return { errors: c.errors, warnings: c.warnings };

  const candidate = {
    ...headerValue,
    campaigns: assembled.campaigns,
    senders: assembled.senders,
    payments: assembled.payments,
    signatures: assembled.signatures,
  };
  const checked = parseSignatureList(candidate);
  if (!checked.ok) {
    for (const problem of checked.error) {
      const origin = originOf(problem.path || problem.message, assembled.origins);
      c.error(origin?.file ?? LIST_FILE, origin?.line ?? 0, problem.message);
    }
    return { errors: c.errors, warnings: c.warnings };
  }
  return { list: checked.value, warnings: c.warnings };
}

/** `file:line: message`, the form editors and terminals link to. */
export function formatSourceError(e: SourceError): string {
  return e.line > 0 ? `${e.file}:${e.line}: ${e.message}` : `${e.file}: ${e.message}`;
}
