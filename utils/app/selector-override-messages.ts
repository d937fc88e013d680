/**
 * Content script → background: the selector overrides of the installed, verified lists (see
 * utils/core/list/selector-override.ts). The answer is validated again by the content script.
 */
import { z } from 'zod';
import { SelectorOverridesSchema } from '../core/list/selector-override';

export const GetSelectorOverridesRequestSchema = z.object({ type: z.literal('getSelectorOverrides') }).strict();
export const GetSelectorOverridesResponseSchema = z.object({ overrides: SelectorOverridesSchema }).strict();

export type GetSelectorOverridesRequest = z.infer<typeof GetSelectorOverridesRequestSchema>;
export type GetSelectorOverridesResponse = z.infer<typeof GetSelectorOverridesResponseSchema>;
