/**
 * Help without a flagged message, end to end in real Chromium with the built extension: the
 * popup's "Check a message" opens the page; a pasted Vastaamo-style text and a dropped `.eml`
 * get the warning with reasons and guidance, an ordinary text gets none; no request leaves the
 * browser; and the page has no axe violations in English, Finnish, Swedish, German and
 * Estonian. Takes the README screenshot of the page.
 */
import { join } from 'node:path';
import axe from 'axe-core';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { disguisedSextortionBody, hiddenThreats } from '../fixtures/disguised-mail';
import { messageById } from '../fixtures/webmail/messages';
import { launchExtension, type LaunchedExtension } from '../helpers/extension';
import { saveSettingsFromOptions } from '../helpers/settings';

const SCREENSHOTS = join(__dirname, '../../docs/screenshots');
const vastaamoLike = messageById('18c2a1f0b7e4d902');
const VASTAAMO_TEXT = [vastaamoLike.subject, ...vastaamoLike.paragraphs].join('\n\n');
const ORDINARY_TEXT = [
  'Hei Maija,',
  'muistutamme varatusta ajastasi psykoterapeutti Hanna Laineen vastaanotolle tiistaina 3.11. klo 14.00.',
  'Jos et pääse paikalle, peru aika viimeistään 24 tuntia ennen käyntiä.',
].join('\n\n');
const VASTAAMO_EML = [
  `From: "${vastaamoLike.from.name}" <${vastaamoLike.from.address}>`,
  'To: maija@example.fi',
  `Subject: =?UTF-8?B?${Buffer.from(vastaamoLike.subject).toString('base64')}?=`,
  'Date: Sat, 24 Oct 2020 10:41:00 +0300',
  'MIME-Version: 1.0',
  'Content-Type: text/plain; charset=utf-8',
  'Content-Transfer-Encoding: base64',
  '',
  Buffer.from(vastaamoLike.paragraphs.join('\n\n')).toString('base64'),
  '',
].join('\r\n');

let ext: LaunchedExtension;
const outside: string[] = [];

