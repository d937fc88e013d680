/**
 * Limits a file must meet before it is handed to the MIME parser, checked in one linear pass
 * over the raw bytes. postal-mime is linear for ordinary mail but not for every input: joining
 * adjacent base64 encoded words takes it time quadratic in their number
 * (docs/upstream/postal-mime-encoded-words.md), and every MIME part costs a parser object
 * whatever its size. A helpdesk scans folders of forwarded mail, so one crafted file must not
 * hold up the files after it: each limit below is far above real mail and fails with its own
 * message naming the limit.
 *
 * Also repairs what is unambiguous: a file whose lines end in a bare CR (classic Mac OS, some
 * export tools) is rewritten with CRLF, because the parser splits lines at LF only and would
 * read the whole file as one header line.
 *
 * Must not decode anything (postal-mime does) and must not use a RegExp on the whole file.
 */
import { MailParseError } from './mail-parse-error';

export const MIME_LIMITS = {
  /** Bytes of header lines in the whole file, every part counted (postal-mime's own cap is 2 MiB). */
  headerBytes: 256 * 1024,
  /** RFC 2047 encoded words (`=?charset?B?…?=`) anywhere in the file. */
  encodedWords: 2_000,
  /** MIME parts, counted as boundary delimiter lines of the boundaries the file declares. */
  parts: 1_000,
  /** Nested multiparts and forwarded messages, as passed to postal-mime. */
  nestingDepth: 64,
} as const;

const CR = 13;
const LF = 10;

/** Whether the first line break in the file is a bare CR (no LF follows it). */
function usesBareCr(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i] === LF) return false;
    if (bytes[i] === CR) return bytes[i + 1] !== LF;
  }
  return false;
}

/** Every bare CR as CRLF; CRLF pairs stay as they are. */
function bareCrToCrlf(bytes: Uint8Array): Uint8Array {
  let extra = 0;
  for (let i = 0; i < bytes.length; i++) if (bytes[i] === CR && bytes[i + 1] !== LF) extra++;
  const out = new Uint8Array(bytes.length + extra);
  let o = 0;
  for (let i = 0; i < bytes.length; i++) {
    out[o++] = bytes[i]!;
    if (bytes[i] === CR && bytes[i + 1] !== LF) out[o++] = LF;
  }
  return out;
}

/** The file with bare-CR line endings turned into CRLF; other files are returned as they are. */
export function withLineFeeds(bytes: Uint8Array): Uint8Array {
  return usesBareCr(bytes) ? bareCrToCrlf(bytes) : bytes;
}

const isWordChar = (b: number): boolean => b > 0x20 && b < 0x7f && b !== 0x3f; // printable, not '?'

/** Length of an encoded word's `=?charset?X?` opening at `i`, or 0 when there is none. */
function encodedWordOpening(bytes: Uint8Array, i: number): number {
  if (bytes[i] !== 0x3d || bytes[i + 1] !== 0x3f) return 0;
  let j = i + 2;
  const charsetStart = j;
  // Charset labels are short; a long run is not an encoded word and must not cost a long scan.
  while (j < bytes.length && j - charsetStart <= 64 && isWordChar(bytes[j]!)) j++;
  if (j === charsetStart || bytes[j] !== 0x3f) return 0;
  const enc = bytes[j + 1];
  if (enc !== 0x42 && enc !== 0x62 && enc !== 0x51 && enc !== 0x71) return 0;
  return bytes[j + 2] === 0x3f ? j + 3 - i : 0;
}

const ASCII = new TextDecoder('latin1');

/** The boundary parameter of a Content-Type header line, or null. */
function boundaryOf(line: string): string | null {
  const lower = line.toLowerCase();
  const at = lower.indexOf('boundary=');
  if (at < 0) return null;
  let value = line.slice(at + 'boundary='.length);
  if (value.startsWith('"')) {
    const end = value.indexOf('"', 1);
    value = end < 0 ? value.slice(1) : value.slice(1, end);
  } else {
    const end = value.search(/[;\s]/);
    if (end >= 0) value = value.slice(0, end);
  }
  return value === '' ? null : value;
}

/** Trailing spaces, tabs and CR removed (a delimiter line may carry transport padding). */
function trimEnd(line: string): string {
  let end = line.length;
  while (end > 0) {
    const c = line.charCodeAt(end - 1);
    if (c !== 32 && c !== 9 && c !== 13) break;
    end--;
  }
  return line.slice(0, end);
}

/**
 * Throws a `MailParseError` when the file exceeds a limit of `MIME_LIMITS`. Header bytes are
 * counted for lines up to the first empty line of the file and of every part (a line right
 * after a boundary delimiter starts a part's headers).
 */
export function checkMimeBounds(bytes: Uint8Array): void {
  const boundaries = new Set<string>();
  let encodedWords = 0;
  let parts = 0;
  let headerBytes = 0;
  let inHeaders = true;
  let lineStart = 0;
  for (let i = 0; i <= bytes.length; i++) {
    if (i < bytes.length && bytes[i] !== LF) {
      if (bytes[i] === 0x3d) {
        const opening = encodedWordOpening(bytes, i);
        if (opening > 0) {
          encodedWords++;
          if (encodedWords > MIME_LIMITS.encodedWords) {
            throw new MailParseError(`more than ${MIME_LIMITS.encodedWords.toLocaleString('en')} encoded words (=?charset?…?=): not read, to keep the scan fast`);
          }
          i += opening - 1;
        }
      }
      continue;
    }
    const lineLength = i - lineStart;
    // Boundaries are declared in Content-Type headers, also those of a forwarded message,
    // which this pass sees as body; a body line that merely mentions one only adds a name.
    if (lineLength > 9 && bytes.subarray(lineStart, i).includes(0x3d)) {
      const boundary = boundaryOf(ASCII.decode(bytes.subarray(lineStart, Math.min(i, lineStart + 1000))));
      if (boundary !== null) boundaries.add(boundary);
    }
    const startsWithDashes = bytes[lineStart] === 0x2d && bytes[lineStart + 1] === 0x2d;
    if (inHeaders) {
      const blank = lineLength === 0 || (lineLength === 1 && bytes[lineStart] === CR);
      if (blank) inHeaders = false;
      else {
        headerBytes += lineLength + 1;
        if (headerBytes > MIME_LIMITS.headerBytes) {
          throw new MailParseError(`the header lines are larger than ${MIME_LIMITS.headerBytes.toLocaleString('en')} bytes: not read, to keep the scan fast`);
        }
      }
    } else if (startsWithDashes && boundaries.size > 0 && lineLength <= 200) {
      let line = trimEnd(ASCII.decode(bytes.subarray(lineStart + 2, i)));
      const closing = line.endsWith('--') && boundaries.has(line.slice(0, -2));
      if (closing) line = line.slice(0, -2);
      if (boundaries.has(line)) {
        if (!closing) {
          parts++;
          if (parts > MIME_LIMITS.parts) {
            throw new MailParseError(`more than ${MIME_LIMITS.parts.toLocaleString('en')} MIME parts: not read, to keep the scan fast`);
          }
          inHeaders = true;
        }
      }
    }
    lineStart = i + 1;
  }
}
