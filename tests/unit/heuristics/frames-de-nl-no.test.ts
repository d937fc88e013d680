import { describe, expect, it } from 'vitest';
import { DE_FRAMES } from '../../../utils/core/heuristics/frames/de';
import { NL_FRAMES } from '../../../utils/core/heuristics/frames/nl';
import { NO_FRAMES } from '../../../utils/core/heuristics/frames/no';
import type { FrameLexicon } from '../../../utils/core/heuristics/frames/types';
import type { Cue } from '../../../utils/core/heuristics/lexicon';
import { allFrameHits, frameHits } from './frame-hits';

/**
 * The German, Dutch and Norwegian frame words against threat sentences written here in the way
 * sextortion mail and its machine translations word them (other word orders, other words between
 * the concepts than the lexicon phrases), and against honest sentences that use the same words.
 * None is copied from a real mail.
 */

type Language = 'de' | 'nl' | 'no';

const LEXICONS: Readonly<Record<Language, FrameLexicon>> = { de: DE_FRAMES, nl: NL_FRAMES, no: NO_FRAMES };

/** Threat sentences and the cue whose frame each must show. */
const THREATS: Readonly<Record<Language, readonly (readonly [string, Cue])[]>> = {
  de: [
    ['Wenn ich das Geld nicht bekomme, werde ich dieses kompromittierende Video an alle Ihre Kontakte senden.', 'direct-threat'],
    ['Andernfalls schicke ich die Aufnahmen sofort an Ihre Familie, Ihre Freunde und Ihre Arbeitskollegen.', 'direct-threat'],
    ['Sonst werde ich das gesamte Material in sozialen Netzwerken veröffentlichen.', 'direct-threat'],
    ['Ich schicke das Video an deine Familie und deine Freunde, wenn du nicht zahlst.', 'direct-threat'],
    ['Ich werde die Aufnahme mit all deinen Freunden teilen und sie auf Pornoseiten hochladen.', 'direct-threat'],
    ['Zahlst du nicht, dann verschicke ich die Bilder, auf denen du dich befriedigst, an deinen Chef.', 'direct-threat'],
    ['Ich werde das Video in sozialen Netzwerken veroffentlichen, wenn Sie nicht zahlen.', 'direct-threat'],
    ['Mit einem Mausklick kann ich dieses Video an all Ihre sozialen Netzwerke und E-Mail-Kontakte weiterleiten.', 'direct-threat'],
    ['Ich habe Sie über Ihre Webcam gefilmt.', 'recording'],
    ['Ich habe ein Video erstellt, das zeigt, wie Sie sich selbst befriedigen.', 'recording'],
    ['Mit Ihrer Kamera habe ich ein Video von Ihnen aufgenommen.', 'recording'],
    ['Mit meinem Programm habe ich aufgezeichnet, wie Sie auf einer Website für Erwachsene masturbiert haben.', 'recording'],
    ['Über deine Webcam habe ich dich nackt gefilmt, während du Pornos geschaut hast.', 'recording'],
    ['Ich habe Ihr Gerät vor einigen Monaten mit einem Trojaner infiziert.', 'compromising-material'],
    ['Vor einigen Monaten habe ich mir Zugriff auf Ihr E-Mail-Konto verschafft.', 'compromising-material'],
    ['Als Hacker habe ich vollen Zugriff auf Ihr Betriebssystem.', 'compromising-material'],
    ['Habe Ihr Handy gehackt und alle Chats gelesen.', 'compromising-material'],
  ],
  nl: [
    ['Als ik het geld niet ontvang, stuur ik deze compromitterende video naar al je contacten.', 'direct-threat'],
    ["Ik zal de opnames dan meteen naar uw familie, vrienden en collega's doorsturen.", 'direct-threat'],
    ['Anders stuur ik het filmpje waarin je jezelf bevredigt naar je werkgever.', 'direct-threat'],
    ['Ik stuur de video naar je familie en vrienden als je niet betaalt.', 'direct-threat'],
    ['Ik ga al het materiaal op sociale media en op pornosites publiceren.', 'direct-threat'],
    ['Betaal je niet, dan deel ik de beelden met iedereen die je kent.', 'direct-threat'],
    ['Ik kan deze video met één klik naar al uw e-mailcontacten sturen.', 'direct-threat'],
    ['Ik heb je via je webcam gefilmd.', 'recording'],
    ['Ik heb een video gemaakt van u terwijl u masturbeerde.', 'recording'],
    ['Met de camera van uw laptop heb ik een video van u opgenomen.', 'recording'],
    ['Met mijn programma heb ik alles opgenomen terwijl u een website voor volwassenen bezocht en zichzelf bevredigde.', 'recording'],
    ['Ik heb je gefilmd terwijl je naar porno keek en aan het masturberen was.', 'recording'],
    ['Ik heb uw apparaat een paar maanden geleden met een trojan geïnfecteerd.', 'compromising-material'],
    ['Ik heb mezelf toegang gegeven tot uw computer.', 'compromising-material'],
    ['Als hacker heb ik volledige toegang tot je besturingssysteem.', 'compromising-material'],
    ['Een paar weken geleden heb ik je e-mailaccount gehackt.', 'compromising-material'],
  ],
  no: [
    ['Hvis jeg ikke mottar pengene, sender jeg denne kompromitterende videoen til alle kontaktene dine.', 'direct-threat'],
    ['Jeg vil da straks videresende opptakene til familien din, vennene dine og kollegene dine.', 'direct-threat'],
    ['Ellers sender jeg videoen der du tilfredsstiller deg selv til arbeidsgiveren din.', 'direct-threat'],
    ['Jeg sender videoen til familien og vennene dine hvis du ikke betaler.', 'direct-threat'],
    ['Jeg kommer til å legge ut alt materialet på sosiale medier og pornosider.', 'direct-threat'],
    ['Betaler du ikke, deler jeg bildene med alle du kjenner.', 'direct-threat'],
    ['Eg skal sende videoen til familien din og alle på kontaktlista di.', 'direct-threat'],
    ['Jeg kommer til å sende denne videoen til alle kontaktene dine.', 'direct-threat'],
    ['Med ett klikk kan jeg sende denne videoen til alle e-postkontaktene dine.', 'direct-threat'],
    ['Jeg har filmet deg gjennom webkameraet ditt.', 'recording'],
    ['Jeg laget en video som viser deg mens du tilfredsstilte deg selv.', 'recording'],
    ['Med kameraet på laptopen din har jeg tatt opp en video av deg.', 'recording'],
    ['Med programmet mitt tok jeg opp alt mens du så på porno og onanerte.', 'recording'],
    ['Jeg filmet deg mens du besøkte nettsider for voksne.', 'recording'],
    ['Jeg har infisert enheten din med en trojaner for noen måneder siden.', 'compromising-material'],
    ['Jeg har skaffet meg tilgang til datamaskinen din.', 'compromising-material'],
    ['Som hacker har jeg full tilgang til operativsystemet ditt.', 'compromising-material'],
    ['For noen uker siden hacket jeg e-postkontoen din.', 'compromising-material'],
  ],
};

