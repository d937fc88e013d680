/**
 * Picks and localises guidance: from a campaign's guidance ids (from a list) and the user's
 * country and language to the entries the UI shows. Retired ids follow their replacement;
 * unknown ids are dropped and the country's
 * defaults fill in, so a list can never leave a person without a way to get help. Also derives
 * country and language from a browser locale. Pure.
 */
import { CATALOGUE, COUNTRY_DEFAULTS, catalogueEntry, type CatalogueEntry, type LocalizedText } from './catalogue';
import { CountrySchema, UiLanguageSchema, type Country, type GuidanceEntry, type UiLanguage } from './types';

export const MAX_BANNER_GUIDANCE = 6;

function pick(text: LocalizedText, language: UiLanguage): string {
  return text[language] ?? text.en;
}

export function localizeEntry(entry: CatalogueEntry, language: UiLanguage): GuidanceEntry {
  const page =
    entry.pages.find((p) => p.lang === language) ?? entry.pages.find((p) => p.lang === 'en') ?? entry.pages[0];
  if (!page) throw new Error(`guidance ${entry.id} has no page`);
  return {
    id: entry.id,
    country: entry.country,
    kind: entry.kind,
    title: pick(entry.title, language),
    summary: pick(entry.summary, language),
    steps: entry.steps[language] ?? entry.steps.en,
    url: page.url,
    pageLanguage: page.lang,
    phones: entry.phones.map((p) => ({ label: pick(p.label, language), number: p.number, hours: pick(p.hours, language) })),
  };
}

/**
 * The guidance to show for one warning: the campaign's entries for the user's country first,
 * then the country's defaults, then the campaign's entries for other countries; at most `max`.
 */
export function guidanceFor(options: {
  country: Country;
  language: UiLanguage;
  campaignGuidanceIds?: readonly string[];
  max?: number;
}): GuidanceEntry[] {
  const { country, language } = options;
  const max = options.max ?? MAX_BANNER_GUIDANCE;
  const known = (options.campaignGuidanceIds ?? []).flatMap((id) => {
    const entry = catalogueEntry(id);
    return entry ? [entry] : [];
  });
  const ordered = [
    ...known.filter((e) => e.country === country),
    ...COUNTRY_DEFAULTS[country].map((id) => CATALOGUE.get(id)).filter((e): e is CatalogueEntry => e !== undefined),
    ...known.filter((e) => e.country !== country),
  ];
  const seen = new Set<string>();
  const out: GuidanceEntry[] = [];
  for (const entry of ordered) {
    if (seen.has(entry.id) || out.length >= max) continue;
    seen.add(entry.id);
    out.push(localizeEntry(entry, language));
  }
  return out;
}

/** All of a country's default guidance (options page, popup). */
export function countryGuidance(country: Country, language: UiLanguage): GuidanceEntry[] {
  return guidanceFor({ country, language, max: Number.POSITIVE_INFINITY });
}

/** Where "Prepare a police report" sends the person: the country's police entry, else Europol's. */
export function policeGuidance(country: Country, language: UiLanguage): GuidanceEntry {
  const id = COUNTRY_DEFAULTS[country].find((i) => CATALOGUE.get(i)?.kind === 'police') ?? 'eu-europol';
  const entry = CATALOGUE.get(id) ?? CATALOGUE.get('eu-europol');
  if (!entry) throw new Error('the guidance catalogue has no police entry');
  return localizeEntry(entry, language);
}

/** Regions without their own entries, by language, when the locale names no region. */
const LANGUAGE_HOME: Record<string, Country> = { fi: 'FI', sv: 'SE', et: 'EE', de: 'DE' };
const REGION_ALIASES: Record<string, Country> = { UK: 'GB' };

/** `fi-FI` → FI, `sv-FI` → FI, `en-GB` → GB, `en` → EU, `pt-BR` → EU. */
export function countryFromLocale(locale: string): Country {
  const parts = locale.replace('_', '-').split('-');
  const language = (parts[0] ?? '').toLowerCase();
  const region = parts.slice(1).find((p) => p.length === 2)?.toUpperCase();
  if (region) {
    const parsed = CountrySchema.safeParse(REGION_ALIASES[region] ?? region);
    return parsed.success && parsed.data !== 'EU' ? parsed.data : 'EU';
  }
  return LANGUAGE_HOME[language] ?? 'EU';
}

/** The UI language for a locale: one Vahti is written in, or English for everything else. */
export function languageFromLocale(locale: string): UiLanguage {
  const parsed = UiLanguageSchema.safeParse(locale.slice(0, 2).toLowerCase());
  return parsed.success ? parsed.data : 'en';
}

/** A country code from settings or policy (any two letters) to one the catalogue knows. */
export function toCatalogueCountry(code: string): Country {
  const parsed = CountrySchema.safeParse(REGION_ALIASES[code.toUpperCase()] ?? code.toUpperCase());
  return parsed.success ? parsed.data : 'EU';
}
