/**
 * A small RFC 5322 / MIME writer for the synthetic corpus: encoded-word subjects, 8bit,
 * quoted-printable (with soft line breaks placed where a test wants them) and base64 bodies,
 * UTF-8 and ISO-8859-1, single-part and multipart. Test tooling only: the product parses mail
 * with postal-mime and never uses this.
 */

/** Put this character in a text to force a quoted-printable soft line break at that point. */
export const SOFT_BREAK = '\u0000';

export type Charset = 'utf-8' | 'iso-8859-1';
export type Encoding = '7bit' | '8bit' | 'quoted-printable' | 'base64';

export type Part = {
  type: string;
  charset?: Charset;
  encoding: Encoding;
  /** Text content, or raw bytes for binary attachments. */
  content: string | Uint8Array;
  filename?: string;
  contentId?: string;
};

export type Message = {
  /** Path under tests/corpus, e.g. `extortion/fi-vastaamo-plain.eml`. */
  file: string;
  /** Level expected with the default list: `known`, `suspected` or `none`. */
  expect: 'known' | 'suspected' | 'none';
  /** Level expected with heuristics only, when it differs from what `expect` implies. */
  expectHeuristics?: 'suspected' | 'none';
  /** One line on what the file covers (goes into a header and the README table). */
  covers: string;
  from: string;
  to: string;
  subject: string;
  subjectEncoding: 'raw' | 'B' | 'Q-latin1';
  date: string;
  replyTo?: string;
  /** One part = a single-part message; several = multipart of `multipart` kind. */
  parts: Part[];
  multipart?: 'alternative' | 'mixed' | 'related';
};

const CRLF = '\r\n';

function bytesOf(text: string, charset: Charset = 'utf-8'): Uint8Array {
  if (charset === 'utf-8') return new TextEncoder().encode(text);
  const out = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c > 0xff) throw new Error(`character U+${c.toString(16)} has no ISO-8859-1 form`);
    out[i] = c;
  }
  return out;
}

const latin = (b: Uint8Array): string => Array.from(b, (x) => String.fromCharCode(x)).join('');
const hex = (b: number): string => `=${b.toString(16).toUpperCase().padStart(2, '0')}`;

/** RFC 2047 B-encoded words of at most 45 input bytes each, never splitting a character. */
function encodeWordsB(text: string): string {
  const words: string[] = [];
  let chunk = '';
  for (const ch of text) {
    if (new TextEncoder().encode(chunk + ch).length > 45) {
      words.push(chunk);
      chunk = '';
    }
    chunk += ch;
  }
  if (chunk) words.push(chunk);
  return words.map((w) => `=?UTF-8?B?${Buffer.from(w, 'utf8').toString('base64')}?=`).join(`${CRLF} `);
}

function encodeWordQLatin1(text: string): string {
  let out = '';
  for (const b of bytesOf(text, 'iso-8859-1')) {
    if (b === 0x20) out += '_';
    else if ((b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5a) || (b >= 0x61 && b <= 0x7a)) out += String.fromCharCode(b);
    else out += hex(b);
  }
  return `=?ISO-8859-1?Q?${out}?=`;
}

/** Quoted-printable over the charset's bytes, lines of at most 76 characters, CRLF breaks. */
function quotedPrintable(text: string, charset: Charset): string {
  const lines = text.replace(/\r\n/g, '\n').split('\n');
  const out: string[] = [];
  for (const line of lines) {
    let current = '';
    const segments = line.split(SOFT_BREAK);
    segments.forEach((segment, s) => {
      const b = bytesOf(segment, charset);
      for (let i = 0; i < b.length; i++) {
        const byte = b[i]!;
        const last = i === b.length - 1 && s === segments.length - 1;
        let token: string;
        if (byte === 0x3d || byte > 0x7e || (byte < 0x20 && byte !== 0x09)) token = hex(byte);
        else if ((byte === 0x20 || byte === 0x09) && last) token = hex(byte);
        else token = String.fromCharCode(byte);
        if (current.length + token.length > 75) {
          out.push(`${current}=`);
          current = '';
        }
        current += token;
      }
      if (s < segments.length - 1) {
        out.push(`${current}=`);
        current = '';
      }
    });
    out.push(current);
  }
  return out.join(CRLF);
}

function base64Lines(bytes: Uint8Array): string {
  const b64 = Buffer.from(bytes).toString('base64');
  const lines: string[] = [];
  for (let i = 0; i < b64.length; i += 76) lines.push(b64.slice(i, i + 76));
  return lines.join(CRLF);
}

/** Header lines and body of one part, as a latin1 string (each char = one byte). */
function renderPart(part: Part): { headers: string[]; body: string } {
  const isText = typeof part.content === 'string';
  const type = isText ? `${part.type}; charset=${part.charset ?? 'utf-8'}` : part.type;
  const headers = [`Content-Type: ${type}${part.filename ? `; name="${part.filename}"` : ''}`, `Content-Transfer-Encoding: ${part.encoding}`];
  if (part.filename) headers.push(`Content-Disposition: ${part.contentId ? 'inline' : 'attachment'}; filename="${part.filename}"`);
  if (part.contentId) headers.push(`Content-ID: <${part.contentId}>`);
  const raw = typeof part.content === 'string' ? bytesOf(part.content.replace(/\r?\n/g, CRLF), part.charset) : part.content;
  let body: string;
  switch (part.encoding) {
    case 'quoted-printable':
      body = quotedPrintable(part.content as string, part.charset ?? 'utf-8');
      break;
    case 'base64':
      body = base64Lines(raw);
      break;
    default:
      body = latin(raw);
  }
  return { headers, body };
}

/** The complete message as bytes. */
export function renderMessage(m: Message, index: number): Uint8Array {
  const subject =
    m.subjectEncoding === 'B' ? encodeWordsB(m.subject) : m.subjectEncoding === 'Q-latin1' ? encodeWordQLatin1(m.subject) : latin(bytesOf(m.subject));
  const name = m.file.replace(/^.*\//, '').replace(/\.eml$/, '');
  const lines = [
    `From: ${latin(bytesOf(m.from))}`,
    `To: ${latin(bytesOf(m.to))}`,
    ...(m.replyTo ? [`Reply-To: ${m.replyTo}`] : []),
    `Subject: ${subject}`,
    `Date: ${m.date}`,
    `Message-ID: <${name}@corpus.vahti.invalid>`,
    `X-Vahti-Expect: ${m.expect}`,
    ...(m.expectHeuristics ? [`X-Vahti-Expect-Heuristics: ${m.expectHeuristics}`] : []),
    `X-Vahti-Covers: ${m.covers}`,
    'MIME-Version: 1.0',
  ];
  let body: string;
  if (m.parts.length === 1) {
    const p = renderPart(m.parts[0]!);
    lines.push(...p.headers);
    body = p.body;
  } else {
    const boundary = `=_vahti_corpus_${index}_${name.length}`;
    lines.push(`Content-Type: multipart/${m.multipart ?? 'alternative'}; boundary="${boundary}"`);
    const chunks = ['This is a multi-part message in MIME format.'];
    for (const part of m.parts) {
      const p = renderPart(part);
      chunks.push(`--${boundary}${CRLF}${p.headers.join(CRLF)}${CRLF}${CRLF}${p.body}`);
    }
    chunks.push(`--${boundary}--`);
    body = chunks.join(CRLF);
  }
  const text = `${lines.join(CRLF)}${CRLF}${CRLF}${body}${CRLF}`;
  return bytesOf(text, 'iso-8859-1');
}
