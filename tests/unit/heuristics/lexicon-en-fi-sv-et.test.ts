/**
 * The English, Finnish, Swedish and Estonian lexicons against the families of real campaigns
 * (sextortion templates, fake police summonses, bomb threats, hitman and kidnapping mails,
 * data extortion, threats to crypto customers) and against the way police, CERTs and newsrooms
 * describe them. Every sentence here was written for this test in the style of those
 * campaigns; none is copied from a mail or an article.
 */
import { describe, expect, it } from 'vitest';
import { findCues } from '../../../utils/core/heuristics/cues';
import type { Cue } from '../../../utils/core/heuristics/lexicon';
import { foldForMatching } from '../../../utils/core/text/normalize';
import { freshBtcBech32 } from '../../corpus/src/addresses';
import { assessMessage, type Sender } from './prepared';

const assess = (bodyRaw: string, sender: Sender = {}) => assessMessage('!', bodyRaw, [], sender);

const cuesOf = (text: string): ReadonlySet<Cue> => new Set(findCues(foldForMatching(text)).keys());

const ADDRESS = freshBtcBech32('lexicon-en-fi-sv-et');
const SELF = { senderAddress: 'reader@example.com', recipients: ['reader@example.com'] };

/** [language, what the mail is, text, how it is sent]: each must come out `suspected`. */
const CAMPAIGNS: readonly (readonly [string, string, string, Sender?])[] = [
  ['en', 'hacked-device sextortion, address in a QR code',
    'Hello pervert. I have been monitoring you for a few months: I installed a trojan on your devices while you browsed adult sites, and I made a split-screen video of you satisfying yourself. Send $1500 in bitcoin to my wallet (scan the QR code). The timer started when you opened this email: you have 48 hours. If I do not see the payment, I will send out your video to all your contacts. Once the funds are received, I will delete everything.'],
  ['en', 'sent-from-your-account sextortion with no payment line',
    'As you may have noticed, I sent this email from your account. I have full access to your device: my spyware recorded you through your webcam while you were watching porn. I will send the video to everyone in your contact list.', SELF],
  ['en', 'fake Europol summons',
    'EUROPOL - Protection of Minors. Following a seizure of your computer, proceedings against you have been opened for child pornography, exhibitionism and cyber pornography. You have 72 hours to send your justifications, otherwise an arrest warrant will be issued.'],
  ['en', 'bomb threat',
    'My mercenary has placed an explosive device (tetryl) in the building where your business is located. If you do not transfer $20,000 in bitcoin by the end of the working day, it will detonate.'],
  ['en', 'hitman',
    'I was paid to kill you. If you want to live, you must pay me 2 btc within 48 hours and I will tell you who ordered it.'],
  ['en', 'data extortion against a company',
    'We hacked the company and copied your customer database. Pay 3 BTC to ' + ADDRESS + ' within 72 hours, or we will publish the data and send it to the media.'],
  ['fi', 'konekäännetty sekstortio',
    'Sain pääsyn laitteisiisi muutama kuukausi sitten ja asensin troijalaisen. Tein videon, jossa tyydytät itseäsi aikuisviihdesivustoa katsoessasi. Siirrä 1200 euron arvosta bitcoinia lompakkooni. Ajastin käynnistyi, kun avasit tämän viestin: sinulla on 48 tuntia. Muuten lähetän videon kaikille yhteystiedoillesi. Kun saan maksun, poistan kaiken.'],
  ['fi', 'sekstortio ilman ääkkösiä',
    'Olen hakkeri. Asensin haittaohjelman ja kuvasin sinua web-kamerasi kautta kun katselit pornoa. Laheta 800 euroa bitcoineina 48 tunnin kuluessa tai lahetan videon perheellesi ja tyokavereillesi.'],
  ['fi', 'väärennetty poliisin kutsu',
    'KESKUSRIKOSPOLIISI / EUROPOL. Teitä vastaan on aloitettu oikeudenkäynti lapsipornografian ja ekshibitionismin vuoksi. Teillä on 72 tuntia aikaa lähettää perustelunne, muuten annetaan pidätysmääräys.'],
  ['fi', 'pommiuhkaus',
    'Rakennuksessanne on räjähde. Se räjähtää tänään, jos ette siirrä 0,5 BTC osoitteeseen ' + ADDRESS + ' ennen työpäivän loppua.'],
  ['fi', 'palkkamurhaaja',
    'Minulle maksettiin, jotta tappaisin sinut. Jos haluat elää, maksa 1 bitcoin 48 tunnin kuluessa.'],
  ['sv', 'maskinöversatt sextortion',
    'Jag har fått tillgång till dina enheter och installerade en trojan. Jag spelade in en video där du onanerar framför en porrsajt. Överför 1200 USD i bitcoin till min plånbok. Timern startade när du öppnade detta mejl: du har 48 timmar. Annars skickar jag videon till alla dina kontakter. Så snart pengarna har kommit raderar jag allt.'],
  ['sv', 'falsk polis kallelse',
    'POLISMYNDIGHETEN / EUROPOL. Rättsliga åtgärder har inletts mot dig för barnpornografi och exhibitionism. Du har 72 timmar att skicka dina motiveringar, annars utfärdas en arresteringsorder.'],
  ['sv', 'bombhot',
    'Min man har placerat en sprängladdning i er byggnad. Om ni inte överför 20 000 dollar i bitcoin före arbetsdagens slut detonerar den.'],
  ['sv', 'kidnappningshot',
    'Ditt liv är i fara. Om du inte betalar 0,05 bitcoin inom två dagar kommer vi att kidnappa dig. Kontakta inte polisen.'],
  ['fi', 'vakoiluohjelma ja ehdollinen vaatimus',
    'Tietokoneellesi on asennettu vakoiluohjelma ja yhteystietosi on kopioitu. Jos en saa 500 euroa bitcoineina kahden vuorokauden kuluessa, julkaisen tallenteen kaikille kontakteillesi.'],
  ['sv', 'dataintrång i ett företag',
    'Vi har hackat ert företag och kopierat kundregistret. Betala 2 BTC inom 72 timmar, annars publicerar vi uppgifterna och skickar dem till media.'],
  ['et', 'masintõlkega seksuaalne väljapressimine',
    'Sain juurdepääsu sinu seadmetele ja installisin troojalase. Salvestasin video, kus sa masturbeerid täiskasvanute saiti vaadates. Kanna 1200 eurot bitcoinides minu rahakotti. Taimer käivitus, kui sa selle kirja avasid: sul on 48 tundi. Vastasel juhul saadan video kõigile sinu kontaktidele. Kohe kui raha on laekunud, kustutan kõik.'],
  ['et', 'võltsitud politsei kutse',
    'POLITSEI- JA PIIRIVALVEAMET / EUROPOL. Teie suhtes on algatatud kohtumenetlus lapspornograafia ja küberpornograafia tõttu. Teil on 72 tundi aega saata oma põhjendused, vastasel juhul antakse välja vahistamismäärus.'],
  ['et', 'pommiähvardus',
    'Teie hoonesse on paigutatud lõhkekeha. See plahvatab, kui te ei kanna tööpäeva lõpuni 0,5 BTC aadressile ' + ADDRESS + '.'],
  ['et', 'Ledgeri klientide ähvardus',
    'Teie kodune aadress lekkis klientide andmebaasist. Kui te ei maksa 24 tunni jooksul 0,3 BTC, tuleme teie koju. Teie ja teie lähedastega võib juhtuda mida tahes.'],
  ['en', 'Pegasus spyware', 'I installed Pegasus on your phone. I have screenshots and videos of you. Pay 0.03 BTC or I send them to your relatives.'],
  ['fi', 'Pegasus-vakoiluohjelma', 'Asensin Pegasus-vakoiluohjelman puhelimeesi. Minulla on kuvakaappauksia ja videoita sinusta. Maksa 0,03 BTC tai lähetän ne sukulaisillesi.'],
  ['sv', 'Pegasus', 'Jag har installerat Pegasus på din telefon och har skärmdumpar och videor av dig. Betala 0,03 BTC, annars skickar jag dem till dina släktingar.'],
  ['et', 'Pegasuse nuhkvara', 'Installisin sinu telefoni Pegasuse nuhkvara. Mul on sinust ekraanipilte ja videoid. Maksa 0,03 BTC või saadan need sinu sugulastele.'],
  ['fi', 'sieppausuhkaus', 'Olemme siepanneet tyttäresi. Jos haluat nähdä hänet vielä, lähetä 2 BTC 24 tunnin kuluessa.'],
  ['et', 'inimröövi ähvardus', 'Röövisime teie tütre. Kui soovite teda veel näha, saatke 24 tunni jooksul 2 BTC.'],
  ['et', 'patsiendiandmete väljapressimine', 'Meil on teie patsiendiandmed. Kui te ei maksa 24 tunni jooksul 200 eurot bitcoinides, avaldame need kõigile nähtavaks.'],
];

