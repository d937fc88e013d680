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
