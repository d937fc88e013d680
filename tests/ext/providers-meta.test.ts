/**
 * The provider meta-test (as Refined GitHub checks its features): every webmail adapter is
 * registered once; the content script's manifest `matches` are exactly the adapters' hosts; each
 * adapter is documented in README.md and docs/webmail-markers.md; and each has today's-markup
 * fixtures for an opened message, a collapsed one, the inbox, the Sent folder and an empty page.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import webmailScript from '../../entrypoints/webmail.content/index';
import { PROVIDER_NAMES } from '../../utils/app/page-health';
import * as registry from '../../utils/page/providers';
import { FIXED_MATCHES, PROVIDERS } from '../../utils/page/providers';
import { messageById } from '../fixtures/webmail/messages';
import { TODAY } from '../fixtures/webmail/today';

const root = join(__dirname, '../..');
const readme = readFileSync(join(root, 'README.md'), 'utf8');
const markers = readFileSync(join(root, 'docs/webmail-markers.md'), 'utf8');
const ALL_IDS = ['gmail', 'outlook', 'yahoo', 'proton', 'roundcube', 'generic'];
const known = messageById('18c2a1f0b7e4d901');
const benign = messageById('18c2a1f0b7e4d903');

/** The README section that lists the webmails, up to the next heading of its level or above. */
function readmeSection(title: string): string {
  const start = readme.indexOf(`### ${title}`);
  expect(start, `README.md has a "### ${title}" section`).toBeGreaterThanOrEqual(0);
  const rest = readme.slice(start + 4);
  const end = rest.search(/\n#{2,3} /);
  return end < 0 ? rest : rest.slice(0, end);
}

describe('webmail providers', () => {
  it('registers every adapter exactly once, and every exported adapter is registered', () => {
    const ids = PROVIDERS.map((p) => p.id);
    expect([...ids].sort()).toEqual([...ALL_IDS].sort());
    expect(new Set(ids).size).toBe(ids.length);
    const exported = Object.values(registry).filter((v): v is (typeof PROVIDERS)[number] => typeof v === 'object' && v !== null && 'findOpenedMessages' in v);
    for (const p of exported) expect(PROVIDERS).toContain(p);
  });

  it('makes the manifest’s content-script matches from the adapters’ hosts, each host in one adapter', () => {
    expect(webmailScript.matches).toEqual([...FIXED_MATCHES]);
    const hosts = PROVIDERS.flatMap((p) => p.hosts);
    expect(new Set(hosts).size).toBe(hosts.length);
    expect([...FIXED_MATCHES].sort()).toEqual(hosts.map((h) => `https://${h}/*`).sort());
  });

  it('documents every adapter and every host in README.md and docs/webmail-markers.md', () => {
    const section = readmeSection('Webmails Vahti reads');
    for (const p of PROVIDERS.filter((x) => x.id !== 'generic')) {
      const name = PROVIDER_NAMES[p.id as keyof typeof PROVIDER_NAMES];
      expect(section, `README lists ${name}`).toContain(name);
      for (const host of p.hosts) expect(section, `README lists ${host}`).toContain(host);
      expect(markers.split('\n'), `docs/webmail-markers.md has a section for ${name}`).toContain(`## ${name}`);
    }
  });

  it('has today’s-markup fixtures for an opened, a collapsed, an inbox, a Sent and an empty page', () => {
    const withFixtures = TODAY.map((f) => f.providerId);
    expect([...withFixtures].sort()).toEqual(ALL_IDS.filter((id) => id !== 'generic').sort());
    for (const f of TODAY) {
      expect(f.source, `${f.providerId} names its source`).toMatch(/\d{4}-\d{2}/);
      const pages = [f.opened(known), f.collapsed(benign, known), f.inbox([known, benign]), f.sent([known]), f.empty()];
      for (const page of pages) {
        expect(new URL(page.url).protocol).toBe('https:');
        expect(page.html).toMatch(/^<!doctype html>/);
      }
      expect(pages[0]!.html).toContain(known.from.address);
    }
  });
});
