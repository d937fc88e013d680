/**
 * The "Check a message" page's client: turns pasted text or an `.eml` file into message
 * features here, on the device, and asks the background (which alone holds the lists) for the
 * verdict and the guidance of the campaigns behind it (a request only this page may make).
 * Every answer is checked with its schema.
 */
import { browser } from 'wxt/browser';
import { CheckError, type CheckClient, type CheckResult } from '../../components/CheckMessage';
import { CheckMessageResponseSchema } from '../../utils/app/messages';
import { emlToFeatures, MAX_EML_BYTES, MailParseError, plainTextToFeatures } from '../../utils/core/mail/eml';
import type { MessageFeatures } from '../../utils/core/engine/features';
import { htmlToVisibleTextWith } from '../../utils/page/visible-text';

// The extension's one reader of mail HTML, on this page's own parser: a dropped `.eml` is read
// as the webmail's page and the command line read it.
const htmlToText = htmlToVisibleTextWith(new DOMParser());

/** "From: …" on the first line: pasted with its headers, so read it as an email. */
function looksLikeHeaders(text: string): boolean {
  const first = text.trimStart().split('\n', 1)[0] ?? '';
  const colon = first.indexOf(':');
  if (colon < 2) return false;
  const name = first.slice(0, colon);
  return [...name].every((c) => (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c === '-');
}

async function classify(features: MessageFeatures): Promise<CheckResult> {
  let answer: unknown;
  try {
    answer = await browser.runtime.sendMessage({ type: 'checkMessage', features });
  } catch {
    throw new CheckError('failed');
  }
  // The verdict and the guidance of the campaigns behind it, in one answer (the country's own
  // help shows whatever the campaigns are).
  const parsed = CheckMessageResponseSchema.safeParse(answer);
  if (!parsed.success) throw new CheckError('failed');
  return { verdict: parsed.data.verdict, guidanceIds: parsed.data.guidanceIds };
}

function readFeatures(read: () => Promise<MessageFeatures> | MessageFeatures): Promise<MessageFeatures> {
  return Promise.resolve()
    .then(read)
    .catch((e: unknown) => {
      throw new CheckError(e instanceof MailParseError ? 'unreadable' : 'failed');
    });
}

export function createCheckClient(): CheckClient {
  return {
    async checkText(text) {
      const features = await readFeatures(async () => {
        if (looksLikeHeaders(text)) {
          try {
            return await emlToFeatures(text, htmlToText);
          } catch {
            // Not an email after all: the text as it is.
          }
        }
        return plainTextToFeatures(text);
      });
      return classify(features);
    },
    async checkFile(_name, bytes) {
      if (bytes.length > MAX_EML_BYTES) throw new CheckError('too-large');
      return classify(await readFeatures(() => emlToFeatures(bytes, htmlToText)));
    },
  };
}
