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

/**
 * [language, family, sentence, cue]: one sentence per campaign-template family and language,
 * worded the way machine-translated templates word it (not the lexicon's own phrase), that
 * must produce the family's cue.
 */
const TEMPLATE_FAMILIES: readonly (readonly [string, string, string, Cue])[] = [
  ['en', 'hacker-claim', 'I represent a well-known international group of hackers and I have been watching you for a few months.', 'hacker-claim'],
  ['en', 'compromising-material', 'Your antivirus is silent because the malware updates its signature every few hours; all your data has been copied to my servers.', 'compromising-material'],
  ['en', 'recording', 'On the left half of the screen is the clip you chose, on the other half you are satisfying yourself.', 'recording'],
  ['en', 'direct-threat', 'With one click I can send that video to all your e-mail contacts and social networks.', 'direct-threat'],
  ['en', 'no-police', 'If I find out that you shared this message with anyone, the video goes out at once.', 'no-police'],
  ['en', 'deadline', 'Once you open this email I will get a notification, and you have two days.', 'deadline'],
  ['en', 'held-data', 'I know all your little and big secrets.', 'held-data'],
  ['en', 'consequence', 'You have two options. Think before you make the wrong choice: I don\'t make mistakes.', 'consequence'],
  ['en', 'accusation', 'Legal proceedings have been initiated against you following a computer seizure.', 'accusation'],
  ['en', 'summons', 'Without an answer your file will be forwarded to the prosecutor.', 'summons'],
  ['en', 'violence-threat', 'My men are watching you, and you will never see your family again.', 'violence-threat'],
  ['en', 'payment-demand', 'If you want to prevent this, pay for my silence.', 'payment-demand'],
  ['fi', 'hacker-claim', 'Edustan tunnettua kansainvälistä hakkeriryhmää ja olen seurannut sinua jo muutaman kuukauden.', 'hacker-claim'],
  ['fi', 'compromising-material', 'Virustorjuntasi ei huomaa mitään, koska ohjelma päivittää allekirjoituksensa, ja kaikki tiedot on kopioitu palvelimilleni.', 'compromising-material'],
  ['fi', 'recording', 'Näytön vasemmassa puoliskossa on videota jota katsoit, oikeassa tyydytit itseäsi.', 'recording'],
  ['fi', 'direct-threat', 'Yhdellä napsautuksella voin lähettää tämän videon jokaiselle sähköpostikontaktillesi.', 'direct-threat'],
  ['fi', 'no-police', 'Jos huomaan, että jaoit tämän viestin jonkun kanssa, video lähtee heti.', 'no-police'],
  ['fi', 'deadline', 'Ajastin käynnistyy heti, kun avaat tämän viestin.', 'deadline'],
  ['fi', 'held-data', 'Tiedän kaikki pienet ja suuret salaisuutesi.', 'held-data'],
  ['fi', 'consequence', 'Sinulla on kaksi vaihtoehtoa. Älä pilaa elämääsi väärällä valinnalla.', 'consequence'],
  ['fi', 'accusation', 'Teitä vastaan on aloitettu oikeudenkäynti tietokoneen takavarikoinnin jälkeen.', 'accusation'],
  ['fi', 'summons', 'Ellette vastaa, asiakirjanne siirretään syyttäjälle.', 'summons'],
  ['fi', 'violence-threat', 'Mieheni tarkkailevat sinua, etkä enää koskaan näe perhettäsi.', 'violence-threat'],
  ['fi', 'payment-demand', 'Jos haluat estää tämän, maksa hiljaisuuteni hinta.', 'payment-demand'],
  ['sv', 'hacker-claim', 'Jag representerar en välkänd internationell hackergrupp och har övervakat din aktivitet i flera månader.', 'hacker-claim'],
  ['sv', 'compromising-material', 'Ditt antivirus är tyst eftersom programmet uppdaterar sin signatur, och all din data har kopierats till mina servrar.', 'compromising-material'],
  ['sv', 'recording', 'På skärmens vänstra halva syns klippet, på den högra tillfredsställde du dig själv.', 'recording'],
  ['sv', 'direct-threat', 'Med ett klick kan jag skicka den här videon till alla dina e-postkontakter.', 'direct-threat'],
  ['sv', 'no-police', 'Om jag får reda på att du har delat detta meddelande med någon, går videon ut direkt.', 'no-police'],
  ['sv', 'deadline', 'Timern startar så fort du öppnar detta mejl.', 'deadline'],
  ['sv', 'held-data', 'Jag känner till dina små och stora hemligheter.', 'held-data'],
  ['sv', 'consequence', 'Du har två alternativ. Förstör inte ditt liv genom ett felaktigt val.', 'consequence'],
  ['sv', 'accusation', 'Rättsliga förfaranden har inletts mot dig efter ett beslag av din dator.', 'accusation'],
  ['sv', 'summons', 'Utan svar överlämnas din akt till åklagaren; din akt överlämnas till åklagaren inom 72 timmar.', 'summons'],
  ['sv', 'violence-threat', 'Mina män bevakar dig, och du kommer aldrig att se din familj igen.', 'violence-threat'],
  ['sv', 'payment-demand', 'Om du vill förhindra detta, betala priset för min tystnad.', 'payment-demand'],
  ['et', 'hacker-claim', 'Esindan tuntud rahvusvahelist häkkerite rühma ja olen sind mitu kuud jälginud.', 'hacker-claim'],
  ['et', 'compromising-material', 'Sinu viirusetõrje ei tuvasta midagi, sest programm uuendab oma signatuuri; kõik sinu andmed on kopeeritud minu serveritesse.', 'compromising-material'],
  ['et', 'recording', 'Ekraani vasakus pooles on klipp, paremas pooles rahuldasid ennast.', 'recording'],
  ['et', 'direct-threat', 'Ühe klikiga saadan sinu video kõigile su e-posti kontaktidele.', 'direct-threat'],
  ['et', 'no-police', 'Kui ma saan teada, et sa jagasid seda kirja kellegagi, läheb video kohe välja.', 'no-police'],
  ['et', 'deadline', 'Taimer käivitub niipea, kui sa selle kirja avad.', 'deadline'],
  ['et', 'held-data', 'Ma tean sinu väikesi ja suuri saladusi.', 'held-data'],
  ['et', 'consequence', 'Sul on kaks võimalust. Ära riku oma elu vale valikuga.', 'consequence'],
  ['et', 'accusation', 'Teie vastu on algatatud kriminaalmenetlus pärast arvuti arestimist.', 'accusation'],
  ['et', 'summons', 'Vastuse puudumisel teie toimik edastatakse prokuratuurile.', 'summons'],
  ['et', 'violence-threat', 'Minu mehed jälgivad sind ja sa ei näe oma perekonda enam kunagi.', 'violence-threat'],
  ['et', 'payment-demand', 'Kui soovid seda vältida, maksa minu vaikimise hind.', 'payment-demand'],
  // Second wordings of the same families, as another translation of the template puts them.
  ['en', 'hacker-claim', 'Your device was infected with my private malware.', 'hacker-claim'],
  ['en', 'compromising-material', 'My software gathered all of your contacts from your Messenger and Facebook.', 'compromising-material'],
  ['en', 'no-police', 'Don\'t even think about going to the police: they will never find me.', 'no-police'],
  ['en', 'consequence', 'You have got just two possibilities.', 'consequence'],
  ['fi', 'no-police', 'On turha ottaa yhteyttä poliisiin, poliisi ei koskaan löydä minua.', 'no-police'],
  ['fi', 'recording', 'Olen nauhoittanut sinut ja tallentanut näyttösi.', 'recording'],
  ['sv', 'no-police', 'Tänk inte ens på att kontakta polisen.', 'no-police'],
  ['sv', 'hacker-claim', 'Jag fick åtkomst till dina enheter via din router.', 'hacker-claim'],
  ['et', 'no-police', 'Ära mõtlegi politseisse pöörduda.', 'no-police'],
  ['et', 'recording', 'Salvestasin sinu ekraani ja olen sind filminud.', 'recording'],
];

