import { describe, expect, it } from 'vitest';
import { CATALOGUE, COUNTRY_DEFAULTS } from '../../../utils/app/guidance/catalogue';
import { OFFICIAL_GUIDANCE_HOSTS, isAllowedGuidanceUrl } from '../../../utils/app/guidance/allowlist';
import {
  countryFromLocale,
  guidanceFor,
  languageFromLocale,
  localizeEntry,
  policeGuidance,
  toCatalogueCountry,
} from '../../../utils/app/guidance/resolve';
import { CountrySchema, GuidanceEntrySchema, UiLanguageSchema } from '../../../utils/app/guidance/types';

describe('guidance catalogue', () => {
  it('links only https pages on the official allowlist', () => {
    for (const entry of CATALOGUE.values()) {
      expect(entry.pages.length, entry.id).toBeGreaterThan(0);
      for (const page of entry.pages) {
        const url = new URL(page.url);
        expect(url.protocol, entry.id).toBe('https:');
        expect(OFFICIAL_GUIDANCE_HOSTS.has(url.hostname), `${entry.id}: ${url.hostname}`).toBe(true);
        expect(isAllowedGuidanceUrl(page.url)).toBe(true);
      }
    }
  });

  it('resolves every entry in every UI language to a valid entry', () => {
    for (const entry of CATALOGUE.values()) {
      for (const language of UiLanguageSchema.options) {
        expect(() => GuidanceEntrySchema.parse(localizeEntry(entry, language)), `${entry.id}/${language}`).not.toThrow();
      }
    }
  });

  it('has Finnish and Swedish text for every Finnish and Swedish entry', () => {
    for (const entry of CATALOGUE.values()) {
      if (entry.country !== 'FI' && entry.country !== 'SE') continue;
      for (const lang of ['fi', 'sv'] as const) {
        expect(entry.title[lang], `${entry.id} title ${lang}`).toBeTruthy();
        expect(entry.summary[lang], `${entry.id} summary ${lang}`).toBeTruthy();
        expect(entry.steps[lang], `${entry.id} steps ${lang}`).toHaveLength(entry.steps.en.length);
      }
    }
  });

  it('covers the required countries, each with a police or reporting entry', () => {
    for (const country of ['FI', 'SE', 'EE', 'GB', 'US', 'DE', 'EU', 'AU', 'CA'] as const) {
      const ids = COUNTRY_DEFAULTS[country];
      expect(ids.length, country).toBeGreaterThan(0);
      for (const id of ids) expect(CATALOGUE.has(id), id).toBe(true);
    }
    for (const id of ['fi-police', 'fi-ncsc', 'fi-tietovuotoapu', 'fi-riku', 'fi-mieli']) expect(CATALOGUE.has(id), id).toBe(true);
    expect(policeGuidance('FI', 'fi').id).toBe('fi-police');
    expect(policeGuidance('DE', 'en').id).toBe('eu-europol');
  });

  it('carries the Vastaamo-specific police advice and the Finnish support numbers', () => {
    const police = localizeEntry(CATALOGUE.get('fi-police')!, 'fi');
    expect(police.steps.join(' ')).toContain('"Vastaamo"');
    expect(police.steps.join(' ')).toContain('112');
    const numbers = (id: string) => CATALOGUE.get(id)!.phones.map((p) => p.number);
    expect(numbers('fi-riku')).toContain('116 006');
    expect(numbers('fi-mieli')).toContain('09 2525 0111');
  });
});

describe('allowlist', () => {
  it.each([
    'http://poliisi.fi/',
    'https://poliisi.fi.evil.example/',
    'https://evil.example/?https://poliisi.fi/',
    'https://user@poliisi.fi/',
    'https://poliisi.fi:8443/',
    'javascript:alert(1)',
    'not a url',
    'https://xn--poliisi-9za.fi/',
  ])('rejects %s', (url) => {
    expect(isAllowedGuidanceUrl(url)).toBe(false);
  });
});

describe('guidanceFor', () => {
  it('falls back to the country defaults for unknown ids', () => {
    const ids = guidanceFor({ country: 'FI', language: 'en', campaignGuidanceIds: ['no-such-id'] }).map((g) => g.id);
    expect(ids).toEqual([...COUNTRY_DEFAULTS.FI]);
  });

  it("puts the campaign's own-country entries first and other countries' after the defaults", () => {
    const ids = guidanceFor({ country: 'SE', language: 'sv', campaignGuidanceIds: ['fi-tietovuotoapu', 'se-police'] }).map((g) => g.id);
    expect(ids).toEqual(['se-police', 'eu-europol', 'fi-tietovuotoapu']);
  });

  it('caps the number of entries and removes duplicates', () => {
    const ids = guidanceFor({ country: 'FI', language: 'fi', campaignGuidanceIds: ['fi-police', 'fi-police', 'us-ic3', 'gb-actionfraud'], max: 6 }).map((g) => g.id);
    expect(ids).toHaveLength(6);
    expect(new Set(ids).size).toBe(6);
  });

  it('picks the page in the UI language when there is one', () => {
    const [sv] = guidanceFor({ country: 'FI', language: 'sv', campaignGuidanceIds: ['fi-tietovuotoapu'], max: 1 });
    expect(sv?.url).toContain('/sv/');
    expect(sv?.pageLanguage).toBe('sv');
  });
});

describe('locale', () => {
  it.each([
    ['fi-FI', 'FI', 'fi'],
    ['fi', 'FI', 'fi'],
    ['sv-FI', 'FI', 'sv'],
    ['sv-SE', 'SE', 'sv'],
    ['sv', 'SE', 'sv'],
    ['en-GB', 'GB', 'en'],
    ['en-US', 'US', 'en'],
    ['en', 'EU', 'en'],
    ['de-DE', 'DE', 'en'],
    ['de-AT', 'EU', 'en'],
    ['et', 'EE', 'en'],
    ['pt_BR', 'EU', 'en'],
  ])('%s → %s, %s', (locale, country, language) => {
    expect(countryFromLocale(locale)).toBe(country);
    expect(languageFromLocale(locale)).toBe(language);
  });

  it('maps any policy country code onto the catalogue', () => {
    expect(toCatalogueCountry('fi')).toBe('FI');
    expect(toCatalogueCountry('UK')).toBe('GB');
    expect(toCatalogueCountry('FR')).toBe('EU');
    expect(CountrySchema.options).toContain(toCatalogueCountry('NO'));
  });
});
