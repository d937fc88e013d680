/**
 * The signature list: Vahti's memory of known extortion campaigns. This schema is the one
 * gate every list passes (the bundled default, a helpdesk's list, a user's list, a
 * maintainer's source) before anything uses it. It is strict and bounded: unknown keys,
 * oversized values and too many entries are errors, not warnings.
 *
 * The list is distributed as exact bytes that a manifest pins by hash and signs; nothing here
 * re-serialises it, so the signed bytes are the parsed bytes.
 */
import { z } from 'zod';
import { CoinSchema } from '../payment/coin';
import { SelectorOverridesSchema } from './selector-override';

export const LIST_LIMITS = {
  campaigns: 1_000,
  senders: 200_000,
  payments: 2_000_000,
  signatures: 5_000,
  phrasesPerGroup: 64,
  groupsPerSignature: 8,
  value: 320,
  phrase: 200,
  name: 200,
} as const;

/** Lower-case identifiers: campaign ids, list ids, guidance ids, signature ids. */
export const IdSchema = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[a-z0-9][a-z0-9._-]*$/, 'use lower-case letters, digits, ".", "_" and "-"');

export const LanguageSchema = z.string().regex(/^[a-z]{2}$/, 'use a two-letter language code');

export const CampaignSchema = z
  .object({
    id: IdSchema,
    name: z.string().min(1).max(LIST_LIMITS.name),
    languages: z.array(LanguageSchema).min(1).max(30),
    /** Ids into the guidance catalogue compiled into the extension; never URLs. */
    guidance: z.array(IdSchema).max(20).default([]),
    severity: z.enum(['low', 'medium', 'high']),
    firstSeen: z.iso.date(),
    description: z.string().max(1_000).optional(),
    source: z.string().max(500).optional(),
  })
  .strict();

export const SenderRuleSchema = z
  .object({
    campaign: IdSchema,
    /**
     * `address`: one exact address. `domain`: the domain and all its subdomains.
     * `display-name`: a pattern where `*` stands for any run of characters.
     */
    match: z.enum(['address', 'domain', 'display-name']),
    value: z.string().min(1).max(LIST_LIMITS.value),
  })
  .strict();

export const PaymentAddressSchema = z
  .object({
    campaign: IdSchema,
    coin: CoinSchema,
    address: z.string().min(1).max(LIST_LIMITS.value),
  })
  .strict();

/** A group is satisfied when at least `atLeast` of its phrases occur; all groups must be satisfied. */
export const PhraseGroupSchema = z
  .object({
    atLeast: z.number().int().min(1).max(LIST_LIMITS.phrasesPerGroup),
    phrases: z.array(z.string().min(1).max(LIST_LIMITS.phrase)).min(1).max(LIST_LIMITS.phrasesPerGroup),
  })
  .strict()
  .refine((g) => g.atLeast <= g.phrases.length, {
    message: 'atLeast is larger than the number of phrases, so the group can never match',
  });

export const ContentSignatureSchema = z
  .object({
    id: IdSchema,
    campaign: IdSchema,
    language: LanguageSchema,
    groups: z.array(PhraseGroupSchema).min(1).max(LIST_LIMITS.groupsPerSignature),
  })
  .strict();

export const SignatureListSchema = z
  .object({
    schema: z.literal(1),
    listId: IdSchema,
    /** Must increase with every published version (the manifest repeats and signs it). */
    version: z.number().int().nonnegative().refine(Number.isSafeInteger, 'version must be a safe integer'),
    name: z.string().min(1).max(LIST_LIMITS.name),
    attribution: z.array(z.string().max(500)).max(50).default([]),
    campaigns: z.array(CampaignSchema).max(LIST_LIMITS.campaigns),
    senders: z.array(SenderRuleSchema).max(LIST_LIMITS.senders).default([]),
    payments: z.array(PaymentAddressSchema).max(LIST_LIMITS.payments).default([]),
    signatures: z.array(ContentSignatureSchema).max(LIST_LIMITS.signatures).default([]),
    /** Mended webmail selectors (selector-override.ts), used once the list has verified. */
    selectorOverrides: SelectorOverridesSchema.optional(),
  })
  .strict();

export type Campaign = z.infer<typeof CampaignSchema>;
export type SenderRule = z.infer<typeof SenderRuleSchema>;
export type PaymentAddress = z.infer<typeof PaymentAddressSchema>;
export type PhraseGroup = z.infer<typeof PhraseGroupSchema>;
export type ContentSignature = z.infer<typeof ContentSignatureSchema>;
export type SignatureList = z.infer<typeof SignatureListSchema>;
export type SignatureListInput = z.input<typeof SignatureListSchema>;
