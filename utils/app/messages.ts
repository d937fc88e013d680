/**
 * Messages between the extension's parts and the background, which alone holds the list.
 * Every message is parsed with these schemas on arrival: a content script runs next to a
 * hostile page and its messages are untrusted input.
 *
 * Direction is in the name: content script → background (`Content*`), extension pages →
 * background (`Page*`). Content scripts send features of a message and get a verdict; they
 * never receive list contents.
 */
import { z } from 'zod';
import { MessageFeaturesSchema } from '../core/engine/features';
import { VerdictSchema } from '../core/engine/verdict';
import { IdSchema } from '../core/list/schema';
import { ListStatusSchema } from './sync/status';

export const MessageKeySchema = z.string().min(1).max(300);

export const ClassifyRequestSchema = z
  .object({
    type: z.literal('classify'),
    /** Provider id and the provider's own message id plus a body hash: the scan-once key. */
    messageKey: MessageKeySchema,
    features: MessageFeaturesSchema,
  })
  .strict();

export const ClassifyResponseSchema = z
  .object({
    verdict: VerdictSchema,
  })
  .strict();

export const ContentRequestSchema = z.discriminatedUnion('type', [ClassifyRequestSchema]);

/** Extension pages only: the state of every list source, for the popup and options. */
export const GetListStatusRequestSchema = z.object({ type: z.literal('getListStatus') }).strict();

export const GetListStatusResponseSchema = z.object({ sources: z.array(ListStatusSchema).max(50) }).strict();

/** Extension pages only: check one source (or all) now; rate-limited per source. */
export const CheckNowRequestSchema = z.object({ type: z.literal('checkNow'), sourceId: IdSchema.optional() }).strict();

export const CheckNowResultSchema = z
  .object({
    sourceId: z.string(),
    /** `refused`: asked too soon after the last manual check or while the server asked to wait. */
    outcome: z.enum(['installed', 'up_to_date', 'failed', 'skipped', 'refused']),
    retryInMs: z.number().nonnegative().optional(),
  })
  .strict();

export const CheckNowResponseSchema = z
  .object({ results: z.array(CheckNowResultSchema).max(50), sources: z.array(ListStatusSchema).max(50) })
  .strict();

/** Extension pages only (popup): how many opened messages on a tab were flagged, by level. */
export const GetTabFlagsRequestSchema = z.object({ type: z.literal('getTabFlags'), tabId: z.number().int().nonnegative() }).strict();

export const GetTabFlagsResponseSchema = z
  .object({ flagged: z.array(z.object({ level: z.enum(['known', 'suspected']) }).strict()).max(1_000) })
  .strict();

/**
 * Extension pages only (the warning frame): guidance ids (catalogue keys, never URLs) of the
 * campaigns behind a verdict's list reasons. Asked by the frame, not sent to content scripts,
 * so no list data reaches a web page's process.
 */
export const GetCampaignGuidanceRequestSchema = z
  .object({
    type: z.literal('getCampaignGuidance'),
    campaigns: z.array(z.object({ listId: IdSchema, campaignId: IdSchema }).strict()).max(50),
  })
  .strict();

export const GetCampaignGuidanceResponseSchema = z.object({ guidance: z.array(IdSchema).max(20) }).strict();

export const PageRequestSchema = z.discriminatedUnion('type', [
  GetListStatusRequestSchema,
  CheckNowRequestSchema,
  GetTabFlagsRequestSchema,
  GetCampaignGuidanceRequestSchema,
]);

export type ClassifyRequest = z.infer<typeof ClassifyRequestSchema>;
export type ClassifyResponse = z.infer<typeof ClassifyResponseSchema>;
export type ContentRequest = z.infer<typeof ContentRequestSchema>;
export type GetListStatusRequest = z.infer<typeof GetListStatusRequestSchema>;
export type GetListStatusResponse = z.infer<typeof GetListStatusResponseSchema>;
export type CheckNowRequest = z.infer<typeof CheckNowRequestSchema>;
export type CheckNowResult = z.infer<typeof CheckNowResultSchema>;
export type CheckNowResponse = z.infer<typeof CheckNowResponseSchema>;
export type PageRequest = z.infer<typeof PageRequestSchema>;
export type GetTabFlagsResponse = z.infer<typeof GetTabFlagsResponseSchema>;
export type GetCampaignGuidanceResponse = z.infer<typeof GetCampaignGuidanceResponseSchema>;
