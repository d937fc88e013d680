/**
 * The features of one email that a content script or the command line hands to the engine.
 * This is the only shape of mail content that crosses a boundary, so it is capped in size:
 * a hostile page cannot make the background hold megabytes per message.
 */
import { z } from 'zod';
import { clipBodyText, FEATURE_LIMITS } from './feature-limits';

export { clipBodyText, FEATURE_LIMITS };

export const MessageFeaturesSchema = z
  .object({
    /** The sender's address as the webmail shows it; empty when the provider hides it. */
    senderAddress: z.string().max(FEATURE_LIMITS.address),
    senderName: z.string().max(FEATURE_LIMITS.name),
    replyTo: z.array(z.string().max(FEATURE_LIMITS.address)).max(10).default([]),
    /**
     * The recipients' addresses (To), when the reader knows them: extortion "sent from your own
     * account" spoofs From = To. Empty when the webmail does not show them.
     */
    recipients: z.array(z.string().max(FEATURE_LIMITS.address)).max(FEATURE_LIMITS.recipients).optional(),
    /** The recipients' names (To) as shown, where the webmail shows them: a mail that quotes them is personal. */
    recipientNames: z.array(z.string().max(FEATURE_LIMITS.name)).max(FEATURE_LIMITS.recipients).optional(),
    subject: z.string().max(FEATURE_LIMITS.subject),
    /** Visible text of the body, as a person would read it. */
    bodyText: z.string().max(FEATURE_LIMITS.bodyText),
    /** Targets of the links in the body (href values). */
    links: z.array(z.string().max(FEATURE_LIMITS.link)).max(FEATURE_LIMITS.links).default([]),
    /** Set when the body was longer than the limit and only its start and end are in `bodyText`. */
    bodyClipped: z
      .object({
        totalChars: z.number().int().nonnegative(),
        headChars: z.number().int().nonnegative(),
        tailChars: z.number().int().nonnegative(),
      })
      .strict()
      .optional(),
  })
  .strict();

export type MessageFeatures = z.infer<typeof MessageFeaturesSchema>;
export type MessageFeaturesInput = z.input<typeof MessageFeaturesSchema>;