/** [language, what the text is, text]: police, CERT and newsroom texts that quote the scams; each must stay `none`. */
const WARNINGS: readonly (readonly [string, string, string])[] = [
  ['en', 'police bulletin quoting a sextortion mail',
    'Police are warning residents about a sextortion scam doing the rounds. The email claims the sender installed a trojan on your devices and recorded you through your webcam, and threatens to send the video to all your contacts unless you pay $1500 in bitcoin within 48 hours. Do not pay, do not reply to the sender, and report the email to the police.'],
  ['en', 'news about a fake Europol summons',
    'Fraudsters impersonating Europol are sending fake summonses that accuse recipients of child pornography and demand a fine within 72 hours. Police say these emails are fake and urge anyone who receives one to ignore the email.'],
  ['fi', 'poliisin tiedote sekstortiosta',
    'Poliisi varoittaa: liikkeellä on kiristysviestejä, joissa kiristäjä väittää asentaneensa troijalaisen ja kuvanneensa vastaanottajan web-kameralla. Viestissä vaaditaan 1200 euroa bitcoineina 48 tunnin kuluessa, muuten video lähetetään kaikille yhteystiedoille. Älä maksa, älä vastaa viestiin ja tee rikosilmoitus.'],
  ['fi', 'uutinen väärennetystä poliisin kutsusta',
    'Huijarit lähettävät Keskusrikospoliisin nimissä viestejä, joissa vastaanottajia syytetään lapsipornografiasta ja vaaditaan vastausta 72 tunnin kuluessa. Poliisin mukaan viestit ovat huijausta, eikä niihin kannata vastata.'],
  ['sv', 'polisens varning om utpressningsmejl',
    'Polisen varnar för utpressningsmejl där avsändaren påstår att han har hackat mottagarens dator och filmat hen via webbkameran. I mejlet krävs 1200 dollar i bitcoin inom 48 timmar, annars ska videon skickas till alla kontakter. Betala inte, svara inte och gör en polisanmälan.'],
  ['sv', 'nyhet om falska polismejl',
    'Falska mejl som uppges komma från Polismyndigheten och Europol anklagar mottagarna för barnpornografi och kräver svar inom 72 timmar. Enligt polisen är det bluff och man ska inte svara.'],
  ['et', 'politsei hoiatus väljapressimiskirjade eest',
    'Politsei hoiatab: levivad väljapressimiskirjad, milles petturid väidavad, et on paigaldanud ohvri arvutisse pahavara ja filminud teda veebikaamera kaudu. Kirjas nõutakse 48 tunni jooksul 1200 eurot bitcoinides, vastasel juhul saadetakse video kõigile kontaktidele. Ärge makske, ärge vastake ja teatage politseile.'],
  ['et', 'uudis võltsitud politseikirjast',
    'Petturid saadavad politsei nimel e-kirju, milles saajat süüdistatakse lapspornograafias ja nõutakse 72 tunni jooksul vastust. Politsei sõnul on tegemist petukirjaga ja see tuleb kustutada.'],
  ['fi', 'uutinen pommiuhkauksista ilman neuvoja',
    'Yritykset ovat saaneet sähköposteja, joissa uhataan räjäyttää pommi, ellei bitcoineja makseta. Poliisi pitää uhkauksia perättöminä.'],
  ['sv', 'nyhet om bombhot utan råd',
    'Flera skolor fick på måndagen mejl med bombhot där avsändaren krävde bitcoin. Polisen bedömer att hotet inte är allvarligt.'],
  ['et', 'uudis pommiähvardustest ilma nõuanneteta',
    'Mitu kooli said esmaspäeval pommiähvardusega e-kirja, milles nõuti bitcoine. Politsei hinnangul ei ole oht tõsiseltvõetav.'],
  // Reports that retell a mail in the third person, without a word of advice.
  ['fi', 'uutinen Vastaamo-kiristyksestä', 'Sähköpostihuijari väittää kuvanneensa vastaanottajaa web-kameralla ja uhkaa lähettää videon tämän yhteystiedoille, ellei tämä maksa 1000 euroa bitcoineina 48 tunnin kuluessa.'],
  ['sv', 'nyhet om patientjournaler', 'Hackare stal journaler från tiotusentals patienter och kräver nu 200 euro i bitcoin inom 24 timmar av varje patient. Annars hotar de att publicera terapeuternas anteckningar. Centralkriminalpolisen utreder.'],
  ['et', 'uudis võltsitud Europoli kirjadest', 'Inimeste postkastidesse on jõudnud kirjad, mis on justkui saadetud Europolist. Kirjas teatatakse, et adressaadi vastu on alustatud kohtumenetlust lapspornograafia levitamise eest, ning palutakse 72 tunni jooksul saata selgitused. Vastasel juhul edastatakse toimik meediale.'],
  ['et', 'uudis koolide pommiähvardustest', 'Eesti koolid said pommiähvardusi. Kirjade saatja nõudis 20 000 dollarit bitcoinides ja ähvardas, et lõhkekeha plahvatab.'],
  ['en', 'news about clinic extortion', 'Hackers stole records of 40,000 patients of a psychotherapy clinic and are now emailing them, threatening to publish their therapy notes unless each pays 200 euros in bitcoin within 24 hours. Police are investigating.'],
  // A whole quoted mail with one line that says whose it was.
  ['en', 'quoted mail with an attribution', '"Your device has been hacked. I recorded a video of you masturbating. Pay 1000 euros in bitcoin within 48 hours or I will send the video to all your contacts," read the email a Leeds man received.'],
  ['fi', 'lainattu viesti ja lähde', '"Laitteesi on hakkeroitu. Tallensin videon, jossa masturboit. Maksa 1000 euroa bitcoineina 48 tunnin kuluessa tai lähetän videon kaikille yhteystiedoillesi", kuului helsinkiläiselle lähetetty sähköposti.'],
  ['sv', 'citerat mejl med källa', '"Din enhet är hackad. Jag spelade in en video när du onanerade. Betala 1000 euro i bitcoin inom 48 timmar, annars skickar jag videon till alla dina kontakter", stod det i mejlet som en Göteborgsbo fick.'],
  ['et', 'tsiteeritud kiri ja allikas', '"Sinu seade on häkitud. Ma salvestasin video, kus sa masturbeerid. Maksa 48 tunni jooksul 1000 eurot bitcoinides, muidu saadan video kõigile sinu kontaktidele," kirjutati Tartu elanikule saadetud e-kirjas.'],
  ['et', 'PPA teade võltsitud Europoli kirjadest', 'Politsei- ja piirivalveamet andis teada, et inimestele saadetakse kirju, mis näivad olevat pärit Europolist. Kirjas süüdistatakse adressaati lapspornograafias ja pedofiilias ning nõutakse 72 tunni jooksul vastust, vastasel juhul edastatakse toimik meediale.'],
];

