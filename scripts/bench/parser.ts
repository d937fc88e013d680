/**
 * Parser benchmark: the `.eml` reader's CPU time per MB on ordinary mail next to its worst
 * cases at the caps of utils/core/mail/mime-bounds.ts (encoded words that postal-mime decodes
 * in quadratic time, MIME part counts, header bytes spent on address lists) and on files over
 * the caps, which must be refused in time linear in their size. The goal is that no input a
 * helpdesk may be sent costs more than 10× an ordinary message per MB.
 * Owns its synthetic files; asserts nothing (figures are for people).
 */
import { cpus, loadavg } from 'node:os';
import { MailParseError, parseEml } from '../../utils/core/mail/eml';
import { MIME_LIMITS } from '../../utils/core/mail/mime-bounds';
import { htmlToVisibleTextViaDom } from '../lib/dom-text';

const enc = new TextEncoder();
const crlf = (lines: string[]): string => lines.join('\r\n') + '\r\n';

const PROSE =
  'Hei, kiitos viestistäsi. Palaan asiaan huomenna, kun olen käynyt läpi liitteet ja kalenterin. ' +
  'The meeting moved to Thursday at 14:00; please bring the signed forms and the invoice numbers. ';

/** A newsletter-like multipart/alternative message of about `kb` KB: text, HTML with links, headers. */
function ordinary(kb: number): Uint8Array {
  const paragraphs: string[] = [];
  for (let size = 0; size < (kb * 1024) / 3; size += PROSE.length) paragraphs.push(PROSE);
  const html = paragraphs.map((p, i) => `<p style="margin:0 0 8px">${p}<a href="https://news.example.fi/a/${i}">lue lisää</a></p>`).join('\r\n');
  return enc.encode(
    crlf([
      'Received: from mx1.example.net by mx.example.fi with ESMTPS id 4Zabc; Fri, 4 Dec 2026 10:00:00 +0200',
      'From: =?UTF-8?Q?Uutiskirje_M=C3=A4kel=C3=A4?= <news@example.fi>',
      'To: Asiakas <asiakas@example.fi>',
      'Subject: =?UTF-8?B?S3V1a2F1ZGVuIHV1dGlzZXQ=?=',
      'Date: Fri, 4 Dec 2026 10:00:00 +0200',
      'Message-ID: <abc@example.fi>',
      'MIME-Version: 1.0',
      'Content-Type: multipart/alternative; boundary="alt"',
      '',
      '--alt',
      'Content-Type: text/plain; charset=utf-8',
      'Content-Transfer-Encoding: 8bit',
      '',
      paragraphs.join('\r\n\r\n'),
      '--alt',
      'Content-Type: text/html; charset=utf-8',
      'Content-Transfer-Encoding: 8bit',
      '',
      `<html><body>${html}</body></html>`,
      '--alt--',
    ]),
  );
}

/** An ordinary message with a base64 attachment, to `mb` MB. */
function withAttachment(mb: number): Uint8Array {
  const line = 'QUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVphYmNkZWZnaGlqa2xtbm9wcXJzdHV2d3h5ejAxMjM0';
  const lines = Array.from({ length: Math.floor((mb * 1024 * 1024) / (line.length + 2)) }, () => line);
  return enc.encode(
    crlf([
      'From: a@example.fi',
      'Subject: liite',
      'Content-Type: multipart/mixed; boundary="m"',
      '',
      '--m',
      'Content-Type: text/plain; charset=utf-8',
      '',
      PROSE,
      '--m',
      'Content-Type: application/pdf; name="lasku.pdf"',
      'Content-Transfer-Encoding: base64',
      '',
      ...lines,
      '--m--',
    ]),
  );
}

/** Joinable base64 words that do not decode: postal-mime's slowest case per word. */
function encodedWords(n: number): Uint8Array {
  const words = Array.from({ length: n }, () => '=?utf-8?B?w6Tk?=');
  // Folded at 76 columns as a mailer would, so the header size cap is not what stops it.
  const folded: string[] = [];
  for (let i = 0; i < words.length; i += 4) folded.push(words.slice(i, i + 4).join(' '));
  return enc.encode(crlf(['From: a@example.com', `Subject: ${folded.join('\r\n ')}`, '', 'hi']));
}

