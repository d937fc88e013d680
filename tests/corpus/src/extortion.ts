/**
 * Extortion messages of the synthetic corpus. Every person, company and domain is invented
 * (example.com / .invalid); identity codes are in the 900–999 range that is never issued to
 * people; addresses are either fresh (addresses.ts) or from the public 2018–2019 sextortion
 * list. Texts are written for this project after the features of real campaigns that
 * newsrooms, police and security blogs documented (the sources of the real-world corpus:
 * tests/corpus/real/<language>/SOURCES.md); they are not copies of real campaign mails.
 */
import {
  freshBtcBech32, freshBtcP2pkh, freshBtcP2sh, freshBtcTaproot, freshEth, freshLtcP2pkh,
  freshXmr, listedSextortionAddress,
} from './addresses';
import { SOFT_BREAK, type Message } from './mime';

const CHECK = '0123456789ABCDEFHJKLMNPRSTUVWXY';
/** A valid identity code in the never-issued 9xx range. */
export function testHetu(ddmmyy: string, sign: string, nnn: number): string {
  return `${ddmmyy}${sign}${nnn}${CHECK[Number(`${ddmmyy}${nnn}`) % 31]}`;
}

const PNG_1X1 = Uint8Array.from(
  Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64'),
);

const vastaamoFi = (name: string, hetu: string, address: string, greeting: string, clinic = 'Psykoterapiakeskus Mielenrauhan'): string => `${greeting} ${name} (${hetu}),

Otamme Teihin yhteyttä, koska olette käyttänyt ${clinic} terapia- ja/tai psykiatripalveluita. Onnistuimme saamaan haltuumme yrityksen asiakastietokannan, jossa ovat myös Teidän henkilötietonne ja terapiakäyntienne muistiinpanot.

Olemme pyytäneet yritykseltä pientä korvausta, mutta yrityksen johto kieltäytyi ottamasta vastuuta virheistään. Siksi joudumme ikävä kyllä pyytämään Teitä maksamaan pitääksenne henkilötietonne turvassa.

Jos saamme 200 euron arvosta bitcoineja 24 tunnin kuluessa, tietonne poistetaan pysyvästi palvelimiltamme. Muussa tapauksessa summa on 500 euroa, jonka on oltava maksettu seuraavan 48 tunnin aikana. Jos emme saa maksua tämänkään jälkeen, tietonne julkaistaan kaikkien nähtäville: nimi, osoite, puhelinnumero, henkilötunnus ja terapeuttinne muistiinpanot keskusteluistanne.

Bitcoin-osoite maksua varten:
${address}

Bitcoineja voi ostaa esimerkiksi kryptovaluuttapörssistä. Pahoittelemme tilannetta.
`;

