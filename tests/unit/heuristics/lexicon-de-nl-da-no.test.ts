import { describe, expect, it } from 'vitest';
import { findCues } from '../../../utils/core/heuristics/cues';
import type { Cue } from '../../../utils/core/heuristics/lexicon';
import { foldForMatching } from '../../../utils/core/text/normalize';
import { freshBtcBech32 } from '../../corpus/src/addresses';
import { assessMessage } from './prepared';

/**
 * The German, Dutch, Danish and Norwegian lexicons against sentences written here in the style
 * of the campaign families (sextortion templates, fake police summons, bomb, hitman, kidnapping,
 * patient-data and customer-database extortion) and of the police and newsroom texts that
 * describe them. None is copied from a real mail.
 */

function cuesOf(text: string): ReadonlyMap<Cue, readonly string[]> {
  return findCues(foldForMatching(text));
}

const assess = (bodyRaw: string) => assessMessage('', bodyRaw);

const ADDRESS = freshBtcBech32('lexicon-de-nl-da-no');

type CueCase = readonly [string, readonly Cue[]];

/** Short campaign sentences and the cues each must produce. */
const CAMPAIGN_CUES: Readonly<Record<'de' | 'nl' | 'da' | 'no', readonly CueCase[]>> = {
  de: [
    ['Ich bin ein Hacker, der Zugriff auf Ihr Betriebssystem hat.', ['hacker-claim', 'compromising-material']],
    ['Ich habe Sie seit ein paar Monaten beobachtet.', ['hacker-claim']],
    ['Ich habe ein Video gemacht, auf dem Sie sich auf einer Website für Erwachsene befriedigen.', ['recording']],
    ['Der Timer startet, sobald Sie diese E-Mail öffnen.', ['deadline']],
    ['Andernfalls sende ich das Video an alle Ihre Kollegen.', ['consequence', 'direct-threat', 'audience']],
    ['Nach Erhalt der Zahlung werde ich das Video löschen.', ['payment-demand', 'pay-to-delete']],
    ['Antworten Sie nicht auf diese E-Mail, die Adresse wurde generiert.', ['no-police']],
    ['Sie perverser! Senden Sie 1500 USD in Bitcoin an meine Geldborse.', ['recording', 'payment-demand']],
    ['Gegen Sie wird ein Verfahren wegen Kinderpornographie und Exhibitionismus eingeleitet.', ['accusation']],
    ['Sie haben 72 Stunden, um uns Ihre Rechtfertigungen zu senden. Bundespolizei, Europol.', ['accusation', 'authority-claim']],
    ['Der Sprengsatz wird explodieren.', ['violence-threat']],
    ['Ich wurde bezahlt, um Sie zu töten.', ['violence-threat']],
    ['Konsequenzen für Sie und Ihre Lieben.', ['violence-threat']],
    ['Ihre Tochter ist bei uns.', ['kidnap-threat']],
    ['Wir veröffentlichen Ihre Daten im Darknet.', ['held-data', 'exposure-threat']],
  ],
  nl: [
    ['Ik ben een hacker die toegang heeft tot je besturingssysteem.', ['hacker-claim', 'compromising-material']],
    ['Ik hou je al een paar maanden in de gaten.', ['hacker-claim']],
    ['Ik heb een video opgenomen waarop je jezelf bevredigt op een website voor volwassenen.', ['recording']],
    ['De timer begint zodra je deze e-mail opent.', ['deadline']],
    ["Anders stuur ik de video naar al je collega's.", ['consequence', 'direct-threat', 'audience']],
    ["Na ontvangst van de betaling zal ik alle video's verwijderen.", ['payment-demand', 'pay-to-delete']],
    ['Reageer niet op deze e-mail, het adres is gegenereerd.', ['no-police']],
    ['Vuile viezerik! Maak binnen 72 uur 900 euro in bitcoins over.', ['recording', 'payment-demand']],
    ['Wij starten een gerechtelijke procedure tegen u wegens kinderpornografie en exhibitionisme.', ['accusation']],
    ['U heeft 72 uur om uw rechtvaardigingen te sturen. Federale Politie.', ['accusation', 'authority-claim']],
    ['Het explosief gaat af.', ['violence-threat']],
    ['Ik ben betaald om je te vermoorden.', ['violence-threat']],
    ['Er zijn gevolgen voor u en uw dierbaren.', ['violence-threat']],
    ['Uw dochter is bij ons.', ['kidnap-threat']],
    ['Wij publiceren uw gegevens op het darkweb.', ['held-data', 'exposure-threat']],
  ],
  da: [
    ['Jeg er en hacker, der har adgang til dit operativsystem.', ['hacker-claim', 'compromising-material']],
    ['Jeg har holdt øje med dig i et par måneder.', ['hacker-claim']],
    ['Jeg har lavet en video, hvor du onanerer på en voksenside.', ['recording']],
    ['Timeren starter, når du åbner denne e-mail.', ['deadline']],
    ['Ellers sender jeg videoen til alle dine kolleger.', ['consequence', 'direct-threat', 'audience']],
    ['Når jeg har modtaget betalingen, sletter jeg videoen.', ['payment-demand', 'pay-to-delete']],
    ['Svar ikke på denne e-mail, adressen er genereret.', ['no-police']],
    ['Jeg sender optagelsen ud til dine kontakter. Overfør 1500 dollars i bitcoin.', ['direct-threat', 'payment-demand']],
    ['Vi indleder en retsforfølgelse mod dig for børnepornografi og ekshibitionisme.', ['accusation']],
    ['Du har 72 timer til at sende dine begrundelser. Rigspolitiet.', ['accusation', 'authority-claim']],
    ['Sprængladningen eksploderer.', ['violence-threat']],
    ['Jeg er blevet betalt for at dræbe dig.', ['violence-threat']],
    ['Det får konsekvenser for dig og dine kære.', ['violence-threat']],
    ['Din datter er hos os.', ['kidnap-threat']],
    ['Vi har dine personlige oplysninger og offentliggør dem på nettet.', ['held-data', 'exposure-threat']],
  ],
  no: [
    ['Jeg er en hacker som har tilgang til operativsystemet ditt.', ['hacker-claim', 'compromising-material']],
    ['Jeg har fulgt med på deg i noen måneder.', ['hacker-claim']],
    ['Jeg har laget en video der du onanerer på et nettsted for voksne.', ['recording']],
    ['Timeren starter når du åpner denne e-posten.', ['deadline']],
    ['Ellers sender jeg videoen til alle kollegene dine.', ['consequence', 'direct-threat', 'audience']],
    ['Når betalingen er mottatt, sletter jeg videoen.', ['payment-demand', 'pay-to-delete']],
    ['Ikke svar på denne e-posten, adressen er generert.', ['no-police']],
    ['Du er pervers! Send 9000 kroner i bitcoin.', ['recording', 'payment-demand']],
    ['Du anklages for barnepornografi og ekshibisjonisme.', ['accusation']],
    ['Send begrunnelser for evaluering av sanksjoner innen 72 timer. Politidirektoratet.', ['accusation', 'authority-claim']],
    ['Sprengladningen vil eksplodere.', ['violence-threat']],
    ['Jeg har fått betalt for å drepe deg.', ['violence-threat']],
    ['Det får konsekvenser for deg og dine nærmeste.', ['violence-threat']],
    ['Datteren din er hos oss.', ['kidnap-threat']],
    ['Vi publiserer personopplysningene dine og dataene dine på nettet.', ['held-data', 'exposure-threat']],
  ],
};

