/**
 * What the engine concludes about one message, and why. Reasons carry enough provenance
 * (rule, campaign, list and version) for the banner's "Why is this flagged?" and never the
 * full matched value: payment addresses and senders are redacted before they leave the engine.
 */
import { z } from 'zod';

export const VerdictLevelSchema = z.enum(['known', 'suspected', 'none']);
export type VerdictLevel = z.infer<typeof VerdictLevelSchema>;

export const ReasonRuleSchema = z.enum([
  // Backed by a list entry: the message is part of a known campaign.
  'payment-address',
  'sender-address',
  'sender-domain',
  'display-name',
  'content-signature',
  // Built-in heuristics: extortion that no list knows yet.
  'heuristic',
]);
export type ReasonRule = z.infer<typeof ReasonRuleSchema>;

export const ReasonSchema = z
  .object({
    rule: ReasonRuleSchema,
    /** For `heuristic`: which signal (e.g. `payment-demand`, `identity-code`); for lists: the entry kind detail. */
    signal: z.string().max(64).optional(),
    campaignId: z.string().max(64).optional(),
    listId: z.string().max(64).optional(),
    listVersion: z.number().int().nonnegative().optional(),
    /** The matched value in a redacted form, safe to show and to log. */
    matched: z.string().max(200),
  })
  .strict();
export type Reason = z.infer<typeof ReasonSchema>;

export const VerdictSchema = z
  .object({
    level: VerdictLevelSchema,
    reasons: z.array(ReasonSchema).max(50),
  })
  .strict();
export type Verdict = z.infer<typeof VerdictSchema>;

export const NO_VERDICT: Verdict = Object.freeze({ level: 'none', reasons: [] }) as Verdict;
