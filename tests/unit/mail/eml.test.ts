import { describe, expect, it } from 'vitest';
import { emlToFeatures, MailParseError, parseEml } from '../../../utils/core/mail/eml';
import { FEATURE_LIMITS } from '../../../utils/core/engine/features';
import { htmlToVisibleTextViaDom } from '../../../scripts/lib/dom-text';

const crlf = (lines: string[]): string => lines.join('\r\n');
const latin1 = (s: string): Uint8Array => Uint8Array.from(s, (c) => c.charCodeAt(0));

describe('emlToFeatures', () => {
  it('reads sender, reply-to and an encoded-word subject', async () => {
    const f = await emlToFeatures(
      crlf([
        'From: =?UTF-8?B?TWF0dGkgTWV0c8OkbMOk?= <matti@example.fi>',
        'Reply-To: a@example.org, "B" <b@example.org>',
        'To: =?UTF-8?Q?Maija_M=C3=A4kel=C3=A4?= <maija@example.fi>, bare@example.org',
        'Subject: =?UTF-8?Q?Hyv=C3=A4=C3=A4_p=C3=A4iv=C3=A4=C3=A4?= =?ISO-8859-1?Q?_ja_n=E4kemiin?=',
        'Content-Type: text/plain; charset=utf-8',
        '',
        'Hei!',
      ]), htmlToVisibleTextViaDom,
    );
    expect(f.senderAddress).toBe('matti@example.fi');
    expect(f.senderName).toBe('Matti Metsälä');
    expect(f.replyTo).toEqual(['a@example.org', 'b@example.org']);
    expect(f.recipients).toEqual(['maija@example.fi', 'bare@example.org']);
    expect(f.recipientNames).toEqual(['Maija Mäkelä']);
    expect(f.subject).toBe('Hyvää päivää ja näkemiin');
    expect(f.bodyText.trim()).toBe('Hei!');
  });

  it('decodes quoted-printable with soft line breaks in ISO-8859-1', async () => {
    const f = await emlToFeatures(
      latin1(
        crlf([
          'From: a@example.fi',
          'Subject: t',
          'Content-Type: text/plain; charset=ISO-8859-1',
          'Content-Transfer-Encoding: quoted-printable',
          '',
          'Henkil=F6tietonne poistetaan, kun maksatte 200 euroa bitcoineina 24 tunn=',
          'in kuluessa.',
        ]),
      ), htmlToVisibleTextViaDom,
    );
    expect(f.bodyText.trim()).toBe('Henkilötietonne poistetaan, kun maksatte 200 euroa bitcoineina 24 tunnin kuluessa.');
  });

  it('decodes a raw ISO-8859-1 8bit body', async () => {
    const f = await emlToFeatures(latin1(crlf(['From: a@example.se', 'Subject: t', 'Content-Type: text/plain; charset=iso-8859-1', 'Content-Transfer-Encoding: 8bit', '', 'Betala inom 48 timmar, annars kidnappar vi dig. Kontakta inte polisen. Å'])), htmlToVisibleTextViaDom);
    expect(f.bodyText).toContain('Kontakta inte polisen. Å');
  });

  it('decodes base64 parts of a multipart/alternative and prefers the text part', async () => {
    const text = Buffer.from('Your private data is sold on dark net markets. Pay $50.\n', 'utf8').toString('base64');
    const html = Buffer.from('<p>HTML version</p>', 'utf8').toString('base64');
    const r = await parseEml(
      crlf([
        'From: x@example.com.br',
        'Subject: [FREDHUTCH] DOE JOHN',
        'MIME-Version: 1.0',
        'Content-Type: multipart/alternative; boundary="b1"',
        '',
        '--b1',
        'Content-Type: text/plain; charset=utf-8',
        'Content-Transfer-Encoding: base64',
        '',
        text,
        '--b1',
        'Content-Type: text/html; charset=utf-8',
        'Content-Transfer-Encoding: base64',
        '',
        html,
        '--b1--',
        '',
      ]), { htmlToText: htmlToVisibleTextViaDom },
    );
    expect(r.bodySource).toBe('text');
    expect(r.features.bodyText.trim()).toBe('Your private data is sold on dark net markets. Pay $50.');
  });

  it('turns an HTML-only body into visible text, drops hidden text and notes it', async () => {
    const r = await parseEml(
      crlf([
        'From: x@example.com',
        'Subject: s',
        'Content-Type: text/html; charset=utf-8',
        'Content-Transfer-Encoding: quoted-printable',
        '',
        '<html><head><style>p{}</style></head><body><p>Maksakaa 200&nbsp;&euro; <span style=3D"display:none">Uutisia s=',
        '=C3=A4=C3=A4st=C3=A4</span>bitcoineina</p><a href=3D"http://pay.example.onion/x">linkki</a></body></html>',
      ]), { htmlToText: htmlToVisibleTextViaDom },
    );
    expect(r.bodySource).toBe('html');
    expect(r.features.bodyText).toBe('Maksakaa 200 € bitcoineina\nlinkki');
    expect(r.features.links).toEqual(['http://pay.example.onion/x']);
    expect(r.hiddenText).toBe('Uutisia säästä');
    expect(r.hiddenTextChars).toBe('Uutisiasäästä'.length);
  });

  const alternative = (text: string, html: string): string =>
    crlf([
      'From: x@example.com',
      'Subject: s',
      'Content-Type: multipart/alternative; boundary="b"',
      '',
      '--b',
      'Content-Type: text/plain; charset=utf-8',
      '',
      text,
      '--b',
      'Content-Type: text/html; charset=utf-8',
      '',
      html,
      '--b--',
      '',
    ]);

  it('reads the HTML too when the text part is a stub that says something else', async () => {
    const html = '<p>' + 'We have your therapy notes. Pay 200 euros in bitcoin within 24 hours. '.repeat(3) + '</p>';
    const r = await parseEml(alternative('Your mail program cannot show this message.', html), { htmlToText: htmlToVisibleTextViaDom });
    expect(r.bodySource).toBe('text+html');
    expect(r.features.bodyText).toContain('Your mail program cannot show this message.');
    expect(r.features.bodyText).toContain('Pay 200 euros in bitcoin within 24 hours.');
  });

  it('uses the HTML when the text part is empty', async () => {
    const r = await parseEml(alternative('   ', '<p>Only here</p>'), { htmlToText: htmlToVisibleTextViaDom });
    expect(r.bodySource).toBe('html');
    expect(r.features.bodyText).toBe('Only here');
  });

  it('collects URLs written in a plain-text body as links', async () => {
    const f = await emlToFeatures(crlf(['From: a@example.com', 'Subject: s', '', 'See https://example.com/a?b=1. And (http://x.example/).']), htmlToVisibleTextViaDom);
    expect(f.links).toEqual(['https://example.com/a?b=1', 'http://x.example/']);
  });

  it('skips an mbox "From " line', async () => {
    const f = await emlToFeatures('From someone@example.com Mon Jan  1 00:00:00 2024\nFrom: a@example.com\nSubject: hi\n\nbody\n', htmlToVisibleTextViaDom);
    expect(f.subject).toBe('hi');
  });

  it('truncates oversized fields to the feature limits instead of failing', async () => {
    const f = await emlToFeatures(
      crlf([`From: "${'N'.repeat(400)}" <a@example.com>`, `Subject: ${'S'.repeat(3000)}`, '', 'x'.repeat(FEATURE_LIMITS.bodyText + 1000)]), htmlToVisibleTextViaDom,
    );
    expect(f.senderName.length).toBe(FEATURE_LIMITS.name);
    expect(f.subject.length).toBe(FEATURE_LIMITS.subject);
    expect(f.bodyText.length).toBe(FEATURE_LIMITS.bodyText);
  });

  it('does not split a surrogate pair when truncating', async () => {
    const subject = 'a' + '😀'.repeat(FEATURE_LIMITS.subject);
    const f = await emlToFeatures(crlf(['From: a@example.com', `Subject: ${subject}`, '', 'b']), htmlToVisibleTextViaDom);
    expect(f.subject.length).toBe(FEATURE_LIMITS.subject - 1);
    expect(f.subject.endsWith('😀')).toBe(true);
  });
});

describe('malformed input', () => {
  const cases: [string, string | Uint8Array, string][] = [
    ['an empty file', '', 'the file is empty'],
    ['whitespace only', '\r\n \n', 'the file is empty'],
    ['plain prose', 'Dear customer, this is not an email file.\n\nBye', 'header line 1 is not an email header'],
    ['binary data', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]), 'binary data (NUL bytes)'],
    ['a multipart whose boundary never appears', 'From: a@example.com\nContent-Type: multipart/mixed; boundary="zz"\n\nno parts\n', 'boundary never appears'],
    ['headers with no known field', 'X-Foo: 1\nX-Bar: 2\n\nbody', 'none of From, To, Subject'],
  ];
  it.each(cases)('%s gives a MailParseError that says what is wrong', async (_name, input, message) => {
    const error = await parseEml(input, { htmlToText: htmlToVisibleTextViaDom }).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(MailParseError);
    expect((error as Error).message).toContain(message);
  });

  it('names the offending header line', async () => {
    await expect(parseEml('From: a@example.com\nSubject: x\nthis line is broken\n\nbody', { htmlToText: htmlToVisibleTextViaDom })).rejects.toThrow('header line 3 is not an email header ("this line is broken")');
  });
});
