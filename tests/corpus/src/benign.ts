/**
 * Benign messages of the synthetic corpus: honest mail that shares single features with
 * extortion (therapy, identity codes, bitcoin addresses, due dates, "publish", quoted scam
 * text in warnings). None may be flagged. Every person, company and domain is invented.
 */
import { freshBtcBech32, freshBtcP2pkh, freshEth } from './addresses';
import { testHetu } from './extortion';
import type { Message } from './mime';

export const BENIGN: Message[] = [
  {
    file: 'benign/fi-therapy-reminder.eml',
    expect: 'none',
    covers: 'Finnish therapy appointment reminder with a cancellation deadline and a no-show fee',
    from: 'Terapiakeskus Esimerkki <ajanvaraus@terapiakeskus.example.com>',
    to: 'maija.makela@example.com',
    subject: 'Muistutus: terapia-aikasi ti 3.11. klo 14.00',
    subjectEncoding: 'B',
    date: 'Mon, 02 Nov 2020 09:00:00 +0200',
    parts: [{
      type: 'text/plain', charset: 'utf-8', encoding: 'quoted-printable',
      content: `Hei Maija,

muistutamme varatusta ajastasi psykoterapeutti Hanna Laineen vastaanotolle tiistaina 3.11. klo 14.00.

Jos et pääse paikalle, peru aika viimeistään 24 tuntia ennen käyntiä. Peruuttamattomasta käynnistä veloitamme 80 euroa.

Ystävällisin terveisin
Terapiakeskus Esimerkki
`,
    }],
  },
  {
    file: 'benign/en-therapy-reminder-html.eml',
    expect: 'none',
    covers: 'English therapy session reminder, HTML + text alternative, 48-hour cancellation policy',
    from: 'Calm Minds Clinic <appointments@calmminds.example.com>',
    to: 'liam.heikkinen@example.com',
    subject: 'Reminder: your therapy session on Thursday',
    subjectEncoding: 'raw',
    date: 'Tue, 10 Mar 2026 08:00:00 +0000',
    parts: [
      {
        type: 'text/plain', charset: 'utf-8', encoding: '7bit',
        content: `Hi Liam,

This is a reminder of your therapy session with Dr. Ellen Park on Thursday at 10:00.

Please let us know at least 48 hours in advance if you need to reschedule. Late cancellations are charged $60. Your session notes are kept confidential in our patient record system.

See you soon,
Calm Minds Clinic
`,
      },
      {
        type: 'text/html', charset: 'utf-8', encoding: 'quoted-printable',
        content: `<html><body><p>Hi Liam,</p><p>This is a reminder of your therapy session with Dr. Ellen Park on <b>Thursday at 10:00</b>.</p><p>Please let us know at least 48 hours in advance if you need to reschedule. Late cancellations are charged $60. Your session notes are kept confidential in our patient record system.</p><p>See you soon,<br>Calm Minds Clinic</p></body></html>`,
      },
    ],
  },
  {
    file: 'benign/sv-therapy-reminder.eml',
    expect: 'none',
    covers: 'Swedish therapy reminder, ISO-8859-1 quoted-printable',
    from: 'Terapimottagningen <bokning@terapimottagningen.example.com>',
    to: 'erik.lindholm@example.com',
    subject: 'Påminnelse om din tid hos terapeuten',
    subjectEncoding: 'Q-latin1',
    date: 'Wed, 04 Feb 2026 07:30:00 +0100',
    parts: [{
      type: 'text/plain', charset: 'iso-8859-1', encoding: 'quoted-printable',
      content: `Hej Erik,

Vi påminner om din tid hos psykoterapeut Anna Sjöberg på fredag kl. 09.00.

Avboka senast 24 timmar innan, annars debiteras en avgift på 400 kronor. Din journal hanteras enligt patientdatalagen.

Välkommen!
Terapimottagningen
`,
    }],
  },
  {
    file: 'benign/en-exchange-withdrawal-receipt.eml',
    expect: 'none',
    covers: 'crypto exchange withdrawal receipt with a valid bitcoin address, amounts and a 24-hour processing note, HTML only',
    from: 'CoinDesk Exchange <no-reply@exchange.example.com>',
    to: 'pat.jones@example.com',
    subject: 'Withdrawal confirmed: 0.01500000 BTC',
    subjectEncoding: 'raw',
    date: 'Fri, 06 Mar 2026 12:34:56 +0000',
    parts: [{
      type: 'text/html', charset: 'utf-8', encoding: 'quoted-printable',
      content: `<html><body>
<h2>Your withdrawal has been sent</h2>
<table><tr><td>Amount</td><td>0.01500000 BTC (≈ $1,020.00)</td></tr>
<tr><td>Network fee</td><td>0.00002000 BTC</td></tr>
<tr><td>To address</td><td>${freshBtcBech32('benign-exchange')}</td></tr>
<tr><td>Transaction ID</td><td>9f2c4e1a7b3d5f6e8a0c2e4f6a8b0d2f4e6a8c0e2a4c6e8f0a2c4e6a8b0d2f4e</td></tr></table>
<p>Withdrawals are usually confirmed within 24 hours. If you did not make this withdrawal, contact our support immediately and change your password.</p>
</body></html>`,
    }],
  },
  {
    file: 'benign/fi-exchange-purchase-receipt.eml',
    expect: 'none',
    covers: 'Finnish crypto purchase receipt with the customer\'s own P2PKH address, base64',
    from: 'Kryptopörssi Esimerkki <kuitti@kryptoporssi.example.com>',
    to: 'ville.koskinen@example.com',
    subject: 'Kuitti: ostit bitcoinia 250,00 €',
    subjectEncoding: 'B',
    date: 'Mon, 12 Jan 2026 10:15:00 +0200',
    parts: [{
      type: 'text/plain', charset: 'utf-8', encoding: 'base64',
      content: `Hei Ville,

kiitos ostoksestasi. Ostit 0,00412 BTC hintaan 250,00 € (palkkio 2,50 €).

Bitcoinit siirretään lompakkoosi osoitteeseen ${freshBtcP2pkh('benign-fi-exchange')} 24 tunnin kuluessa.

Jos et tehnyt tätä ostoa, ota heti yhteyttä asiakaspalveluumme ja vaihda salasanasi.

Kryptopörssi Esimerkki Oy
`,
    }],
  },
  {
    file: 'benign/fi-police-bulletin.eml',
    expect: 'none',
    covers: 'Finnish police bulletin quoting a Vastaamo-style demand (200 EUR / 24 h, deletion, publication) with advice not to pay',
    from: 'Poliisi tiedottaa <tiedotteet@poliisi.example.com>',
    to: 'tilaaja@example.com',
    subject: 'Poliisi varoittaa: terapiakeskuksen asiakkaille lähetetään kiristysviestejä',
    subjectEncoding: 'B',
    date: 'Sun, 25 Oct 2020 12:00:00 +0200',
    parts: [{
      type: 'text/plain', charset: 'utf-8', encoding: 'quoted-printable',
      content: `Poliisi on saanut useita ilmoituksia kiristysviesteistä, joita lähetetään psykoterapiakeskuksen asiakkaille. Viesteissä on vastaanottajan nimi ja henkilötunnus.

Kiristäjä kirjoittaa viestissä muun muassa: "Jos saamme 200 euron arvosta bitcoineja 24 tunnin kuluessa, tietonne poistetaan pysyvästi palvelimiltamme." Muuten kiristäjä uhkaa julkaista tiedot.

Poliisi kehottaa: älä maksa äläkä vastaa viestiin. Säilytä viesti ja tee rikosilmoitus verkossa. Tukea saa Rikosuhripäivystyksestä.
`,
    }],
  },
  {
    file: 'benign/sv-police-bulletin.eml',
    expect: 'none',
    covers: 'Swedish police warning about the 2019 kidnapping-threat mails, quoting "kontakta inte polisen" and the amount',
    from: 'Polisen <nyheter@polisen.example.com>',
    to: 'prenumerant@example.com',
    subject: 'Polisen varnar för bluffmejl med hot om kidnappning',
    subjectEncoding: 'raw',
    date: 'Thu, 13 Jun 2019 09:00:00 +0200',
    parts: [{
      type: 'text/plain', charset: 'utf-8', encoding: '8bit',
      content: `Polisen har fått många anmälningar om mejl där avsändaren hotar att kidnappa mottagaren om denne inte betalar 1 900 kronor i bitcoin inom 48 timmar. I mejlen står det också "kontakta inte polisen".

Det är ett bluffmejl som skickats till tusentals personer. Betala inte och svara inte på mejlet. Har du betalat eller känner dig orolig, gör en polisanmälan.
`,
    }],
  },
  {
    file: 'benign/en-police-bulletin-with-address.eml',
    expect: 'none',
    covers: 'English police bulletin that quotes a sextortion mail including a valid bitcoin address, with advice to report',
    from: 'County Police <alerts@countypolice.example.com>',
    to: 'residents@example.com',
    subject: 'Scam alert: sextortion emails demanding bitcoin',
    subjectEncoding: 'raw',
    date: 'Tue, 20 Nov 2018 15:00:00 +0000',
    parts: [{
      type: 'text/plain', charset: 'utf-8', encoding: 'quoted-printable',
      content: `The police have received reports of extortion emails sent to residents. The scammers claim to have recorded the recipient through their webcam and demand payment in bitcoin.

One of the messages reads: "You have 48 hours to pay $1900 to my bitcoin address ${freshBtcP2pkh('benign-police-en')}, or I will send the video to all your contacts."

These emails are a scam. Do not pay, and do not reply. If your password was mentioned, change it. Report the email to the police and include the bitcoin address in your report.
`,
    }],
  },
  {
    file: 'benign/fi-news-vastaamo.eml',
    expect: 'none',
    covers: 'Finnish news newsletter about the Vastaamo court case, describing the 200/500 EUR bitcoin demand in the third person',
    from: 'Uutiskirje <uutiset@sanomalehti.example.com>',
    to: 'lukija@example.com',
    subject: 'Hovioikeus koventi Vastaamo-tuomiota',
    subjectEncoding: 'B',
    date: 'Thu, 26 Feb 2026 18:00:00 +0200',
    parts: [{
      type: 'text/html', charset: 'utf-8', encoding: 'quoted-printable',
      content: `<html><body><h1>Hovioikeus koventi Vastaamo-tuomiota</h1>
<p>Helsingin hovioikeus korotti psykoterapiakeskus Vastaamon tietomurrosta ja kiristyksistä tuomitun miehen rangaistusta.</p>
<p>Lokakuussa 2020 tuhannet Vastaamon asiakkaat saivat sähköpostin, jossa kiristäjä vaati 200 euroa bitcoineina 24 tunnin kuluessa. Muuten summa nousi 500 euroon, ja kiristäjä uhkasi julkaista terapiamuistiinpanot. Viestissä oli uhrin nimi ja henkilötunnus.</p>
<p>Käräjäoikeus tuomitsi miehen keväällä 2024. Uhreja on yli 33 000.</p>
<p><a href="https://uutiset.example.com/vastaamo">Lue koko juttu</a></p>
</body></html>`,
    }],
  },
  {
    file: 'benign/en-news-vastaamo.eml',
    expect: 'none',
    covers: 'English news digest about the Vastaamo case quoting the demand ("EUR 200 worth of Bitcoin within 24 hours... permanently deleted")',
    from: 'World Tech Digest <digest@technews.example.com>',
    to: 'reader@example.com',
    subject: 'The therapy hack that shook Finland',
    subjectEncoding: 'raw',
    date: 'Mon, 02 Nov 2020 07:00:00 +0000',
    parts: [{
      type: 'text/plain', charset: 'utf-8', encoding: '8bit',
      content: `The therapy hack that shook Finland

Thousands of patients of the Finnish psychotherapy provider Vastaamo received emails last weekend. The emails addressed each victim by name and personal identity code, and said: "If we receive €200 worth of Bitcoin within 24 hours, your information will be permanently deleted from our servers." After that the price rose to €500, and the attacker threatened to publish the therapy notes.

According to the police, more than 20,000 victims have filed reports. Authorities advise victims not to pay.
`,
    }],
  },
  {
    file: 'benign/en-password-reset.eml',
    expect: 'none',
    covers: 'password reset mail: link expires in 24 hours, "if you did not request"',
    from: 'Example Mail <security@mail.example.com>',
    to: 'sam.taylor@example.com',
    subject: 'Reset your password',
    subjectEncoding: 'raw',
    date: 'Wed, 15 Apr 2026 10:00:00 +0000',
    parts: [
      {
        type: 'text/plain', charset: 'utf-8', encoding: '7bit',
        content: `Hi Sam,

We received a request to reset your password. Use the link below within 24 hours:
https://mail.example.com/reset?token=6f1d2a

If you did not request this, you can ignore this email; your password will not change.
`,
      },
      {
        type: 'text/html', charset: 'utf-8', encoding: 'quoted-printable',
        content: `<html><body><p>Hi Sam,</p><p>We received a request to reset your password. Use the link below within 24 hours:</p><p><a href="https://mail.example.com/reset?token=6f1d2a">Reset password</a></p><p>If you did not request this, you can ignore this email; your password will not change.</p></body></html>`,
      },
    ],
  },
  {
    file: 'benign/fi-password-reset.eml',
    expect: 'none',
    covers: 'Finnish password reset mail, base64',
    from: 'Verkkopalvelu <noreply@verkkopalvelu.example.com>',
    to: 'sari.lehtonen@example.com',
    subject: 'Salasanan vaihto',
    subjectEncoding: 'raw',
    date: 'Thu, 16 Apr 2026 11:00:00 +0300',
    parts: [{
      type: 'text/plain', charset: 'utf-8', encoding: 'base64',
      content: `Hei Sari,

pyysit salasanan vaihtoa. Vaihda salasanasi alla olevasta linkistä 24 tunnin kuluessa:
https://verkkopalvelu.example.com/vaihda?t=91ab

Jos et pyytänyt vaihtoa, voit jättää tämän viestin huomiotta.
`,
    }],
  },
  {
    file: 'benign/en-crypto-price-newsletter.eml',
    expect: 'none',
    covers: 'crypto price newsletter: bitcoin and monero prices, "within 24 hours", a donation address for the newsletter',
    from: 'Crypto Weekly <news@cryptoweekly.example.com>',
    to: 'subscriber@example.com',
    subject: 'Bitcoin tops $70,000; Monero slips 5%',
    subjectEncoding: 'raw',
    date: 'Sun, 08 Mar 2026 06:00:00 +0000',
    parts: [{
      type: 'text/html', charset: 'utf-8', encoding: 'quoted-printable',
      content: `<html><body>
<h1>Crypto Weekly</h1>
<p>Bitcoin rose above $70,000 on Friday, gaining 6% within 24 hours after the ETF news. Ethereum traded at $3,900, and Monero slipped 5% to $160.</p>
<p>Analysts expect volatility to continue over the next 48 hours as futures expire.</p>
<p>We publish this newsletter for free. If you like it, you can support us with a donation: ${freshBtcBech32('benign-newsletter')}</p>
<p><a href="https://cryptoweekly.example.com/unsubscribe">Unsubscribe</a></p>
</body></html>`,
    }],
  },
  {
    file: 'benign/fi-bank-due-date-latin1.eml',
    expect: 'none',
    covers: 'Finnish bank e-invoice notice: "maksa lasku", due date, IBAN, ISO-8859-1 8bit',
    from: 'Esimerkkipankki <ilmoitukset@pankki.example.com>',
    to: 'juhani.virtanen@example.com',
    subject: 'Sinulle on uusi e-lasku',
    subjectEncoding: 'raw',
    date: 'Mon, 01 Dec 2025 08:00:00 +0200',
    parts: [{
      type: 'text/plain', charset: 'iso-8859-1', encoding: '8bit',
      content: `Hei Juhani,

verkkopankkiisi on saapunut uusi e-lasku.

Laskuttaja: Sähkö Oy Esimerkki
Summa: 49,90 EUR
Eräpäivä: 15.12.2025
Tilinumero: FI49 5000 9420 0287 30

Maksa lasku eräpäivään 15.12.2025 mennessä. Myöhästyneestä maksusta peritään viivästyskorko.

Esimerkkipankki
`,
    }],
  },
  {
    file: 'benign/en-invoice-iban.eml',
    expect: 'none',
    covers: 'English invoice with IBAN, due date and late-payment fee, multipart/mixed with a PDF-like attachment name',
    from: 'Acme Design <billing@acme-design.example.com>',
    to: 'nora.hughes@example.com',
    subject: 'Invoice 2026-0412 from Acme Design',
    subjectEncoding: 'raw',
    date: 'Fri, 10 Apr 2026 09:00:00 +0000',
    multipart: 'mixed',
    parts: [
      {
        type: 'text/plain', charset: 'utf-8', encoding: '7bit',
        content: `Dear Nora,

Please find attached invoice 2026-0412 for the website redesign.

Amount due: EUR 1,250.00
Due date: 24 April 2026
IBAN: DE89 3704 0044 0532 0130 00

Please pay the amount by 24 April. A late fee of EUR 25 applies after the due date.

Best regards,
Acme Design
`,
      },
      { type: 'application/octet-stream', encoding: 'base64', content: new TextEncoder().encode('%PDF-1.4 synthetic placeholder\n'), filename: 'invoice-2026-0412.pdf' },
    ],
  },
  {
    file: 'benign/en-calendar-invite.eml',
    expect: 'none',
    covers: 'calendar invitation, text/plain + text/calendar alternative',
    from: 'Olivia King <olivia.king@example.com>',
    to: 'team@example.com',
    subject: 'Invitation: Quarterly planning @ Tue 14 Apr 2026 10:00',
    subjectEncoding: 'raw',
    date: 'Mon, 06 Apr 2026 15:00:00 +0000',
    parts: [
      {
        type: 'text/plain', charset: 'utf-8', encoding: '7bit',
        content: `You have been invited to Quarterly planning.
When: Tuesday 14 April 2026, 10:00-11:30
Where: Room 4B / video call
Please reply within 48 hours so that we can book the room.
`,
      },
      {
        type: 'text/calendar', charset: 'utf-8', encoding: '7bit',
        content: `BEGIN:VCALENDAR
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:planning-2026q2@example.com
DTSTART:20260414T100000Z
DTEND:20260414T113000Z
SUMMARY:Quarterly planning
END:VEVENT
END:VCALENDAR
`,
      },
    ],
  },
  {
    file: 'benign/en-friend-bitcoin.eml',
    expect: 'none',
    covers: 'a friend asking to be paid back in bitcoin, with a valid address and a video mention, no threat',
    from: 'Tom <tom.friend@example.com>',
    to: 'chris.miller@example.com',
    subject: 're: pizza night',
    subjectEncoding: 'raw',
    date: 'Sat, 14 Mar 2026 22:10:00 +0000',
    parts: [{
      type: 'text/plain', charset: 'utf-8', encoding: '8bit',
      content: `Hey Chris,

great night! I finally set up a bitcoin wallet, so if you want you can send me the 20 € for the pizza there: ${freshBtcBech32('benign-friend')}
No rush, whenever you have time this week.

Also I uploaded the video of the karaoke, you have to see it :D

Tom
`,
    }],
  },
  {
    file: 'benign/en-ransomware-awareness-training.eml',
    expect: 'none',
    covers: 'security awareness training mail describing extortion tactics (pay in bitcoin within 48 hours or data published) with advice',
    from: 'IT Security <security-awareness@corp.example.com>',
    to: 'all-staff@corp.example.com',
    subject: 'Security awareness: extortion and ransomware emails',
    subjectEncoding: 'raw',
    date: 'Mon, 09 Feb 2026 08:30:00 +0000',
    parts: [{
      type: 'text/html', charset: 'utf-8', encoding: 'base64',
      content: `<html><body>
<h2>This month: extortion emails</h2>
<p>Attackers send emails claiming they have hacked your device or stolen your data. They demand that you pay in bitcoin within 48 hours, or they will publish your files or send a video to your contacts. Some include an old password to look convincing.</p>
<p>What to do: never pay, do not reply, and do not click links. Report the message to the IT security team using the Report button, and change your password if it is still in use.</p>
<p>Complete the 10-minute training module by 20 February.</p>
</body></html>`,
    }],
  },
  {
    file: 'benign/fi-kela-notice-hetu.eml',
    expect: 'none',
    covers: 'Finnish benefits-office style notice showing an identity code and a payment date, but no demand',
    from: 'Etuuspalvelu <ilmoitus@etuuspalvelu.example.com>',
    to: 'maija.makela@example.com',
    subject: 'Sinulle on uusi päätös asiointipalvelussa',
    subjectEncoding: 'B',
    date: 'Tue, 13 Jan 2026 07:00:00 +0200',
    parts: [{
      type: 'text/plain', charset: 'utf-8', encoding: 'quoted-printable',
      content: `Hei Maija Mäkelä (${testHetu('150385', '-', 917)}),

sinulle on tehty uusi päätös asumistuesta. Voit lukea päätöksen kirjautumalla asiointipalveluun.

Tuki maksetaan tilillesi 20.1.2026 mennessä. Jos tietosi muuttuvat, ilmoita muutoksesta 14 päivän kuluessa.

Tämä on automaattinen viesti, älä vastaa tähän viestiin.
`,
    }],
  },
  {
    file: 'benign/fi-clinic-invoice-hetu.eml',
    expect: 'none',
    covers: 'Finnish psychotherapy invoice with patient name, identity code, amount, due date and IBAN: therapy + identity code + "maksa" but no crypto or threat',
    from: 'Terapiakeskus Esimerkki <laskutus@terapiakeskus.example.com>',
    to: 'petri.nieminen@example.com',
    subject: 'Lasku: psykoterapiakäynnit lokakuu',
    subjectEncoding: 'B',
    date: 'Sun, 01 Nov 2026 08:00:00 +0200',
    parts: [{
      type: 'text/plain', charset: 'utf-8', encoding: 'quoted-printable',
      content: `Asiakas: Petri Nieminen, ${testHetu('070890', '-', 955)}

Psykoterapiakäynnit 6.10., 13.10., 20.10. ja 27.10.2026, 4 x 95,00 €
Kelan korvaus vähennetty: -228,00 €
Maksettava yhteensä: 152,00 €

Maksa lasku 20.11.2026 mennessä tilille FI21 1234 5600 0007 85, viitenumero 12345.
Jos lasku on jo maksettu, tämä viesti on aiheeton.

Terapiakeskus Esimerkki Oy
`,
    }],
  },
  {
    file: 'benign/sv-newsletter-video.eml',
    expect: 'none',
    covers: 'Swedish newsletter about publishing a video and sharing with friends',
    from: 'Föreningen Exempel <nyhetsbrev@forening.example.com>',
    to: 'karin.nilsson@example.com',
    subject: 'Nyhetsbrev: vår nya video är publicerad',
    subjectEncoding: 'B',
    date: 'Sat, 07 Mar 2026 10:00:00 +0100',
    parts: [{
      type: 'text/html', charset: 'utf-8', encoding: 'quoted-printable',
      content: `<html><body><p>Hej!</p><p>Vi har publicerat en ny video från vårens konsert. Dela den gärna med dina vänner och din familj.</p><p>Medlemsavgiften för 2026 är 250 kronor. Betala senast 31 mars till bankgiro 123-4567.</p><p>Hälsningar,<br>Föreningen Exempel</p></body></html>`,
    }],
  },
  {
    file: 'benign/en-new-signin-alert.eml',
    expect: 'none',
    covers: 'account security alert: new sign-in, change your password',
    from: 'Example Account <no-reply@accounts.example.com>',
    to: 'mike.brown@example.com',
    subject: 'Security alert: new sign-in on Windows',
    subjectEncoding: 'raw',
    date: 'Thu, 19 Mar 2026 13:00:00 +0000',
    parts: [{
      type: 'text/plain', charset: 'utf-8', encoding: '7bit',
      content: `A new sign-in to your account was detected on a Windows device.

If this was you, you don't need to do anything. If not, we'll help you secure your account: change your password and review your recent activity within 24 hours.
`,
    }],
  },
  {
    file: 'benign/fi-ncsc-weekly-quoting-sextortion.eml',
    expect: 'none',
    covers: 'Finnish cyber-security centre weekly review quoting a Finnish sextortion subject and a reported bitcoin address',
    from: 'Viikkokatsaus <katsaus@kyberkeskus.example.com>',
    to: 'tilaaja@example.com',
    subject: 'Viikkokatsaus 04/2022: huijausviestit',
    subjectEncoding: 'B',
    date: 'Fri, 28 Jan 2022 14:00:00 +0200',
    parts: [{
      type: 'text/plain', charset: 'utf-8', encoding: 'quoted-printable',
      content: `Kyberturvallisuuskeskukseen on tällä viikolla ilmoitettu runsaasti kiristysviestejä, joiden otsikko on "Viimeinen varoitus! Kaikki tietosi on kopioitu."

Viestissä huijari väittää nauhoittaneensa vastaanottajan web-kameralla ja vaatii 650 euroa bitcoineina 48 tunnin kuluessa. Muuten video lähetetään kaikille yhteystiedoille. Eräs raportoitu osoite oli ${freshBtcP2pkh('benign-ncsc-fi')}.

Viesti on huijaus. Älä maksa. Jos olet maksanut, tee rikosilmoitus poliisille.
`,
    }],
  },
  {
    file: 'benign/en-video-published-notification.eml',
    expect: 'none',
    covers: 'video platform notification: your video was published, share it with your friends',
    from: 'VidShare <notify@vidshare.example.com>',
    to: 'olivia.king@example.com',
    subject: 'Your video has been published',
    subjectEncoding: 'raw',
    date: 'Wed, 11 Mar 2026 17:00:00 +0000',
    parts: [{
      type: 'text/plain', charset: 'utf-8', encoding: '7bit',
      content: `Your video "Spring hike 2026" has been published and is now public for everyone to see.

Share it with your friends and family. Your recording will stay available until you delete it.
`,
    }],
  },
  {
    file: 'benign/en-tor-project-newsletter.eml',
    expect: 'none',
    covers: 'privacy newsletter: Tor Browser release, onion site, donation in bitcoin and ethereum',
    from: 'Privacy News <news@privacy-news.example.com>',
    to: 'subscriber@example.com',
    subject: 'Tor Browser 15 is out',
    subjectEncoding: 'raw',
    date: 'Tue, 03 Mar 2026 12:00:00 +0000',
    parts: [{
      type: 'text/plain', charset: 'utf-8', encoding: '8bit',
      content: `Tor Browser 15 has been released. Download it from torproject.org or from our onion site.

This release makes it harder for websites to track you. We published a full changelog on our blog.

Our work is funded by readers. You can donate in bitcoin (${freshBtcBech32('benign-tor-news')}) or ethereum (${freshEth('benign-tor-news')}). Thank you!
`,
    }],
  },
  {
    file: 'benign/sv-invoice-bankgiro.eml',
    expect: 'none',
    covers: 'Swedish invoice: betala, förfallodag, bankgiro',
    from: 'Elbolaget <faktura@elbolaget.example.com>',
    to: 'lars.berg@example.com',
    subject: 'Din faktura från Elbolaget',
    subjectEncoding: 'Q-latin1',
    date: 'Mon, 02 Mar 2026 08:00:00 +0100',
    parts: [{
      type: 'text/plain', charset: 'iso-8859-1', encoding: 'quoted-printable',
      content: `Hej Lars,

din faktura för februari är klar. Belopp att betala: 612 kronor. Förfallodag: 31 mars 2026.

Betala till bankgiro 5555-1234 med OCR 40012345. Om betalningen är försenad tillkommer en påminnelseavgift på 60 kronor.

Elbolaget
`,
    }],
  },
  {
    file: 'benign/en-patient-portal-results.eml',
    expect: 'none',
    covers: 'patient portal notification about new test results and medical records',
    from: 'Health Portal <noreply@healthportal.example.com>',
    to: 'james.walker@example.com',
    subject: 'New test results are available',
    subjectEncoding: 'raw',
    date: 'Mon, 16 Mar 2026 07:45:00 +0000',
    parts: [{
      type: 'text/plain', charset: 'utf-8', encoding: '7bit',
      content: `Hello James,

New test results have been added to your medical records. Log in to the patient portal to view them. Your doctor will contact you within 48 hours if a follow-up appointment is needed.

Outstanding balance: $35. You can pay online in the portal.
`,
    }],
  },
  {
    file: 'benign/en-news-integris.eml',
    expect: 'none',
    covers: 'English news about Integris/Fred Hutch-style patient extortion: $50, Tor, delete/view, swatting, described in the third person',
    from: 'Health IT Daily <daily@healthit-news.example.com>',
    to: 'reader@example.com',
    subject: 'Hospital patients receive $50 extortion emails after breach',
    subjectEncoding: 'raw',
    date: 'Fri, 29 Dec 2023 13:00:00 +0000',
    parts: [{
      type: 'text/plain', charset: 'utf-8', encoding: '7bit',
      content: `Patients of a regional health network have received emails demanding $50 to have their data deleted. The emails list the recipient's social security number and date of birth and tell them to install the Tor browser to pay in bitcoin, or their data will be sold on the dark web. The site reportedly offers a "delete" option for $50 and a "view" option for $3.

The hospital said it would never contact patients this way and urged recipients not to respond. The FBI is asking victims to file a complaint.
`,
    }],
  },
  {
    file: 'benign/sv-news-vastaamo.eml',
    expect: 'none',
    covers: 'Swedish news about the Vastaamo case quoting the 200/500 euro demand',
    from: 'Nyheter <nyheter@tidning.example.com>',
    to: 'lasare@example.com',
    subject: 'Vastaamo: åtal för utpressning av tusentals patienter',
    subjectEncoding: 'B',
    date: 'Wed, 18 Oct 2023 16:00:00 +0300',
    parts: [{
      type: 'text/plain', charset: 'utf-8', encoding: 'quoted-printable',
      content: `Åklagaren har väckt åtal mot en man för dataintrånget hos psykoterapicentret Vastaamo och utpressningen av över 20 000 patienter.

I oktober 2020 fick patienterna mejl där utpressaren krävde 200 euro i bitcoin inom 24 timmar, annars 500 euro inom 48 timmar. Om de inte betalade skulle deras journaler publiceras på nätet.

Enligt polisen betalade ett tjugotal personer.
`,
    }],
  },
  {
    file: 'benign/en-breach-notification.eml',
    expect: 'none',
    covers: 'a company\'s data-breach notice to customers: medical records, data may appear on the dark web, "we will never ask you to pay", 72 hours',
    from: 'Wellness Clinic <privacy@wellness-clinic.example.com>',
    to: 'james.walker@example.com',
    subject: 'Important: notice of a data security incident',
    subjectEncoding: 'raw',
    date: 'Mon, 11 Dec 2023 10:00:00 +0000',
    parts: [{
      type: 'text/html', charset: 'utf-8', encoding: 'quoted-printable',
      content: `<html><body><p>Dear patient,</p>
<p>We are writing to tell you about a security incident. An unauthorised party accessed systems that hold patient records, including names, dates of birth and some medical history. Criminals may try to sell this data on the dark web or contact you directly and demand payment in bitcoin.</p>
<p>We will never ask you to pay. If you receive such a message, do not respond and do not pay; report it to the police. We reported the incident to the authorities within 72 hours.</p>
<p>You can enrol in free identity monitoring until 31 March 2024.</p></body></html>`,
    }],
  },
  {
    file: 'benign/fi-clinic-breach-notice.eml',
    expect: 'none',
    covers: 'Finnish clinic\'s own breach notice to clients: therapy records may be published, advice not to reply to blackmail',
    from: 'Terapiakeskus Esimerkki <tietosuoja@terapiakeskus.example.com>',
    to: 'maija.makela@example.com',
    subject: 'Tiedote asiakkaillemme tietomurrosta',
    subjectEncoding: 'B',
    date: 'Fri, 23 Oct 2020 18:00:00 +0300',
    parts: [{
      type: 'text/plain', charset: 'utf-8', encoding: 'quoted-printable',
      content: `Hyvä asiakkaamme,

valitettavasti potilastietojärjestelmäämme on kohdistunut tietomurto. Rikollinen voi yrittää julkaista terapiatietoja tai lähettää asiakkaille kiristysviestejä, joissa vaaditaan maksua bitcoineina.

Älä vastaa kiristysviesteihin äläkä maksa. Tee rikosilmoitus poliisille ja säilytä viesti. Tarjoamme asiakkaillemme maksutonta keskusteluapua.
`,
    }],
  },
  {
    file: 'benign/en-freelancer-bitcoin-invoice.eml',
    expect: 'none',
    covers: 'freelancer invoice payable in bitcoin with a valid address, due date and a collection-agency clause',
    from: 'Jordan Lee <jordan@lee-dev.example.com>',
    to: 'accounts@client.example.com',
    subject: 'Invoice #17 - March development work',
    subjectEncoding: 'raw',
    date: 'Tue, 31 Mar 2026 17:00:00 +0000',
    parts: [{
      type: 'text/plain', charset: 'utf-8', encoding: '7bit',
      content: `Hi,

please find the invoice for March below.

Development work, 32 h: $3,200
Please pay the amount in bitcoin (0.046 BTC) to ${freshBtcBech32('benign-freelancer')} within 14 days.

If the invoice remains unpaid after the reminder, I will send it to a collection agency.

Thanks,
Jordan
`,
    }],
  },
  {
    file: 'benign/sv-exchange-receipt.eml',
    expect: 'none',
    covers: 'Swedish exchange receipt: bought bitcoin, withdrawal to own address within 24 hours',
    from: 'Kryptobörsen <kvitto@kryptoborsen.example.com>',
    to: 'johan.ek@example.com',
    subject: 'Kvitto på ditt köp av bitcoin',
    subjectEncoding: 'B',
    date: 'Sat, 14 Feb 2026 12:00:00 +0100',
    parts: [{
      type: 'text/plain', charset: 'utf-8', encoding: 'base64',
      content: `Hej Johan,

du har köpt 0,0031 BTC för 2 000 kronor. Vi skickar dina bitcoin till din adress ${freshBtcP2pkh('benign-sv-exchange')} inom 24 timmar.

Om du inte har gjort detta köp, kontakta vår kundtjänst och byt lösenord.
`,
    }],
  },
  {
    file: 'benign/en-charity-bitcoin-appeal.eml',
    expect: 'none',
    covers: 'charity appeal accepting bitcoin: donation address, 48-hour matching deadline, families',
    from: 'Helping Hands <give@helpinghands.example.com>',
    to: 'supporter@example.com',
    subject: 'Your gift doubled for the next 48 hours',
    subjectEncoding: 'raw',
    date: 'Tue, 02 Dec 2025 09:00:00 +0000',
    parts: [{
      type: 'text/html', charset: 'utf-8', encoding: 'quoted-printable',
      content: `<html><body><p>For the next 48 hours, every gift is matched. Families in need are counting on you.</p><p>Give by card on our website, or send bitcoin to ${freshBtcBech32('benign-charity')}. Thank you for standing with your neighbours.</p></body></html>`,
    }],
  },
  {
    file: 'benign/fi-housing-notice.eml',
    expect: 'none',
    covers: 'Finnish housing company notice: pay the maintenance charge by a date; minutes will be published',
    from: 'Isännöinti Esimerkki <isannointi@taloyhtio.example.com>',
    to: 'asukkaat@example.com',
    subject: 'Asukastiedote: vastike ja yhtiökokous',
    subjectEncoding: 'B',
    date: 'Mon, 02 Feb 2026 08:00:00 +0200',
    parts: [{
      type: 'text/plain', charset: 'utf-8', encoding: 'quoted-printable',
      content: `Hyvät asukkaat,

maksakaa helmikuun vastike 5.2. mennessä. Myöhästyneistä maksuista lähetämme maksumuistutuksen.

Yhtiökokouksen pöytäkirja julkaistaan taloyhtiön verkkosivuilla viikon kuluessa. Saunavuorojen muutokset tulevat voimaan maaliskuussa.
`,
    }],
  },
  {
    file: 'benign/en-exchange-deposit-instructions.eml',
    expect: 'none',
    covers: 'exchange deposit instructions: send bitcoin to this address, safety tips (never share your password with friends or family), account deletion note',
    from: 'Example Exchange <support@exchange.example.com>',
    to: 'grace.evans@example.com',
    subject: 'Your bitcoin deposit address',
    subjectEncoding: 'raw',
    date: 'Wed, 18 Mar 2026 10:00:00 +0000',
    parts: [{
      type: 'text/plain', charset: 'utf-8', encoding: 'quoted-printable',
      content: `Hi Grace,

to fund your account, send bitcoin to your personal deposit address:
${freshBtcBech32('benign-deposit')}

Deposits are credited after 3 confirmations, usually within 1 hour. Send only BTC to this address; other coins will be lost.

Security tips: never share your password or recovery codes with anyone, not even your friends or family. Our staff will never ask for them.

Accounts without a deposit within 90 days will be deleted.
`,
    }],
  },
  {
    file: 'benign/en-payment-processor-invoice.eml',
    expect: 'none',
    covers: 'merchant bitcoin invoice from a payment processor: send exactly this amount to the address below within 15 minutes',
    from: 'PayGate <invoices@paygate.example.com>',
    to: 'ben.wright@example.com',
    subject: 'Invoice from Example Store: 0.00123 BTC',
    subjectEncoding: 'raw',
    date: 'Thu, 19 Mar 2026 11:11:00 +0000',
    parts: [{
      type: 'text/html', charset: 'utf-8', encoding: 'base64',
      content: `<html><body><p>Example Store has sent you an invoice for order #5521 ($89.00).</p><p>Please send exactly 0.00123 BTC to the address below within 15 minutes:</p><p><code>${freshBtcP2pkh('benign-paygate')}</code></p><p>After 15 minutes the invoice expires and the exchange rate is recalculated. Your order details will be deleted from our servers after 30 days.</p></body></html>`,
    }],
  },
  {
    file: 'benign/fi-school-newsletter.eml',
    expect: 'none',
    covers: 'Finnish school newsletter: class trip fee by a date, concert video will be published, share with your family',
    from: 'Koulu Esimerkki <rehtori@koulu.example.com>',
    to: 'huoltajat@example.com',
    subject: 'Viikkotiedote: luokkaretki ja kevätkonsertti',
    subjectEncoding: 'B',
    date: 'Fri, 08 May 2026 15:00:00 +0300',
    parts: [{
      type: 'text/plain', charset: 'utf-8', encoding: '8bit',
      content: `Hyvät huoltajat,

maksakaa luokkaretken maksu 35 euroa 20.5. mennessä koulun tilille. Jos maksu ei ole mahdollinen, ottakaa yhteyttä rehtoriin.

Kevätkonsertin video julkaistaan koulun sivuilla viikon kuluessa. Jaa se perheellesi! Jos et halua lapsesi näkyvän videolla, ilmoita siitä opettajalle, niin poistamme kuvat.
`,
    }],
  },
  {
    file: 'benign/sv-friend-forwarding-scam.eml',
    expect: 'none',
    covers: 'Swedish: a friend forwards a sextortion mail (address included) and asks whether it is a scam; the reply-style framing is a warning',
    from: 'Eva <eva.lund@example.com>',
    to: 'karin.nilsson@example.com',
    subject: 'Fw: Ditt konto har hackats',
    subjectEncoding: 'raw',
    date: 'Sun, 15 Mar 2026 20:20:00 +0100',
    parts: [{
      type: 'text/plain', charset: 'utf-8', encoding: 'quoted-printable',
      content: `Hej Karin! Jag fick det här mejlet i går. Polisen säger att det är ett bluffmejl och att man inte ska betala. Har du också fått ett sådant? Jag gjorde en polisanmälan i alla fall.

---------- Vidarebefordrat meddelande ----------
Jag spelade in dig med din webbkamera. Betala 800 euro i bitcoin till följande adress: ${freshBtcP2pkh('benign-sv-forward')}
Annars skickar jag videon till alla dina kontakter.
`,
    }],
  },
  {
    file: 'benign/fi-exchange-kyc-hetu.eml',
    expect: 'none',
    covers: 'Finnish exchange identity verification showing the identity code, a deposit address and a 24-hour deadline, but no demand or threat',
    from: 'Kryptopörssi Esimerkki <tunnistus@kryptoporssi.example.com>',
    to: 'tuomas.jarvinen@example.com',
    subject: 'Henkilöllisyytesi on vahvistettu',
    subjectEncoding: 'B',
    date: 'Mon, 19 Jan 2026 09:00:00 +0200',
    parts: [{
      type: 'text/plain', charset: 'utf-8', encoding: 'quoted-printable',
      content: `Hei Tuomas Järvinen (${testHetu('210995', 'X', 977)}),

henkilöllisyytesi on vahvistettu ja voit nyt ostaa ja myydä bitcoinia.

Oma talletusosoitteesi: ${freshBtcBech32('benign-kyc')}
Ensimmäinen talletus näkyy tililläsi yleensä 24 tunnin kuluessa.

Jos et avannut tiliä, ota yhteyttä asiakaspalveluun.
`,
    }],
  },
  {
    file: 'benign/en-privacy-org-newsletter.eml',
    expect: 'none',
    covers: 'privacy organisation newsletter: Tor onion mirror, "we will publish the audit", membership payable in bitcoin within 30 days',
    from: 'Open Privacy <news@openprivacy.example.com>',
    to: 'member@example.com',
    subject: 'Audit results next week, and renew your membership',
    subjectEncoding: 'raw',
    date: 'Thu, 05 Mar 2026 08:00:00 +0000',
    parts: [{
      type: 'text/plain', charset: 'utf-8', encoding: '7bit',
      content: `Hello members,

we will publish the results of the independent security audit next week. The report will be published on our website and on our onion mirror (use the Tor Browser).

Your membership expires soon. You can pay the fee of $30 in bitcoin to ${freshBtcP2pkh('benign-privacy-org')} within 30 days, or by card.

Thank you for supporting privacy for everyone.
`,
    }],
  },
  {
    file: 'benign/en-photographer-bitcoin-balance.eml',
    expect: 'none',
    covers: 'wedding photographer asking for the balance in bitcoin by Friday: a video, an address, a demand and a deadline, but no consequence',
    from: 'Lens & Light <studio@lenslight.example.com>',
    to: 'paul.adams@example.com',
    subject: 'Your wedding video is ready',
    subjectEncoding: 'raw',
    date: 'Mon, 18 May 2026 09:00:00 +0000',
    parts: [{
      type: 'text/plain', charset: 'utf-8', encoding: '8bit',
      content: `Hi Paul,

your wedding video and the photos are ready! As agreed, please pay the remaining $400 in bitcoin to ${freshBtcBech32('benign-photographer')} by Friday, and I will send you the download link.

It was a pleasure to film your day.
Mia
`,
    }],
  },
  {
    file: 'benign/en-exchange-kyc-documents.eml',
    expect: 'none',
    covers: 'exchange asking for identity documents (proof of home address, date of birth) within 7 days, with a deposit address',
    from: 'Example Exchange <compliance@exchange.example.com>',
    to: 'henry.scott@example.com',
    subject: 'Action needed: verify your identity',
    subjectEncoding: 'raw',
    date: 'Tue, 19 May 2026 09:00:00 +0000',
    parts: [{
      type: 'text/plain', charset: 'utf-8', encoding: '7bit',
      content: `Hello Henry,

to keep trading, upload a photo of your ID and a proof of home address within 7 days. Check that your date of birth matches your ID.

Your deposit address stays the same: ${freshBtcP2pkh('benign-kyc-docs')}. Send only bitcoin to this address.
`,
    }],
  },
  {
    file: 'benign/en-bitcoin-meetup-invitation.eml',
    expect: 'none',
    covers: 'bitcoin meetup invitation: pay 0.0005 BTC to register by Friday, talks recorded and published, share with your friends',
    from: 'Helsinki Bitcoin Meetup <hello@meetup.example.com>',
    to: 'member@example.com',
    subject: 'Meetup #42: Lightning in practice',
    subjectEncoding: 'raw',
    date: 'Mon, 01 Jun 2026 08:00:00 +0000',
    parts: [{
      type: 'text/plain', charset: 'utf-8', encoding: '7bit',
      content: `Hi all,

our next meetup is on 12 June. To register, pay 0.0005 BTC to ${freshBtcBech32('benign-meetup')} by Friday; the fee covers the room and snacks.

The talks will be recorded and the video will be published on our channel afterwards, so share it with your friends who can't make it.
`,
    }],
  },
  {
    file: 'benign/en-received-bitcoin-video-verification.eml',
    expect: 'none',
    covers: 'held-out batch: wallet notice "you received 0.02 BTC" plus "your video verification is complete"',
    from: 'Example Wallet <notify@wallet.example.com>',
    to: 'ryan.hall@example.com',
    subject: 'You received 0.02 BTC',
    subjectEncoding: 'raw',
    date: 'Thu, 05 Jun 2025 09:00:00 +0000',
    parts: [{
      type: 'text/plain', charset: 'utf-8', encoding: '7bit',
      content: `You received 0.02 BTC ($1,380) at your address ${freshBtcBech32('benign-received')}.

Your video verification is complete, so you can now send up to $10,000 per day. If you did not expect this payment, you don't need to do anything.
`,
    }],
  },
  {
    file: 'benign/fi-news-sextortion-surge.eml',
    expect: 'none',
    covers: 'held-out batch: Finnish news about a sextortion wave quoting the demand and a reported address',
    from: 'Uutiset <uutiset@media.example.com>',
    to: 'lukija@example.com',
    subject: 'Kiristysviestien aalto: poliisi kehottaa olemaan maksamatta',
    subjectEncoding: 'B',
    date: 'Fri, 06 Jun 2025 12:00:00 +0300',
    parts: [{
      type: 'text/plain', charset: 'utf-8', encoding: 'quoted-printable',
      content: `Tuhannet suomalaiset ovat saaneet viestin, jossa väitetään lähettäjän nauhoittaneen vastaanottajan web-kameralla. Viestissä vaaditaan maksamaan 500 euroa bitcoineina 48 tunnin kuluessa, muuten video lähetetään kaikille yhteystiedoille.

Poliisin mukaan yksi viesteissä käytetty osoite on ${freshBtcP2pkh('benign-fi-surge')}. Poliisi kehottaa olemaan maksamatta ja tekemään rikosilmoituksen.
`,
    }],
  },
  {
    file: 'benign/sv-bank-fraud-warning.eml',
    expect: 'none',
    covers: 'held-out batch: Swedish bank newsletter warning that fraudsters threaten to publish pictures unless paid in bitcoin',
    from: 'Exempelbanken <info@banken.example.com>',
    to: 'kund@example.com',
    subject: 'Så skyddar du dig mot utpressning på nätet',
    subjectEncoding: 'B',
    date: 'Sat, 07 Jun 2025 08:00:00 +0200',
    parts: [{
      type: 'text/html', charset: 'utf-8', encoding: 'quoted-printable',
      content: `<html><body><p>Bedragare kan hota att publicera bilder på dig eller skicka dem till din familj om du inte betalar i bitcoin inom 24 timmar.</p><p>Betala aldrig och svara inte. Gör en polisanmälan och kontakta oss om du redan har betalat.</p></body></html>`,
    }],
  },
  {
    file: 'benign/en-therapy-practice-accepts-bitcoin.eml',
    expect: 'none',
    covers: 'held-out batch: therapy practice newsletter: now accepts bitcoin at an address, notes never published, 24-hour cancellation otherwise a fee',
    from: 'Harbour Therapy <office@harbourtherapy.example.com>',
    to: 'clients@example.com',
    subject: 'News from Harbour Therapy',
    subjectEncoding: 'raw',
    date: 'Sun, 08 Jun 2025 10:00:00 +0000',
    parts: [{
      type: 'text/plain', charset: 'utf-8', encoding: '7bit',
      content: `Dear clients,

you can now pay for your therapy sessions in bitcoin as well: ${freshBtcP2pkh('benign-therapy-btc')}.

As always, your therapy notes are private and will never be published or shared. Please cancel at least 24 hours in advance, otherwise the session fee of $90 applies.
`,
    }],
  },
  {
    file: 'benign/fi-bitcoin-invoice-late-fee.eml',
    expect: 'none',
    covers: 'Finnish consultant invoice payable in bitcoin within 14 days, "muuten" a reminder fee: the coercive shape in ordinary billing',
    from: 'Konsultointi Esimerkki <laskutus@konsultointi.example.com>',
    to: 'talous@asiakas.example.com',
    subject: 'Lasku 2026-031',
    subjectEncoding: 'raw',
    date: 'Tue, 09 Jun 2026 08:00:00 +0300',
    parts: [{
      type: 'text/plain', charset: 'utf-8', encoding: '8bit',
      content: `Hei,

lasku 2026-031 toukokuun työstä: 1 200 €.

Maksakaa lasku bitcoineina osoitteeseen ${freshBtcBech32('benign-fi-invoice')} 14 päivän kuluessa, muuten lisäämme muistutusmaksun 5 €.

Ystävällisin terveisin
Konsultointi Esimerkki
`,
    }],
  },
  {
    file: 'benign/en-batch9-crowdfunding-update.eml',
    expect: 'none',
    covers: 'batch 9 (fresh, untuned): crowdfunding update, "only 48 hours left", bitcoin address for backers, "otherwise the project is cancelled"',
    from: 'Indie Film Project <team@indiefilm.example.com>',
    to: 'backer@example.com',
    subject: 'Only 48 hours left!',
    subjectEncoding: 'raw',
    date: 'Tue, 17 Jun 2025 09:00:00 +0000',
    parts: [{
      type: 'text/plain', charset: 'utf-8', encoding: '7bit',
      content: `We are at 87% with only 48 hours left. If you want to back us in bitcoin, send any amount to ${freshBtcBech32('batch9-crowdfunding')} within 48 hours. We need to reach the goal, otherwise the film is cancelled and all pledges are returned.

Thank you for sharing the trailer video with your friends!
`,
    }],
  },
  {
    file: 'benign/fi-batch9-verottaja.eml',
    expect: 'none',
    covers: 'batch 9 (fresh, untuned): Finnish tax office style notice with identity code, pay by a date, otherwise late interest',
    from: 'Verotoimisto <ilmoitus@verotoimisto.example.com>',
    to: 'riikka.aalto@example.com',
    subject: 'Jäännösvero 2024',
    subjectEncoding: 'B',
    date: 'Wed, 18 Jun 2025 08:00:00 +0300',
    parts: [{
      type: 'text/plain', charset: 'utf-8', encoding: 'quoted-printable',
      content: `Riikka Aalto (${testHetu('050581', '-', 912)}),

verotuksesi on valmistunut. Jäännösvero on 312,00 €. Maksa se 1.8.2025 mennessä, muuten perimme viivästyskorkoa. Tiedot löydät asiointipalvelusta.
`,
    }],
  },
  {
    file: 'benign/sv-batch9-kvitto-swish.eml',
    expect: 'none',
    covers: 'batch 9 (fresh, untuned): Swedish second-hand sale: buyer pays in bitcoin to an address, pick up within 2 days, otherwise the item goes to the next person',
    from: 'Anders <anders.s@example.com>',
    to: 'emil.strand@example.com',
    subject: 'Cykeln',
    subjectEncoding: 'raw',
    date: 'Thu, 19 Jun 2025 18:00:00 +0200',
    parts: [{
      type: 'text/plain', charset: 'utf-8', encoding: '8bit',
      content: `Hej Emil! Cykeln är din för 1 500 kronor. Du kan betala i bitcoin till ${freshBtcP2pkh('batch9-sv-bike')} om du vill.

Hämta den inom 2 dagar, annars säljer jag den till nästa på listan.
`,
    }],
  },
  {
    file: 'benign/en-batch9-security-blog-digest.eml',
    expect: 'none',
    covers: 'batch 9 (fresh, untuned): security blog digest analysing a sextortion campaign, quoting its address and text',
    from: 'Threat Notes <digest@threatnotes.example.com>',
    to: 'reader@example.com',
    subject: 'This week: a new sextortion wave',
    subjectEncoding: 'raw',
    date: 'Fri, 20 Jun 2025 07:00:00 +0000',
    parts: [{
      type: 'text/html', charset: 'utf-8', encoding: 'quoted-printable',
      content: `<html><body><h2>A new sextortion wave</h2><p>This week's campaign tells recipients: "I recorded you through your webcam. Pay $1,200 to ${freshBtcBech32('batch9-blog')} within 48 hours, or I send the video to all your contacts."</p><p>The wallet has received two payments so far. The emails are spoofed and no device was hacked. Recipients should not pay.</p></body></html>`,
    }],
  },
  {
    file: 'benign/fi-batch9-kuntosali.eml',
    expect: 'none',
    covers: 'batch 9 (fresh, untuned): Finnish gym membership notice: renew within 7 days, otherwise the membership ends, photo on card',
    from: 'Kuntosali Esimerkki <asiakaspalvelu@kuntosali.example.com>',
    to: 'jari.heino@example.com',
    subject: 'Jäsenyytesi päättyy pian',
    subjectEncoding: 'B',
    date: 'Sat, 21 Jun 2025 10:00:00 +0300',
    parts: [{
      type: 'text/plain', charset: 'utf-8', encoding: '8bit',
      content: `Hei Jari, jäsenyytesi päättyy. Maksa 49 € 7 päivän kuluessa, muuten jäsenyys päättyy ja kulkukorttisi kuvasi poistetaan järjestelmästä.
`,
    }],
  },
  {
    file: 'benign/en-batch10-nft-drop.eml',
    expect: 'none',
    covers: 'batch 10 (fresh, untuned): NFT drop marketing: send 0.05 ETH within 24 hours, your photo on the artwork',
    from: 'PixelDrop <drops@pixeldrop.example.com>',
    to: 'collector@example.com',
    subject: 'Your portrait NFT: 24 hours left',
    subjectEncoding: 'raw',
    date: 'Sat, 28 Jun 2025 10:00:00 +0000',
    parts: [{
      type: 'text/plain', charset: 'utf-8', encoding: '7bit',
      content: `Your portrait NFT is almost ready! We used the photo you uploaded.

Send 0.05 ETH to ${freshEth('batch10-nft')} within 24 hours to mint it. After that, the drop closes and unclaimed portraits are deleted.
`,
    }],
  },
  {
    file: 'benign/fi-batch10-hammaslaakari.eml',
    expect: 'none',
    covers: 'batch 10 (fresh, untuned): Finnish dentist reminder with identity code, cancellation 24 h, fee otherwise',
    from: 'Hammaslääkäriasema <ajanvaraus@hammas.example.com>',
    to: 'outi.rantanen@example.com',
    subject: 'Hammaslääkäriaika 30.6.',
    subjectEncoding: 'B',
    date: 'Sun, 29 Jun 2025 09:00:00 +0300',
    parts: [{
      type: 'text/plain', charset: 'utf-8', encoding: '8bit',
      content: `Hei Outi Rantanen (${testHetu('190377', '-', 929)}),

muistutus hammaslääkäriajastasi 30.6. klo 9.00. Peru aika viimeistään 24 tuntia ennen, muuten perimme 50 euron käyttämättä jätetyn ajan maksun.
`,
    }],
  },
  {
    file: 'benign/sv-batch10-loppis-bitcoin.eml',
    expect: 'none',
    covers: 'batch 10 (fresh, untuned): Swedish flea-market group: pay the table fee in bitcoin within 3 days or lose your spot; photos from last year',
    from: 'Loppisgruppen <loppis@forening.example.com>',
    to: 'medlem@example.com',
    subject: 'Bordsavgift till sommarloppiset',
    subjectEncoding: 'raw',
    date: 'Mon, 30 Jun 2025 08:00:00 +0200',
    parts: [{
      type: 'text/plain', charset: 'utf-8', encoding: '8bit',
      content: `Hej! Bordsavgiften är 200 kronor. Betala i bitcoin till ${freshBtcP2pkh('batch10-loppis')} eller kontant inom 3 dagar, annars går din plats till nästa på kön.

Bilder från förra årets loppis finns på vår sida.
`,
    }],
  },
  {
    file: 'benign/en-batch10-breach-lawsuit-news.eml',
    expect: 'none',
    covers: 'batch 10 (fresh, untuned): news about a class action after a clinic breach, mentions ransom, bitcoin, patients\' records published',
    from: 'Legal News <news@legalnews.example.com>',
    to: 'reader@example.com',
    subject: 'Patients sue clinic after records published online',
    subjectEncoding: 'raw',
    date: 'Tue, 01 Jul 2025 07:00:00 +0000',
    parts: [{
      type: 'text/plain', charset: 'utf-8', encoding: '7bit',
      content: `Patients of a private clinic have filed a class action after hackers published their medical records online. The hackers had demanded a ransom of 20 bitcoin from the clinic within 72 hours and later emailed some patients directly, asking $200 each.

The clinic said it had refused to pay on the advice of the police.
`,
    }],
  },
  {
    file: 'benign/fi-batch10-lahjoitus-yhdistys.eml',
    expect: 'none',
    covers: 'batch 10 (fresh, untuned): Finnish association donation request: bitcoin address, "48 tunnin kampanja", your photos from the event published',
    from: 'Yhdistys Esimerkki <hallitus@yhdistys.example.com>',
    to: 'jasenet@example.com',
    subject: 'Lahjoituskampanja 48 h',
    subjectEncoding: 'B',
    date: 'Wed, 02 Jul 2025 12:00:00 +0300',
    parts: [{
      type: 'text/plain', charset: 'utf-8', encoding: 'quoted-printable',
      content: `Hei jäsenet! Käynnistimme 48 tunnin lahjoituskampanjan. Voit lahjoittaa esimerkiksi 20 € tilille tai bitcoineina osoitteeseen ${freshBtcBech32('batch10-yhdistys')}.

Kesäjuhlien kuvat julkaistaan kotisivuillamme. Jos et halua kuvaasi julkaistavan, kerro meille.
`,
    }],
  },
];
