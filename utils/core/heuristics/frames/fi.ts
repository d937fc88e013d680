/**
 * Finnish frame words (frames/types.ts says what each concept holds). Data only, written for
 * this project. Machine-translated sextortion often loses ä and ö, so words that have them are
 * listed in both spellings ("lähetän", "lahetan").
 *
 * Finnish drops the pronoun and marks the owner with a suffix, and the words use both:
 * - `self` holds the first-person forms of the disclose, capture and intrude verbs ("lähetän",
 *   "kuvasin", "hakkeroin"), and no passive ("video julkaistaan" is a meetup's talk).
 * - `audience` holds only "your" forms ("kontakteillesi", "perheellesi ja ystävillesi"):
 *   "jaan lomakuvat perheelle ja ystäville" is someone's own holiday.
 * - `capture` and `intrude` hold active forms only: "puhelimesi on hakkeroitu" is what a
 *   friend or a provider writes, "elokuva on kuvattu Pariisissa" is a film review.
 */
import type { FrameLexicon } from './types';

export const FI_FRAMES: FrameLexicon = {
  language: 'fi',
  words: {
    // "minun" is left out: it is "my" far more often than the "minun täytyy" of a threat.
    self: [
      'minä', 'mina', 'mä', 'ma', 'minulla', 'mulla', 'olen', 'oon', 'aion', 'tulen', 'lähetän', 'lahetan',
      'lähetin', 'lahetin', 'jaan', 'jaoin', 'julkaisen', 'julkaisin', 'levitän', 'levitan', 'levitin',
      'välitän', 'valitan', 'lataan', 'paljastan', 'vuodan', 'näytän', 'naytan', 'postaan', 'toimitan',
      'kuvasin', 'tallensin', 'nauhoitin', 'taltioin', 'tein', 'hakkeroin', 'murtauduin', 'tunkeuduin',
      'tartutin', 'infektoin', 'asensin', 'sain', 'pääsin', 'paasin', 'kaappasin', 'otin',
      'lähettäisin', 'lahettaisin', 'jakaisin', 'julkaisisin', 'levittäisin', 'levittaisin', 'välittäisin',
      'valittaisin', 'näyttäisin', 'nayttaisin',
    ],
    // A passive future, the voice of machine-translated threats ("the video will be sent to all
    // your contacts"): read only in a share threat, whose audience is the reader's whole world.
    passive: ['lähetetään', 'lahetetaan', 'julkaistaan', 'jaetaan', 'levitetään', 'levitetaan', 'välitetään', 'valitetaan', 'ladataan'],
    // The verbs of disclose that make something public (not "send", which a videographer says):
    // read in the pay-or-publish frame.
    publish: [
      'julkais*', 'julkaist*', 'julkiseksi', 'julkisuuteen', 'levitän', 'levitan', 'levittä*', 'levitta*', 'levitet*',
      'levitin', 'vuodan', 'vuodetaan',
    ],
    disclose: [
      'lähett*', 'lahett*', 'lähetä*', 'laheta*', 'lähetet*', 'lahetet*', 'lähetin', 'lahetin',
      'jaan', 'jakaa', 'jakamaan', 'jakamalla', 'jakaisin', 'jaoin', 'jakanut', 'jaetaan', 'jaettu*',
      'julkais*', 'julkaist*', 'julkiseksi', 'julkisuuteen', 'levitän', 'levitan', 'levittä*', 'levitta*',
      'levitet*', 'levitin', 'välitän', 'välittää', 'välittämään', 'välitetään', 'lataan', 'ladata', 'lataamaan',
      'ladataan', 'ladattu*',
      'paljastan', 'paljastaa', 'paljastamaan', 'paljastetaan', 'vuodan', 'vuotaa', 'vuotamaan', 'vuodetaan',
      'näytän', 'naytan', 'näyttämään', 'nayttamaan', 'näytetään', 'naytetaan', 'postaan', 'postaamaan',
      'postata', 'postataan', 'toimitan', 'toimittaa', 'toimittamaan', 'toimitetaan',
    ],
    material: [
      'video*', 'kuva*', 'valokuva*', 'kuvakaappau*', 'näyttökaappau*', 'nayttokaappau*', 'tallente*', 'tallentei*',
      'tallenne', 'nauhoite*', 'nauhoitte*', 'nauhoitu*', 'leike', 'leikkeen', 'leikkeet', 'leikkeitä', 'leikkeita',
      'klippi*', 'klipi*', 'filmi*', 'materiaali*', 'aineisto*', 'todiste*', 'todisteit*', 'salaisuu*',
    ],
    // The whole of the reader's world, or two circles of it ("perheellesi ja ystävillesi"), only
    // as "your" forms: "lähetän kuvat perheellesi" is a friend passing wedding photos on, and
    // "jaan lomakuvat perheelle" someone's own holiday. No messaging apps (WhatsApp, Messenger):
    // that is where families send each other photos; no "medialle": a press officer sends photos there.
    // A pronoun standing for the material in a share threat (frames/types.ts).
    object: ['sen', 'ne', 'niitä', 'sitä', 'tämän', 'nämä', 'näitä',
    ],
    audience: [
      'kontakteillesi', 'kontakteillenne', 'kontaktiesi', 'kontaktienne', 'kontakteihisi', 'yhteystiedoillesi',
      'yhteystiedoillenne', 'yhteystietojesi', 'yhteystietojenne', 'yhteystietoihisi', 'yhteystietoluettelo*',
      'osoitekirja*', 'osoitekirjaasi', 'osoitekirjassasi', 'työkavereillesi', 'tyokavereillesi',
      'työkavereillenne', 'tyokavereillenne', 'työkaveriesi', 'tyokaveriesi', 'työtovereillesi',
      'tyotovereillesi', 'kollegoillesi', 'kollegoillenne', 'kollegoidesi', 'työnantajallesi',
      'tyonantajallesi', 'työnantajallenne', 'tyonantajallenne', 'työnantajasi', 'tyonantajasi', 'pomollesi',
      'esimiehellesi', 'esihenkilöllesi', 'esihenkilollesi', 'tutuillesi', 'tuttavillesi', 'tuttaviesi',
      'tuntemillesi', 'läheisillesi', 'laheisillesi', 'läheisillenne', 'laheisillenne', 'läheistesi',
      'laheistesi', 'sosiaaliseen mediaan', 'sosiaalisessa mediassa', 'sosiaalisen median', 'someen', 'somessa',
      'facebookiin', 'instagramiin', 'instagramissa', 'internetiin', 'internettiin',
      'internetissä', 'internetissa', 'pornosivu*', 'aikuissivusto*', 'kaikkien nähtäväksi',
      'kaikkien nahtavaksi', 'kaikkien nähtäville', 'kaikkien nahtaville', 'sun kontakteille',
      'sun työkavereille', 'sun tyokavereille', 'sun pomolle', 'perheellesi ja ystävillesi',
      'perheellesi ja ystavillesi', 'ystävillesi ja perheellesi', 'ystavillesi ja perheellesi',
      'perheellesi ja sukulaisillesi', 'sukulaisillesi ja ystävillesi', 'sukulaisillesi ja ystavillesi',
      'ystävillesi ja sukulaisillesi', 'ystavillesi ja sukulaisillesi', 'perheellesi ja kavereillesi',
      'kavereillesi ja perheellesi', 'vaimollesi ja lapsillesi', 'miehellesi ja lapsillesi',
      'puolisollesi ja lapsillesi', 'puolisollesi ja perheellesi', 'kumppanillesi ja perheellesi',
      'vanhemmillesi ja ystävillesi', 'vanhemmillesi ja ystavillesi', 'ystävillesi ja vanhemmillesi',
      'ystavillesi ja vanhemmillesi', 'perheellenne ja ystävillenne', 'perheellenne ja ystavillenne',
      'ystävillenne ja perheellenne', 'ystavillenne ja perheellenne', 'perheesi ja ystäväsi',
      'perheesi ja ystavasi', 'ystäväsi ja perheesi', 'ystavasi ja perheesi',
      'seuraajillesi', 'seuraajillenne', 'seuraajasi',
      'kaikki ystäväsi', 'kaikki ystavasi', 'ystäväsi työkaverisi', 'ystavasi tyokaverisi',
      'ystäväsi ja työkaverisi', 'ystavasi ja tyokaverisi', 'työkaverisi ja sukulaisesi',
      'tyokaverisi ja sukulaisesi', 'ystäväsi ja sukulaisesi', 'ystavasi ja sukulaisesi',
      'ystävillesi', 'ystavillesi', 'vaimollesi',
      'kaikki yhteystietosi', 'yhteystietosi', 'kaikki kontaktisi',
    ],
    // Active forms only (see the module comment); "tallensi" and "nauhoitti" are the malware's.
    capture: [
      'kuvasin', 'kuvannut', 'kuvaamaan', 'tallensin', 'tallentanut', 'tallentamaan', 'tallensi', 'nauhoitin',
      'nauhoittanut', 'nauhoitti', 'taltioin', 'taltioinut', 'videoin', 'videoinut', 'tein videon',
      'tein videoleikkeen', 'tein tallenteen', 'otin kuvakaappau*', 'otin kuvia', 'otin kuvan', 'otin videon',
      'kuvakaappasin',
    ],
    // "seksi*" would find "seksikiristys", the news word, so the forms are listed.
    intimate: [
      'porno*', 'aikuisviihde*', 'aikuisviihtee*', 'aikuissivu*', 'aikuisten sivu*', 'aikuisten portaali*',
      'aikuisille tarkoitet*', 'itsetyydytys*', 'tyydytät itseäsi', 'tyydytat itseasi', 'tyydytit itseäsi',
      'tyydytit itseasi', 'tyydyttämässä itseäsi', 'tyydyttamassa itseasi', 'tyydyttäessäsi itseäsi',
      'tyydyttaessasi itseasi', 'masturboi*', 'alasti', 'alaston', 'alastomana', 'alastomia', 'alastonkuv*',
      'intiimi*', 'seksiä', 'seksia', 'seksivideo*', 'seksikuv*', 'seksuaalinen', 'seksuaalis*', 'eroottinen',
      'eroottis*', 'nakukuv*',
    ],
    porn: [
      'porno*', 'aikuisviihde*', 'aikuisviihtee*', 'aikuissivu*', 'aikuisten sivu*', 'aikuisten portaali*',
      'aikuisille tarkoitet*', 'itsetyydytys*', 'tyydytät itseäsi', 'tyydytat itseasi', 'tyydytit itseäsi',
      'tyydytit itseasi', 'tyydyttämässä itseäsi', 'tyydyttamassa itseasi', 'tyydyttäessäsi itseäsi',
      'tyydyttaessasi itseasi', 'masturboi*', 'seksivideo*',
      'masturboit', 'masturboimassa', 'masturboimasta',
    ],
    // The reader's camera or a webcam: "kuvasin häät kameralla" is a wedding.
    camera: [
      'web-kamera*', 'webkamera*', 'verkkokamera*', 'webcam*', 'etukamera*', 'kamerasi', 'kameranne',
      'kamerallasi', 'kamerallanne', 'kameraasi', 'kamerastasi', 'kameran kautta',
    ],
    // Active forms only (see the module comment).
    intrude: [
      'hakkeroin', 'hakkeroinut', 'hakkeroimaan', 'murtauduin', 'murtautunut', 'tunkeuduin', 'tunkeutunut',
      'tartutin', 'tartuttanut', 'infektoin', 'infektoinut', 'kaappasin', 'kaapannut', 'vaarantanut',
      'sain pääsyn', 'sain paasyn', 'sain täyden pääsyn', 'sain tayden paasyn', 'täysi pääsy', 'taysi paasy',
      'pääsy laitteeseesi', 'paasy laitteeseesi', 'pääsin käsiksi', 'paasin kasiksi', 'päässyt käsiksi',
      'paassyt kasiksi', 'päässyt laitteeseesi', 'paassyt laitteeseesi', 'päässyt tietokoneeseesi',
      'paassyt tietokoneeseesi', 'päässyt koneellesi', 'paassyt koneellesi', 'päässyt järjestelmääsi',
      'paassyt jarjestelmaasi', 'täysi määräysvalta', 'taysi maaraysvalta', 'hallintaani', 'hallinnassani',
      'haltuuni', 'asensin haittaohjelm*', 'asensin troijalai*', 'asensin vakoiluohjelm*', 'asensin viruksen',
      'asentanut haittaohjelm*', 'asentanut troijalai*', 'asentanut vakoiluohjelm*', 'asentanut viruksen',
    ],
    device: [
      'laite', 'laitteesi', 'laittee*', 'laittei*', 'tietokone*', 'koneesi', 'koneeseesi', 'koneellesi',
      'koneellasi', 'koneeltasi', 'puhelin*', 'puhelime*', 'älypuhelin*', 'alypuhelin*', 'älypuhelime*',
      'alypuhelime*', 'kännykk*', 'kannykk*', 'läppäri*', 'lappari*', 'tabletti*', 'tili', 'tilisi', 'tilin',
      'tiliisi', 'tililläsi', 'tililtasi', 'tililtäsi', 'tilillasi', 'tilinne', 'tiliinne', 'sähköposti*',
      'sahkoposti*', 'postilaatikko*', 'järjestelmä*', 'jarjestelma*', 'käyttöjärjestelmä*',
      'kayttojarjestelma*', 'reititin*', 'reitittime*', 'selain*', 'selaime*', 'iphone*', 'android*', 'pc',
    ],
    // The reader named as the victim: "tappaa ampiaiset" and "hoitaa tilauksesi" come with "maksettu"
    // and "tilattu" in honest mail. "Murhasi" is also "murdered" ("hän murhasi"), rare next to "palkattu".
    harm: [
      'tappaa sinut', 'tapan sinut', 'tappamaan sinut', 'tappaisin sinut', 'tappaa teidät', 'tappaa teidat',
      'tappamaan teidät', 'tappamaan teidat', 'murhata sinut', 'murhaamaan sinut', 'murhasi', 'murhanne',
      'sinun murhasi', 'satuttaa sinua', 'satuttamaan sinua', 'satuttaa perhettäsi', 'satuttaa perhettasi',
      'vahingoittaa sinua', 'vahingoittamaan sinua', 'vahingoittaa perhettäsi', 'vahingoittaa perhettasi',
      'viedä henkesi', 'vieda henkesi', 'viemään henkesi', 'viemaan henkesi', 'kuolemasi', 'happoa kasvoillesi',
      'kaataa happoa', 'heittää happoa', 'heittaa happoa', 'raajarikoksi', 'hoitelemaan sinut',
      'hoidella sinut', 'poistaa sinut päiväjärjestyksestä', 'poistaa sinut paivajarjestyksesta',
      'sinut hengiltä', 'sinut hengilta',
    ],
    hire: [
      'maksettu', 'maksoi', 'maksanut', 'maksetaan', 'palkattu', 'palkkasi', 'palkannut', 'palkkionmetsästäjä',
      'palkkionmetsastaja', 'tilannut', 'tilasi', 'tilattu', 'tilaaja', 'tilaajan', 'tilaajalta', 'asiakkaani',
      'toimeksianto*', 'toimeksiannon', 'tehtävän', 'tehtavan', 'tehtävä on', 'tehtava on', 'sopimus',
      'joku haluaa', 'eräs henkilö haluaa', 'eras henkilo haluaa',
    ],
    // The reader's world receiving or seeing it (frames/types.ts): read only with not paying.
    receive: [
      'saavat', 'näkevät', 'nakevat', 'saa nähdä', 'saa nahda', 'saavat nähdä', 'saavat nahda',
      'menee',
    ],
    negation: [
      'en voi', 'emme voi', 'ei voi', 'en pysty', 'emme pysty', 'ei ole mahdollista',
    ],
  },
};