/** [language, what the mail is, text, sender]: whole messages made only of template sentences, with no payment line. */
const TEMPLATE_MAILS: readonly (readonly [string, string, string, Sender?])[] = [
  ['en', 'split-screen claim quoted without its payment line',
    'I represent a well-known international group of hackers. I infected your device months ago and your antivirus is silent. I made a video: the left half of the screen shows the clip you chose, the right half shows you satisfying yourself.'],
  ['en', 'hitman opener',
    'Someone paid me to deal with you. My men are watching you. If you go to the police you will never see your family again.'],
  ['fi', 'jaetun näytön väite ilman maksuriviä',
    'Edustan tunnettua kansainvälistä hakkeriryhmää. Tartutin laitteesi kuukausia sitten, eikä virustorjuntasi huomannut mitään. Näytön vasemmassa puoliskossa on videota jota katsoit, oikeassa puoliskossa tyydytit itseäsi.'],
  ['fi', 'väärennetty kutsu ilman summaa', 'Teitä vastaan on aloitettu oikeudenkäynti lapsipornografian vuoksi. Teillä on 72 tuntia aikaa, muuten asiakirjanne siirretään syyttäjälle.', { senderName: 'Keskusrikospoliisi' }],
  ['sv', 'delad skärm utan betalningsrad',
    'Jag representerar en välkänd internationell hackergrupp. Jag infekterade din enhet för flera månader sedan och ditt antivirus är tyst. På skärmens vänstra halva syns klippet, på den högra tillfredsställde du dig själv. Med ett klick kan jag skicka den här videon till alla dina kontakter.'],
  ['sv', 'torped', 'Mina män bevakar dig. Om du kontaktar polisen kommer du aldrig att se din familj igen.'],
  ['et', 'jagatud ekraani väide ilma makseta',
    'Esindan tuntud rahvusvahelist häkkerite rühma. Nakatasin su seadme kuid tagasi ja sinu viirusetõrje ei tuvasta midagi. Ekraani vasakus pooles on klipp, paremas pooles rahuldasid ennast.'],
  ['et', 'palgamõrvari algus', 'Minu mehed jälgivad sind. Kui pöördud politseisse, ei näe sa oma perekonda enam kunagi.'],
];

