/**
 * The warning and the popup in every UI language, end to end in real Chromium with the built
 * extension: the banner above a Vastaamo-style message speaks the language chosen in the
 * options, carries it as `lang`, puts the two actions and three contacts first with the rest
 * behind "More help", and axe finds no violation; the popup's "Received a threatening email?"
 * likewise. Takes the README screenshots of the banner in Finnish and Swedish.
 */
import { join } from 'node:path';
import axe from 'axe-core';
import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { messageById } from '../fixtures/webmail/messages';
import { launchExtension, type LaunchedExtension } from '../helpers/extension';
import { saveSettingsFromOptions } from '../helpers/settings';
import { serveFixtures, type LoggedRequest } from '../helpers/webmail-routes';

const SCREENSHOTS = join(__dirname, '../../docs/screenshots');
const vastaamoLike = messageById('18c2a1f0b7e4d902');
type Language = 'en' | 'fi' | 'sv' | 'de' | 'et';

/** What each language calls the two actions and the popup's question. */
const WORDS: Record<Language, { save: string; report: string; more: string; question: string }> = {
  en: { save: 'Save evidence', report: 'Prepare a police report', more: 'More help', question: 'Received a threatening email?' },
  fi: { save: 'Tallenna todisteet', report: 'Valmistele rikosilmoitus', more: 'Lisää apua', question: 'Saitko uhkaavan viestin?' },
  sv: { save: 'Spara bevis', report: 'Förbered en polisanmälan', more: 'Mer hjälp', question: 'Har du fått ett hotfullt mejl?' },
  de: { save: 'Beweis sichern', report: 'Anzeige vorbereiten', more: 'Weitere Hilfe', question: 'Haben Sie eine bedrohliche E-Mail bekommen?' },
  et: { save: 'Salvesta tõend', report: 'Valmista ette kuriteoteade', more: 'Rohkem abi', question: 'Kas saite ähvardava kirja?' },
};

let ext: LaunchedExtension;
const requests: LoggedRequest[] = [];

async function axeViolations(target: Page | Frame, partOfPage: boolean): Promise<string[]> {
  await target.evaluate(axe.source);
  const off = partOfPage ? ['landmark-one-main', 'page-has-heading-one'] : [];
  return target.evaluate(async (disabled) => {
    const run = (globalThis as unknown as { axe: { run: (d: Document, o: object) => Promise<{ violations: { id: string; nodes: { target: unknown }[] }[] }> } }).axe.run;
    const rules = Object.fromEntries(disabled.map((id) => [id, { enabled: false }]));
    const result = await run(document, { resultTypes: ['violations'], rules });
    return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`);
  }, off);
}

/** As a person chooses it in the options (the background keeps it; nothing is read from `storage.local`). */
async function chooseLanguage(language: Language): Promise<void> {
  await saveSettingsFromOptions(ext, { language, country: 'FI' });
}

async function warningFrame(page: Page): Promise<Frame> {
  const prefix = `chrome-extension://${ext.extensionId}/warning.html`;
  await expect.poll(() => page.frames().some((f) => f.url().startsWith(prefix)), { timeout: 15_000 }).toBe(true);
  return page.frames().find((f) => f.url().startsWith(prefix))!;
}

beforeAll(async () => {
  ext = await launchExtension();
  await serveFixtures(ext.context, requests);
});

afterAll(async () => {
  await ext?.stop();
});

describe.each(['en', 'fi', 'sv', 'de', 'et'] as const)('in %s', (language) => {
  it('the warning speaks the language, leads with the actions and three contacts, and is axe clean', async () => {
    await chooseLanguage(language);
    const page = await ext.context.newPage();
    await page.setViewportSize({ width: 1100, height: 900 });
    await page.goto('https://mail.google.com/mail/u/0/#inbox');
    await page.evaluate((i) => (location.hash = `#inbox/${i}`), vastaamoLike.id);
    const frame = await warningFrame(page);
    const banner = frame.locator('section.vahti-banner');
    await expect.poll(() => banner.getAttribute('lang'), { timeout: 10_000 }).toBe(language);
    const words = WORDS[language];
    await frame.getByRole('button', { name: words.save }).waitFor();
    await frame.getByRole('button', { name: words.report }).waitFor();
    expect(await frame.locator('.vahti-banner > .vahti-guidance > li').count()).toBe(3);
    expect(await frame.locator('details.vahti-more-help > summary').textContent()).toBe(words.more);
    expect(await frame.locator('a[href="tel:116006"]').count()).toBe(1);
    expect(await axeViolations(frame, true)).toEqual([]);
    if (language === 'fi' || language === 'sv') {
      await page.locator('[data-vahti="warning"]').screenshot({ path: join(SCREENSHOTS, `banner-${language}.png`) });
    }
    await page.close();
  });

  it('the popup asks the question in the language and is axe clean', async () => {
    const popup = await ext.openExtensionPage('popup.html');
    await popup.setViewportSize({ width: 420, height: 800 });
    await popup.getByRole('heading', { name: WORDS[language].question }).waitFor();
    expect(await popup.locator('html').getAttribute('lang')).toBe(language);
    expect(await axeViolations(popup, false)).toEqual([]);
    await popup.close();
  });
});