/** Honest sentences with the same words: no frame may hold in them. */
const LOOK_ALIKES: Readonly<Record<Language, readonly string[]>> = {
  de: [
    'Teile deine Videos mit Freunden und Familie – direkt aus der App!',
    'Mit der neuen Kamera-App filmst du deine Kinder in 4K und teilst die Videos mit deinen Liebsten.',
    'Liebe Eltern, ich sende die Fotos vom Schulausflug morgen an alle Familien der Klasse.',
    'Die Fotos vom Sommerfest schicken wir Ihnen und allen Familien in der nächsten Woche per E-Mail.',
    'Wir haben ungewöhnliche Aktivitäten festgestellt: Ihr Konto wurde möglicherweise kompromittiert. Bitte ändern Sie Ihr Passwort.',
    'Ich glaube, dein Handy wurde gehackt, du hast mir komische Links geschickt.',
    'Ich bin mir ziemlich sicher, dass dein Konto gehackt wurde.',
    'Hinweis: Dieser Bereich wird videoüberwacht. Die Aufnahmen der Kamera werden 72 Stunden gespeichert.',
    'Neu im Programm: ein erotisches Drama, gedreht an der Ostsee, mit preisgekrönter Kamera.',
    'Ich installiere morgen früh das neue Update auf Ihrem Computer, bitte lassen Sie ihn eingeschaltet.',
    'Hier sind meine Urlaubsfotos aus Kroatien, zeig sie ruhig der ganzen Familie!',
    'Ich habe die Bilder vom Geburtstag in unser Familienalbum hochgeladen, damit Oma sie sehen kann.',
    'Die Polizei hat die Ermittlungen wegen sexueller Belästigung aufgenommen.',
    'Hallo! Ich habe auf der Hochzeit Fotos von dir gemacht, ich schicke die Fotos heute Abend an deine Familie.',
    'Ich schicke die Fotos vom Urlaub heute an alle meine Kontakte.',
    'Hallo Oma, das Video wird heute Abend in der Familiengruppe veröffentlicht werden.',
  ],
  nl: [
    "Deel je video's met vrienden en familie, rechtstreeks vanuit de app!",
    "Met de nieuwe camera-app film je je kinderen in 4K en deel je de video's met je dierbaren.",
    "Beste ouders, ik stuur de foto's van het schoolreisje morgen naar alle gezinnen van de klas.",
    "De fotograaf zal de foto's van de bruiloft volgende week met de families delen.",
    'We hebben verdachte activiteit gezien: uw account is mogelijk gehackt. Wijzig uw wachtwoord.',
    'Ik denk dat je telefoon gehackt is, je stuurde me rare linkjes.',
    'Ik ben bang dat je account gehackt is.',
    'Let op: in deze ruimte hangt een camera. De beelden worden 72 uur bewaard.',
    'Nieuw deze maand: een erotisch drama, gefilmd aan de Noordzeekust.',
    'Ik installeer morgen de nieuwe software op uw computer, laat hem aanstaan.',
    "Hier zijn mijn vakantiefoto's uit Kroatië, laat ze gerust aan de hele familie zien!",
    "Ik heb de foto's van het verjaardagsfeest in ons familiealbum gezet zodat oma ze kan zien.",
    'Hij is opgenomen in het ziekenhuis na een seksueel misdrijf.',
    'Ik heb contact opgenomen met je werkgever over de naakte waarheid.',
    "Hoi, ik heb mooie foto's van je gemaakt op de bruiloft, ik stuur de foto's vanavond naar je familie.",
    "Ik stuur de foto's van de vakantie vandaag naar al mijn contacten.",
    'Onze lezingen zullen worden opgenomen en gepubliceerd; deel ze met je vrienden en familie.',
  ],
  // Written without the preposition "i": the English frame word "i" (en.ts, self) matches it, so
  // "kontoen din kan være hacket i går" holds the intrusion frame whatever the Norwegian words are.
  no: [
    'Del videoene dine med venner og familie rett fra appen!',
    'Med den nye kamera-appen filmer du barna dine og deler videoene med dine nærmeste.',
    'Kjære foreldre, jeg sender bildene fra skoleturen til alle familiene på trinnet.',
    'Fotografen vil sende bildene fra bryllupet til familiene neste uke.',
    'Vi har oppdaget uvanlig aktivitet: kontoen din kan være hacket. Endre passordet ditt.',
    'Jeg tror mobilen din er hacket, du sendte meg rare lenker.',
    'Jeg er redd kontoen din er hacket.',
    'Merk: Området er overvåket med kamera. Opptakene lagres 72 timer.',
    'Nytt denne måneden: et erotisk drama, spilt inn på Sørlandet, med flere nakne scener.',
    'Jeg installerer det nye programmet på PC-en din, la den stå på.',
    'Her er feriebildene mine fra Kroatia, vis dem gjerne til hele familien!',
    'Jeg har lagt bildene fra bursdagen på familiealbumet vårt så mormor kan se dem.',
    'Jeg tok opp saken om seksuell trakassering med sjefen din.',
    'Hei, jeg tok fine bilder av deg på bryllupet, jeg sender bildene til familien din senere.',
    'Jeg sender bildene fra ferien til alle kontaktene mine.',
    'Foredragene våre vil bli filmet og publisert; del dem med venner og familie.',
  ],
};

