/**
 * The shape of one catalogue entry, in every language it is written in, with where its facts
 * come from and when they were last checked. Owns the entry type only; the entries live in
 * `entries-nordic.ts` and `entries-world.ts`, the lookup in `catalogue.ts`.
 */
import type { Country, GuidanceKind } from './types';

/** Text in the UI languages; a missing language falls back to English. */
export interface LocalizedText {
  en: string;
  fi?: string;
  sv?: string;
  de?: string;
  et?: string;
}
export interface LocalizedSteps {
  en: string[];
  fi?: string[];
  sv?: string[];
  de?: string[];
  et?: string[];
}

/** Hours a phone line answers. `ALL_HOURS` for a line that is always open. */
export const ALL_HOURS: LocalizedText = { en: '24/7', fi: 'ympäri vuorokauden', sv: 'dygnet runt', de: 'rund um die Uhr', et: 'ööpäev läbi' };

export interface CataloguePhone {
  /** Who answers, in what language, e.g. "Victim support in Finnish". */
  label: LocalizedText;
  number: string;
  /** When the line answers; a line that is not 24/7 always says its hours. */
  hours: LocalizedText;
}

/** A public page a fact in the entry was checked against, and the day it was checked. */
export interface CatalogueSource {
  url: string;
  /** ISO date, YYYY-MM-DD. */
  checked: string;
  /** What the page confirms, and anything it does not. */
  note: string;
}

export interface CatalogueEntry {
  id: string;
  country: Country;
  kind: GuidanceKind;
  title: LocalizedText;
  summary: LocalizedText;
  steps: LocalizedSteps;
  /** Pages by the language they are written in; the UI picks its own language, then English, then the first. */
  pages: { lang: string; url: string }[];
  phones: CataloguePhone[];
  /** Where the entry's links, numbers and hours come from; at least one, re-checked yearly. */
  sources: CatalogueSource[];
}