/**
 * [language, what the mail is, text, sender]: honest mail in the templates' neighbourhood (an
 * antivirus vendor, a video-call app, a police letter's polite wording, a parent sharing a
 * school video), each with something that could tip a rule: none may be `suspected`.
 */
const TEMPLATE_LOOKALIKES: readonly (readonly [string, string, string, Sender?])[] = [
  // "Camera", not "webcam": a bare "webcam" is a recording cue in six other lexicons and tips rule 5 here.
  ['en', 'antivirus vendor notice',
    'Your antivirus detected and removed a trojan. Our engine updates its signatures every hour, and camera protection blocks any app that tries to switch the camera on without permission. Renew your licence: 0.0004 BTC to ' + ADDRESS + ' within 48 hours.'],
  ['en', 'video-call app message',
    'Your meeting recording is ready. Tip: turn on your camera and microphone before you join, use the split screen layout to see everyone, and share the video to all your contacts afterwards. Upgrade to Pro for 0.001 BTC; the offer ends in 24 hours.'],
  ['en', 'police letter to a witness',
    'Dear Ms Smith, we would like to take a witness statement about the burglary you reported on 3 May. Your statement will be forwarded to the prosecutor together with the case file. Please call us within 14 days to arrange a time.', { senderName: 'City Police' }],
  ['en', 'parent sharing the school play',
    'Hi all, I filmed the school play and I will send the video to all the parents tonight. If you would like a copy on a USB stick, please pay 5 euros to the class fund by Friday. It is up to you!'],
  ['fi', 'virustorjunnan ilmoitus',
    'Virustorjuntasi havaitsi ja poisti troijalaisen. Ohjelma päivittää tunnisteensa tunnin välein, ja kamerasuoja estää sovelluksia käynnistämästä kameraa ilman lupaa. Jatka lisenssiä: 0,0004 BTC osoitteeseen ' + ADDRESS + ' 48 tunnin kuluessa.'],
  ['fi', 'videopuhelusovellus',
    'Kokouksesi tallenne on valmis. Vinkki: kytke kamerasi ja mikrofonisi päälle ennen liittymistä. Voit jakaa videon kollegoillesi. Pro-versio maksaa 0,001 BTC, tarjous voimassa 24 tuntia.'],
  ['fi', 'poliisin kirje todistajalle',
    'Hyvä vastaanottaja, pyydämme teitä saapumaan kuultavaksi todistajana 12.5. klo 10. Asia siirretään syyttäjälle esitutkinnan päätyttyä. Ilmoittakaa 14 päivän kuluessa, mikäli aika ei sovi.', { senderName: 'Poliisi' }],
  ['fi', 'vanhempi jakaa koulun videon',
    'Hei vanhemmat! Kuvasin koulun joulujuhlan, ja lapset näkevät videon maanantaina. Jos haluat videon muistitikulla, maksa 5 euroa luokkakassaan perjantaihin mennessä. Se on sinusta kiinni!'],
  ['sv', 'antivirusföretagets meddelande',
    'Ditt antivirusprogram hittade en trojan och satte den i karantän. Motorn uppdaterar sina signaturer varje timme. Förnya licensen: 0,0004 BTC till ' + ADDRESS + ' inom 48 timmar.'],
  ['sv', 'videosamtalsapp',
    'Din mötesinspelning är klar. Tips: slå på din kamera och mikrofon innan du ansluter och använd delad vy för att se alla. Uppgradera till Pro för 0,001 BTC, erbjudandet gäller i 24 timmar.'],
  ['sv', 'polisens brev till ett vittne',
    'Hej! Vi vill att du lämnar ett vittnesmål om inbrottet den 3 maj. Ärendet överlämnas till åklagare när förundersökningen är klar. Ring oss inom 14 dagar för att boka en tid.', { senderName: 'Polismyndigheten' }],
  ['sv', 'förälder delar skolfilmen',
    'Hej föräldrar! Jag filmade skolavslutningen och skickar filmen till alla föräldrar i kväll. Vill du ha den på USB-minne, betala 50 kronor till klasskassan senast fredag. Valet är ditt!'],
  ['et', 'viirusetõrje teade',
    'Teie viirusetõrje tuvastas ja eemaldas troojalase. Programm uuendab oma signatuure iga tund. Pikendage litsentsi: 0,0004 BTC aadressile ' + ADDRESS + ' 48 tunni jooksul.'],
  ['et', 'videokõne rakendus',
    'Teie koosoleku salvestis on valmis. Nõuanne: lülita sinu kaamera ja mikrofon sisse enne liitumist ja jaga video kõigile sinu kolleegidele. Pro-versioon maksab 0,001 BTC, pakkumine kehtib 24 tundi.'],
  ['et', 'politsei kiri tunnistajale',
    'Tere! Palume teil tulla tunnistajana ütlusi andma 12. mail kell 10. Pärast uurimist edastatakse kriminaalasja materjalid prokuratuurile. Andke palun 14 päeva jooksul teada, kui aeg ei sobi.', { senderName: 'Politsei- ja Piirivalveamet' }],
  ['et', 'lapsevanem jagab kooli videot',
    'Tere, lapsevanemad! Filmisin jõulupeo ja lapsed näevad videot esmaspäeval. Kui soovite videot mälupulgal, makske 5 eurot klassi kassasse reedeni. Valik on teie!'],
];

describe('lexicons en, fi, sv, et: the campaign templates, family by family', () => {
  it.each(TEMPLATE_FAMILIES)('%s %s: "%s"', (_language, _family, text, cue) => {
    expect([...cuesOf(text)]).toContain(cue);
  });

  for (const [language, what, text, sender] of TEMPLATE_MAILS) {
    it(`${language}: ${what} is suspected`, () => {
      const r = assess(text, sender);
      expect(r.suspected, JSON.stringify({ near: r.nearMisses.slice(0, 2), counter: r.counterSignals })).toBe(true);
    });
  }

  for (const [language, what, text, sender] of TEMPLATE_LOOKALIKES) {
    it(`${language}: ${what} is not flagged`, () => {
      const r = assess(text, sender);
      expect(r.suspected, JSON.stringify({ rule: r.rule, findings: r.findings })).toBe(false);
    });
  }
});
