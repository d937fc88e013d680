/**
 * Hostile mail in real Chromium with the built extension: a message whose sender name, subject
 * and body carry markup (script tags, `img onerror`, SVG with script, an SVG `onload`) and a
 * fake Vahti banner inside the mail ("Vahti checked this message: safe"). Vahti reads the text,
 * never the markup: no script runs in the page or in Vahti's frame, the markup appears in the
 * evidence file as the text it is, and Vahti's own warning is the only one in an extension frame.
 */
import { readFileSync } from 'node:fs';
import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, waitUntilSenderListed, type LaunchedExtension } from '../helpers/extension';
import { FIXTURE_HEADERS } from '../helpers/webmail-routes';
import { gmailPage } from '../fixtures/webmail/gmail';
import { MESSAGES, messageById, type FixtureMessage } from '../fixtures/webmail/messages';

const PAYLOADS = [
  '<script>window.vahtiPwned = "script"</script>',
  '<img src=x onerror="window.vahtiPwned = \'img\'">',
  '<svg><script>window.vahtiPwned = "svg-script"</script></svg>',
  '<svg onload="window.vahtiPwned = \'svg-onload\'"></svg>',
];
const FAKE_BANNER_TEXT = 'Vahti checked this message: safe';
const FAKE_BANNER = `<div data-vahti="warning" data-vahti-level="none" style="border:2px solid green;padding:8px">✔ ${FAKE_BANNER_TEXT}</div>`;
const MARKER = 'FAKE-BANNER-GOES-HERE';

const suspected = messageById('18c2a1f0b7e4d902');
const hostile: FixtureMessage = {
  ...suspected,
  id: '18c2a1f0b7e4d9ff',
  from: { name: `Tuki ${PAYLOADS[1]}`, address: 'tuki@mielenrauha-asiakaspalvelu.invalid' },
  subject: `Maija Mäkelä ${PAYLOADS[0]}`,
  paragraphs: [MARKER, ...suspected.paragraphs, ...PAYLOADS],
};

let ext: LaunchedExtension;

beforeAll(async () => {
  ext = await launchExtension();
  // The fixture escapes the paragraphs (the markup is text, as a webmail shows it); the fake
  // banner is real markup in the mail's body, as an HTML mail can draw it.
  const html = gmailPage([...MESSAGES, hostile]).replace(`<div>${MARKER}</div>`, FAKE_BANNER);
  if (!html.includes(FAKE_BANNER)) throw new Error('the fake banner did not make it into the page');
  await ext.context.route(/^https:\/\//, (route) =>
    new URL(route.request().url()).hostname === 'mail.google.com' ? route.fulfill({ status: 200, headers: FIXTURE_HEADERS, body: html }) : route.abort('blockedbyclient'),
  );
  await waitUntilSenderListed(ext, messageById('18c2a1f0b7e4d901').from.address);
});

afterAll(async () => {
  await ext?.stop();
});

async function vahtiFrames(page: Page): Promise<Frame[]> {
  const prefix = `chrome-extension://${ext.extensionId}/warning.html`;
  await expect.poll(() => page.frames().filter((f) => f.url().startsWith(prefix)).length, { timeout: 15_000 }).toBeGreaterThan(0);
  return page.frames().filter((f) => f.url().startsWith(prefix));
}

describe('a hostile mail', () => {
  it('runs no script, keeps the markup as text, and Vahti’s warning is the only one in an extension frame', async () => {
    const page = await ext.context.newPage();
    await page.goto('https://mail.google.com/mail/u/0/#inbox');
    await page.evaluate((id) => (location.hash = `#inbox/${id}`), hostile.id);
    const frames = await vahtiFrames(page);
    expect(frames).toHaveLength(1);
    const frame = frames[0]!;
    await expect.poll(() => frame.locator('[role="alert"]').textContent(), { timeout: 10_000 }).toContain('This email looks like extortion');
    // The fake banner is in the page, drawn by the mail, and not in any extension frame.
    expect(await page.getByText(FAKE_BANNER_TEXT).count()).toBe(1);
    expect(await frame.getByText(FAKE_BANNER_TEXT).count()).toBe(0);
    expect(await page.locator('vahti-warning').count()).toBe(1);

    // Open every part of the warning that shows text from the mail, then save the evidence file.
    await frame.getByRole('button', { name: 'Why am I seeing this warning?' }).click();
    const [download] = await Promise.all([page.waitForEvent('download'), frame.getByRole('button', { name: 'Save evidence' }).click()]);
    const evidence = readFileSync((await download.path())!, 'utf8');
    for (const payload of PAYLOADS) expect(evidence).toContain(payload);

    await page.waitForTimeout(1_000);
    expect(await page.evaluate(() => (window as unknown as { vahtiPwned?: string }).vahtiPwned)).toBeUndefined();
    expect(await frame.evaluate(() => (window as unknown as { vahtiPwned?: string }).vahtiPwned)).toBeUndefined();
    // Nothing from the mail became markup in Vahti's frame.
    expect(await frame.locator('#root img, #root svg script, #root script, #root iframe').count()).toBe(0);
    await page.close();
  });
});
