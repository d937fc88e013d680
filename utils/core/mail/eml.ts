/**
 * Reads one `.eml` file (RFC 5322 / MIME) into the engine's `MessageFeatures`, for the command
 * line and the tests. MIME decoding (multipart, quoted-printable, base64, encoded words,
 * charsets) is postal-mime's; this module decides what counts as the body a person reads,
 * notes hidden text, caps every field at the feature limits, and turns input that is not an
 * email into a `MailParseError` that says what was wrong.
 *
 * Must not classify (that is the engine's job) and must not use a DOM: HTML goes through the
 * caller's `HtmlToText`, the extension's one visible-text extractor on whatever DOM the caller
 * has (html-text.ts).
 */
import PostalMime from 'postal-mime';
import type { Address, Email } from 'postal-mime';
import { clipBodyText, FEATURE_LIMITS, MessageFeaturesSchema } from '../engine/features';
import type { MessageFeatures } from '../engine/features';
import type { HtmlToText } from './html-text';
import { MailParseError } from './mail-parse-error';
import { checkMimeBounds, MIME_LIMITS, withLineFeeds } from './mime-bounds';

export { MailParseError };

export type EmlHeader = { key: string; value: string };

export type ParsedEml = {
  features: MessageFeatures;
  /** Which part the body text came from. */
  bodySource: 'text' | 'html' | 'text+html' | 'none';
  /** Non-whitespace characters of HTML text hidden from the reader (display:none, font-size:0…). */
  hiddenTextChars: number;
  /** The hidden text itself, capped; for explanations, never shown as the body. */
  hiddenText: string;
  /** Top-level headers in order (capped), unfolded, values not decoded. */
  headers: EmlHeader[];
  attachmentCount: number;
};

export const MAX_EML_BYTES = 50 * 1024 * 1024;
const MAX_HEADERS_KEPT = 200;
const MAX_HEADER_VALUE = 1_000;
const MAX_REPLY_TO = 10;

/** Headers of which at least one appears in anything that calls itself an email. */
const EMAIL_HEADERS = new Set([
  'from', 'to', 'cc', 'subject', 'date', 'message-id', 'mime-version', 'content-type', 'received', 'return-path',
  'sender', 'reply-to', 'delivered-to',
]);

/** RFC 5322 field names: printable ASCII except the colon. */
const FIELD_NAME = /^[\x21-\x39\x3b-\x7e]+$/;

/** Cuts `s` to `max` UTF-16 units without splitting a surrogate pair. */
export function truncate(s: string, max: number): string {
  if (s.length <= max) return s;
  let end = max;
  const last = s.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end--;
  return s.slice(0, end);
}

function printable(s: string, max = 60): string {
  let out = '';
  for (const ch of s.slice(0, max)) {
    const c = ch.codePointAt(0)!;
    out += c < 0x20 || c === 0x7f ? `\\x${c.toString(16).padStart(2, '0')}` : ch;
  }
  return s.length > max ? out + '…' : out;
}

function toBytes(input: Uint8Array | string): Uint8Array {
  return typeof input === 'string' ? new TextEncoder().encode(input) : input;
}

/** Index just past the header section (the first empty line), or the whole length. */
function headerSectionEnd(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i] !== 10) continue;
    if (bytes[i + 1] === 10) return i + 1;
    if (bytes[i + 1] === 13 && bytes[i + 2] === 10) return i + 1;
  }
  return bytes.length;
}

/** An mbox export starts with a `From sender date` line that is not a header; skip it. */
function withoutMboxLine(bytes: Uint8Array): Uint8Array {
  const isFromSpace = bytes[0] === 70 && bytes[1] === 114 && bytes[2] === 111 && bytes[3] === 109 && bytes[4] === 32;
  if (!isFromSpace) return bytes;
  const nl = bytes.indexOf(10);
  return nl < 0 ? bytes.subarray(bytes.length) : bytes.subarray(nl + 1);
}

function isBlank(bytes: Uint8Array): boolean {
  for (const b of bytes) if (b !== 32 && b !== 9 && b !== 10 && b !== 13) return false;
  return true;
}

function mailboxes(addresses: Address | Address[] | undefined): { name: string; address: string }[] {
  if (!addresses) return [];
  const list = Array.isArray(addresses) ? addresses : [addresses];
  const out: { name: string; address: string }[] = [];
  for (const a of list) {
    if (a.group) out.push(...a.group);
    else out.push({ name: a.name, address: a.address });
  }
  return out;
}

