/**
 * Selector overrides in the list format: a signed list may mend a webmail adapter whose markers
 * broke after a redesign, without a store release (as uBlock Origin mends sites through its
 * filter lists). The syntax rules are in selector-syntax.ts; anything outside them (pseudo-classes,
 * escapes, commas, at-rules, braces) makes the whole list invalid, with the place and reason.
 */
import { z } from 'zod';
import { OVERRIDE_KEYS, OVERRIDE_PROVIDERS, SELECTOR_LIMITS, selectorProblem } from './selector-syntax';

export const SafeSelectorSchema = z.string().superRefine((s, ctx) => {
  const problem = selectorProblem(s);
  if (problem) ctx.addIssue({ code: 'custom', message: `selector ${JSON.stringify(s.slice(0, 60))} ${problem}` });
});

export const SelectorOverrideSchema = z
  .object({
    provider: z.enum(OVERRIDE_PROVIDERS),
    key: z.enum(OVERRIDE_KEYS),
    selectors: z.array(SafeSelectorSchema).min(1).max(SELECTOR_LIMITS.perOverride),
  })
  .strict();

export const SelectorOverridesSchema = z.array(SelectorOverrideSchema).max(SELECTOR_LIMITS.overrides);

export { OVERRIDE_KEYS, OVERRIDE_PROVIDERS, SELECTOR_LIMITS, selectorProblem };
export type { OverrideKey, OverrideProvider, SelectorOverride } from './selector-syntax';