/** Honest mail in the same words' neighbourhood: none may be `suspected`. */
const HONEST: readonly (readonly [string, string, string])[] = [
  ['en', 'meetup recording', 'The talks will be recorded and the video will be published on our channel. Tickets cost 0.0005 BTC; pay by Friday to ' + ADDRESS + '.'],
  ['en', 'collection letter', 'We do not wish to intimidate you, but invoice 2231 is overdue. Pay 120 EUR in bitcoin to ' + ADDRESS + ' within 14 days, otherwise a late fee applies.'],
  ['en', 'holiday greeting', 'Warm wishes to you and your loved ones. Our shop now accepts bitcoin; you can pay at checkout until 31 December.'],
  ['fi', 'webinaarin tallenne', 'Webinaarin tallenne julkaistaan ensi viikolla. Osallistumismaksu 20 € maksetaan bitcoineina osoitteeseen ' + ADDRESS + ' perjantaihin mennessä.'],
  ['fi', 'tarjous', 'Kaappaa tarjous! Maksa kätevästi bitcoineina, tarjous voimassa 48 tuntia.'],
  ['sv', 'restaurang', 'Välkommen till vår restaurang i byggnaden där vi öppnade i fjol. Betala gärna i bitcoin, erbjudandet gäller i 48 timmar.'],
  ['et', 'restoran', 'Meie menüüs on nüüd pommes frites. Makske bitcoinides, pakkumine kehtib 48 tundi.'],
  ['et', 'renoveerimine', 'Teie hoones toimub remont. Makske ühistu tasu 24 tunni jooksul aadressile ' + ADDRESS + '.'],
  ['et', 'jagatud dokument', 'Tere, sain juurdepääsu sinu dokumendile, aitäh! Parool on kirjas eraldi. Maksa 20 eurot bitcoinides homseni.'],
  ['en', 'arrest news', 'The police arrested a man suspected of child pornography offences. He was held for 48 hours and charged, prosecutors said.'],
  ['sv', 'nyhet om gripande', 'Polisen: en man har gripits misstänkt för barnpornografibrott. Han anhölls i 72 timmar, uppger åklagaren.'],
  ['et', 'uudis kinnipidamisest', 'Politsei teatab: Tallinnas peeti kinni mees, keda kahtlustatakse lapsporno levitamises. Kahtlustatav vahistati 48 tunniks.'],
  // Idioms that once read as threats, hacks or recordings.
  ['en', 'crypto newsletter idioms', 'Bitcoin prices may explode this week; we will shoot you an email when they do. Take your life to the next level: if you want to live well, you can pay for premium with bitcoin within 24 hours.'],
  ['en', 'password reset', 'We received a request from your email address to reset your password. Your invoice for 0.001 BTC is due within 48 hours.'],
  ['fi', 'kuittaus ja salasana', 'Kiitos sähköpostistasi! Salasanan vaihtolinkki lähetettiin. Maksa tilaus 0,001 BTC 48 tunnin kuluessa.'],
  ['fi', 'putkimies', 'Tulen kotiisi huomenna korjaamaan hanan. Tapamme on, että maksat 50 € bitcoineina 48 tunnin kuluessa.'],
  ['fi', 'hääkuvaaja', 'Tein videon häistänne. Maksa 200 € bitcoineina osoitteeseen ' + ADDRESS + ' 48 tunnin kuluessa.'],
  ['sv', 'it-support', 'Skicka skärmdumpar av felet. Lösenordet till din e-postadress byts. Avgiften 0,001 BTC betalas inom 48 timmar.'],
  ['et', 'pulmavideo', 'Filmisin teie pulma. Makske 200 eurot bitcoinides aadressile ' + ADDRESS + ' 48 tunni jooksul.'],
  ['et', 'palk', 'Mulle maksti eile palka ja ma tulen sinu koju. Maksa laen 48 tunni jooksul bitcoinides tagasi.'],
  ['en', 'referral promotion', 'Send this invite to all your friends and to everyone in your contact list! Pay the 0.0001 BTC fee to ' + ADDRESS + ' within 48 hours.'],
  ['sv', 'julhälsning från en butik', 'God jul till hela din familj! Skicka gärna erbjudandet till alla dina vänner. Betala 0,001 BTC till ' + ADDRESS + ' inom 48 timmar.'],
];

