/**
 * What the evidence file is built from: the message as the webmail showed it, and the verdict.
 * Everything here stays on the person's device; the file is written to their own disk.
 */
import { z } from 'zod';
import { MessageFeaturesSchema } from '../../core/engine/features';
import { VerdictSchema } from '../../core/engine/verdict';

export const HeaderSchema = z.object({ name: z.string().min(1).max(200), value: z.string().max(8_000) }).strict();

export const EvidenceInputSchema = z
  .object({
    /** Webmail provider id, e.g. `gmail`. */
    provider: z.string().min(1).max(40),
    /** When Vahti saved the file. */
    savedAt: z.iso.datetime(),
    /** The date as the webmail shows it (free text: providers format dates their own way). */
    receivedAt: z.string().max(200).optional(),
    /** Recipients, where the webmail shows them. */
    to: z.array(z.string().max(320)).max(50).default([]),
    features: MessageFeaturesSchema,
    /** Headers, where the webmail exposes them (most hide them). */
    headers: z.array(HeaderSchema).max(300).default([]),
    verdict: VerdictSchema,
    extensionVersion: z.string().max(40).optional(),
  })
  .strict();

export type EvidenceInput = z.input<typeof EvidenceInputSchema>;
export type Header = z.infer<typeof HeaderSchema>;

/** A translation lookup, same contract as `browser.i18n.getMessage` (and components' `Translate`). */
export type TextLookup = (key: string, substitutions?: string | readonly string[]) => string;