/** Whole campaign mails in brief, with no payment address in the text (it is in an image or a QR code). */
const EXTORTION: Readonly<Record<'de' | 'nl' | 'da' | 'no', readonly string[]>> = {
  de: [
    'Ich bin ein Hacker, der Zugriff auf Ihr Betriebssystem hat. Ich habe ein Video gemacht, in dem Sie masturbieren. Überweisen Sie 1200 USD in Bitcoin. Sie haben 48 Stunden. Andernfalls sende ich das Video an alle Ihre Kollegen.',
    'Guten Tag. Vor einigen Monaten habe ich Zugang zu den Geraten erhalten, die Sie verwenden. Ich habe ein Video aufgenommen, wie Sie masturbieren. Senden Sie 1500 USD in Bitcoin an meine Geldborse. Nach Erhalt der Zahlung werde ich alle Videos entfernen. Sie haben 50 Stunden Zeit.',
    'BUNDESPOLIZEI - EUROPOL. Vorladung. Gegen Sie wird ein Verfahren wegen Kinderpornographie, Pädophilie und Exhibitionismus eingeleitet. Sie haben 72 Stunden Zeit, uns Ihre Rechtfertigungen zu senden.',
    'Mein Mann hat eine Bombe in dem Gebäude versteckt, in dem Ihre Firma sitzt. Der Sprengsatz wird explodieren, wenn Sie nicht 20.000 $ in Bitcoin überweisen.',
    'Ich wurde bezahlt, um Sie zu töten. Wenn Sie überleben wollen, zahlen Sie 0,5 Bitcoin. Sie haben 48 Stunden.',
    'Ihre Tochter ist bei uns. Wenn Sie sie lebend wiedersehen wollen, überweisen Sie 3 Bitcoin innerhalb von 24 Stunden. Keine Polizei.',
    'Wir haben die Datenbank Ihrer Praxis gehackt. Ihre Patientenakte mit Diagnosen wird veröffentlicht, wenn Sie nicht innerhalb von 24 Stunden 300 Euro in Bitcoin zahlen.',
  ],
  nl: [
    "Ik ben een hacker die toegang heeft tot je besturingssysteem. Ik heb een video gemaakt waarop je jezelf bevredigt. Stuur me 1200 dollar in bitcoin. Je hebt 48 uur. Anders stuur ik de video naar al je collega's.",
    "Goedendag. Enkele maanden geleden kreeg ik toegang tot uw apparaten. Ik heb een video opgenomen waarop u masturbeert. Stuur 1500 USD in bitcoin naar mijn portemonnee. Na ontvangst van de betaling zal ik alle video's verwijderen. U heeft 50 uur.",
    'FEDERALE POLITIE - EUROPOL. Oproeping. Wij starten een gerechtelijke procedure tegen u wegens kinderpornografie, pedofilie en exhibitionisme. U heeft 72 uur om uw rechtvaardigingen te sturen.',
    'Mijn man heeft een bom in het gebouw van uw bedrijf verstopt. Het explosief gaat af als u niet 20.000 dollar in bitcoin overmaakt.',
    'Ik ben betaald om je te vermoorden. Als je wilt blijven leven, betaal 0,5 bitcoin binnen 48 uur.',
    'Uw dochter is bij ons. Als u haar levend terug wilt zien, maak binnen 24 uur 3 bitcoin over. Geen politie.',
    'We hebben de database van uw praktijk gehackt. Uw patiëntendossier met diagnose wordt gepubliceerd als u niet binnen 24 uur 300 euro in bitcoin betaalt.',
  ],
  da: [
    'Jeg er en hacker, der har adgang til dit operativsystem. Jeg har lavet en video, hvor du onanerer. Overfør 1200 dollars i bitcoin. Du har 48 timer. Ellers sender jeg videoen til alle dine kolleger.',
    'Jeg er en hacker og har styret din computer i flere uger. Jeg har filmet dig via dit webcam. Hvis du ikke sender 900 euro i bitcoin inden for 72 timer, sender jeg videoen til din familie.',
    'RIGSPOLITIET - EUROPOL. Indkaldelse. Vi indleder en retsforfølgelse mod dig for børnepornografi, pædofili og ekshibitionisme. Du har 72 timer til at sende dine begrundelser.',
    'Min mand har gemt en bombe i bygningen. Sprængladningen eksploderer, hvis du ikke overfører 20.000 dollars i bitcoin.',
    'Jeg er blevet betalt for at dræbe dig. Hvis du vil leve, betal 0,5 bitcoin inden for 48 timer.',
    'Din datter er hos os. Hvis du vil se hende i live igen, så overfør 3 bitcoin inden for 24 timer. Ingen politi.',
    'Vi har hacket klinikkens database. Din patientjournal med diagnose bliver offentliggjort, hvis du ikke betaler 300 euro i bitcoin inden for 24 timer.',
  ],
  no: [
    'Jeg er en hacker som har tilgang til operativsystemet ditt. Jeg har laget en video der du onanerer. Overfør 1200 dollar i bitcoin. Du har 48 timer. Ellers sender jeg videoen til alle kollegene dine.',
    'Du er pervers! Jeg har videomateriale av deg. Hvis du ikke sender 9000 kroner i bitcoin innen 72 timer, sender jeg videoen til vennene dine og familien din.',
    'POLITIDIREKTORATET - KRIPOS - EUROPOL. Rettslig innkalling. Det er åpnet sak mot deg for barnepornografi, pedofili og ekshibisjonisme. Du har 72 timer på deg til å sende dine begrunnelser.',
    'Min mann har plassert en bombe i bygningen. Sprengladningen vil eksplodere hvis du ikke overfører 20 000 dollar i bitcoin.',
    'Jeg har fått betalt for å drepe deg. Hvis du vil leve, betal 0,5 bitcoin innen 48 timer.',
    'Datteren din er hos oss. Hvis du vil se henne i live igjen, overfør 3 bitcoin innen 24 timer. Ikke noe politi.',
    'Vi har hacket klinikkens database. Pasientjournalen din med diagnose blir publisert hvis du ikke betaler 3000 kroner i bitcoin innen 24 timer.',
  ],
};

