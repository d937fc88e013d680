import { describe, expect, it } from 'vitest';
import { CATALOGUE, COUNTRY_DEFAULTS, RETIRED_IDS } from '../../../utils/app/guidance/catalogue';
import { ALL_HOURS } from '../../../utils/app/guidance/entry';
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

  it('has German text for the German entries and Estonian for the Estonian ones', () => {
    for (const entry of CATALOGUE.values()) {
      const lang = entry.country === 'DE' ? 'de' : entry.country === 'EE' ? 'et' : undefined;
      if (!lang) continue;
      expect(entry.title[lang], `${entry.id} title ${lang}`).toBeTruthy();
      expect(entry.summary[lang], `${entry.id} summary ${lang}`).toBeTruthy();
      expect(entry.steps[lang], `${entry.id} steps ${lang}`).toHaveLength(entry.steps.en.length);
      for (const phone of entry.phones) expect(phone.label[lang] && phone.hours[lang], `${entry.id} ${phone.number} ${lang}`).toBeTruthy();
    }
  });

  it('covers the required countries, each with a police or reporting entry', () => {
    for (const country of ['FI', 'SE', 'EE', 'GB', 'US', 'DE', 'EU', 'AU', 'CA'] as const) {
      const ids = COUNTRY_DEFAULTS[country];
      expect(ids.length, country).toBeGreaterThan(0);
      for (const id of ids) expect(CATALOGUE.has(id), id).toBe(true);
    }
    for (const id of ['fi-police', 'fi-ncsc', 'fi-data-leak-guide', 'fi-riku', 'fi-mieli']) expect(CATALOGUE.has(id), id).toBe(true);
    expect(policeGuidance('FI', 'fi').id).toBe('fi-police');
    expect(policeGuidance('DE', 'en').id).toBe('de-onlinewache');
    expect(policeGuidance('EU', 'en').id).toBe('eu-europol');
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

const YEAR_MS = 365 * 24 * 60 * 60 * 1000;

/** Entries whose facts have no source, or whose newest check is more than a year before `now`. */
function staleEntries(entries: Iterable<{ id: string; sources: { url: string; checked: string }[] }>, now: number): string[] {
  const stale: string[] = [];
  for (const entry of entries) {
    const checks = entry.sources.map((s) => Date.parse(`${s.checked}T00:00:00Z`));
    if (checks.length === 0 || checks.some((c) => Number.isNaN(c)) || now - Math.max(...checks) > YEAR_MS) stale.push(entry.id);
  }
  return stale;
}

describe('catalogue sources', () => {
  it('every entry names its sources, each checked within the last 12 months', () => {
    expect(staleEntries(CATALOGUE.values(), Date.now())).toEqual([]);
    for (const entry of CATALOGUE.values()) {
      for (const source of entry.sources) {
        expect(source.url, entry.id).toMatch(/^https?:\/\//);
        expect(source.note.length, entry.id).toBeGreaterThan(10);
      }
    }
  });

  it('the freshness check catches a missing source, an old check and a bad date', () => {
    const now = Date.parse('2027-06-01T00:00:00Z');
    const entries = [
      { id: 'fresh', sources: [{ url: 'https://a.example/', checked: '2026-12-05' }] },
      { id: 'none', sources: [] },
      { id: 'old', sources: [{ url: 'https://a.example/', checked: '2026-05-31' }] },
      { id: 'typo', sources: [{ url: 'https://a.example/', checked: '2026-13-01' }] },
    ];
    expect(staleEntries(entries, now)).toEqual(['none', 'old', 'typo']);
  });

  it('every phone line says when it answers, and 116 006 appears once per country', () => {
    for (const entry of CATALOGUE.values()) {
      for (const phone of entry.phones) expect(phone.hours.en.trim(), `${entry.id} ${phone.number}`).not.toBe('');
    }
    for (const country of CountrySchema.options) {
      const numbers = COUNTRY_DEFAULTS[country].flatMap((id) => CATALOGUE.get(id)?.phones.map((p) => p.number) ?? []);
      expect(numbers.filter((n) => n === '116 006').length, country).toBeLessThanOrEqual(1);
    }
    expect(CATALOGUE.get('fi-mieli')!.phones.find((p) => p.number === '09 2525 0111')!.hours).toBe(ALL_HOURS);
    expect(localizeEntry(CATALOGUE.get('fi-riku')!, 'fi').phones.map((p) => p.hours)).toContain('ma–to 17–19');
  });

  it('ids named by lists already published still lead to help', () => {
    for (const [retired, current] of RETIRED_IDS) {
      expect(CATALOGUE.has(retired), retired).toBe(false);
      expect(CATALOGUE.has(current), current).toBe(true);
    }
    const ids = guidanceFor({ country: 'GB', language: 'en', campaignGuidanceIds: ['gb-actionfraud', 'fi-tietovuotoapu'] }).map((g) => g.id);
    expect(ids).toEqual(['gb-reportfraud', 'gb-nidirect', 'fi-data-leak-guide']);
  });

  it('has the corrected facts the review asked for', () => {
    const page = (id: string) => CATALOGUE.get(id)!.pages.map((p) => p.url).join(' ');
    expect(page('gb-reportfraud')).toContain('reportfraud.police.uk');
    expect(page('fi-police')).toBe('https://asiointi.poliisi.fi/');
    expect(page('ee-police')).toContain('cyber.politsei.ee');
    expect(COUNTRY_DEFAULTS.DE).toContain('de-weisser-ring');
    expect(COUNTRY_DEFAULTS.EE).toContain('ee-ohvriabi');
    expect(COUNTRY_DEFAULTS.SE).toContain('se-brottsofferjouren');
    const german = [...CATALOGUE.values()].filter((e) => e.country === 'DE').map((e) => e.summary.en + e.steps.en.join(' '));
    expect(german.join(' ')).not.toMatch(/most extortion spam is sextortion/i);
    const allText = [...CATALOGUE.values()].flatMap((e) => [...e.steps.en, ...(e.steps.fi ?? []), ...(e.steps.sv ?? [])]).join(' ');
    expect(allText).not.toMatch(/panic|panikoi|panik/i);
    expect(allText).not.toMatch(/Bisnode|diary|päiväkirja|dagbok/i);
  });
});

describe('allowlist', () => {
  it.each([
    'http://poliisi.fi/',
    'https://asiointi.poliisi.fi.evil.example/',
    'https://evil.example/?https://asiointi.poliisi.fi/',
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
    const ids = guidanceFor({ country: 'SE', language: 'sv', campaignGuidanceIds: ['fi-riku', 'se-police'] }).map((g) => g.id);
    expect(ids).toEqual(['se-police', 'se-brottsofferjouren', 'eu-europol', 'fi-riku']);
  });

  it('caps the number of entries and removes duplicates', () => {
    const ids = guidanceFor({ country: 'FI', language: 'fi', campaignGuidanceIds: ['fi-police', 'fi-police', 'us-ic3', 'gb-actionfraud'], max: 6 }).map((g) => g.id);
    expect(ids).toHaveLength(6);
    expect(new Set(ids).size).toBe(6);
  });

  it('picks the page in the UI language when there is one', () => {
    const [sv] = guidanceFor({ country: 'SE', language: 'sv', campaignGuidanceIds: ['fi-ncsc'], max: 4 }).filter((g) => g.id === 'fi-ncsc');
    expect(sv?.url).toContain('/sv/');
    expect(sv?.pageLanguage).toBe('sv');
    const [fi] = guidanceFor({ country: 'FI', language: 'fi', campaignGuidanceIds: ['fi-data-leak-guide'], max: 1 });
    expect(fi?.pageLanguage).toBe('en');
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
    ['de-DE', 'DE', 'de'],
    ['de-AT', 'EU', 'de'],
    ['et', 'EE', 'et'],
    ['et-EE', 'EE', 'et'],
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
