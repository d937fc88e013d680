/**
 * Content script → background: the selector overrides of the installed, verified lists (see
 * utils/core/list/selector-override.ts). The content script checks each override of the answer
 * again (utils/core/list/selector-syntax.ts, without zod to keep the content script small).
 */
import { z } from 'zod';
import type { SelectorOverride } from '../core/list/selector-override';

export const GetSelectorOverridesRequestSchema = z.object({ type: z.literal('getSelectorOverrides') }).strict();

export type GetSelectorOverridesRequest = z.infer<typeof GetSelectorOverridesRequestSchema>;
export interface GetSelectorOverridesResponse {
  overrides: SelectorOverride[];
}