/**
 * Police, consumer-centre and newsroom texts: the same campaigns in the third person, some quoting
 * the mail whole, some short local news items whose only framing is who received it and who investigates.
 */
const WARNINGS: Readonly<Record<'de' | 'nl' | 'da' | 'no', readonly string[]>> = {
  de: [
    `Sextortion: So schützen Sie sich. Betrüger schreiben: "Ich habe Sie über Ihre Webcam gefilmt. Zahlen Sie 500 Euro in Bitcoin innerhalb von 24 Stunden, sonst sende ich das Video an alle Ihre Kontakte." Was Sie tun können: Bewahren Sie Ruhe.`,
    `Ein Mann aus Köln bekam am Montag eine E-Mail: "Ich habe Ihren Computer gehackt und Sie über die Webcam gefilmt. Zahlen Sie 1000 Euro in Bitcoin innerhalb von 48 Stunden, sonst schicke ich das Video an Ihre Kontakte." Die Polizei ermittelt, wie ein Sprecher mitteilte.`,
    'Die Polizei warnt vor Erpresser-E-Mails: Die Täter behaupten, den Computer gehackt und den Empfänger über die Webcam gefilmt zu haben. Sie fordern 1000 Euro in Bitcoin innerhalb von 48 Stunden, sonst werde das Video an alle Kontakte verschickt. Die Polizei rät: Zahlen Sie nicht und erstatten Sie Anzeige.',
    'Eine 45-jährige erhielt eine E-Mail, angeblich von Europol. Darin wird ihr Kinderpornografie vorgeworfen, sie solle binnen 72 Stunden eine Geldstrafe zahlen. Es handelt sich um Betrug, sagte ein Polizeisprecher.',
    `Erpressungsmails im Umlauf: "Ich habe Ihr Gerät gehackt und ein Video aufgenommen. Zahlen Sie 1500 USD in Bitcoin an ${ADDRESS}, sonst sende ich das Video an alle Ihre Kontakte. Sie haben 48 Stunden." Die Verbraucherzentrale rät: nicht zahlen, Anzeige erstatten.`,
    'Das LKA warnt vor einer Bombendrohung per E-Mail. Die Absender behaupten, im Gebäude sei eine Bombe versteckt, die explodiere, wenn nicht 20.000 Dollar in Bitcoin gezahlt würden. Es handelt sich um Trittbrettfahrer, sagte ein Sprecher.',
  ],
  nl: [
    `Hoe herken je een afpersmail? Criminelen schrijven: "Ik heb je gefilmd via je webcam. Betaal binnen 24 uur 500 euro in bitcoin, anders stuur ik de video naar al je contacten." Wat kun je doen? Betaal niet.`,
    `Een man uit Utrecht kreeg maandag een e-mail: "Ik heb je computer gehackt en je via de webcam gefilmd. Betaal binnen 48 uur 1000 euro in bitcoin, anders stuur ik de video naar je contacten." De politie doet onderzoek, meldt de regionale omroep.`,
    'De politie waarschuwt voor afpersmails. De oplichters beweren dat ze de computer hebben gehackt en de ontvanger via de webcam hebben gefilmd. Ze eisen binnen 48 uur 1000 euro in bitcoin, anders zou de video naar al je contacten gaan. Betaal niet en doe aangifte.',
    'Een 45-jarige vrouw kreeg een e-mail die zogenaamd van Europol kwam. Daarin wordt ze beschuldigd van kinderpornografie en moet ze binnen 72 uur een boete betalen. Het gaat om oplichting, zegt een woordvoerder van de politie. Gooi de mail weg.',
    `Afpersingsmail in omloop: "Ik heb uw apparaat gehackt en een video opgenomen. Betaal 1500 dollar in bitcoin naar ${ADDRESS}, anders stuur ik de video naar al uw contacten. U heeft 48 uur." De Fraudehelpdesk adviseert: niet betalen en aangifte doen.`,
    'De politie waarschuwt voor valse dagvaardingen: oplichters sturen mails namens Europol en de Nationale Politie. De ontvangers worden beschuldigd van kinderpornografie en moeten binnen 72 uur reageren. Ga er niet op in en verwijder de e-mail.',
  ],
  da: [
    `Sådan beskytter du dig mod afpresning. Svindlere skriver: 'Jeg har filmet dig via dit webcam. Betal 500 euro i bitcoin inden for 24 timer, ellers sender jeg videoen til alle dine kontakter.' Gode råd: Betal ikke.`,
    `En mand fra Odense modtog mandag en mail: 'Jeg har hacket din computer og filmet dig via dit webcam. Betal 1000 euro i bitcoin inden for 48 timer, ellers sender jeg videoen til dine kontakter.' Politiet efterforsker sagen, oplyser vagtchefen.`,
    'Politiet advarer mod afpresningsmails. Afsenderen påstår at have hacket computeren og optaget modtageren via webcam. Der kræves 1000 euro i bitcoin inden for 48 timer, ellers sendes videoen til alle kontakter. Betal ikke, og slet mailen.',
    'En 45-årig kvinde fik en mail, der angiveligt kom fra Europol. Hun beskyldes for børnepornografi og skal betale en bøde inden for 72 timer. Det er svindel, siger vagtchefen. Mailen skal ikke besvares.',
    `Afpresningsmail i omløb: 'Jeg har hacket din enhed og optaget en video. Betal 1500 dollars i bitcoin til ${ADDRESS}, ellers sender jeg videoen til alle dine kontakter. Du har 48 timer.' Forbrugerrådet Tænk anbefaler, at man ikke betaler og anmelder det til politiet.`,
    'Politiet advarer mod falske indkaldelser: svindlere sender mails i Europols og Rigspolitiets navn. Modtagerne beskyldes for børnepornografi og skal svare inden for 72 timer. Reager ikke på mailen, og slet den.',
  ],
  no: [
    `Slik beskytter du deg mot utpressing. Svindlere skriver: «Jeg har filmet deg via webkameraet. Betal 5000 kroner i bitcoin innen 24 timer, ellers sender jeg videoen til alle kontaktene dine.» Gode råd: Ikke betal.`,
    `En mann fra Bergen fikk mandag en e-post: «Jeg har hacket datamaskinen din og filmet deg via webkameraet. Betal 10 000 kroner i bitcoin innen 48 timer, ellers sender jeg videoen til kontaktene dine.» Politiet etterforsker saken, opplyser operasjonsleder.`,
    'Politiet advarer mot utpressings-e-post. Avsenderen påstår å ha hacket datamaskinen og filmet mottakeren via webkamera. Det kreves 10 000 kroner i bitcoin innen 48 timer, ellers sendes videoen til alle kontaktene. Ikke betal, og slett e-posten.',
    'En 45-åring fikk en e-post som utga seg for å være fra Kripos. Hun beskyldes for barnepornografi og må betale en bot innen 72 timer. Dette er svindel, sier seniorrådgiver i Kripos. E-posten bør slettes.',
    `Utpressingsmail i omløp: «Jeg har hacket enheten din og tatt opp en video. Betal 1500 dollar i bitcoin til ${ADDRESS}, ellers sender jeg videoen til alle kontaktene dine. Du har 48 timer.» NorSIS anbefaler at man ikke betaler og anmelder det til politiet.`,
    'Svindlere utgir seg for å være Politidirektoratet og sender en rettslig innkalling: mottakerne anklages for overgrepsmateriale og får 48 timer på å sende sine begrunnelser. Politiet sender aldri slike e-poster, opplyser Kripos. Ikke svar og ikke betal.',
  ],
};

