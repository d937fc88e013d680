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