/** URLs written out in plain text (webmail turns them into links). */
export function linksInText(text: string, max: number): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  for (const m of text.matchAll(/\bhttps?:\/\/[^\s<>"'`]+/gi)) {
    let url = m[0];
    while (url.length > 0 && '.,;:!?)]}'.includes(url[url.length - 1]!)) url = url.slice(0, -1);
    if (url && !seen.has(url)) {
      seen.add(url);
      out.push(url);
      if (out.length >= max) break;
    }
  }
  return out;
}

/**
 * Whether a text part and the HTML's visible text are plausibly the same message: their
 * non-space lengths are within a factor of two of each other.
 */
function sameContentLength(text: string, htmlText: string): boolean {
  const a = text.replace(/\s+/g, '').length;
  const b = htmlText.replace(/\s+/g, '').length;
  return Math.max(a, b) <= 2 * Math.min(a, b) + 40;
}

function checkLooksLikeEmail(email: Email): void {
  if (email.headers.length === 0) {
    throw new MailParseError('no email headers: the file does not start with header lines such as "From:" or "Subject:"');
  }
  let line = 1;
  for (const h of email.headerLines) {
    if (!FIELD_NAME.test(h.key)) {
      throw new MailParseError(`header line ${line} is not an email header ("${printable(h.line)}"); is this an .eml file?`);
    }
    line += h.line.split('\n').length;
  }
  if (!email.headers.some((h) => EMAIL_HEADERS.has(h.key))) {
    throw new MailParseError('no email headers: none of From, To, Subject, Date, Message-ID or Content-Type is present');
  }
  const contentType = email.headers.find((h) => h.key === 'content-type')?.value.toLowerCase() ?? '';
  if (contentType.trimStart().startsWith('multipart/') && email.text === undefined && email.html === undefined && email.attachments.length === 0) {
    throw new MailParseError('multipart message without any parts: its boundary never appears (truncated or damaged file?)');
  }
}

export type ParseEmlOptions = {
  /**
   * How HTML becomes the visible text: the extension's extractor on a DOM (the check page's
   * `DOMParser`, happy-dom on the command line), so that every path judges the same text.
   */
  htmlToText: HtmlToText;
};

/** Parses one email; throws `MailParseError` when the input is not a readable email. */
export async function parseEml(input: Uint8Array | string, options: ParseEmlOptions): Promise<ParsedEml> {
  const all = toBytes(input);
  if (all.length === 0 || isBlank(all)) throw new MailParseError('the file is empty');
  if (all.length > MAX_EML_BYTES) {
    throw new MailParseError(`the file is too large for an email (${all.length} bytes, limit ${MAX_EML_BYTES})`);
  }
  const bytes = withoutMboxLine(withLineFeeds(all));
  if (bytes.subarray(0, headerSectionEnd(bytes)).includes(0)) {
    throw new MailParseError('binary data (NUL bytes) in the header section: this is not an email');
  }
  checkMimeBounds(bytes);

  const parser = new PostalMime({
    attachmentEncoding: 'arraybuffer',
    maxNestingDepth: MIME_LIMITS.nestingDepth,
    maxHeadersSize: MIME_LIMITS.headerBytes,
  });
  let email: Email;
  try {
    email = await parser.parse(bytes);
  } catch (e) {
    throw new MailParseError(`the MIME structure cannot be read: ${e instanceof Error ? e.message : String(e)}`);
  }
  checkLooksLikeEmail(email);
  if (email.attachments.some((a) => a.rfc822DepthExceeded === true)) {
    // What is inside was never read; a verdict on the outer layers alone could say "nothing
    // found" about a message whose threat sits in the innermost one.
    throw new MailParseError('forwarded messages are nested more than 10 deep: the innermost ones cannot be read; forward the innermost message on its own');
  }

  // postal-mime fills `text` from the HTML when a message has no plain part; its record of
  // which part types it met tells a real text part from that conversion.
  const textTypes = (parser as unknown as { textTypes?: unknown }).textTypes;
  const hasPlainPart = textTypes instanceof Set ? textTypes.has('plain') : email.text !== undefined;
  // The whole visible text is kept (the file size bounds it): the body is clipped to the
  // engine's limit below, keeping its end, where a demand after filler stands.
  const html = email.html !== undefined ? options.htmlToText(email.html, { maxTextChars: MAX_EML_BYTES, maxLinks: FEATURE_LIMITS.links }) : undefined;

  let bodyText = '';
  let bodySource: ParsedEml['bodySource'] = 'none';
  const plain = hasPlainPart && email.text !== undefined && email.text.trim() !== '' ? email.text : undefined;
  if (plain !== undefined && html && !sameContentLength(plain, html.text)) {
    // The parts disagree (a stub "view this in HTML" text part, or a text part written for
    // filters): the reader sees the HTML, a filter the text, so the engine gets both.
    bodyText = `${plain}\n\n${html.text}`;
    bodySource = 'text+html';
  } else if (plain !== undefined) {
    bodyText = plain;
    bodySource = 'text';
  } else if (html) {
    bodyText = html.text;
    bodySource = 'html';
  } else if (email.text !== undefined) {
    bodyText = email.text;
    bodySource = 'text';
  }
  const clipped = clipBodyText(bodyText);
  bodyText = clipped.text;

  const links: string[] = [];
  const seen = new Set<string>();
  const textLinks = plain !== undefined || bodySource === 'text' ? linksInText(plain ?? bodyText, FEATURE_LIMITS.links) : [];
  for (const link of [...(html?.links ?? []), ...textLinks]) {
    const l = truncate(link, FEATURE_LIMITS.link);
    if (seen.has(l)) continue;
    seen.add(l);
    links.push(l);
    if (links.length >= FEATURE_LIMITS.links) break;
  }

  const from = mailboxes(email.from)[0] ?? mailboxes(email.sender)[0];
  const replyTo = mailboxes(email.replyTo)
    .map((m) => truncate(m.address.trim(), FEATURE_LIMITS.address))
    .filter((a) => a !== '')
    .slice(0, MAX_REPLY_TO);

  const features = MessageFeaturesSchema.parse({
    senderAddress: truncate((from?.address ?? '').trim(), FEATURE_LIMITS.address),
    senderName: truncate((from?.name ?? '').trim(), FEATURE_LIMITS.name),
    replyTo,
    recipients: mailboxes(email.to)
      .map((m) => truncate(m.address.trim(), FEATURE_LIMITS.address))
      .filter((a) => a !== '')
      .slice(0, MAX_REPLY_TO),
    recipientNames: mailboxes(email.to)
      .map((m) => truncate((m.name ?? '').trim(), FEATURE_LIMITS.name))
      .filter((n) => n !== '')
      .slice(0, FEATURE_LIMITS.recipients),
    subject: truncate(email.subject ?? '', FEATURE_LIMITS.subject),
    bodyText,
    links,
    ...(clipped.clip ? { bodyClipped: clipped.clip } : {}),
  });

  return {
    features,
    bodySource,
    hiddenTextChars: html?.hiddenTextChars ?? 0,
    hiddenText: html?.hiddenText ?? '',
    headers: email.headers.slice(0, MAX_HEADERS_KEPT).map((h) => ({ key: h.key, value: truncate(h.value, MAX_HEADER_VALUE) })),
    attachmentCount: email.attachments.length,
  };
}

/** The engine's input for one email; throws `MailParseError` for input that is not an email. */
export async function emlToFeatures(input: Uint8Array | string, htmlToText: HtmlToText): Promise<MessageFeatures> {
  return (await parseEml(input, { htmlToText })).features;
}

/**
 * The engine's input for a bare message body (a `.txt` file a helpdesk saved): no sender or
 * subject. Bytes are read as UTF-8, or as Windows-1252 when they are not valid UTF-8.
 */
export function plainTextToFeatures(input: Uint8Array | string): MessageFeatures {
  const bytes = toBytes(input);
  if (bytes.length === 0 || isBlank(bytes)) throw new MailParseError('the file is empty');
  if (bytes.length > MAX_EML_BYTES) throw new MailParseError(`the file is too large (${bytes.length} bytes, limit ${MAX_EML_BYTES})`);
  if (bytes.includes(0)) throw new MailParseError('binary data (NUL bytes): this is not a text file');
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    text = new TextDecoder('windows-1252').decode(bytes);
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const clipped = clipBodyText(text);
  return MessageFeaturesSchema.parse({
    senderAddress: '',
    senderName: '',
    replyTo: [],
    subject: '',
    bodyText: clipped.text,
    links: linksInText(clipped.text, FEATURE_LIMITS.links).map((l) => truncate(l, FEATURE_LIMITS.link)),
    ...(clipped.clip ? { bodyClipped: clipped.clip } : {}),
  });
}