describe.each(Object.keys(LEXICONS) as Language[])('frame words (%s)', (language) => {
  it('cover every frame with at least ten threats and ten look-alikes', () => {
    expect(THREATS[language].length).toBeGreaterThanOrEqual(10);
    expect(LOOK_ALIKES[language].length).toBeGreaterThanOrEqual(10);
    const cues = new Set(THREATS[language].map(([, cue]) => cue));
    expect([...cues].sort()).toEqual(['compromising-material', 'direct-threat', 'recording']);
  });

  it.each(THREATS[language])('find a frame in a threat: %s', (text, cue) => {
    expect(frameHits(text, cue)).not.toEqual([]);
  });

  it.each(LOOK_ALIKES[language])('find no frame in an honest sentence: %s', (text) => {
    expect(allFrameHits(text)).toEqual([]);
  });
});

describe('hired-to-harm in de, nl and no', () => {
  const violenceFrames = (text: string): string[] => frameHits(text, 'violence-threat');

  it.each([
    'Jemand aus Ihrem Umfeld hat mich bezahlt, um Sie zu töten.',
    'Ich wurde beauftragt, dich zu beseitigen, und ich kenne deine Adresse.',
    'Iemand heeft mij betaald om je te vermoorden.',
    'Ik heb de opdracht gekregen u uit de weg te ruimen; mijn klant wil u dood, maar ik kan u uw dood besparen.',
    'Noen har betalt meg for å drepe deg.',
    'Jeg har fått et oppdrag om å ta livet av deg.',
  ])('reads a hitman sentence: %j', (text) => {
    expect(violenceFrames(text)).not.toEqual([]);
  });

  it.each([
    'Sie haben bezahlt; am Montag kommen wir, um das Ungeziefer im Keller zu töten.',
    'Ihr Auftrag ist bezahlt und wird morgen ausgeführt.',
    'De opdracht is betaald; wij doden het onkruid in uw tuin met een milieuvriendelijk middel.',
    'Oppdraget er betalt, og skadedyrene i kjelleren blir drept på mandag.',
  ])('reads no hitman in %j', (text) => {
    expect(violenceFrames(text)).toEqual([]);
  });
});
