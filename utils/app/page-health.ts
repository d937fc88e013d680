/**
 * "Vahti cannot read this page": what a webmail tab's content script reports when the page
 * shows a message whose body or sender the adapter cannot read (the webmail changed its markup),
 * what the popup asks about its tab, and the counts kept for the diagnostics export. Provider ids
 * and problem kinds only, never mail content or addresses. Parsed with these schemas on arrival.
 */
import { z } from 'zod';

/** The webmails with an adapter of their own (the generic fallback reads no sender, so it reports nothing). */
export const ReadableProviderSchema = z.enum(['gmail', 'outlook', 'yahoo', 'proton', 'roundcube']);
export const ReadProblemSchema = z.enum(['sender', 'body']);

/** Content script → background: the page's state now (`problems` empty = readable again). */
export const PageHealthReportSchema = z
  .object({
    type: z.literal('pageHealth'),
    providerId: ReadableProviderSchema,
    problems: z.array(ReadProblemSchema).max(2),
  })
  .strict();

/** Popup → background: the unreadable pages of one tab. */
export const GetPageHealthRequestSchema = z.object({ type: z.literal('getPageHealth'), tabId: z.number().int().nonnegative() }).strict();

export const UnreadablePageSchema = z
  .object({ providerId: ReadableProviderSchema, problems: z.array(ReadProblemSchema).min(1).max(2) })
  .strict();

export const GetPageHealthResponseSchema = z.object({ unreadable: z.array(UnreadablePageSchema).max(50) }).strict();

/** Stored by the background: per webmail, how many times a page could not be read, by kind. */
export const PAGE_HEALTH_STORAGE_KEY = 'vahti.pageHealth';
export const PageHealthCountsSchema = z.partialRecord(
  ReadableProviderSchema,
  z.object({ sender: z.number().int().nonnegative(), body: z.number().int().nonnegative(), lastAt: z.string().max(40) }).strict(),
);

/** Shown names of the webmails, for the popup's sentence (product names, not translated). */
export const PROVIDER_NAMES: Record<z.infer<typeof ReadableProviderSchema>, string> = {
  gmail: 'Gmail',
  outlook: 'Outlook',
  yahoo: 'Yahoo Mail',
  proton: 'Proton Mail',
  roundcube: 'Roundcube',
};

export type ReadableProvider = z.infer<typeof ReadableProviderSchema>;
export type PageHealthReport = z.infer<typeof PageHealthReportSchema>;
export type UnreadablePage = z.infer<typeof UnreadablePageSchema>;
export type GetPageHealthResponse = z.infer<typeof GetPageHealthResponseSchema>;
export type PageHealthCounts = z.infer<typeof PageHealthCountsSchema>;

/** The stored counts, or none when absent or not in the expected shape (never throws). */
export function parsePageHealthCounts(raw: unknown): PageHealthCounts {
  const parsed = PageHealthCountsSchema.safeParse(raw);
  return parsed.success ? parsed.data : {};
}

/** The counts after one more unreadable page of `providerId`. */
export function countUnreadable(counts: PageHealthCounts, providerId: ReadableProvider, problems: readonly z.infer<typeof ReadProblemSchema>[], at: Date): PageHealthCounts {
  const before = counts[providerId] ?? { sender: 0, body: 0, lastAt: '' };
  return {
    ...counts,
    [providerId]: {
      sender: before.sender + (problems.includes('sender') ? 1 : 0),
      body: before.body + (problems.includes('body') ? 1 : 0),
      lastAt: at.toISOString(),
    },
  };
}
