/**
 * Shapes of official guidance: the catalogue entry (text in several languages) and the
 * resolved entry the UI shows (one language). Owns types only; the catalogue content lives in
 * `entries-*.ts` and is never taken from a list or from user data.
 */
import { z } from 'zod';

/** Countries with their own guidance; `EU` is the fallback for everyone else. */
export const CountrySchema = z.enum(['FI', 'SE', 'EE', 'GB', 'US', 'DE', 'EU', 'AU', 'CA']);
export type Country = z.infer<typeof CountrySchema>;

/** Languages the UI is written in. Guidance pages may exist in more. */
export const UiLanguageSchema = z.enum(['en', 'fi', 'sv', 'de', 'et']);
export type UiLanguage = z.infer<typeof UiLanguageSchema>;

/** What a resource is for; the banner orders entries by this. */
export const GuidanceKindSchema = z.enum(['police', 'cyber', 'victim-support', 'crisis', 'advice']);
export type GuidanceKind = z.infer<typeof GuidanceKindSchema>;

export const PhoneSchema = z
  .object({
    /** Who answers, e.g. "Victim support line". */
    label: z.string().min(1).max(120),
    number: z.string().min(3).max(40),
    /** When the line answers, e.g. "Mon–Thu 17–19" or "24/7". */
    hours: z.string().min(1).max(120),
  })
  .strict();
export type Phone = z.infer<typeof PhoneSchema>;

/** One entry resolved to one language: what the UI renders. */
export const GuidanceEntrySchema = z
  .object({
    id: z.string().min(1).max(64),
    country: CountrySchema,
    kind: GuidanceKindSchema,
    title: z.string().min(1).max(120),
    summary: z.string().min(1).max(400),
    steps: z.array(z.string().min(1).max(300)).max(12),
    url: z.url({ protocol: /^https$/ }),
    /** Language of the page behind `url` (may differ from the UI language). */
    pageLanguage: z.string().length(2),
    phones: z.array(PhoneSchema).max(6),
  })
  .strict();
export type GuidanceEntry = z.infer<typeof GuidanceEntrySchema>;
