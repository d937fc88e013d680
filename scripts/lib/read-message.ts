/**
 * One file of the helpdesk scan, from its path to the engine's input: read safely
 * (safe-read.ts), parsed as `.eml` or taken as a bare `.txt` body, with the notes a person
 * needs to read the verdict right (hidden HTML text, a clipped body). Throws `MailParseError`
 * with a message for a person for anything that cannot be read.
 *
 * Runs inside the scan's parse worker (parse-worker.ts), so that a file that takes too long
 * can be stopped; must not classify or print.
 */
import path from 'node:path';
import type { MessageFeatures } from '../../utils/core/engine/features';
import { MAX_EML_BYTES, MailParseError, parseEml, plainTextToFeatures } from '../../utils/core/mail/eml';
import { htmlToVisibleTextViaDom } from './dom-text';
import { InputFileError, readRegularFile } from './safe-read';

export type Scanned = { features: MessageFeatures; notes: string[] };

/** Says when the engine read only the start and the end of a long body. */
function clipNotes(features: MessageFeatures): string[] {
  const clipped = features.bodyClipped;
  if (clipped === undefined) return [];
  return [
    `the body is ${clipped.totalChars.toLocaleString('en')} characters long; only the first ${clipped.headChars.toLocaleString('en')} ` +
      `and the last ${clipped.tailChars.toLocaleString('en')} were read`,
  ];
}

export async function readMessage(file: string): Promise<Scanned> {
  const ext = path.extname(file).toLowerCase();
  if (ext === '.msg') throw new MailParseError('Outlook .msg files are not supported: save the email as .eml');
  let bytes: Uint8Array;
  try {
    bytes = await readRegularFile(file, MAX_EML_BYTES, 'the file');
  } catch (e) {
    if (e instanceof InputFileError) throw new MailParseError(e.message);
    throw e;
  }
  if (ext === '.txt') {
    const features = plainTextToFeatures(bytes);
    return { features, notes: clipNotes(features) };
  }
  // The extension's visible-text extractor on a DOM (dom-text.ts): the scan judges what the reader sees.
  const parsed = await parseEml(bytes, { htmlToText: htmlToVisibleTextViaDom });
  const notes = parsed.hiddenTextChars > 0 ? [`the HTML hides ${parsed.hiddenTextChars} characters of text from the reader`] : [];
  return { features: parsed.features, notes: [...notes, ...clipNotes(parsed.features)] };
}