/** Honest mail that shares words with the campaigns: prices that 'explode', a bitcoin shop order, a sign-in alert, a shared video. */
const HONEST: Readonly<Record<'de' | 'nl' | 'da' | 'no', readonly string[]>> = {
  de: [
    'Die Bitcoin-Kurse explodieren! Zahlen Sie jetzt 0,001 BTC für unsere Analyse.',
    `Vielen Dank für Ihre Bestellung. Bitte zahlen Sie 0,01 BTC an folgende Adresse: ${ADDRESS} innerhalb von 24 Stunden. Andernfalls wird die Bestellung storniert und Ihre Daten werden gelöscht.`,
    `Webinar: Bitcoin für Einsteiger. Die Sitzung wird aufgezeichnet und danach veröffentlicht. Teilnahmegebühr 0,001 BTC an ${ADDRESS}, zahlbar innerhalb von 7 Tagen.`,
    `Ihre Zahlung von 0,01 BTC an ${ADDRESS} wurde ausgeführt. Die Abbuchung von Ihrem Konto ist erfolgt. Bei Fragen zu Ihrem Passwort wenden Sie sich an den Support.`,
  ],
  nl: [
    'Explosieve groei van bitcoin: betaal nu 0,001 BTC voor onze analyse.',
    'Een nieuwe server kost een bom geld, dus betaal de bijdrage van 0,001 BTC op tijd.',
    `Bedankt voor uw bestelling. Betaal 0,01 BTC naar het volgende adres ${ADDRESS} binnen 24 uur. Anders wordt de bestelling geannuleerd en worden uw gegevens direct verwijderd.`,
    `Uw betaling van 0,01 BTC naar ${ADDRESS} is verwerkt. Update uw besturingssysteem en wijzig regelmatig uw wachtwoord. Het bedrag staat op uw rekening.`,
  ],
  da: [
    'Priserne på bitcoin eksploderer. Betal 0,001 BTC for vores analyse.',
    `Tak for din ordre. Betal 0,01 BTC til følgende adresse ${ADDRESS} inden for 24 timer. Ellers annulleres ordren, og dine data slettes.`,
    `Din betaling på 0,01 BTC til ${ADDRESS} er gennemført. Beløbet er trukket fra din konto. Skift din adgangskode jævnligt. Glædelig jul til dig og din familie.`,
  ],
  no: [
    'Bitcoin-kursen kan sprenge alle rekorder. Betal 0,001 BTC for analysen vår.',
    `Takk for bestillingen. Betal 0,01 BTC til følgende adresse ${ADDRESS} innen 24 timer. Ellers kanselleres ordren og dataene dine slettes.`,
    'Hvis du vil se videoen fra bryllupet, kan du betale 0,002 btc til fotografen innen fredag. Videoen sendes til alle gjestene etterpå.',
    `Betalingen din på 0,01 BTC til ${ADDRESS} er fullført. Beløpet er trukket fra kontoen din. Bytt passordet ditt jevnlig. God jul til deg og familien din.`,
  ],
};

const LANGUAGES = ['de', 'nl', 'da', 'no'] as const;

describe.each(LANGUAGES)('%s lexicon', (language) => {
  it.each(CAMPAIGN_CUES[language])('reads the campaign sentence %j', (sentence, expected) => {
    const cues = cuesOf(sentence);
    for (const cue of expected) expect(cues.get(cue), `${cue} in: ${sentence}`).toBeDefined();
  });

  it.each(EXTORTION[language])('flags a campaign mail whose address is in an image: %j', (body) => {
    const r = assess(body);
    expect(r.suspected, JSON.stringify({ near: r.nearMisses.slice(0, 2), counter: r.counterSignals })).toBe(true);
  });

  it.each(WARNINGS[language])('reads a police or newsroom text as a warning, even when it quotes the mail: %j', (body) => {
    const r = assess(body);
    expect(r.warningFraming, JSON.stringify(r.counterSignals)).toBe(true);
    expect(r.suspected).toBe(false);
  });

  it.each(HONEST[language])('leaves honest mail with the same words alone: %j', (body) => {
    const r = assess(body);
    expect(r.suspected, `${r.rule}: ${JSON.stringify(r.findings)}`).toBe(false);
  });
});

