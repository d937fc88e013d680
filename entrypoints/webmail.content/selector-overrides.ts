/**
 * Asks the background once per page for the verified lists' selector overrides and puts them in
 * force (validated again there); then `rescan` reads the page with them. Without an answer the
 * adapters keep their own selectors.
 */
import { browser } from 'wxt/browser';
import { GetSelectorOverridesResponseSchema, type GetSelectorOverridesRequest } from '../../utils/app/selector-override-messages';
import { setSelectorOverrides } from '../../utils/page/selector-overrides';

export async function loadSelectorOverrides(rescan: () => void): Promise<void> {
  const request: GetSelectorOverridesRequest = { type: 'getSelectorOverrides' };
  const answer = GetSelectorOverridesResponseSchema.safeParse(await browser.runtime.sendMessage(request).catch(() => null));
  if (answer.success && setSelectorOverrides(answer.data.overrides) > 0) rescan();
}
