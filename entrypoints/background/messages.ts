/**
 * The background's message door. Every message is parsed with the zod schemas of
 * utils/app/messages.ts; content scripts may only ask for a verdict, and list status and "check
 * now" answer only extension pages (sender URL inside this extension), never a web page or a
 * content script. Routing only; the list service does the work.
 */
import type { Browser } from 'wxt/browser';
import { ContentRequestSchema, PageRequestSchema } from '../../utils/app/messages';
import type {
  CheckNowResponse,
  ClassifyResponse,
  GetCampaignGuidanceResponse,
  GetListStatusResponse,
  GetTabFlagsResponse,
} from '../../utils/app/messages';
import { flaggedLevels } from './badge';
import { handlePageHealthMessage } from './page-health';
import { GetSelectorOverridesRequestSchema, type GetSelectorOverridesResponse } from '../../utils/app/selector-override-messages';
import type { ListService } from './list-service';
import type { MessageFeatures } from '../../utils/core/engine/features';
import type { Verdict } from '../../utils/core/engine/verdict';
import { WatchListCache } from './policy';

export type MessageSender = Browser.runtime.MessageSender;
export type ErrorResponse = { error: string };
export type Response =
  | ClassifyResponse
  | GetListStatusResponse
  | CheckNowResponse
  | GetTabFlagsResponse
  | GetCampaignGuidanceResponse
  | NonNullable<Awaited<ReturnType<typeof handlePageHealthMessage>>>
  | GetSelectorOverridesResponse
  | ErrorResponse;

export function isExtensionPage(sender: MessageSender, extensionId: string, extensionOrigin: string): boolean {
  return sender.id === extensionId && typeof sender.url === 'string' && sender.url.startsWith(extensionOrigin);
}

export async function handleMessage(
  message: unknown,
  sender: MessageSender,
  service: ListService,
  self: { id: string; origin: string },
  withWatchList: (verdict: Verdict, features: MessageFeatures) => Promise<Verdict> = (v, f) => new WatchListCache().withWatchList(v, f),
): Promise<Response> {
  if (sender.id !== self.id) return { error: 'Messages from other extensions are not accepted.' };

  const content = ContentRequestSchema.safeParse(message);
  if (content.success) {
    return { verdict: await withWatchList(await service.classify(content.data.features), content.data.features) };
  }

  const page = PageRequestSchema.safeParse(message);
  if (page.success) {
    if (!isExtensionPage(sender, self.id, self.origin)) return { error: 'This request is only accepted from Vahti’s own pages.' };
    switch (page.data.type) {
      case 'getListStatus':
        return { sources: await service.status() };
      case 'checkNow': {
        const results = await service.checkNow(page.data.sourceId);
        return { results, sources: await service.status() };
      }
      case 'getTabFlags':
        return { flagged: flaggedLevels(page.data.tabId) };
      case 'getCampaignGuidance':
        return { guidance: await service.campaignGuidance(page.data.campaigns) };
    }
  }
  if (GetSelectorOverridesRequestSchema.safeParse(message).success) return { overrides: await service.selectorOverrides() };
  const health = await handlePageHealthMessage(message, sender, isExtensionPage(sender, self.id, self.origin));
  if (health) return health;
  return { error: 'The message was not understood.' };
}
