/**
 * Test mail as RFC 5322 files for a real IMAP server's Maildir: the fixture messages (from the
 * corpus) as they would arrive, UTF-8 text with encoded-word headers where they are not ASCII.
 */
import { RECIPIENT, type FixtureMessage } from '../fixtures/webmail/messages';

/** An RFC 2047 encoded word where the text is not plain ASCII. */
function headerText(s: string): string {
  return /^[\x20-\x7e]*$/.test(s) ? s : `=?UTF-8?B?${Buffer.from(s, 'utf8').toString('base64')}?=`;
}

function mailbox(a: { name: string; address: string }): string {
  return `${headerText(a.name)} <${a.address}>`;
}

/** One message as it would sit in a Maildir; `sent` swaps the parties (the person's own mail). */
export function emlOf(m: FixtureMessage, options: { sent?: boolean } = {}): string {
  const from = options.sent ? RECIPIENT : m.from;
  const to = options.sent ? m.from : RECIPIENT;
  const date = new Date(m.sentAt ?? '2025-11-01T10:00:00+02:00').toUTCString().replace('GMT', '+0000');
  const body = [...m.paragraphs, ...(m.links ?? []).map((l) => `${l.text}: ${l.href}`)].join('\r\n\r\n');
  return [
    `From: ${mailbox(from)}`,
    `To: ${mailbox(to)}`,
    `Subject: ${headerText(m.subject)}`,
    `Date: ${date}`,
    `Message-ID: <${m.id}${options.sent ? '.sent' : ''}@vahti-test.example>`,
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset=UTF-8',
    'Content-Transfer-Encoding: 8bit',
    '',
    body,
    '',
  ].join('\r\n');
}
