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
import { MessageFeaturesSchema } from './engine/features';
import { VerdictSchema } from './engine/verdict';

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

export type ClassifyRequest = z.infer<typeof ClassifyRequestSchema>;
export type ClassifyResponse = z.infer<typeof ClassifyResponseSchema>;
export type ContentRequest = z.infer<typeof ContentRequestSchema>;
