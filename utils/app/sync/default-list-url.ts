/**
 * The default list's update address: one build setting, WXT_VAHTI_DEFAULT_LIST_URL, the address
 * of the published manifest.json (docs/maintainers.md, "Publish"). Without it an installation
 * keeps its bundled copy until Vahti itself is updated, so release builds refuse to build
 * without it (scripts/build/release-settings.ts), and the options page and the diagnostics
 * show which address a build uses. This module reads and judges the value; it never fetches.
 */
import { err, ok, type Result } from '../../core/result';
import { checkListUrl } from './url-policy';

export const DEFAULT_LIST_URL_SETTING = 'WXT_VAHTI_DEFAULT_LIST_URL';

/**
 * The address from the setting's value: undefined when unset or empty, an error when it is set
 * but not an address Vahti may fetch (https, or http on this computer for tests), so that a
 * typo stops the build instead of silently leaving everyone on the bundled copy.
 */
export function parseDefaultListUrl(value: unknown): Result<string | undefined, string> {
  if (value === undefined || value === '') return ok(undefined);
  if (typeof value !== 'string') return err(`${DEFAULT_LIST_URL_SETTING} must be text`);
  const checked = checkListUrl(value);
  if (!checked.ok) return err(`${DEFAULT_LIST_URL_SETTING} is not usable: ${checked.error.message}`);
  if (!checked.value.pathname.endsWith('.json')) {
    return err(`${DEFAULT_LIST_URL_SETTING} must be the address of the published manifest.json, e.g. https://lists.example.org/vahti/manifest.json`);
  }
  return ok(checked.value.href);
}

/** The address this build was made with; Vite replaces import.meta.env at build time. */
export function builtDefaultListUrl(): string | undefined {
  // Written out in full so that Vite recognises and replaces it.
  const parsed = parseDefaultListUrl(import.meta.env?.WXT_VAHTI_DEFAULT_LIST_URL);
  return parsed.ok ? parsed.value : undefined;
}
