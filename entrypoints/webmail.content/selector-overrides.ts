/**
 * Asks the background once per page for the verified lists' selector overrides and puts them in
 * force (each validated again); then `rescan` reads the page with them. Without an answer the
 * adapters keep their own selectors.
 */
import { browser } from 'wxt/browser';
import type { GetSelectorOverridesRequest } from '../../utils/app/selector-override-messages';
import { SELECTOR_LIMITS } from '../../utils/core/list/selector-syntax';
import { setSelectorOverrides } from '../../utils/page/selector-overrides';

export async function loadSelectorOverrides(rescan: () => void): Promise<void> {
  const request: GetSelectorOverridesRequest = { type: 'getSelectorOverrides' };
  // Checked without zod (kept out of the content script for its size): each override on its own.
  const answer: unknown = await browser.runtime.sendMessage(request).catch(() => null);
  const overrides = (answer as { overrides?: unknown } | null)?.overrides;
  if (Array.isArray(overrides) && setSelectorOverrides(overrides.slice(0, SELECTOR_LIMITS.overrides)) > 0) rescan();
}
