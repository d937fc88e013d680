/**
 * The catalogue of official guidance, compiled into the extension. Lists refer to entries by
 * id only; no URL, phone number or advice text ever comes from a list, a setting or a page.
 *
 * Every entry names the public pages its facts were checked against and the day (see
 * `docs/guidance-sources.md`; a unit test fails when a check is more than a year old). Where
 * the exact page is not confirmed, the entry links the official site's root instead of a
 * guessed path: a root page that exists is better for a frightened person than a deep link
 * that may 404. Owns the lookup, the country defaults and the retired ids.
 */
import type { CatalogueEntry } from './entry';
import { NORDIC_ENTRIES } from './entries-nordic';
import { WORLD_ENTRIES } from './entries-world';
import type { Country } from './types';

export type { CatalogueEntry, LocalizedText } from './entry';

export const CATALOGUE: ReadonlyMap<string, CatalogueEntry> = new Map(
  [...NORDIC_ENTRIES, ...WORLD_ENTRIES].map((e) => [e.id, e]),
);

/**
 * Ids that signed lists already published may still name, mapped to the entry that replaced
 * them, so an old list keeps showing help instead of silently dropping it.
 */
export const RETIRED_IDS: ReadonlyMap<string, string> = new Map([
  // Tietovuotoapu.fi (2020) gave way to the Suomi.fi data-leak guide.
  ['fi-tietovuotoapu', 'fi-data-leak-guide'],
  // Action Fraud was replaced by Report Fraud on 4 December 2025.
  ['gb-actionfraud', 'gb-reportfraud'],
  // BSI's home page is no victim page; the Länder's online police stations are.
  ['de-bsi', 'de-onlinewache'],
]);

/** The entry for an id, following a retired id to its replacement. */
export function catalogueEntry(id: string): CatalogueEntry | undefined {
  return CATALOGUE.get(RETIRED_IDS.get(id) ?? id);
}

/** What each country shows when a list names nothing (or nothing known), most important first. */
export const COUNTRY_DEFAULTS: Readonly<Record<Country, readonly string[]>> = {
  FI: ['fi-police', 'fi-riku', 'fi-mieli', 'fi-data-leak-guide', 'fi-ncsc'],
  SE: ['se-police', 'se-brottsofferjouren', 'eu-europol'],
  EE: ['ee-police', 'ee-ohvriabi', 'ee-itvaatlik'],
  GB: ['gb-reportfraud', 'gb-nidirect'],
  US: ['us-ic3', 'us-ftc'],
  DE: ['de-onlinewache', 'de-weisser-ring'],
  EU: ['eu-europol'],
  AU: ['au-reportcyber', 'au-scamwatch'],
  CA: ['ca-cafc'],
};