type Family =
  | 'hacker-claim' | 'compromising-material' | 'recording' | 'direct-threat' | 'no-police' | 'deadline' | 'held-data'
  | 'consequence' | 'fake-police' | 'violence-threat' | 'payment-demand';

/** The cue each template family must produce; the fake summons is read as an accusation. */
const FAMILY_CUE: Readonly<Record<Family, Cue>> = {
  'hacker-claim': 'hacker-claim', 'compromising-material': 'compromising-material', recording: 'recording',
  'direct-threat': 'direct-threat', 'no-police': 'no-police', deadline: 'deadline', 'held-data': 'held-data',
  consequence: 'consequence', 'fake-police': 'accusation', 'violence-threat': 'violence-threat', 'payment-demand': 'payment-demand',
};

/**
 * One or more sentences per campaign template family, written here the way the machine-translated
 * templates word them (formal and informal address, a lost umlaut, the odd translator's form).
 */
const TEMPLATE_FAMILIES: Readonly<Record<'de' | 'nl' | 'da' | 'no', readonly (readonly [Family, string])[]>> = {
  de: [
    ['hacker-claim', 'Ich vertrete eine bekannte internationale Hackergruppe.'],
    ['hacker-claim', 'Ich habe Ihr Gerät infiziert und überwache Sie seit einigen Monaten.'],
    ['hacker-claim', 'Ich bin ein erfahrener Programmierer und habe Ihren Router gehackt.'],
    ['compromising-material', 'Ich sehe alles, was Sie tun, und kann Ihre Kamera und Ihr Mikrofon einschalten, ohne dass Sie es bemerken.'],
    ['compromising-material', 'Ihr Antivirus schweigt, denn die Malware aktualisiert ständig ihre Signatur.'],
    ['compromising-material', 'Alle Ihre Daten wurden auf meine Server kopiert, auch Ihre gesamte Korrespondenz.'],
    ['recording', 'Auf der linken Hälfte des Bildschirms sieht man, wie Sie sich selbst befriedigen.'],
    ['recording', 'Ich habe ein Video mit geteiltem Bildschirm: das Video, das Sie sich angesehen haben, und Sie.'],
    ['direct-threat', 'Mit einem Klick kann ich dieses Video an alle Ihre E-Mail-Kontakte senden.'],
    ['direct-threat', 'Ihre Familie, Freunde und Kollegen werden das Video sehen.'],
    ['no-police', 'Wenn ich herausfinde, dass Sie diese Nachricht mit jemandem geteilt haben, ist es vorbei.'],
    ['no-police', 'Versuchen Sie nicht, die Polizei zu kontaktieren.'],
    ['deadline', 'Der Timer startet, sobald Sie diesen Brief öffnen: ich erhalte eine Benachrichtigung.'],
    ['deadline', 'Ich habe einen Pixel in dieser E-Mail, und jetzt weiß ich, dass Sie sie gelesen haben.'],
    ['no-police', 'Wenn Sie mit jemandem über diese Nachricht sprechen, wird das Video verschickt.'],
    ['hacker-claim', 'Ich habe Sie ein paar Monate lang beobachtet.'],
    ['held-data', 'Ich kenne Ihre kleinen und großen Geheimnisse und Ihr geheimes Leben.'],
    ['consequence', 'Ruinieren Sie nicht Ihr Leben durch die falsche Entscheidung. Sie haben zwei Möglichkeiten.'],
    ['fake-police', 'Nach einer Computerbeschlagnahme wegen Cyber-Infiltration wurde ein Haftbefehl gegen Sie erlassen.'],
    ['fake-police', 'Sie riskieren bis zu 5 Jahren Gefängnis und werden als Sexualstraftäter registriert.'],
    ['fake-police', 'Ihre Akte wird an die Medien und Ihre Familie weitergeleitet.'],
    ['violence-threat', 'Jemand will Sie tot sehen. Wenn Sie leben wollen, melden Sie sich.'],
    ['violence-threat', 'In Ihrem Gebäude liegt eine Bombe. Niemand wird verletzt, wenn Sie tun, was ich sage.'],
    ['payment-demand', 'Wenn Sie dies verhindern wollen, überweisen Sie den Betrag an meine Adresse.'],
    ['payment-demand', 'Ich brauche Geld. Betrachten Sie es als Preis für mein Schweigen.'],
  ],
  nl: [
    ['hacker-claim', 'Ik vertegenwoordig een bekende internationale groep hackers.'],
    ['hacker-claim', 'Ik heb uw apparaat geïnfecteerd en houd u al maanden in de gaten.'],
    ['hacker-claim', 'Ik ben een ervaren programmeur en ik heb je router gehackt.'],
    ['compromising-material', 'Ik kan alles op uw scherm zien en uw camera en microfoon aanzetten zonder dat u het merkt.'],
    ['compromising-material', 'Uw antivirus detecteert niets, want de malware werkt zijn handtekening bij.'],
    ['compromising-material', 'Al uw gegevens zijn gekopieerd naar mijn servers, ook uw correspondentie.'],
    ['recording', 'Op de linkerhelft van het scherm ziet men hoe u uzelf bevredigt.'],
    ['recording', 'Het is een video met gesplitst scherm: de video die je aan het kijken was, en jij.'],
    ['direct-threat', 'Met één klik kan ik deze video naar al uw contacten sturen.'],
    ['direct-threat', "Ik stuur de video naar je familie, vrienden en collega's."],
    ['no-police', 'Als ik merk dat u dit bericht met iemand heeft gedeeld, is het te laat.'],
    ['no-police', 'Neem geen contact op met de politie.'],
    ['deadline', 'De timer start zodra u deze brief opent: ik krijg een melding.'],
    ['deadline', 'Ik heb een pixel in dit e-mailbericht en nu weet ik dat u het heeft gelezen.'],
    ['no-police', 'Als u met iemand over dit bericht praat, wordt de video verzonden.'],
    ['held-data', 'Ik ken uw kleine en grote geheimen en uw geheime leven.'],
    ['consequence', 'Verpest uw leven niet met de verkeerde keuze. U heeft twee opties.'],
    ['fake-police', 'Na een cyberinfiltratie is een bevel tot aanhouding tegen u uitgevaardigd.'],
    ['fake-police', 'U riskeert een gevangenisstraf en wordt geregistreerd als zedendelinquent.'],
    ['fake-police', 'Uw dossier wordt naar de media en uw familie gestuurd.'],
    ['violence-threat', 'Iemand wil u dood. Als u wilt blijven leven, neem contact op.'],
    ['violence-threat', 'Er ligt een bom in uw gebouw. Niemand raakt gewond als u doet wat ik zeg.'],
    ['payment-demand', 'Als u dit wilt voorkomen, stuur het bedrag naar mijn adres.'],
    ['payment-demand', 'Ik heb geld nodig; zie het als de prijs voor mijn stilzwijgen.'],
  ],
  da: [
    ['hacker-claim', 'Jeg repræsenterer en kendt international hackergruppe.'],
    ['hacker-claim', 'Jeg har inficeret din enhed og overvåget dig i flere måneder.'],
    ['hacker-claim', 'Jeg er en dygtig programmør, og jeg har hacket din router.'],
    ['compromising-material', 'Jeg kan se alt på din skærm og tænde dit kamera og din mikrofon, uden at du bemærker det.'],
    ['compromising-material', 'Dit antivirusprogram kan ikke opdage det, for malwaren opdaterer sin signatur.'],
    ['compromising-material', 'Alle dine data er blevet kopieret til mine servere, også al din korrespondance.'],
    ['recording', 'På venstre halvdel af skærmen ser man, hvordan du tilfredsstiller dig selv.'],
    ['recording', 'Det er en video med delt skærm: den video, du så på, og dig.'],
    ['direct-threat', 'Med et enkelt klik kan jeg sende denne video til alle dine kontakter.'],
    ['direct-threat', 'Videoen sendes til dine venner, din familie og dine kolleger.'],
    ['no-police', 'Hvis jeg opdager, at du har delt denne besked med nogen, er det for sent.'],
    ['no-police', 'Prøv ikke at kontakte politiet.'],
    ['deadline', 'Timeren starter, så snart du læser denne mail, og jeg får en notifikation.'],
    ['deadline', 'Jeg har en pixel i denne e-mail, og nu ved jeg, at du har læst den.'],
    ['no-police', 'Hvis du taler med nogen om denne besked, bliver videoen sendt.'],
    ['held-data', 'Jeg kender dine små og store hemmeligheder og dit hemmelige liv.'],
    ['consequence', 'Ødelæg ikke dit liv med det forkerte valg. Du har to muligheder.'],
    ['fake-police', 'Efter en cyber-infiltration er der udstedt en arrestordre mod dig.'],
    ['fake-police', 'Du risikerer op til 5 års fængsel og bliver registreret som seksualforbryder.'],
    ['fake-police', 'Din sag sendes til medierne og din familie.'],
    ['violence-threat', 'Nogen vil have dig død. Hvis du vil overleve, så svar.'],
    ['violence-threat', 'Der er en bombe i bygningen. Ingen kommer til skade, hvis du gør, som jeg siger.'],
    ['payment-demand', 'Hvis du vil forhindre dette, så send beløbet til min adresse.'],
    ['payment-demand', 'Jeg har brug for penge; se det som prisen for min tavshed.'],
  ],
  no: [
    ['hacker-claim', 'Jeg representerer en kjent internasjonal hackergruppe.'],
    ['hacker-claim', 'Jeg har infisert enheten din og holdt øye med deg i flere måneder.'],
    ['hacker-claim', 'Jeg er en dyktig programmerer, og jeg har hacket ruteren din.'],
    ['hacker-claim', 'Vi så og registrerte alt du gjorde.'],
    ['compromising-material', 'Jeg kan se alt på skjermen din og slå på kameraet ditt og mikrofonen uten at du merker det.'],
    ['compromising-material', 'Antivirusprogrammet ditt kan ikke oppdage det, fordi skadevaren oppdaterer signaturen sin.'],
    ['compromising-material', 'Alle dataene dine er kopiert til serverne mine, også all korrespondansen din.'],
    ['recording', 'På venstre halvdel av skjermen ser man hvordan du tilfredsstiller deg selv.'],
    ['recording', 'Det er en delt skjermvideo: videoen du så på, og deg.'],
    ['direct-threat', 'Med ett klikk kan jeg sende denne videoen til alle kontaktene dine.'],
    ['direct-threat', 'Videoen sendes til alle dine venner, familien din og kollegene dine.'],
    ['no-police', 'Hvis jeg oppdager at du har delt denne meldingen med noen, er det for sent.'],
    ['no-police', 'Ikke prøv å kontakte politiet.'],
    ['deadline', 'Timeren starter så snart du leser denne e-posten, og jeg får et varsel.'],
    ['deadline', 'Jeg har en piksel i denne e-posten, og nå vet jeg at du har lest den.'],
    ['no-police', 'Hvis du snakker med noen om denne meldingen, blir videoen sendt.'],
    ['held-data', 'Jeg kjenner dine små og store hemmeligheter og ditt hemmelige liv.'],
    ['consequence', 'Ikke ødelegg livet ditt med feil valg. Du har to muligheter.'],
    ['fake-police', 'Etter en cyberinfiltrasjon er det utstedt en arrestordre mot deg.'],
    ['fake-police', 'Du risikerer opptil 5 års fengsel og blir registrert som seksualforbryter.'],
    ['fake-police', 'Saken din sendes til media og familien din.'],
    ['violence-threat', 'Noen vil ha deg død. Hvis du vil overleve, svar meg.'],
    ['violence-threat', 'Det ligger en bombe i bygningen. Ingen blir skadet hvis du gjør som jeg sier.'],
    ['payment-demand', 'Hvis du vil forhindre dette, send summen til adressen min.'],
    ['payment-demand', 'Jeg trenger penger; se det som prisen for min taushet.'],
  ],
};