function parts(n: number): Uint8Array {
  const body: string[] = [];
  for (let i = 0; i < n; i++) body.push('--p', 'Content-Type: text/plain', '', 'x');
  return enc.encode(crlf(['From: a@example.com', 'Content-Type: multipart/mixed; boundary="p"', '', ...body, '--p--']));
}

/** Address-list headers filling `bytes` of header space with `unit` repeated. */
function addressHeader(unit: string, bytes: number): Uint8Array {
  const perLine = Math.max(1, Math.floor(70 / unit.length));
  const lines: string[] = [];
  for (let size = 0; size < bytes; size += perLine * unit.length + 3) lines.push(unit.repeat(perLine));
  return enc.encode(crlf(['From: a@example.com', `To: ${lines.join('\r\n ')}`, '', 'hi']));
}

function nestedDivs(n: number): Uint8Array {
  return enc.encode(crlf(['From: a@example.com', 'Content-Type: text/html', '', `${'<div>'.repeat(n)}Pay now${'</div>'.repeat(n)}`]));
}

type Row = { name: string; bytes: number; msPerMb: number; outcome: string };

function cpuMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

/** CPU ms per MB over enough repetitions to fill about half a second, after a warm-up run. */
async function measure(name: string, file: Uint8Array): Promise<Row> {
  let outcome = 'read';
  const once = async (): Promise<void> => {
    try {
      await parseEml(file, { htmlToText: htmlToVisibleTextViaDom });
    } catch (e) {
      if (!(e instanceof MailParseError)) throw e;
      outcome = `refused: ${e.message.slice(0, 48)}`;
    }
  };
  await once();
  let runs = 0;
  const start = cpuMs();
  while (runs < 3 || cpuMs() - start < 500) {
    await once();
    runs++;
  }
  const ms = (cpuMs() - start) / runs;
  return { name, bytes: file.length, msPerMb: ms / (file.length / (1024 * 1024)), outcome };
}

export async function bench(): Promise<void> {
  console.log(`load average ${loadavg()[0]!.toFixed(1)} on ${cpus().length} CPUs; CPU time per MB of input`);
  const rows: Row[] = [];
  rows.push(await measure('ordinary text+HTML, 20 KB', ordinary(20)));
  rows.push(await measure('ordinary text+HTML, 400 KB', ordinary(400)));
  rows.push(await measure('ordinary + 5 MB base64 attachment', withAttachment(5)));
  const baseline = rows[0]!.msPerMb;
  rows.push(await measure(`encoded words at the cap (${MIME_LIMITS.encodedWords})`, encodedWords(MIME_LIMITS.encodedWords)));
  rows.push(await measure('encoded words over the cap (80,000)', encodedWords(80_000)));
  rows.push(await measure(`MIME parts at the cap (${MIME_LIMITS.parts - 1})`, parts(MIME_LIMITS.parts - 1)));
  rows.push(await measure('MIME parts over the cap (1,000,000)', parts(1_000_000)));
  const headerRoom = MIME_LIMITS.headerBytes - 1024;
  rows.push(await measure('To: quoted mailboxes at the header cap', addressHeader('"x" <a@b.c>, ', headerRoom)));
  rows.push(await measure('To: empty groups at the header cap', addressHeader('g:;, ', headerRoom)));
  rows.push(await measure('100,000 nested <div>s', nestedDivs(100_000)));
  console.log('| input | size | ms per MB | × ordinary | outcome |');
  console.log('|---|---:|---:|---:|---|');
  for (const r of rows) {
    const size = r.bytes >= 1024 * 1024 ? `${(r.bytes / (1024 * 1024)).toFixed(1)} MB` : `${(r.bytes / 1024).toFixed(0)} KB`;
    console.log(`| ${r.name} | ${size} | ${r.msPerMb.toFixed(1)} | ${(r.msPerMb / baseline).toFixed(1)} | ${r.outcome} |`);
  }
}
