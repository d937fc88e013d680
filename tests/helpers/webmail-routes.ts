/**
 * Serves webmail fixture pages at the real webmail URLs and logs every request the browser
 * makes, so e2e tests can show that no request carries any part of a message. Shared by the
 * Chromium (Playwright) and Firefox (puppeteer) webmail tests and the demo.
 */
import type { BrowserContext } from 'playwright-core';
import { gmailPage } from '../fixtures/webmail/gmail';
import { MESSAGES, type FixtureMessage } from '../fixtures/webmail/messages';
import { genericPage, outlookPage, protonPage, roundcubeListPage, roundcubePreviewPage, yahooPage } from '../fixtures/webmail/providers';

export interface LoggedRequest {
  url: string;
  method: string;
  body: string;
  headers: string;
}

export const ROUNDCUBE_HOST = 'webmail.vahti-test.example';
/** A webmail Vahti has no adapter for: the generic fallback reads it. */
export const GENERIC_HOST = 'mail.vahti-generic.example';

/** The fixture page for a URL, or null (then the request is refused: tests are offline). */
export function fixtureFor(url: string): string | null {
  const u = new URL(url);
  const byId = (id: string | null): FixtureMessage => MESSAGES.find((m) => m.id === id) ?? MESSAGES[1]!;
  switch (u.hostname) {
    case 'mail.google.com':
      return u.pathname.startsWith('/mail/') ? gmailPage(MESSAGES, { collapsedEarlier: true }) : null;
    case 'outlook.office.com':
      return outlookPage(byId(u.searchParams.get('open')), MESSAGES);
    case 'mail.yahoo.com':
      return yahooPage(byId(u.searchParams.get('open')), MESSAGES);
    case 'mail.proton.me':
      return protonPage(byId(u.searchParams.get('open')), MESSAGES);
    case ROUNDCUBE_HOST: {
      const uid = u.searchParams.get('_uid');
      if (u.searchParams.get('_action') === 'preview' && uid) return roundcubePreviewPage(MESSAGES[Number(uid) - 1] ?? MESSAGES[0]!);
      return roundcubeListPage(MESSAGES, u.searchParams.get('preview'));
    }
    case GENERIC_HOST:
      return genericPage(byId(u.searchParams.get('open')));
    default:
      return null;
  }
}

/** Gmail enforces Trusted Types; the fixture does too, so an `innerHTML` in Vahti would throw. */
export const FIXTURE_HEADERS = { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': "require-trusted-types-for 'script'" };

/** Strings that identify message content: none may appear in any request. */
export function messageFragments(): string[] {
  const out: string[] = [];
  for (const m of MESSAGES) {
    out.push(m.from.address, m.subject);
    for (const p of m.paragraphs) {
      const words = p.split(/\s+/).filter((w) => w.length >= 8);
      out.push(...words.slice(0, 3));
    }
  }
  out.push('1MX99GWJPjFZHwj3F18L9BJecgz6L2dSQt', 'bc1qk7wesfetl7xl8tpqe7g99hxu8ev96myqhclcsu', '150385-917L');
  return [...new Set(out)];
}

/** Requests (other than the fixture page loads themselves) that contain message content. */
export function leaks(log: readonly LoggedRequest[]): { url: string; fragment: string }[] {
  const fragments = messageFragments();
  const found: { url: string; fragment: string }[] = [];
  for (const r of log) {
    const hay = [r.url, r.body, r.headers].map((s) => {
      try {
        return decodeURIComponent(s);
      } catch {
        return s;
      }
    });
    for (const f of fragments) if (hay.some((h) => h.includes(f))) found.push({ url: r.url, fragment: f });
  }
  return found;
}

/**
 * Chromium (Playwright): logs every request of the context into `log` and answers https
 * requests with the fixture page for their URL, refusing the rest (the tests are offline).
 */
export async function serveFixtures(context: BrowserContext, log: LoggedRequest[]): Promise<void> {
  context.on('request', (r) => {
    log.push({ url: r.url(), method: r.method(), body: r.postData() ?? '', headers: JSON.stringify(r.headers()) });
  });
  // https only: the tests' own list servers listen on plain http at the loopback address.
  await context.route(/^https:\/\//, (route) => {
    const html = fixtureFor(route.request().url());
    return html === null ? route.abort('blockedbyclient') : route.fulfill({ status: 200, headers: FIXTURE_HEADERS, body: html });
  });
}
