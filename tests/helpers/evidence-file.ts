import { expect } from 'vitest';
import { RECIPIENT, type FixtureMessage } from '../fixtures/webmail/messages';

/**
 * Reads the parts of a saved evidence file (utils/app/evidence/build.ts) that the e2e tests
 * check: the summary's line on headers and the message content between its marker lines.
 */
const BEGIN = '----- BEGIN MESSAGE CONTENT -----\n';
const END = '\n----- END MESSAGE CONTENT -----';

export interface SavedEvidence {
  /** The summary's "Headers: …" line: says whether the webmail's own headers are in the file. */
  headersLine: string;
  /** The content's header lines, up to the first empty line. */
  headerLines: string[];
  /** The message content between the marker lines ('' when the markers are missing). */
  content: string;
}

export function readEvidenceFile(text: string): SavedEvidence {
  const start = text.indexOf(BEGIN);
  const end = text.indexOf(END, start);
  const content = start >= 0 && end > start ? text.slice(start + BEGIN.length, end) : '';
  return {
    headersLine: text.split('\n').find((l) => l.startsWith('Headers: ')) ?? '',
    headerLines: content ? content.split('\n\n')[0]!.split('\n') : [],
    content,
  };
}

/** The names of header lines, in order ("Subject: x" gives "Subject"). */
export const headerNames = (lines: readonly string[]) => lines.map((l) => l.slice(0, Math.max(0, l.indexOf(':'))));

/**
 * The evidence file Vahti saved for `message` as the real Roundcube showed it: Roundcube's own
 * headers, in the order it shows them. Without them the file would still name the sender,
 * recipient, date and subject, rebuilt from what Vahti read, in another order.
 */
export function expectRoundcubeEvidence(text: string, message: FixtureMessage): void {
  const { headersLine, headerLines, content } = readEvidenceFile(text);
  expect(headersLine).toBe('Headers: as exposed by the webmail, in the message content below');
  expect(headerNames(headerLines)).toEqual(['Subject', 'From', 'To', 'Date']);
  // Exactly the subject: not Roundcube's "Open in new window" button beside it.
  expect(headerLines[0]).toBe(`Subject: ${message.subject}`);
  expect(content).toContain(`From: ${message.from.name} <${message.from.address}>`);
  expect(content).toContain(`To: ${RECIPIENT.name} <${RECIPIENT.address}>`);
  expect(content).toMatch(/^Date: .*2025/m);
  expect(content).toContain('1MX99GWJPjFZHwj3F18L9BJecgz6L2dSQt');
}