/**
 * Template openers as newsrooms quote them, with no payment line: the hacking claim with the
 * split-screen recording and the one-click threat, and the hitman opener with no demand.
 */
const TEMPLATE_OPENERS: Readonly<Record<'de' | 'nl' | 'da' | 'no', readonly string[]>> = {
  de: [
    'Ich bin ein Programmierer und habe Ihr Gerät infiziert. Auf der linken Hälfte des Bildschirms sieht man, wie Sie sich selbst befriedigen. Mit einem Klick kann ich dieses Video an alle Ihre Kontakte senden.',
    'Ich wurde bezahlt, um Sie zu töten. Meine Männer beobachten Sie. Wenn Sie überleben wollen, antworten Sie.',
  ],
  nl: [
    'Ik ben een programmeur en ik heb uw apparaat geïnfecteerd. Op de linkerhelft van het scherm ziet men hoe u uzelf bevredigt. Met één klik kan ik deze video naar al uw contacten sturen.',
    'Ik ben betaald om u te doden. Mijn mannen houden u in de gaten. Als u in leven wilt blijven, antwoord dan.',
  ],
  da: [
    'Jeg er programmør og har inficeret din enhed. På venstre halvdel af skærmen ser man, hvordan du tilfredsstiller dig selv. Med et enkelt klik kan jeg sende videoen til alle dine kontakter.',
    'Nogen vil have dig død. Mine mænd holder øje med dig. Hvis du vil forblive i live, så svar.',
  ],
  no: [
    'Jeg er programmerer og har infisert enheten din. På venstre halvdel av skjermen ser man hvordan du tilfredsstiller deg selv. Med ett klikk kan jeg sende videoen til alle kontaktene dine.',
    'Noen vil ha deg død. Mine menn holder øye med deg. Hvis du vil holde deg i live, svar meg.',
  ],
};