async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate(axe.source);
  return page.evaluate(async () => {
    const run = (globalThis as unknown as { axe: { run: (d: Document, o: object) => Promise<{ violations: { id: string; nodes: { target: unknown }[] }[] }> } }).axe.run;
    const result = await run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`);
  });
}

/** Chosen as a person chooses it, in the options; the page asks the background when it opens. */
async function setLanguage(page: Page, language: 'en' | 'fi' | 'sv' | 'de' | 'et'): Promise<void> {
  await saveSettingsFromOptions(ext, { language, country: 'FI' });
  await page.reload();
  await page.locator('h1').waitFor();
}

const verdictOf = (page: Page) => page.locator('.vahti-check-result').getAttribute('data-verdict');

beforeAll(async () => {
  ext = await launchExtension();
  ext.context.on('request', (r) => {
    if (!r.url().startsWith('chrome-extension://') && !r.url().startsWith('data:')) outside.push(r.url());
  });
});

afterAll(async () => {
  await ext?.stop();
});

describe('Check a message', () => {
  let page: Page;

  it('opens from the popup, which offers help for a threatening email', async () => {
    const popup = await ext.openExtensionPage('popup.html');
    await popup.getByRole('heading', { name: 'Received a threatening email?' }).waitFor();
    const [opened] = await Promise.all([ext.context.waitForEvent('page'), popup.getByRole('button', { name: 'Check a message' }).click()]);
    await opened.waitForURL(/\/check\.html$/);
    page = opened;
    await page.getByRole('heading', { name: 'Check a message', level: 1 }).waitFor();
  });

  it('warns about a pasted Vastaamo-style text, with reasons in plain words and Finnish help', async () => {
    await setLanguage(page, 'en');
    await page.getByLabel('Message text').fill(VASTAAMO_TEXT);
    await page.getByRole('button', { name: 'Check the text' }).click();
    await expect.poll(() => verdictOf(page), { timeout: 15_000 }).not.toBeNull();
    expect(['known', 'suspected']).toContain(await verdictOf(page));
    const result = page.locator('.vahti-check-result');
    expect(await result.locator('h2').textContent()).toMatch(/extortion/);
    expect(await result.locator('.vahti-reason-list').textContent()).toContain("An identity code, yours or someone's");
    expect(await result.textContent()).not.toContain('150385');
    expect(await result.locator('[data-guidance-id]').first().getAttribute('data-guidance-id')).toBe('fi-police');
    expect(await axeViolations(page)).toEqual([]);
    await page.setViewportSize({ width: 900, height: 1400 });
    await page.locator('main').screenshot({ path: join(SCREENSHOTS, 'check.png') });
  });

  it('gives no warning for an ordinary text, and still shows where help is', async () => {
    await page.getByLabel('Message text').fill(ORDINARY_TEXT);
    await page.getByRole('button', { name: 'Check the text' }).click();
    await expect.poll(() => verdictOf(page), { timeout: 15_000 }).toBe('none');
    expect(await page.locator('.vahti-check-result').textContent()).toContain('Vahti found no signs of extortion');
    expect(await page.locator('.vahti-check-result [data-guidance-id]').count()).toBeGreaterThan(0);
  });

  it('warns about a dropped .eml file', async () => {
    await page.getByLabel('Message text').fill('');
    const dataTransfer = await page.evaluateHandle((eml) => {
      const dt = new DataTransfer();
      dt.items.add(new File([eml], 'threat.eml', { type: 'message/rfc822' }));
      return dt;
    }, VASTAAMO_EML);
    await page.locator('[data-drop-zone]').dispatchEvent('drop', { dataTransfer });
    await expect.poll(() => page.locator('.vahti-check-status').textContent(), { timeout: 15_000 }).toContain('threat.eml');
    expect(['known', 'suspected']).toContain(await verdictOf(page));
  });

  // An HTML-only mail is read by the extension's one visible-text extractor on this page's
  // DOMParser: what a display:none span holds is not what the reader sees, and the parsed
  // document runs nothing and loads nothing (the last test checks no request left).
  const htmlEml = (html: string): string =>
    ['From: x@example.com', 'To: maija@example.fi', 'Subject: Tiedote', 'MIME-Version: 1.0', 'Content-Type: text/html; charset=utf-8', 'Content-Transfer-Encoding: base64', '', Buffer.from(html).toString('base64'), ''].join('\r\n');
  const drop = async (name: string, eml: string): Promise<void> => {
    const dataTransfer = await page.evaluateHandle(([n, e]) => {
      const dt = new DataTransfer();
      dt.items.add(new File([e], n, { type: 'message/rfc822' }));
      return dt;
    }, [name, eml] as const);
    await page.locator('[data-drop-zone]').dispatchEvent('drop', { dataTransfer });
    await expect.poll(() => page.locator('.vahti-check-status').textContent(), { timeout: 15_000 }).toContain(name);
  };

  it('reads a dropped HTML mail as a reader sees it, running and loading nothing', async () => {
    const visible = VASTAAMO_TEXT.split('\n\n').map((p) => `<p>${p}</p>`).join('');
    const trap = '<img src="https://tracker.example/open.png" onerror="document.title=\'ran\'"><script>document.title=\'ran\'</script>';
    await drop('visible.eml', htmlEml(`<html><body>${visible}${trap}</body></html>`));
    expect(['known', 'suspected']).toContain(await verdictOf(page));
    await drop('hidden.eml', htmlEml(`<html><body><p>Kevään kuntosalitarjous.</p><div style="display:none">${visible}</div>${trap}</body></html>`));
    expect(await verdictOf(page)).toBe('none');
    expect(await page.title()).not.toBe('ran');
  });

  // Spam's disguises, read on this page's DOMParser as in a webmail: a warning's words hidden
  // between the lines (read, they would veto the warning), "bitcoin" stored backwards and shown
  // the right way round by <bdo> or a style, and an honest mail with an extortioner's words hidden.
  it('reads filler hidden by small, transparent, background-coloured or scaled text, and reversed letters, as a reader sees them', async () => {
    await drop('disguised.eml', htmlEml(`<html><body>${disguisedSextortionBody()}</body></html>`));
    expect(['known', 'suspected']).toContain(await verdictOf(page));
    await drop('honest.eml', htmlEml(`<html><body><p>Hei Maija, kevään kuntosalitarjous on voimassa perjantaihin asti.</p>${hiddenThreats()}</body></html>`));
    expect(await verdictOf(page)).toBe('none');
  });

  it('says clearly when a file is not an email', async () => {
    await page.locator('#check-file').setInputFiles({ name: 'photo.eml', mimeType: 'message/rfc822', buffer: Buffer.from([0, 1, 2, 3, 0, 0, 0]) });
    await expect.poll(() => page.locator('.vahti-check-status').textContent(), { timeout: 15_000 }).toContain('could not be read as an email');
  });

  const TITLES = { fi: 'Tarkista viesti', sv: 'Kontrollera ett meddelande', de: 'Eine Nachricht prüfen', et: 'Kontrolli kirja' } as const;

  it.each(['fi', 'sv', 'de', 'et'] as const)('has no axe violations in %s, and speaks it', async (language) => {
    await setLanguage(page, language);
    expect(await page.locator('html').getAttribute('lang')).toBe(language);
    await page.locator('#check-text').fill(VASTAAMO_TEXT);
    await page.locator('form button[type="submit"]').click();
    await expect.poll(() => verdictOf(page), { timeout: 15_000 }).not.toBeNull();
    expect(await page.locator('h1').textContent()).toBe(TITLES[language]);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('sent nothing anywhere', () => {
    expect(outside).toEqual([]);
  });
});
