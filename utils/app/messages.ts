/**
 * Messages between the extension's parts and the background, which alone holds the list.
 * Every message is parsed with these schemas on arrival: a content script runs next to a
 * hostile page and its messages are untrusted input.
 *
 * Direction is in the name: content script → background (`Content*`), extension pages →
 * background (`Page*`). Content scripts send features of a message and get a verdict; they
 * never receive list contents, and never what a warning shows: the warning frame redeems a
 * one-time token for that (see docs/warning-trust.md).
 */
import { z } from 'zod';
import { FEATURE_LIMITS, MessageFeaturesSchema } from '../core/engine/features';
import { VerdictSchema } from '../core/engine/verdict';
import { IdSchema } from '../core/list/schema';
import { ROW_MARKS } from './inbox/row-mark';
import { HelpdeskContactSchema } from './policy/schema';
import { DismissalSchema, SETTINGS_LIMITS, UserListSourceSchema } from './settings/schema';
import { CountrySchema, UiLanguageSchema } from './guidance/types';
import { OwnSettingsSchema } from './settings/own';
import { ListStatusSchema } from './sync/status';

export const MessageKeySchema = z.string().min(1).max(300);

/** The text an inbox row shows before anyone opens the message, capped like the features. */
export const RowTextSchema = z
  .object({
    subject: z.string().max(FEATURE_LIMITS.subject),
    snippet: z.string().max(FEATURE_LIMITS.rowSnippet),
  })
  .strict();

export const ClassifyRequestSchema = z
  .object({
    type: z.literal('classify'),
    /** Provider id and the provider's own message id plus a body hash: the scan-once key. */
    messageKey: MessageKeySchema,
    features: MessageFeaturesSchema,
    /** Only for an inbox row (`<provider>:row:…`): its subject and snippet, for its mark. */
    row: RowTextSchema.optional(),
  })
  .strict();

export const ClassifyResponseSchema = z
  .object({
    verdict: VerdictSchema,
    /** Only for an inbox row sent with its text: the mark it gets (absent: no mark). */
    rowMark: z.enum(ROW_MARKS).optional(),
  })
  .strict();

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
  .object({
    flagged: z.array(z.object({ level: z.enum(['known', 'suspected']) }).strict()).max(1_000),
    /** Warnings on the tab that the page covers, moves away or hides (seen by the warning frame). */
    hiddenWarnings: z.number().int().nonnegative().optional(),
  })
  .strict();

/**
 * Content script → background: a one-time token for the warning frame of a message this
 * background flagged in the same tab and frame. Asked at every load of the frame (moving a frame
 * in the DOM reloads it); the answer carries no warning content.
 */
export const WarningTokenRequestSchema = z.object({ type: z.literal('warningToken'), messageKey: MessageKeySchema }).strict();

export const WarningTokenResponseSchema = z
  .object({
    token: z.string().length(32),
    /**
     * The warning page's address to frame. In Chromium the page is web-accessible only at its
     * per-session dynamic URL, which content scripts' `runtime.getURL` does not give.
     */
    frameUrl: z.string().max(200),
  })
  .strict();

export const ContentRequestSchema = z.discriminatedUnion('type', [ClassifyRequestSchema, WarningTokenRequestSchema]);

/**
 * The warning frame (`warning.html` in the same tab) → background: redeem a token once for
 * everything the warning shows. The background is the warning's only author.
 */
export const RedeemWarningRequestSchema = z.object({ type: z.literal('redeemWarning'), token: z.string().max(64) }).strict();

export const WarningEffectiveSchema = z
  .object({
    country: z.string().max(8).optional(),
    language: z.string().max(8).optional(),
    hideBodyByDefault: z.boolean(),
    allowDismiss: z.boolean(),
    helpdesk: HelpdeskContactSchema.optional(),
  })
  .strict();

export const RedeemWarningResponseSchema = z
  .object({
    warning: z
      .object({
        messageKey: MessageKeySchema,
        provider: z.string().max(40),
        verdict: VerdictSchema,
        features: MessageFeaturesSchema,
        /** Guidance ids (catalogue keys, never URLs) of the campaigns behind the verdict. */
        guidanceIds: z.array(IdSchema).max(20),
        effective: WarningEffectiveSchema,
      })
      .strict(),
  })
  .strict();