describe('lexicons en, fi, sv, et: campaigns in the words real mail uses', () => {
  for (const [language, what, text, sender] of CAMPAIGNS) {
    it(`${language}: ${what} is suspected`, () => {
      const r = assess(text, sender);
      expect(r.suspected, JSON.stringify({ near: r.nearMisses.slice(0, 2), counter: r.counterSignals })).toBe(true);
    });
  }

  it.each(WARNINGS)('%s: %s reads as a warning and is not flagged', (_language, _what, text) => {
    const r = assess(text);
    expect(r.warningFraming, JSON.stringify(r.counterSignals)).toBe(true);
    expect(r.suspected).toBe(false);
  });

  it.each(HONEST)('%s: %s is not flagged', (_language, _what, text) => {
    const r = assess(text);
    expect(r.suspected, JSON.stringify(r.findings)).toBe(false);
  });
});

describe('lexicons en, fi, sv, et: single cues', () => {
  it.each([
    ['en', 'I installed a malware on the xxx site and I know your password.', ['hacker-claim', 'compromising-material']],
    ['en', 'I made a double video: the clip you watched and you jerking off.', ['recording']],
    ['en', 'After receiving the payment I will destroy the footage and you will never hear from me again.', ['payment-demand', 'pay-to-delete']],
    ['en', 'Your file will be passed to the media and you will be registered as a sex offender.', ['direct-threat', 'accusation']],
    ['en', 'Do not reply to the sender and ignore such emails.', ['advice']],
    ['en', 'The fraudsters claim to have hacked the recipients and demanded bitcoin.', ['reporting']],
    ['fi', 'Olen seurannut sinua ja tiedän salasanasi.', ['hacker-claim']],
    ['fi', 'Jos et maksa, lahetan videon perheellesi.', ['direct-threat', 'audience', 'consequence']],
    ['fi', 'Poistan videon heti kun saan maksun.', ['pay-to-delete', 'payment-demand']],
    ['fi', 'Lapsipornografia, pedofiilia ja ekshibitionismi.', ['accusation']],
    ['fi', 'Viesti on huijaus, eikä siihen kannata vastata. Poista viesti.', ['advice']],
    ['fi', 'Poliisin mukaan kiristäjät väittävät kuvanneensa uhreja.', ['reporting']],
    ['sv', 'Jag har fått tillgång till din dator och installerat en trojan.', ['hacker-claim', 'compromising-material']],
    ['sv', 'Jag skickar videon till alla dina kontakter.', ['direct-threat']],
    ['sv', 'Så snart pengarna kommit raderar jag videon och lämnar dig ifred.', ['payment-demand', 'pay-to-delete']],
    ['sv', 'Det är bluff, betala inte och radera mejlet.', ['advice']],
    ['sv', 'Bedragarna påstår att de har filmat mottagarna, uppger polisen.', ['reporting']],
    ['et', 'Olen sind jälginud ja tean sinu parooli.', ['hacker-claim']],
    ['et', 'Saadan selle video kõigile sinu kontaktidele.', ['direct-threat']],
    ['et', 'Kohe kui raha on laekunud, kustutan kõik.', ['payment-demand', 'pay-to-delete']],
    ['et', 'Tegemist on petukirjaga, ärge makske ja kustutage see.', ['advice']],
    ['et', 'Politsei sõnul väidavad petturid, et neil on ohvri videod.', ['reporting']],
  ] as const)('%s: "%s"', (_language, text, expected) => {
    const found = cuesOf(text);
    for (const cue of expected) expect([...found], cue).toContain(cue);
  });

  it('reads no demand or threat into ordinary words of the other languages the automaton reads', () => {
    // Danish/Norwegian "overfor" (towards), Dutch "boter" (butter), Spanish "tapan" (they cover).
    const cues = findCues(foldForMatching('Han var venlig overfor mig. Boter op brood. Ellos tapan la olla.'));
    for (const cue of ['payment-demand', 'violence-threat'] as const) expect(cues.get(cue), cue).toBeUndefined();
  });

  it('negated advice in an extortion mail is not advice: "don\'t go to the police", "älä yritä", "kontakta inte"', () => {
    for (const text of [
      'If you do not pay, I will publish the video.',
      'Jos et maksa, julkaisen videon.',
      'Om du inte betalar skickar jag videon.',
      'Kui te ei maksa, saadan video.',
    ]) expect(findCues(foldForMatching(text)).get('advice'), text).toBeUndefined();
  });
});