export const EXTORTION: Message[] = [
  {
    file: 'extortion/fi-vastaamo-plain.eml',
    expect: 'suspected',
    covers: 'Vastaamo-style Finnish demand, name + identity code in subject, 200 EUR/24 h then 500 EUR/48 h, fresh bech32 address, 8bit UTF-8, B-encoded subject',
    from: 'Asiakastuki <tuki@mielenrauha-asiakaspalvelu.invalid>',
    to: 'maija.makela@example.com',
    subject: `Maija Mäkelä ${testHetu('150385', '-', 917)}`,
    subjectEncoding: 'B',
    date: 'Sat, 24 Oct 2020 20:14:07 +0300',
    parts: [{ type: 'text/plain', charset: 'utf-8', encoding: '8bit', content: vastaamoFi('Maija Mäkelä', testHetu('150385', '-', 917), freshBtcBech32('fi-vastaamo-plain'), 'Hyvä') }],
  },
  {
    file: 'extortion/fi-vastaamo-qp-softbreak.eml',
    expect: 'suspected',
    covers: 'Vastaamo-style Finnish, 2023 century sign Y, quoted-printable with a soft line break inside the P2PKH address',
    from: 'Asiakastuki <noreply@terapiatiedot.invalid>',
    to: 'juhani.virtanen@example.com',
    subject: `Juhani Virtanen ${testHetu('010594', 'Y', 902)}`,
    subjectEncoding: 'B',
    date: 'Sat, 24 Oct 2020 21:02:44 +0300',
    parts: [{
      type: 'text/plain', charset: 'utf-8', encoding: 'quoted-printable',
      content: vastaamoFi('Juhani Virtanen', testHetu('010594', 'Y', 902), `${freshBtcP2pkh('fi-vastaamo-qp').slice(0, 17)}${SOFT_BREAK}${freshBtcP2pkh('fi-vastaamo-qp').slice(17)}`, 'Hyvä'),
    }],
  },
  {
    file: 'extortion/fi-vastaamo-corrected-latin1.eml',
    expect: 'suspected',
    covers: 'second, corrected Vastaamo-style copy: ISO-8859-1 quoted-printable body, Q-encoded ISO-8859-1 subject, P2SH address',
    from: 'Tietoturva <info@asiakasrekisteri-palvelu.invalid>',
    to: 'anna-liisa.korhonen@example.com',
    subject: `KORJATTU: Anna-Liisa Korhonen ${testHetu('230771', '-', 934)} - tärkeä tiedote`,
    subjectEncoding: 'Q-latin1',
    date: 'Sun, 25 Oct 2020 08:41:19 +0200',
    parts: [{
      type: 'text/plain', charset: 'iso-8859-1', encoding: 'quoted-printable',
      content: `${vastaamoFi('Anna-Liisa Korhonen', testHetu('230771', '-', 934), freshBtcP2sh('fi-vastaamo-corrected'), 'Arvoisa')}\n(Edellisessä viestissämme oli virheellinen maksuosoite. Käyttäkää yllä olevaa osoitetta.)\n`,
    }],
  },
  {
    file: 'extortion/fi-vastaamo-html-zero-width.eml',
    expect: 'suspected',
    covers: 'Vastaamo-style Finnish as HTML only: zero-width characters inside the address, Cyrillic letters in "bitcoin", hidden zero-size junk text',
    from: 'Ilmoitus <ilmoitus@tietopalvelu-notice.invalid>',
    to: 'petri.nieminen@example.com',
    subject: `Petri Nieminen ${testHetu('070890', '-', 955)}`,
    subjectEncoding: 'B',
    date: 'Sat, 24 Oct 2020 22:37:51 +0300',
    parts: [{
      type: 'text/html', charset: 'utf-8', encoding: 'quoted-printable',
      content: `<!DOCTYPE html><html><body style="font-family:Arial">
<p>Hyvä Petri Nieminen (${testHetu('070890', '-', 955)}),</p>
<p>Otamme Teihin yhteyttä, koska olette käyttänyt Psykoterapiakeskus Mielenrauhan terapiapalveluita. Teidän potilastietonne ja terapeuttinne muistiinpanot ovat hallussamme.</p>
<p>Yrityksen johto kieltäytyi ottamasta vastuuta virheistään, joten joudumme pyytämään Teitä maksamaan.<span style="font-size:0px">Kiitos tilauksestasi. Uutiskirje viikko 43. Sää on pilvinen.</span></p>
<p>Jos saamme 200 euron arvosta b\u0456tc\u043ein\u0435ja 24 tunnin kuluessa, tietonne poistetaan pysyvästi palvelimiltamme. Muuten summa on 500 euroa seuraavan 48 tunnin aikana, minkä jälkeen tietonne julkaistaan kaikkien nähtäville.</p>
<p>B\u0456tc\u043ein-osoite: <b>${[...freshBtcBech32('fi-vastaamo-html')].join('\u200b')}</b></p>
<div style="display:none">lorem ipsum dolor sit amet tarjous voimassa</div>
</body></html>`,
    }],
  },
  {
    file: 'extortion/fi-vastaamo-address-in-image.eml',
    expect: 'suspected',
    covers: 'Vastaamo-style Finnish with the payment address only in an attached QR image: caught by the tiered-amount rule without any address',
    from: 'Asiakastuki <tuki@terapiarekisteri.invalid>',
    to: 'sari.lehtonen@example.com',
    subject: `Sari Lehtonen ${testHetu('300479', '-', 968)}`,
    subjectEncoding: 'B',
    date: 'Sat, 24 Oct 2020 23:05:12 +0300',
    multipart: 'mixed',
    parts: [
      {
        type: 'text/plain', charset: 'utf-8', encoding: 'base64',
        content: `Hyvä Sari Lehtonen,

Olette käyttänyt Psykoterapiakeskus Mielenrauhan psykoterapiapalveluita, ja terapiakäyntienne muistiinpanot ovat nyt hallussamme. Yrityksen johto kieltäytyi ottamasta vastuuta virheistään, joten joudumme pyytämään Teitä maksamaan.

Jos saamme 200 euron arvosta bitcoineja 24 tunnin kuluessa, tietonne poistetaan pysyvästi. Muuten hinta on 500 euroa seuraavan 48 tunnin aikana. Sen jälkeen julkaisemme tietonne.

Maksuosoite on liitteenä olevassa QR-koodissa.
`,
      },
      { type: 'image/png', encoding: 'base64', content: PNG_1X1, filename: 'maksu.png' },
    ],
  },
  {
    file: 'extortion/en-vastaamo-translation-base64.eml',
    expect: 'suspected',
    covers: 'English rendering of the Vastaamo-style demand with identity code and P2SH address, base64 body',
    from: 'Data Team <team@records-notice.invalid>',
    to: 'liam.heikkinen@example.com',
    subject: `Liam Heikkinen ${testHetu('120288', '-', 921)}`,
    subjectEncoding: 'raw',
    date: 'Sat, 24 Oct 2020 20:55:30 +0300',
    parts: [{
      type: 'text/plain', charset: 'utf-8', encoding: 'base64',
      content: `Dear Mr Heikkinen (${testHetu('120288', '-', 921)}),

We are contacting you because you have used the therapy and/or psychiatric services of Mielenrauha Psychotherapy Centre. We have obtained the centre's client database, including your personal information and your therapist's notes of your sessions.

We asked the company for a small compensation, but its management refused to take responsibility for their mistakes. We therefore unfortunately have to ask you to pay to keep your personal data safe.

If we receive €200 worth of Bitcoin within 24 hours, your information will be permanently deleted from our servers. Otherwise the price is €500, to be paid within a further 48 hours. If we do not receive the payment after that, your information will be published for everyone to see, including your name, address, phone number, personal identity code and the details of your conversations with your therapist.

Bitcoin address for the payment:
${freshBtcP2sh('en-vastaamo')}

You can buy Bitcoin from any cryptocurrency exchange. We apologise for the inconvenience.
`,
    }],
  },
  {
    file: 'extortion/sv-vastaamo-latin1.eml',
    expect: 'suspected',
    covers: 'Swedish rendering for Swedish-speaking Finns, identity code with 2023 sign A, ISO-8859-1 8bit, P2PKH address',
    from: 'Kundtjanst <kundtjanst@journaldata.invalid>',
    to: 'erik.lindholm@example.com',
    subject: `Erik Lindholm ${testHetu('040602', 'A', 944)}`,
    subjectEncoding: 'raw',
    date: 'Sat, 24 Oct 2020 21:48:03 +0300',
    parts: [{
      type: 'text/plain', charset: 'iso-8859-1', encoding: '8bit',
      content: `Bäste Erik Lindholm (${testHetu('040602', 'A', 944)}),

Vi kontaktar dig eftersom du har använt Psykoterapicentret Mielenrauhas terapi- och psykiatritjänster. Vi har kommit över centrets kunddatabas med dina personuppgifter och terapeutens journalanteckningar från dina besök.

Företagets ledning vägrade ta ansvar för sina misstag. Därför måste vi tyvärr be dig att betala för att hålla dina uppgifter säkra.

Om vi får 200 euro i bitcoin inom 24 timmar raderas dina uppgifter permanent från våra servrar. Annars är summan 500 euro, som ska betalas inom ytterligare 48 timmar. Därefter publicerar vi uppgifterna för alla att se.

Bitcoin-adress för betalningen:
${freshBtcP2pkh('sv-vastaamo')}
`,
    }],
  },
  {
    file: 'extortion/en-sextortion-password.eml',
    expect: 'known',
    covers: 'classic 2018 password sextortion in English, address from the public 2018-2019 list, plain 7bit',
    from: 'Aaron Smith <aaron417smith@mailer.invalid>',
    to: 'jsmith@example.com',
    subject: 'jsmith - hunter2024',
    subjectEncoding: 'raw',
    date: 'Thu, 26 Jul 2018 03:12:40 +0000',
    parts: [{
      type: 'text/plain', charset: 'utf-8', encoding: '7bit',
      content: `I know hunter2024 is your password. Let's get straight to the point.

You don't know me, but I know you very well. I installed malware on an adult website and it recorded you through your webcam while you were watching. I also collected all your contacts from your email and social networks.

My fee is $1900. You have to pay in Bitcoin. My BTC address is: ${listedSextortionAddress(11)}
(It is case sensitive, so copy and paste it.)

You have 48 hours to make the payment. If I don't get the bitcoin, I will send the video to all your contacts, including your family and colleagues. Once I receive the payment, I will delete the video and you will never hear from me again.

Don't bother replying, this address is not monitored.
`,
    }],
  },
  {
    file: 'extortion/en-sextortion-split-address-html.eml',
    expect: 'known',
    covers: 'English sextortion as HTML: listed address split by spaces, zero-size-font junk between sentences',
    from: 'Security Notice <notice@mail-check.invalid>',
    to: 'pat.jones@example.com',
    subject: 'Your account has been hacked! Change your access immediately.',
    subjectEncoding: 'raw',
    date: 'Mon, 10 Sep 2018 11:20:00 +0000',
    parts: [{
      type: 'text/html', charset: 'utf-8', encoding: 'quoted-printable',
      content: `<html><body>
<p>Hello!</p>
<p>I am a programmer who hacked your device a few months ago. <span style="font-size:0">weather forecast sunny</span>I have full access to your device and your camera.</p>
<p>I recorded a video of you on an adult site and made a split screen with what you were watching. With one click I can send this video to all your contacts and to your social networks.</p>
<p>I want you to pay $850 in bitcoin to my wallet:</p>
<p><b>${listedSextortionAddress(41).match(/.{1,4}/g)!.join(' ')}</b></p>
<p>You have 48 hours after opening this email. If I receive the payment, the video will be deleted permanently.<span style="font-size:0">order confirmation newsletter</span></p>
</body></html>`,
    }],
  },
  {
    file: 'extortion/en-sextortion-cyrillic.eml',
    expect: 'known',
    covers: 'English sextortion with Cyrillic look-alikes in "bitcoin" and "wallet", listed address on its own line, base64 UTF-8',
    from: 'Anonymous <anon@darkmail.invalid>',
    to: 'mike.brown@example.com',
    subject: 'Sесurity alеrt',
    subjectEncoding: 'B',
    date: 'Tue, 02 Oct 2018 07:45:12 +0000',
    parts: [{
      type: 'text/plain', charset: 'utf-8', encoding: 'base64',
      content: `Hi, this is a last warning.

I hacked your operating system months ago with a trojan and recorded you masturbating on a porn site through your camera. I have your contacts list too.

Transfer $1200 in Вitсоin to my wаllеt:

${listedSextortionAddress(101)}

Copy and paste it, it is case sensitive. You have 2 days. If I don't receive the Вitсоin, your video will be sent to all your contacts and published on social media. After the payment I will destroy the video.
`,
    }],
  },
  {
    file: 'extortion/en-sextortion-qp-softbreak.eml',
    expect: 'known',
    covers: 'English sextortion, quoted-printable with a soft line break inside the listed address',
    from: 'Hacker <h4ck3r@mailer.invalid>',
    to: 'sam.taylor@example.com',
    subject: 'Your password is compromised',
    subjectEncoding: 'raw',
    date: 'Wed, 14 Nov 2018 16:02:31 +0000',
    parts: [{
      type: 'text/plain', charset: 'utf-8', encoding: 'quoted-printable',
      content: `Hello, your password was leaked and I used it to install spyware on your computer. The spyware recorded you with your webcam while you were visiting adult websites.

My requirement: send $700 worth of Bitcoin to this address: ${listedSextortionAddress(501).slice(0, 20)}${SOFT_BREAK}${listedSextortionAddress(501).slice(20)}

You have 48 hours. If I do not get the money, I will send the recording to your family and friends. After payment I delete everything.
`,
    }],
  },
  {
    file: 'extortion/en-sextortion-bitcoin-uri.eml',
    expect: 'known',
    covers: 'English sextortion in HTML where the listed address appears only as a bitcoin: URI link with an amount',
    from: 'Support <support@secure-alerts.invalid>',
    to: 'chris.miller@example.com',
    subject: 'Payment required: your recording',
    subjectEncoding: 'raw',
    date: 'Fri, 21 Dec 2018 09:10:00 +0000',
    parts: [{
      type: 'text/html', charset: 'utf-8', encoding: '7bit',
      content: `<html><body><p>I have recorded you through your webcam while you watched adult videos.</p>
<p>You have to pay 0.2 BTC. <a href="bitcoin:${listedSextortionAddress(1001)}?amount=0.2">Click here to pay</a>.</p>
<p>You have 24 hours. If I do not receive the payment, the video will be sent to all your contacts. After payment the video will be deleted.</p></body></html>`,
    }],
  },
  {
    file: 'extortion/fi-sextortion-broken-finnish.eml',
    expect: 'known',
    covers: 'Finnish sextortion in awkward machine-translated Finnish ("Viimeinen varoitus"), fresh bech32 address, QP UTF-8',
    from: 'Turvallisuus <turva@palvelin-ilmoitus.invalid>',
    to: 'ville.koskinen@example.com',
    subject: 'Viimeinen varoitus! Kaikki tietosi on kopioitu. Kirjautuminen onnistui.',
    subjectEncoding: 'B',
    date: 'Fri, 28 Jan 2022 05:33:10 +0200',
    parts: [{
      type: 'text/plain', charset: 'utf-8', encoding: 'quoted-printable',
      content: `Hei!

Minä olen hakkeri, joka murtauduin laitteeseesi useita kuukausia sitten. Haittaohjelma nauhoitti sinut web-kameran kautta, kun katsoit aikuisviihdesivustoja. Minulla on myös kaikki yhteystietosi.

Sinun pitää maksaa 650 euroa bitcoineina minun lompakkooni:
${freshBtcBech32('fi-sextortion')}

Aikaa sinulla on 48 tunnin. Jos en saa maksua, lähetän videon kaikille yhteystiedoillesi ja ystävillesi. Kun maksu on tullut, poistan videon heti.
`,
    }],
  },
  {
    file: 'extortion/sv-sextortion.eml',
    expect: 'suspected',
    covers: 'Swedish sextortion, fresh P2PKH address, 8bit UTF-8',
    from: 'Sakerhet <sakerhet@konto-varning.invalid>',
    to: 'karin.nilsson@example.com',
    subject: 'Ditt konto har hackats',
    subjectEncoding: 'raw',
    date: 'Mon, 03 Jun 2019 14:22:09 +0200',
    parts: [{
      type: 'text/plain', charset: 'utf-8', encoding: '8bit',
      content: `Hej!

Jag har haft tillgång till din dator i flera månader via skadlig kod. Jag spelade in dig med din webbkamera när du besökte porrsajter, och jag har kopierat alla dina kontakter.

Du måste betala 800 euro i bitcoin till följande adress:
${freshBtcP2pkh('sv-sextortion')}

Du har 48 timmar på dig. Om jag inte får betalningen skickar jag videon till alla dina kontakter och din familj. När betalningen har kommit raderas videon.
`,
    }],
  },
  {
    file: 'extortion/sv-kidnapping-2019.eml',
    expect: 'known',
    covers: 'Swedish 2019-style kidnapping threat: 1 900 kronor in bitcoin, "kontakta inte polisen", fresh P2PKH, QP',
    from: 'Noreply <noreply@kontroll-meddelande.invalid>',
    to: 'lars.berg@example.com',
    subject: 'Sista varning till dig',
    subjectEncoding: 'raw',
    date: 'Wed, 12 Jun 2019 10:04:55 +0200',
    parts: [{
      type: 'text/plain', charset: 'utf-8', encoding: 'quoted-printable',
      content: `Hej Lars.

Vi vet var du bor och vi har följt dig och din familj i flera veckor. Vi har fått i uppdrag att kidnappa dig.

Du kan köpa dig fri. Betala 1 900 kronor i bitcoin till denna bitcoin-adress: ${freshBtcP2pkh('sv-kidnapping')}

Du har 48 timmar på dig. Kontakta inte polisen. Om du kontaktar polisen eller berättar för någon kommer vi att hämta dig.
`,
    }],
  },
  {
    file: 'extortion/en-clinic-darknet-tor.eml',
    expect: 'suspected',
    covers: 'Fred Hutch-style patient extortion: [ORGTAG] SURNAME FIRSTNAME subject, $50, Tor payment page, swatting threat, no address in the mail',
    from: 'Data Sale <sale@vendas-dados.example.com>',
    to: 'linda.ramirez@example.com',
    subject: '[NWCLINIC] RAMIREZ LINDA Your private data and medical history is being sold on dark net markets',
    subjectEncoding: 'raw',
    date: 'Tue, 05 Dec 2023 18:30:00 +0000',
    parts: [{
      type: 'text/plain', charset: 'utf-8', encoding: '7bit',
      content: `Linda Ramirez,

We hacked Northwest Clinic and copied your personal information and medical history: name, date of birth, home address, social security number, diagnoses and treatment records.

Your data is being sold on dark net markets. You can pay $50 to have your record removed before it is sold. To pay, download the Tor Browser from torproject.org and open our site: http://vx4ycxmjbk2fq7ztpw3iwrzmxjcthzmggnkyhybshfjzkrq5lvc4ynad.onion/remove

If you do not pay, your data will be sold and published, and we may send a swat team to your home.
`,
    }],
  },
  {
    file: 'extortion/en-health-tor-delete-view.eml',
    expect: 'suspected',
    covers: 'Integris-style: personal data listed, $50 before a fixed date, Tor instructions, delete ($50) or view ($3) options, HTML only',
    from: 'Records <records@portal-leak.invalid>',
    to: 'james.walker@example.com',
    subject: 'Your health data from Prairie Health Network',
    subjectEncoding: 'raw',
    date: 'Thu, 28 Dec 2023 12:00:00 +0000',
    parts: [{
      type: 'text/html', charset: 'utf-8', encoding: 'base64',
      content: `<html><body>
<p>James Walker, we have your data from Prairie Health Network:</p>
<ul><li>SSN: 900-12-3456</li><li>Date of birth: 04/17/1969</li><li>Home address: 12 Elm Street, Springfield</li><li>Insurance: Example Health Plan</li></ul>
<p>If you do not pay $50 before January 5, 2024, your data will be sold to other criminals on the dark web.</p>
<p>Install the Tor browser and visit our site to pay in bitcoin. On the site you can choose the delete option ($50) to remove your data, or the view option ($3) to see what we hold.</p>
<p><a href="http://prairieleakzl4d6smbn5c7eiua7y7mgkimrpe3xshzdwkjspwhqyiad.onion/">our site</a></p>
</body></html>`,
    }],
  },
  {
    file: 'extortion/fi-monero-company-threat.eml',
    expect: 'suspected',
    covers: 'Finland 2025-style threat to a company: 500 EUR in Monero, arson threat, fresh XMR address',
    from: 'anon4821 <anon4821@proton.example.com>',
    to: 'info@rakennusliike-esimerkki.example.com',
    subject: 'Viimeinen mahdollisuus yrityksellenne',
    subjectEncoding: 'B',
    date: 'Tue, 09 Dec 2025 02:14:00 +0200',
    parts: [{
      type: 'text/plain', charset: 'utf-8', encoding: '8bit',
      content: `Tiedämme missä toimitilanne ovat ja kuka niissä käy.

Maksakaa 500 euroa Monerona osoitteeseen:
${freshXmr('fi-monero-company')}

Teillä on aikaa 72 tuntia. Jos maksua ei kuulu, sytytämme toimitilanne tuleen ja vahingoitamme henkilökuntaanne. Älkää ottako yhteyttä poliisiin.
`,
    }],
  },
  {
    file: 'extortion/fi-monero-payment-reminder.eml',
    expect: 'suspected',
    covers: 'Finland 2025-style escalation "maksumuistutus": 750 EUR in Monero within 48 hours, arson threat, QP',
    from: 'anon4821 <anon4821@proton.example.com>',
    to: 'info@rakennusliike-esimerkki.example.com',
    subject: 'Maksumuistutus',
    subjectEncoding: 'raw',
    date: 'Fri, 12 Dec 2025 03:01:00 +0200',
    parts: [{
      type: 'text/plain', charset: 'utf-8', encoding: 'quoted-printable',
      content: `Maksumuistutus. Ette maksaneet. Hinta on nyt 750 euroa Monerona.

Osoite: ${freshXmr('fi-monero-reminder')}

Maksu 48 tunnin kuluessa tai poltamme toimitilanne. Poliisi ei voi auttaa teitä.
`,
    }],
  },
  {
    file: 'extortion/en-ethereum-leak.eml',
    expect: 'suspected',
    covers: 'English data-leak extortion paid in Ethereum: EIP-55 checksummed address, deletion offer, multipart/alternative',
    from: 'Leak Desk <desk@leakdesk.invalid>',
    to: 'nora.hughes@example.com',
    subject: 'Your files will be published',
    subjectEncoding: 'raw',
    date: 'Mon, 14 Apr 2025 08:00:00 +0000',
    parts: [
      {
        type: 'text/plain', charset: 'utf-8', encoding: '7bit',
        content: `Nora Hughes,

We copied your documents, photos and chat history from your cloud storage. To have them permanently deleted, send 0.15 ETH (about $300) to our Ethereum wallet:

${freshEth('en-ethereum')}

You have 72 hours. If we do not receive the payment, everything will be published and sent to your contacts and your employer.
`,
      },
      {
        type: 'text/html', charset: 'utf-8', encoding: 'quoted-printable',
        content: `<html><body><p>Nora Hughes,</p><p>We copied your documents, photos and chat history from your cloud storage. To have them permanently deleted, send 0.15 ETH (about $300) to our Ethereum wallet:</p><p><code>${freshEth('en-ethereum')}</code></p><p>You have 72 hours. If we do not receive the payment, everything will be published and sent to your contacts and your employer.</p></body></html>`,
      },
    ],
  },
  {
    file: 'extortion/en-sextortion-litecoin.eml',
    expect: 'suspected',
    covers: 'English sextortion paid in Litecoin, fresh L-address',
    from: 'Watcher <watcher@cam-notice.invalid>',
    to: 'olivia.king@example.com',
    subject: 'I have a video of you',
    subjectEncoding: 'raw',
    date: 'Sat, 08 Mar 2025 21:17:00 +0000',
    parts: [{
      type: 'text/plain', charset: 'utf-8', encoding: '8bit',
      content: `I have been watching you through your camera. I recorded a video of you that you will not want your friends to see.

Pay $600 in Litecoin to this address: ${freshLtcP2pkh('en-litecoin')}

You have 48 hours. If you pay, I will delete the video. If not, I will send it to all your contacts.
`,
    }],
  },
  {
    file: 'extortion/sv-patient-taproot.eml',
    expect: 'suspected',
    covers: 'Swedish patient-record extortion with a fresh taproot (bech32m) address, base64',
    from: 'Journal <journal@vardlacka.invalid>',
    to: 'maria.holm@example.com',
    subject: 'Dina patientjournaler',
    subjectEncoding: 'raw',
    date: 'Thu, 16 Jan 2025 13:45:00 +0100',
    parts: [{
      type: 'text/plain', charset: 'utf-8', encoding: 'base64',
      content: `Maria Holm,

Vi har kopierat dina patientjournaler och anteckningar från din psykoterapeut på Kliniken Lugnet. Ledningen vägrade betala.

Betala 300 euro i bitcoin till adressen nedan inom 24 timmar, så raderas dina journaler permanent från våra servrar. Annars publicerar vi dem och skickar dem till din arbetsgivare.

${freshBtcTaproot('sv-patient')}
`,
    }],
  },
  {
    file: 'extortion/en-house-photo-2024.eml',
    expect: 'suspected',
    covers: '2024-style: name, street address, claim of a house photo, bitcoin ATM instructions, fresh bech32 address, multipart/mixed with an image',
    from: 'Private <private@home-notice.invalid>',
    to: 'daniel.cooper@example.com',
    subject: 'Daniel, I know where you live',
    subjectEncoding: 'raw',
    date: 'Tue, 24 Sep 2024 06:40:00 +0000',
    multipart: 'mixed',
    parts: [
      {
        type: 'text/plain', charset: 'utf-8', encoding: 'quoted-printable',
        content: `Daniel Cooper, 48 Maple Road. Is this your house? The picture is attached.

I accessed your phone through spyware and recorded you. I have your contacts, your family and your co-workers.

You have to pay $2,000 in Bitcoin. Use a bitcoin ATM or an exchange and send it to: ${freshBtcBech32('en-house-photo')}

You have 24 hours. If I receive the payment, I will erase everything. If not, the video goes to everyone you know and I will publish it online.
`,
      },
      { type: 'image/png', encoding: 'base64', content: PNG_1X1, filename: 'house.png' },
    ],
  },
  {
    file: 'extortion/en-sextortion-qr-only.eml',
    expect: 'known',
    covers: 'English sextortion whose address is only in a QR image: once the heuristics\' known miss, now caught by a coin named with a demand, a threat and a clock (crypto-demand-threat-clock); the default list knows its wording',
    from: 'Anonymous <anon@cam-report.invalid>',
    to: 'grace.evans@example.com',
    subject: 'Read this carefully',
    subjectEncoding: 'raw',
    date: 'Mon, 17 Mar 2025 05:12:00 +0000',
    multipart: 'mixed',
    parts: [
      {
        type: 'text/plain', charset: 'utf-8', encoding: 'quoted-printable',
        content: `Grace, I recorded you through your webcam while you were on an adult site.

Pay $1,500 in Bitcoin by scanning the QR code attached. You have 48 hours. If I do not get the payment, I will send the video to all your contacts.
`,
      },
      { type: 'image/png', encoding: 'base64', content: PNG_1X1, filename: 'qr.png' },
    ],
  },
  {
    file: 'extortion/fi-vastaamo-variant-sina.eml',
    expect: 'suspected',
    covers: 'Vastaamo-style Finnish reworded in the singular (sina), HETU with 2023 sign X only in the body, fresh P2PKH, base64',
    from: 'Tietoturvapalvelu <palvelu@asiakasdata.invalid>',
    to: 'tuomas.jarvinen@example.com',
    subject: 'Terapiatietosi',
    subjectEncoding: 'raw',
    date: 'Sun, 25 Oct 2020 10:21:00 +0200',
    parts: [{
      type: 'text/plain', charset: 'utf-8', encoding: 'base64',
      content: `Hei Tuomas Järvinen, henkilötunnus ${testHetu('210995', 'X', 977)}.

Sinun tietosi ja terapeuttisi muistiinpanot ovat meillä. Klinikka ei suostunut maksamaan, joten nyt maksat sinä.

Siirrä 200 euroa bitcoineina osoitteeseen ${freshBtcP2pkh('fi-vastaamo-sina')} vuorokauden kuluessa. Sen jälkeen hinta on 500 euroa. Jos maksua ei tule, kaikki tietosi julkaistaan netissä ja lähetetään työnantajallesi.
`,
    }],
  },
  {
    file: 'extortion/en-hitman-threat.eml',
    expect: 'suspected',
    covers: 'English "hitman" threat: paid to hurt the reader, pay bitcoin to cancel, do not contact the police, fresh P2SH',
    from: 'Contract <contract@silent-service.invalid>',
    to: 'ben.wright@example.com',
    subject: 'Your life is in danger',
    subjectEncoding: 'raw',
    date: 'Wed, 02 Apr 2025 23:59:00 +0000',
    parts: [{
      type: 'text/plain', charset: 'utf-8', encoding: '8bit',
      content: `Someone paid me to hurt you. I have followed you for a week and I know your address and your car.

I give you one chance. Send 0.05 BTC to ${freshBtcP2sh('en-hitman')} within 72 hours and I will cancel the job and give you the name of the person who ordered it.

If you contact the police, the deal is off. Nobody can protect you.
`,
    }],
  },
  {
    file: 'extortion/sv-sextortion-address-across-lines.eml',
    expect: 'suspected',
    covers: 'Swedish sextortion as HTML where the fresh address is split across a <br> line break',
    from: 'Varning <varning@konto-kontroll.invalid>',
    to: 'johan.ek@example.com',
    subject: 'Jag vet ditt lösenord',
    subjectEncoding: 'B',
    date: 'Tue, 11 Feb 2025 06:06:00 +0100',
    parts: [{
      type: 'text/html', charset: 'utf-8', encoding: 'quoted-printable',
      content: `<html><body><p>Jag har installerat skadlig kod på din dator och spelat in dig med webbkameran när du tittade på porr.</p>
<p>Skicka 700 euro i bitcoin till min plånbok:<br>${freshBtcP2pkh('sv-across-lines').slice(0, 18)}<br>${freshBtcP2pkh('sv-across-lines').slice(18)}</p>
<p>Du har 48 timmar. Annars skickar jag videon till alla dina kontakter.</p></body></html>`,
    }],
  },
  {
    file: 'extortion/en-sextortion-from-own-address.eml',
    expect: 'suspected',
    covers: 'sextortion "sent from your own account" (From = To), fresh bech32 address, multipart/alternative',
    from: 'alex.moore@example.com',
    to: 'alex.moore@example.com',
    subject: 'alex.moore',
    subjectEncoding: 'raw',
    date: 'Thu, 20 Feb 2025 04:44:00 +0000',
    parts: [
      {
        type: 'text/plain', charset: 'utf-8', encoding: '7bit',
        content: `Hello! As you can see, I sent this email from your own account. I have full access to your device.

I recorded you with your camera while you watched adult content, and I copied your contact list.

Transfer $1,350 in Bitcoin to: ${freshBtcBech32('en-own-address')}

You have 2 days. After the payment I will erase the video. If not, it goes to your family, friends and colleagues.
`,
      },
      {
        type: 'text/html', charset: 'utf-8', encoding: 'quoted-printable',
        content: `<html><body><p>Hello! As you can see, I sent this email from your own account. I have full access to your device.</p><p>I recorded you with your camera while you watched adult content, and I copied your contact list.</p><p>Transfer $1,350 in Bitcoin to: <b>${freshBtcBech32('en-own-address')}</b></p><p>You have 2 days. After the payment I will erase the video. If not, it goes to your family, friends and colleagues.</p></body></html>`,
      },
    ],
  },
  {
    file: 'extortion/fi-fake-police-fine.eml',
    expect: 'suspected',
    covers: '2026-style fake "police" blackmail in Finnish: accusation, fine in bitcoin, threat to publish the name; uses police vocabulary that warnings also use',
    from: 'Poliisi - Kyberrikoskeskus <ilmoitus@poliisi-kyberrikos.invalid>',
    to: 'mikko.salo@example.com',
    subject: 'Kutsu: rikosepäily',
    subjectEncoding: 'B',
    date: 'Fri, 13 Feb 2026 09:30:00 +0200',
    parts: [{
      type: 'text/plain', charset: 'utf-8', encoding: 'quoted-printable',
      content: `Hyvä Mikko Salo,

Kyberrikoskeskus on havainnut, että laitteellasi on katsottu laitonta materiaalia. Asiasta on aloitettu esitutkinta.

Voit välttää syytteen maksamalla 490 euron sovittelumaksun bitcoineina osoitteeseen ${freshBtcBech32('fi-fake-police')} 48 tunnin kuluessa. Jos maksua ei tule, nimesi julkaistaan ja asiakirjat lähetetään työnantajallesi ja perheellesi.
`,
    }],
  },
  {
    file: 'extortion/fi-vastaamo-named.eml',
    expect: 'known',
    covers: 'Vastaamo-style Finnish naming Vastaamo itself, as the 2020 mails did: the default list knows the wording (content signature) although the address is fresh',
    from: 'Asiakastuki <tuki@potilasrekisteri-ilmoitus.invalid>',
    to: 'helena.ojala@example.com',
    subject: `Helena Ojala ${testHetu('110266', '-', 988)}`,
    subjectEncoding: 'B',
    date: 'Sat, 24 Oct 2020 20:31:45 +0300',
    parts: [{ type: 'text/plain', charset: 'utf-8', encoding: 'quoted-printable', content: vastaamoFi('Helena Ojala', testHetu('110266', '-', 988), freshBtcBech32('fi-vastaamo-named'), 'Hyvä', 'Vastaamon') }],
  },
  {
    file: 'extortion/en-sextortion-footage-reworded.eml',
    expect: 'suspected',
    covers: 'English sextortion in unusual wording (footage, address book, reputation), 50-hour window, fresh P2PKH',
    from: 'Viewer <viewer@cam-mailer.invalid>',
    to: 'henry.scott@example.com',
    subject: 'Footage of you',
    subjectEncoding: 'raw',
    date: 'Tue, 22 Apr 2025 02:22:00 +0000',
    parts: [{
      type: 'text/plain', charset: 'utf-8', encoding: '8bit',
      content: `I've got footage of you from your laptop's camera, taken while you were on some very private websites.

Send 0.08 BTC to ${freshBtcP2pkh('en-footage')} and the footage disappears forever. You've got 50 hours from now.

Ignore this and I'll share it with everyone in your address book. Your reputation will be ruined.
`,
    }],
  },
  {
    file: 'extortion/fi-sextortion-reworded.eml',
    expect: 'suspected',
    covers: 'Finnish sextortion in other words (jaan videon tutuillesi), fresh bech32, ISO-8859-1 QP',
    from: 'Yksityinen <yksityinen@viesti-palvelin.invalid>',
    to: 'ville.koskinen@example.com',
    subject: 'Sinusta on video',
    subjectEncoding: 'Q-latin1',
    date: 'Thu, 24 Apr 2025 04:10:00 +0300',
    parts: [{
      type: 'text/plain', charset: 'iso-8859-1', encoding: 'quoted-printable',
      content: `Sain haltuuni videon, jossa näyt sinä tietokoneesi kameran kautta kuvattuna.

Maksa 0,05 BTC osoitteeseen ${freshBtcBech32('fi-reworded')} kahden päivän sisällä, niin video katoaa.

Muuten jaan videon kaikille tutuillesi ja työkavereillesi.
`,
    }],
  },
  {
    file: 'extortion/sv-company-employee-data.eml',
    expect: 'suspected',
    covers: 'Swedish threat to a company: employee data stolen, 2 BTC, everything posted online, fresh P2SH',
    from: 'Grupp <grupp@lackdata.invalid>',
    to: 'vd@foretaget.example.com',
    subject: 'Era anställdas uppgifter',
    subjectEncoding: 'B',
    date: 'Mon, 05 May 2025 07:00:00 +0200',
    parts: [{
      type: 'text/plain', charset: 'utf-8', encoding: 'base64',
      content: `Vi har tagit oss in i era system och laddat ner personuppgifter om alla era anställda, inklusive personnummer och löner.

Betala 2 BTC till ${freshBtcP2sh('sv-company')} inom fem dagar. Annars lägger vi ut allt på nätet och kontaktar era kunder.
`,
    }],
  },
  {
    file: 'extortion/en-affair-threat.eml',
    expect: 'suspected',
    covers: 'English affair blackmail: pay in bitcoin or I will tell your wife, fresh bech32',
    from: 'Friend <friend@quiet-mail.invalid>',
    to: 'paul.adams@example.com',
    subject: 'About your secret',
    subjectEncoding: 'raw',
    date: 'Wed, 14 May 2025 22:00:00 +0000',
    parts: [{
      type: 'text/plain', charset: 'utf-8', encoding: '7bit',
      content: `Paul, I know about your affair. I have photos of you and her at the hotel.

Pay $2,000 in bitcoin to ${freshBtcBech32('en-affair')} by Friday. If I don't see the money, I will tell your wife and send the photos to your children.
`,
    }],
  },
  {
    file: 'extortion/en-diagnosis-monero.eml',
    expect: 'suspected',
    covers: 'Medibank-style health-insurer extortion of a customer: diagnosis held, pay in Monero or it goes to the employer',
    from: 'Extortion Team <team@insurer-leak.invalid>',
    to: 'emma.collins@example.com',
    subject: 'We have your diagnosis',
    subjectEncoding: 'raw',
    date: 'Thu, 10 Nov 2022 10:00:00 +1100',
    parts: [{
      type: 'text/html', charset: 'utf-8', encoding: 'quoted-printable',
      content: `<html><body><p>Emma Collins, we hold your health insurance claims, including your diagnosis and treatment history.</p><p>Pay AUD 500 in Monero to <code>${freshXmr('en-diagnosis')}</code> within 7 days, or we will email your diagnosis to your employer.</p></body></html>`,
    }],
  },
  {
    file: 'extortion/en-broken-english-colleagues.eml',
    expect: 'suspected',
    covers: 'held-out batch: broken-English sextortion, "compromising material", USD in BTC, "distribute among your colleagues"',
    from: 'Hacker <h@infected-notice.invalid>',
    to: 'ryan.hall@example.com',
    subject: 'Your device was infected',
    subjectEncoding: 'raw',
    date: 'Sun, 01 Jun 2025 03:03:00 +0000',
    parts: [{
      type: 'text/plain', charset: 'utf-8', encoding: 'quoted-printable',
      content: `Hi, i am hacker and your device was infected with my software some time ago. I have collected compromising material about you.

The price is 1050 USD in BTC. My wallet: ${freshBtcBech32('en-broken-english')}

You have 2 days, otherwise I will distribute the material among your colleagues and relatives.
`,
    }],
  },
  {
    file: 'extortion/fi-hoitokertomus-huominen.eml',
    expect: 'suspected',
    covers: 'held-out batch: Finnish patient-record demand with identity code, 300 EUR to a bitcoin wallet by tomorrow noon, records "päätyvät avoimeen verkkoon"',
    from: 'Tietovuoto <vuoto@hoitotiedot.invalid>',
    to: 'riikka.aalto@example.com',
    subject: `Riikka Aalto ${testHetu('050581', '-', 912)}: hoitokertomuksesi`,
    subjectEncoding: 'B',
    date: 'Mon, 02 Jun 2025 06:00:00 +0300',
    parts: [{
      type: 'text/plain', charset: 'utf-8', encoding: '8bit',
      content: `Riikka Aalto,

hoitokertomuksesi terapiakäynneiltäsi ovat meillä. Summa on 300 € bitcoin-lompakkoon ${freshBtcP2pkh('fi-hoitokertomus')} viimeistään huomenna klo 12.

Muuten hoitokertomuksesi päätyvät avoimeen verkkoon.
`,
    }],
  },
  {
    file: 'extortion/sv-photos-family.eml',
    expect: 'suspected',
    covers: 'held-out batch: Swedish photo blackmail, 5000 kr in bitcoin within 3 days, "annars hamnar bilderna hos din familj"',
    from: 'Anonym <anonym@bildlacka.invalid>',
    to: 'sara.wik@example.com',
    subject: 'Dina bilder',
    subjectEncoding: 'raw',
    date: 'Tue, 03 Jun 2025 21:00:00 +0200',
    parts: [{
      type: 'text/plain', charset: 'utf-8', encoding: '8bit',
      content: `Vi har dina privata foton från din molntjänst.

Betala 5000 kr i bitcoin till ${freshBtcBech32('sv-photos')} inom 3 dagar, annars hamnar bilderna hos din familj och på nätet.
`,
    }],
  },
  {
    file: 'extortion/en-company-database-eth.eml',
    expect: 'suspected',
    covers: 'held-out batch: threat to a company over its customer database, 1 ETH within 96 hours or the regulator and the press are told',
    from: 'Breach Group <group@db-leak.invalid>',
    to: 'ceo@shop.example.com',
    subject: 'Your customer database',
    subjectEncoding: 'raw',
    date: 'Wed, 04 Jun 2025 10:00:00 +0000',
    parts: [{
      type: 'text/plain', charset: 'utf-8', encoding: '7bit',
      content: `We downloaded your customer database, including names, home addresses and card details of 40,000 customers.

Transfer 1 ETH to ${freshEth('en-company-db')} within 96 hours. If you do not pay, we notify the data protection regulator and the press, and put the database up for sale.
`,
    }],
  },
  {
    file: 'extortion/en-batch9-ransom-letter.eml',
    expect: 'suspected',
    covers: 'a known miss until the round-8 session (batch 9, fresh, untuned: nothing held is named, no demand verb, no threat word), caught since by rule 25 ("our silence costs", "the whole town will know"); English ransom-style letter, "we know what you did", BTC address, "you have until Sunday", "or the whole town will know"',
    from: 'Watcher <w@silent-town.invalid>',
    to: 'karen.lee@example.com',
    subject: 'We know',
    subjectEncoding: 'raw',
    date: 'Thu, 12 Jun 2025 01:00:00 +0000',
    parts: [{
      type: 'text/plain', charset: 'utf-8', encoding: '7bit',
      content: `Karen, we know what you did last summer at the lake house, and we have the messages to prove it.

Our silence costs 0.03 BTC. Address: ${freshBtcP2pkh('batch9-en-ransom')}
You have until Sunday, or the whole town will know.
`,
    }],
  },
  {
    file: 'extortion/fi-batch9-yritys-asiakasrekisteri.eml',
    expect: 'none',
    covers: 'known miss (batch 9, fresh, untuned): deadline in words ("viikon kuluessa"), threat and held data in words no lexicon has; Finnish demand to a small company over a stolen customer register, Monero, "viikon kuluessa", threat to tell customers',
    from: 'Ryhmä <ryhma@rekisterivuoto.invalid>',
    to: 'toimisto@pienyritys.example.com',
    subject: 'Asiakasrekisterinne',
    subjectEncoding: 'B',
    date: 'Fri, 13 Jun 2025 08:00:00 +0300',
    parts: [{
      type: 'text/plain', charset: 'utf-8', encoding: 'quoted-printable',
      content: `Asiakasrekisterinne on hallussamme: nimet, osoitteet ja ostohistoria.

Siirtäkää 800 euroa Monerona osoitteeseen ${freshXmr('batch9-fi-company')} viikon kuluessa. Jos rahaa ei kuulu, kerromme asiasta jokaiselle asiakkaallenne ja toimittajallenne.
`,
    }],
  },
  {
    file: 'extortion/sv-batch9-naken-bilder.eml',
    expect: 'suspected',
    covers: 'batch 9 (fresh, untuned): Swedish nude-image blackmail in HTML, bech32 address, 48 timmar, "alla du känner kommer att se dem"',
    from: 'Okand <okand@bild-hot.invalid>',
    to: 'emil.strand@example.com',
    subject: 'Dina bilder',
    subjectEncoding: 'raw',
    date: 'Sat, 14 Jun 2025 23:00:00 +0200',
    parts: [{
      type: 'text/html', charset: 'utf-8', encoding: 'base64',
      content: `<html><body><p>Jag har nakenbilder på dig från ditt gamla molnkonto.</p><p>Skicka 3 000 kronor i bitcoin till <b>${freshBtcBech32('batch9-sv-nude')}</b> inom 48 timmar. Gör du inte det kommer alla du känner att se dem.</p></body></html>`,
    }],
  },
  {
    file: 'extortion/en-batch9-patient-portal.eml',
    expect: 'suspected',
    covers: 'batch 9 (fresh, untuned): English patient extortion with a litecoin address, "pay within 5 days to keep your mental health records off the internet"',
    from: 'Records Release <release@clinic-dump.invalid>',
    to: 'mark.young@example.com',
    subject: 'Mark Young - your records',
    subjectEncoding: 'raw',
    date: 'Sun, 15 Jun 2025 12:00:00 +0000',
    parts: [{
      type: 'text/plain', charset: 'utf-8', encoding: '8bit',
      content: `Mark Young, date of birth 1981-03-02.

We took the records of Lakeside Counselling, including your mental health notes. Pay $150 in Litecoin to ${freshLtcP2pkh('batch9-en-patient')} within 5 days to keep your records off the internet.
`,
    }],
  },
  {
    file: 'extortion/fi-batch9-sextortion-lyhyt.eml',
    expect: 'suspected',
    covers: 'batch 9 (fresh, untuned): very short Finnish sextortion, address and "48h" only',
    from: 'x <x@lyhyt-viesti.invalid>',
    to: 'jari.heino@example.com',
    subject: 'Video',
    subjectEncoding: 'raw',
    date: 'Mon, 16 Jun 2025 04:00:00 +0300',
    parts: [{
      type: 'text/plain', charset: 'utf-8', encoding: '8bit',
      content: `Minulla on video sinusta. 400€ BTC: ${freshBtcBech32('batch9-fi-short')} 48h tai se lähtee kavereillesi.
`,
    }],
  },
  {
    file: 'extortion/en-batch10-old-password-short.eml',
    expect: 'suspected',
    covers: 'batch 10 (fresh, untuned): short password sextortion, "$950 by BTC", "24 hrs", "or your contacts get the clip"',
    from: 'Admin <admin@notice-mail.invalid>',
    to: 'dave.green@example.com',
    subject: 'dave1987!',
    subjectEncoding: 'raw',
    date: 'Mon, 23 Jun 2025 03:00:00 +0000',
    parts: [{
      type: 'text/plain', charset: 'utf-8', encoding: '7bit',
      content: `dave1987! is your password. I used it to get into your laptop and I filmed you with the webcam.

$950 by BTC to ${freshBtcP2pkh('batch10-en-short')}. 24 hrs. Or your contacts get the clip.
`,
    }],
  },
  {
    file: 'extortion/fi-batch10-vastaamo-teitittely.eml',
    expect: 'suspected',
    covers: 'batch 10 (fresh, untuned): formal Finnish Vastaamo-like demand, identity code, "tietonne siirretään julkiseen verkkoon", 250 euroa bitcoineina, 3 vuorokautta',
    from: 'Palvelu <palvelu@asiakastietopalvelu.invalid>',
    to: 'outi.rantanen@example.com',
    subject: `Outi Rantanen ${testHetu('190377', '-', 929)}`,
    subjectEncoding: 'B',
    date: 'Tue, 24 Jun 2025 07:00:00 +0300',
    parts: [{
      type: 'text/plain', charset: 'utf-8', encoding: 'base64',
      content: `Arvoisa Outi Rantanen,

terapiakäyntienne muistiinpanot ja henkilötietonne ovat hallussamme. Pyydämme Teitä suorittamaan 250 euron maksun bitcoineina osoitteeseen ${freshBtcBech32('batch10-fi-formal')} kolmen vuorokauden kuluessa.

Mikäli maksua ei vastaanoteta, tietonne siirretään julkiseen verkkoon.
`,
    }],
  },
  {
    file: 'extortion/sv-batch10-foretag-hot.eml',
    expect: 'none',
    covers: 'known miss (batch 10, fresh, untuned; violence in words no lexicon has ("det kommer att brinna"), consequence "Betalar ni inte"): Swedish threat to a restaurant: pay 1 000 euro in Monero within a week or "det kommer att brinna"',
    from: 'Anonym <anon@krog-hot.invalid>',
    to: 'info@restaurang.example.com',
    subject: 'Er restaurang',
    subjectEncoding: 'raw',
    date: 'Wed, 25 Jun 2025 02:00:00 +0200',
    parts: [{
      type: 'text/plain', charset: 'utf-8', encoding: '8bit',
      content: `Vi vet när ni stänger och när personalen går hem.

1 000 euro i Monero till ${freshXmr('batch10-sv-restaurant')} inom 7 dagar. Betalar ni inte kommer det att brinna.
`,
    }],
  },
  {
    file: 'extortion/en-batch10-dating-chat.eml',
    expect: 'suspected',
    covers: 'a known miss until the round-8 session (batch 10, fresh, untuned; held material in words no lexicon has (messages, pictures, screenshots)), caught since by the frame pay-or-receive: dating-app chat screenshots, "$500 in bitcoin within 72 hours", "your employer will receive the screenshots", HTML only',
    from: 'Jess <jess.dates@chat-mail.invalid>',
    to: 'tom.baker@example.com',
    subject: 'Screenshots',
    subjectEncoding: 'raw',
    date: 'Thu, 26 Jun 2025 22:00:00 +0000',
    parts: [{
      type: 'text/html', charset: 'utf-8', encoding: 'quoted-printable',
      content: `<html><body><p>Tom, I saved every message and picture you sent me on the dating app.</p><p>Send $500 in bitcoin to <b>${freshBtcBech32('batch10-en-dating')}</b> within 72 hours. Otherwise your employer will receive the screenshots.</p></body></html>`,
    }],
  },
  {
    file: 'extortion/en-batch10-medical-clinic-eth.eml',
    expect: 'none',
    covers: 'known miss (batch 10, fresh, untuned; held data (prescriptions, test results) and threat ("posted on a public forum") in words no lexicon has): clinic patient extortion in Ethereum, test results and prescriptions held, 10 days, list of data',
    from: 'Data Holders <holders@med-leak.invalid>',
    to: 'lucy.ward@example.com',
    subject: 'Your prescriptions and test results',
    subjectEncoding: 'raw',
    date: 'Fri, 27 Jun 2025 09:00:00 +0000',
    parts: [{
      type: 'text/plain', charset: 'utf-8', encoding: '7bit',
      content: `Lucy Ward,

we copied your file from Riverside Medical: prescriptions, test results, insurance number.

Pay 0.1 ETH to ${freshEth('batch10-en-clinic')} within 10 days and your file is removed from our copy. If not, it will be posted on a public forum with your name.
`,
    }],
  },
];
