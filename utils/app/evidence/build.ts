/**
 * Builds the evidence file: sender, date, subject, payment addresses (in full: this is the
 * person's own copy, for the police), why Vahti flagged it, headers where exposed, the full
 * text, and a SHA-256 of the message content so the copy can be shown unaltered later.
 * Pure: returns text; saving it to disk is the caller's job, and nothing is uploaded.
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import { findPaymentAddresses, type FoundAddress } from '../../core/payment/find';
import type { Reason } from '../../core/engine/verdict';
import { EvidenceInputSchema, type EvidenceInput, type TextLookup } from './schema';

export const CONTENT_BEGIN = '----- BEGIN MESSAGE CONTENT -----';
export const CONTENT_END = '----- END MESSAGE CONTENT -----';

export interface Evidence {
  fileName: string;
  /** The file, as UTF-8 text. */
  text: string;
  /** The same facts as JSON, for tools. */
  json: string;
  /** Hex SHA-256 of `content` (UTF-8). */
  contentSha256: string;
  /** The exact message content the hash covers: header lines, a blank line, the body. */
  content: string;
  paymentAddresses: FoundAddress[];
}

/** No control characters in one-line fields: a hostile subject must not fake a section. */
function oneLine(s: string): string {
  let out = '';
  for (const ch of s) {
    const c = ch.charCodeAt(0);
    out += c < 0x20 || c === 0x7f || c === 0x2028 || c === 0x2029 || c === 0x85 ? ' ' : ch;
  }
  return out.trim();
}

function formatSender(name: string, address: string): string {
  const n = oneLine(name);
  const a = oneLine(address);
  return n && a ? `${n} <${a}>` : n || a;
}

export function messageContent(input: ReturnType<typeof EvidenceInputSchema.parse>): string {
  const f = input.features;
  const headerLines =
    input.headers.length > 0
      ? input.headers.map((h) => `${oneLine(h.name)}: ${oneLine(h.value)}`)
      : [
          `From: ${formatSender(f.senderName, f.senderAddress)}`,
          ...(f.replyTo.length ? [`Reply-To: ${f.replyTo.map(oneLine).join(', ')}`] : []),
          ...(input.to.length ? [`To: ${input.to.map(oneLine).join(', ')}`] : []),
          ...(input.receivedAt ? [`Date: ${oneLine(input.receivedAt)}`] : []),
          `Subject: ${oneLine(f.subject)}`,
        ];
  return [...headerLines, '', f.bodyText].join('\n');
}

export function sha256Hex(text: string): string {
  return bytesToHex(sha256(utf8ToBytes(text)));
}

function reasonLine(r: Reason): string {
  const parts = [r.rule + (r.signal ? ` (${r.signal})` : '')];
  if (r.campaignId) parts.push(`campaign ${r.campaignId}`);
  if (r.listId) parts.push(`list ${r.listId}${r.listVersion === undefined ? '' : ` v${r.listVersion}`}`);
  return `${parts.join(', ')}: ${oneLine(r.matched)}`;
}

/** `vahti-evidence-2026-11-23-1803-ab12cd34.txt`: sortable, unique enough, no mail content. */
export function evidenceFileName(savedAt: string, contentSha256: string): string {
  const stamp = savedAt.slice(0, 16).replace('T', '-').replace(':', '');
  return `vahti-evidence-${stamp}-${contentSha256.slice(0, 8)}.txt`;
}

export function buildEvidence(raw: EvidenceInput, t: TextLookup): Evidence {
  const input = EvidenceInputSchema.parse(raw);
  const f = input.features;
  const content = messageContent(input);
  const contentSha256 = sha256Hex(content);
  const paymentAddresses = findPaymentAddresses(`${f.subject}\n${f.bodyText}`);
  const none = `  ${t('evidence_none')}`;

  const lines = [
    t('evidence_title'),
    t('evidence_saved', [input.savedAt, input.extensionVersion ?? '']),
    t('evidence_not_uploaded'),
    '',
    `${t('evidence_provider')}: ${oneLine(input.provider)}`,
    `${t('evidence_sender')}: ${formatSender(f.senderName, f.senderAddress)}`,
    ...(f.replyTo.length ? [`${t('evidence_reply_to')}: ${f.replyTo.map(oneLine).join(', ')}`] : []),
    ...(input.to.length ? [`${t('evidence_to')}: ${input.to.map(oneLine).join(', ')}`] : []),
    `${t('evidence_date')}: ${input.receivedAt ? oneLine(input.receivedAt) : t('evidence_unknown')}`,
    `${t('evidence_subject')}: ${oneLine(f.subject)}`,
    '',
    `${t('evidence_payments')}:`,
    ...(paymentAddresses.length
      ? paymentAddresses.map((p) => `  ${p.coin} ${p.address}${p.amount ? ` (${oneLine(p.amount)})` : ''}`)
      : [none]),
    '',
    `${t('evidence_reasons')}:`,
    ...(input.verdict.reasons.length ? input.verdict.reasons.map((r) => `  ${reasonLine(r)}`) : [none]),
    '',
    `${t('evidence_headers')}: ${input.headers.length ? t('evidence_headers_in_content') : t('evidence_headers_hidden')}`,
    '',
    `${t('evidence_sha256')}: ${contentSha256}`,
    t('evidence_sha256_how'),
    CONTENT_BEGIN,
    content,
    CONTENT_END,
    '',
    `${t('evidence_links')}:`,
    ...(f.links.length ? f.links.map((l) => `  ${oneLine(l)}`) : [none]),
    '',
  ];

  const json = JSON.stringify(
    {
      format: 'vahti-evidence',
      formatVersion: 1,
      savedAt: input.savedAt,
      extensionVersion: input.extensionVersion,
      provider: input.provider,
      sender: { name: f.senderName, address: f.senderAddress, replyTo: f.replyTo },
      to: input.to,
      receivedAt: input.receivedAt,
      subject: f.subject,
      paymentAddresses,
      verdict: input.verdict,
      headers: input.headers,
      links: f.links,
      content,
      contentSha256,
    },
    null,
    2,
  );

  return { fileName: evidenceFileName(input.savedAt, contentSha256), text: lines.join('\n'), json, contentSha256, content, paymentAddresses };
}
