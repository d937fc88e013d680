import { describe, expect, it } from 'vitest';
import { FIXED_MATCHES } from '../../../utils/page/providers';
import { webmailSiteOrigin } from '../../../utils/page/site-address';

const site = (host: string) => ({ ok: true, value: { origin: `https://${host}/*`, host } });

describe('webmailSiteOrigin', () => {
  it.each([
    ['webmail.example.fi', 'webmail.example.fi'],
    ['  webmail.example.fi  ', 'webmail.example.fi'],
    ['https://webmail.example.fi/roundcube/?_task=mail', 'webmail.example.fi'],
    ['HTTPS://WebMail.Example.FI/', 'webmail.example.fi'],
    ['webmail.example.fi/roundcube/', 'webmail.example.fi'],
    ['webmail.example.fi:8443/?_task=mail', 'webmail.example.fi'],
    ['https://posti.example.net#inbox', 'posti.example.net'],
    // IDN hosts become punycode, which is how the browser matches them.
    ['https://pöstï.example.fi/', 'xn--pst-1ma6a.example.fi'],
  ])('accepts %j as %s', (input, host) => {
    expect(webmailSiteOrigin(input)).toEqual(site(host));
  });

  it.each([
    '',
    '   ',
    'webmail',
    'https://',
    'https:///',
    'webmail example.fi',
    'webmail.example.fi/some path',
    '*.example.fi',
    'https://*.example.fi/*',
    'webmail.*',
    'https://webmail..example.fi/',
    '.example.fi',
    'https://webmail.example.fi:99999/',
    'me@example.fi',
    'https://me:secret@webmail.example.fi/',
    'localhost:8080',
  ])('refuses %j as not an address', (input) => {
    expect(webmailSiteOrigin(input)).toEqual({ ok: false, error: 'not-an-address' });
  });

  it.each(['http://webmail.example.fi', 'HTTP://webmail.example.fi/roundcube/', 'ftp://webmail.example.fi', 'mailto:me@example.fi', 'wss://webmail.example.fi'])(
    'refuses %j as not https',
    (input) => {
      expect(webmailSiteOrigin(input)).toEqual({ ok: false, error: 'not-https' });
    },
  );

  it.each(['mail.google.com', 'https://mail.google.com/mail/u/0/#inbox', 'OUTLOOK.office.com', 'mail.proton.me/inbox', 'https://outlook.cloud.microsoft/mail/'])(
    'refuses %j as already protected',
    (input) => {
      expect(webmailSiteOrigin(input)).toEqual({ ok: false, error: 'already-protected' });
    },
  );

  it('knows every fixed webmail as already protected, and only those', () => {
    for (const origin of FIXED_MATCHES) {
      const host = origin.slice('https://'.length, -'/*'.length);
      expect(webmailSiteOrigin(host), host).toEqual({ ok: false, error: 'already-protected' });
    }
    // A look-alike host under another domain is an ordinary added site.
    expect(webmailSiteOrigin('mail.google.com.example.fi')).toEqual(site('mail.google.com.example.fi'));
  });
});