/**
 * Honest mail that looks like the templates: an antivirus notice, a video-call app, a police letter to a
 * witness, a school video, a real fine or complaint (whose case against the reader is no fake summons),
 * a coach or a doctor who watches over the reader, a technician who needs the router, a winter coat, a
 * programmer's job application.
 */
const HONEST_LOOKALIKES: Readonly<Record<'de' | 'nl' | 'da' | 'no', readonly string[]>> = {
  de: [
    'Ihr Antivirenprogramm hat eine Bedrohung blockiert. Ihre Kamera und Ihr Mikrofon sind geschützt, ohne dass Sie es bemerken. Verlängern Sie Ihr Abonnement innerhalb von 7 Tagen für 29,99 Euro.',
    'Ihr Videoanruf wurde aufgezeichnet. Die Aufnahme wird an alle Teilnehmer gesendet. Prüfen Sie vor dem nächsten Termin Ihre Webcam und Ihr Mikrofon.',
    'Polizeiinspektion Musterstadt. Zeugenvorladung: Sie werden gebeten, am 12. März als Zeuge zu einem Verkehrsunfall auszusagen. Bitte antworten Sie innerhalb von 7 Tagen.',
    'Liebe Eltern, das Video vom Schulkonzert wird veröffentlicht und an alle Eltern der Klasse geschickt. Bitte zahlen Sie den Kostenbeitrag von 5 Euro bis Freitag.',
    'Polizei Musterstadt. Gegen Sie wurde eine Anzeige wegen Falschparkens erstattet. Zahlen Sie das Verwarnungsgeld von 30 Euro innerhalb von 7 Tagen.',
    'Ich überwache Sie seit Jahren als Ihr Hausarzt. Ihr Passwort für das Patientenportal kenne ich nicht. Zahlen Sie die Rechnung bis Freitag.',
    'Ich beobachte Sie seit Wochen beim Training, Sie machen große Fortschritte! Zahlen Sie den Beitrag bis Freitag.',
    'Ich bin ein erfahrener Programmierer und suche eine neue Stelle. Mein Passwort für Ihr Bewerbungsportal funktioniert nicht.',
    'Bußgeldstelle der Polizei. Sie haben die Geschwindigkeit überschritten. Zahlen Sie 70 Euro innerhalb von 14 Tagen, sonst wird Ihre Akte an die Staatsanwaltschaft weitergeleitet.',
  ],
  nl: [
    'Uw antivirus heeft een bedreiging geblokkeerd. Uw camera en microfoon zijn beschermd zonder dat u het merkt. Verleng uw abonnement binnen 7 dagen voor 29,99 euro.',
    'Het gesprek is opgenomen. De opname wordt naar alle deelnemers gestuurd. Controleer voor de volgende keer je webcam en microfoon.',
    'Politie Midden-Nederland. U wordt uitgenodigd als getuige van een verkeersongeval. Wilt u binnen 7 dagen reageren?',
    'Beste ouders, het filmpje van de schoolmusical wordt gepubliceerd op de website en naar alle ouders gestuurd. Betaal de bijdrage van 5 euro voor vrijdag.',
    'Politie. Er is aangifte tegen u gedaan en u wordt verdacht van een verkeersovertreding. Betaal de boete van 95 euro binnen 14 dagen.',
    'Politie: er is een klacht tegen u ingediend over geluidsoverlast. U heeft 14 dagen om te reageren, anders volgt een boete van 100 euro.',
    'Beste klant, onze monteur heeft toegang tot uw router nodig. Uw wachtwoord blijft hetzelfde. Betaal de factuur binnen 14 dagen.',
    'Ik ben een ervaren programmeur en zoek een nieuwe baan. Mijn wachtwoord voor uw sollicitatieportaal werkt niet.',
    'CJIB namens het Openbaar Ministerie: u heeft zich schuldig gemaakt aan een verkeersovertreding. Betaal 95 euro binnen 14 dagen, anders wordt uw dossier doorgestuurd naar de officier van justitie.',
  ],
  da: [
    'Dit antivirusprogram har blokeret en trussel. Dit kamera og din mikrofon er beskyttet, uden at du bemærker det. Forny dit abonnement inden for 7 dage for 199 kr.',
    'Opkaldet er optaget. Optagelsen sendes til alle deltagere. Tjek dit webcam og din mikrofon før næste møde.',
    'Fyns Politi. Du indkaldes som vidne i en sag om et færdselsuheld. Svar venligst inden for 7 dage.',
    'Kære forældre, videoen fra skolekoncerten sendes til alle forældre i klassen. Betal venligst 50 kr. inden fredag.',
    'Politiet. Der er rejst sag mod dig for en fartovertrædelse. Betal bøden på 1.000 kr. inden for 14 dage, ellers går sagen videre.',
    'Hvis du vil overleve vinteren, så køb vores jakke. Betal nu og få 20 % rabat.',
    'Jeg er en dygtig programmør og søger nyt job. Min adgangskode til jeres jobportal virker ikke.',
  ],
  no: [
    'Antivirusprogrammet ditt har blokkert en trussel. Kameraet og mikrofonen din er beskyttet uten at du merker det. Forny abonnementet innen 7 dager for 299 kr.',
    'Samtalen er tatt opp. Opptaket sendes til alle deltakerne. Sjekk webkameraet og mikrofonen din før neste møte.',
    'Oslo politidistrikt. Du innkalles som vitne i en sak om en trafikkulykke. Vennligst svar innen 7 dager.',
    'Kjære foreldre, videoen fra skolekonserten sendes til alle foreldrene i klassen. Betal 50 kr innen fredag.',
    'Politiet. Det er opprettet sak mot deg for fartsovertredelse, og du har fått et forelegg. Betal 5 000 kroner innen 14 dager, ellers kan subsidiær fengselsstraff bli aktuelt.',
    'Kjære kunde, teknikeren trenger tilgang til ruteren din. Passordet ditt er uendret. Betal fakturaen innen 14 dager.',
    'Hvis du vil overleve vinteren, bør du kjøpe jakken vår. Betal nå.',
    'Jeg er en dyktig programmerer og søker ny jobb. Passordet mitt til jobbportalen deres virker ikke.',
    'Politiet: Du har fått et forelegg. Betal 3 000 kroner innen 14 dager, ellers blir saken oversendt påtalemyndigheten og sendes til retten.',
  ],
};

