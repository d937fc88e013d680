/**
 * The "Check a message" page's client: turns pasted text or an `.eml` file into message
 * features here, on the device, and asks the background (which alone holds the lists) for the
 * verdict, as the webmail content script does, then for the guidance of the campaigns behind
 * it. Every answer is checked with its schema.
 */
import { browser } from 'wxt/browser';
import { CheckError, type CheckClient, type CheckResult } from '../../components/CheckMessage';
import { ClassifyResponseSchema, GetCampaignGuidanceResponseSchema } from '../../utils/app/messages';
import { emlToFeatures, MAX_EML_BYTES, MailParseError, plainTextToFeatures } from '../../utils/core/mail/eml';
import type { MessageFeatures } from '../../utils/core/engine/features';

/** "From: …" on the first line: pasted with its headers, so read it as an email. */
function looksLikeHeaders(text: string): boolean {
  const first = text.trimStart().split('\n', 1)[0] ?? '';
  const colon = first.indexOf(':');
  if (colon < 2) return false;
  const name = first.slice(0, colon);
  return [...name].every((c) => (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c === '-');
}

async function classify(features: MessageFeatures, source: string): Promise<CheckResult> {
  let answer: unknown;
  try {
    answer = await browser.runtime.sendMessage({ type: 'classify', messageKey: `check:${source}:${Date.now()}`, features });
  } catch {
    throw new CheckError('failed');
  }
  const parsed = ClassifyResponseSchema.safeParse(answer);
  if (!parsed.success) throw new CheckError('failed');
  const verdict = parsed.data.verdict;
  const campaigns = verdict.reasons.flatMap((r) => (r.listId && r.campaignId ? [{ listId: r.listId, campaignId: r.campaignId }] : []));
  if (campaigns.length === 0) return { verdict, guidanceIds: [] };
  const guidance = GetCampaignGuidanceResponseSchema.safeParse(
    await browser.runtime.sendMessage({ type: 'getCampaignGuidance', campaigns: campaigns.slice(0, 50) }).catch(() => null),
  );
  // Without campaign guidance the country's own help still shows.
  return { verdict, guidanceIds: guidance.success ? guidance.data.guidance : [] };
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
            return await emlToFeatures(text);
          } catch {
            // Not an email after all: the text as it is.
          }
        }
        return plainTextToFeatures(text);
      });
      return classify(features, 'text');
    },
    async checkFile(_name, bytes) {
      if (bytes.length > MAX_EML_BYTES) throw new CheckError('too-large');
      return classify(await readFeatures(() => emlToFeatures(bytes)), 'file');
    },
  };
}