/** The warning frame → background: "This is not extortion", only for a key flagged in that tab. */
export const DismissWarningRequestSchema = z.object({ type: z.literal('dismissWarning'), messageKey: MessageKeySchema }).strict();

/** The warning frame → background: whether the person can see the warning (for the badge and popup). */
export const WarningVisibilityRequestSchema = z
  .object({ type: z.literal('warningVisibility'), messageKey: MessageKeySchema, visible: z.boolean() })
  .strict();

export const OkResponseSchema = z.object({ ok: z.literal(true) }).strict();

/**
 * The "Check a message" page → background: the verdict for features read on the device, with
 * the guidance ids of the campaigns behind it. Only from that page (not web-accessible), so no
 * web page can ask which campaigns a list knows.
 */
export const CheckMessageRequestSchema = z.object({ type: z.literal('checkMessage'), features: MessageFeaturesSchema }).strict();

export const CheckMessageResponseSchema = z.object({ verdict: VerdictSchema, guidanceIds: z.array(IdSchema).max(20) }).strict();

/** The options page → background: the person's "This is not extortion" list, and undoing one. */
export const ListDismissalsRequestSchema = z.object({ type: z.literal('listDismissals') }).strict();

export const ListDismissalsResponseSchema = z.object({ dismissed: z.array(DismissalSchema).max(SETTINGS_LIMITS.dismissed) }).strict();

export const UndoDismissalRequestSchema = z.object({ type: z.literal('undoDismissal'), messageKey: MessageKeySchema }).strict();

/**
 * The options page → background: the person's own list sources, kept by the background where no
 * content script can write; saving replaces the whole set.
 */
export const ListUserSourcesRequestSchema = z.object({ type: z.literal('listUserSources') }).strict();

export const UserSourcesResponseSchema = z.object({ sources: z.array(UserListSourceSchema).max(SETTINGS_LIMITS.listSources) }).strict();

export const SaveUserSourcesRequestSchema = z
  .object({ type: z.literal('saveUserSources'), sources: z.array(UserListSourceSchema).max(SETTINGS_LIMITS.listSources) })
  .strict();

/**
 * The options page → background: the person's own settings (only the fields they chose), kept by
 * the background where no content script can write; saving replaces them all.
 */
export const GetSettingsRequestSchema = z.object({ type: z.literal('getSettings') }).strict();

export const SettingsResponseSchema = z.object({ settings: OwnSettingsSchema }).strict();

/** `settings` is checked by the background, so a bad value gets an answer naming it rather than "not understood". */
export const SaveSettingsRequestSchema = z.object({ type: z.literal('saveSettings'), settings: z.record(z.string().max(40), z.unknown()) }).strict();

/** Extension pages (popup, "Check a message") → background: the language and country to show, policy applied. */
export const GetPageLocaleRequestSchema = z.object({ type: z.literal('getPageLocale') }).strict();

export const PageLocaleResponseSchema = z.object({ country: CountrySchema.optional(), language: UiLanguageSchema.optional() }).strict();

export const PageRequestSchema = z.discriminatedUnion('type', [
  GetListStatusRequestSchema,
  CheckNowRequestSchema,
  GetTabFlagsRequestSchema,
  RedeemWarningRequestSchema,
  DismissWarningRequestSchema,
  WarningVisibilityRequestSchema,
  ListDismissalsRequestSchema,
  UndoDismissalRequestSchema,
  ListUserSourcesRequestSchema,
  SaveUserSourcesRequestSchema,
  GetSettingsRequestSchema,
  SaveSettingsRequestSchema,
  GetPageLocaleRequestSchema,
  CheckMessageRequestSchema,
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
export type WarningTokenResponse = z.infer<typeof WarningTokenResponseSchema>;
export type RedeemWarningResponse = z.infer<typeof RedeemWarningResponseSchema>;
export type WarningEffective = z.infer<typeof WarningEffectiveSchema>;
export type OkResponse = z.infer<typeof OkResponseSchema>;
export type ListDismissalsResponse = z.infer<typeof ListDismissalsResponseSchema>;
export type CheckMessageResponse = z.infer<typeof CheckMessageResponseSchema>;
export type UserSourcesResponse = z.infer<typeof UserSourcesResponseSchema>;
export type SettingsResponse = z.infer<typeof SettingsResponseSchema>;
export type PageLocaleResponse = z.infer<typeof PageLocaleResponseSchema>;
