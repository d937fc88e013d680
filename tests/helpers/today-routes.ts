/**
 * Serves the today's-markup fixtures (tests/fixtures/webmail/today) at the fixed webmails' real
 * URLs, each page showing one message from a listed sender with an ordinary body: only a
 * sender read right gives the `known` warning. Outlook in German with `?hl=de`.
 */
import { gmailToday } from '../fixtures/webmail/today/gmail';
import { outlookOpened } from '../fixtures/webmail/today/outlook';
import { protonToday } from '../fixtures/webmail/today/proton';
import { yahooToday } from '../fixtures/webmail/today/yahoo';
import { messageById, type FixtureMessage } from '../fixtures/webmail/messages';

const listed = messageById('18c2a1f0b7e4d901');
const bland = messageById('18c2a1f0b7e4d903');

/** The listed sender of the default list, writing an ordinary appointment reminder. */
export const LISTED_BLAND: FixtureMessage = { ...bland, id: '18c2a1f0b7e4d9a1', from: listed.from, expect: 'known' };

/** Where each fixed webmail's page is opened in the tests. */
export const TODAY_URLS = {
  gmail: gmailToday.opened(LISTED_BLAND).url,
  outlook: outlookOpened(LISTED_BLAND).url,
  'outlook-de': `${outlookOpened(LISTED_BLAND).url}?hl=de`,
  yahoo: yahooToday.opened(LISTED_BLAND).url,
  proton: protonToday.opened(LISTED_BLAND).url,
} as const;

/** The page for a URL, or null (the request is refused: tests are offline). */
export function todayFixtureFor(url: string): string | null {
  const u = new URL(url);
  switch (u.hostname) {
    case 'mail.google.com':
      return u.pathname.startsWith('/mail/') ? gmailToday.opened(LISTED_BLAND).html : null;
    case 'outlook.office.com':
      return outlookOpened(LISTED_BLAND, { locale: u.searchParams.get('hl') === 'de' ? 'de' : 'en' }).html;
    case 'mail.yahoo.com':
      return yahooToday.opened(LISTED_BLAND).html;
    case 'mail.proton.me':
      return protonToday.opened(LISTED_BLAND).html;
    default:
      return null;
  }
}

/** Plain HTML: Proton's part writes its body frame with `document.write`, which Trusted Types would refuse. */
export const TODAY_HEADERS = { 'content-type': 'text/html; charset=utf-8' };