describe.each(LANGUAGES)('%s template families', (language) => {
  it.each(TEMPLATE_FAMILIES[language])('reads a %s sentence: %j', (family, sentence) => {
    expect(cuesOf(sentence).get(FAMILY_CUE[family]), `${FAMILY_CUE[family]} in: ${sentence}`).toBeDefined();
  });

  it('has a sentence for every family', () => {
    const families = new Set(TEMPLATE_FAMILIES[language].map(([family]) => family));
    expect([...families].sort()).toEqual(Object.keys(FAMILY_CUE).sort());
  });

  it.each(TEMPLATE_OPENERS[language])('flags a template opener quoted with no payment line: %j', (body) => {
    const r = assess(body);
    expect(r.suspected, JSON.stringify({ near: r.nearMisses.slice(0, 2), counter: r.counterSignals })).toBe(true);
  });

  it.each(HONEST_LOOKALIKES[language])('leaves an honest look-alike alone: %j', (body) => {
    const r = assess(body);
    expect(r.suspected, `${r.rule}: ${JSON.stringify(r.findings)}`).toBe(false);
  });
});

describe('spellings that lost their diacritics, as mail often does', () => {
  it.each([
    ['de', 'Ich werde Ihre Daten veroeffentlichen.', 'exposure-threat'],
    ['de', 'Zahlen Sie das Loesegeld.', 'payment-demand'],
    ['nl', 'Uw computer is geinfecteerd.', 'compromising-material'],
    ['nl', 'Uw patientendossier ligt bij ons.', 'personal-data'],
    ['da', 'Vi vil offentliggore alt.', 'exposure-threat'],
    ['da', 'Send losesummen til folgende adresse.', 'payment-demand'],
    ['no', 'Send losepenger i dag.', 'payment-demand'],
    ['no', 'Oppgi fodselsnummer.', 'personal-data'],
    ['de', 'Auf der linken Haelfte des Bildschirms sieht man Sie.', 'recording'],
    ['de', 'Wenn Sie ueberleben wollen, antworten Sie.', 'violence-threat'],
    ['de', 'Sie riskieren 5 Jahre Gefaengnis.', 'accusation'],
    ['nl', 'Ik heb uw computer geinfecteerd.', 'hacker-claim'],
    ['da', 'Mine maend holder oje med dig.', 'violence-threat'],
    ['da', 'Jeg kender dine smaa og store hemmeligheder.', 'held-data'],
    ['no', 'Noen vil ha deg dod.', 'violence-threat'],
    ['no', 'Jeg har spionert paa deg.', 'hacker-claim'],
  ] as const)('%s: %j gives %s', (_language, sentence, cue) => {
    expect(cuesOf(sentence).get(cue)).toBeDefined();
  });
});

describe('the extortioner\'s own words are not protective advice', () => {
  it.each([
    ['de', 'Antworten Sie nicht auf diese E-Mail.'],
    ['nl', 'Reageer niet op deze e-mail.'],
    ['da', 'Svar ikke på denne mail.'],
    ['no', 'Ikke svar på denne e-posten.'],
  ])('%s: "don\'t reply to this mail" tells the reader to keep quiet, it does not warn', (_language, sentence) => {
    const cues = cuesOf(sentence);
    expect(cues.get('advice')).toBeUndefined();
    expect(cues.get('no-police')).toBeDefined();
  });

  it.each([
    ['de', 'Das ist meine letzte Warnung.'],
    ['nl', 'Dit is je laatste waarschuwing.'],
    ['da', 'Sidste advarsel!'],
    ['no', 'Siste advarsel!'],
  ])('%s: the classic subject "last warning" is a deadline, not a newsroom\'s warning', (_language, subject) => {
    const cues = cuesOf(subject);
    expect(cues.get('reporting')).toBeUndefined();
    expect(cues.get('deadline')).toBeDefined();
  });

  it.each([
    ['de', 'Sie wurden über eine Website für Erwachsene mit Malware infiziert. Ich habe ein Video gemacht. Überweisen Sie 0,1 BTC. Antworten Sie nicht auf diese E-Mail. Ihre Kontakte bekommen das Video, sagt mein Programm.'],
    ['da', 'Jeg er en hacker, der har adgang til dit operativsystem. Overfør 0,1 bitcoin inden for 48 timer, ellers sender jeg videoen til alle dine kontakter. Svar ikke på denne mail, siger jeg.'],
  ])('%s: such a mail is still flagged although it also says "says"', (_language, body) => {
    expect(assess(body).suspected).toBe(true);
  });
});

describe('bank and payment mail that mentions the own account is no hacking claim', () => {
  it.each([
    ['de', 'Die Abbuchung von Ihrem Konto ist erfolgt. Ihr Passwort bleibt unverändert.'],
    ['da', 'Beløbet er trukket fra din konto. Din adgangskode er uændret.'],
    ['no', 'Beløpet er trukket fra kontoen din. Passordet ditt er uendret.'],
  ])('%s', (_language, sentence) => {
    expect(cuesOf(sentence).get('hacker-claim')).toBeUndefined();
  });
});
