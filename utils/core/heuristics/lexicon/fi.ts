/**
 * Finnish cue phrases for the extortion heuristics. Data only. Finnish inflects heavily, so
 * many phrases are word stems with `*` ("julkais*" would be too broad; "julkaisemme" and
 * "julkaistaan" are listed instead). Written for this project from the documented Vastaamo
 * features (polite plural "Te", 200 € / 500 €, 24 h / 48 h, deletion offer) and Finnish
 * sextortion waves.
 */
import type { Lexicon } from './types';

export const FI: Lexicon = {
  language: 'fi',
  phrases: {
    'payment-demand': [
      'maksa', 'maksakaa', 'maksamaan', 'maksatte', 'maksat', 'maksettava summa', 'maksu on',
      'maksun jälkeen', 'kun maksu', 'kun olet maksanut', 'kun olette maksaneet',
      'jos saamme', 'jos saan', 'kun saamme', 'kun saan', 'euron arvosta', 'eur arvosta',
      'dollarin arvosta', 'arvosta bitcoin*', 'bitcoin-osoitteeseen', 'bitcoinosoitteeseen',
      'btc-osoitteeseen', 'lompakkooni', 'lompakkoomme', 'lompakko-osoite*', 'osoitteeseen',
      'lähetä', 'lähettäkää', 'siirrä', 'siirtäkää', 'pyytämään teitä maksamaan',
      'pyytämään sinua maksamaan', 'lunnaat', 'lunnai*', 'kopioi ja liitä', 'kirjainkoolla on väliä',
      'pitääksenne henkilötietonne turvassa', 'pitääksesi tietosi turvassa', 'maksumuistutus',
      'jos et maksa', 'jos ette maksa', 'ellet maksa', 'ellette maksa', 'summa on',
      'bitcoin-lompakkoon', 'btc-lompakkoon',
    ],
    deadline: [
      'määräaika', 'määräaikaa', 'viimeinen varoitus', 'viimeinen mahdollisuus', 'aikaa on',
      'aikaa sinulla on', 'aikaa teillä on', 'kello käy', 'kello tikittää', 'viimeistään',
      'eräpäivä*', 'mennessä',
    ],
    'exposure-threat': [
      'julkaisemme', 'julkaisen', 'julkaistaan', 'julkaista', 'julkaistuksi', 'julkiseksi',
      'julkisesti', 'kaikkien nähtäville', 'kaikkien saataville', 'kaikkien luettavaksi',
      'levitän', 'levitämme', 'levitetään', 'vuodamme',
      'vuodetaan', 'myymme', 'myydään', 'pimeässä verkossa', 'pimeään verkkoon', 'dark web*',
      'darknet*', 'jaamme', 'netissä', 'nettiin', 'internetiin', 'maineesi', 'jakaa', 'jaan',
    ],
    'direct-threat': [
      'lähetän videon', 'lähetän tallenteen', 'jaan videon', 'jaan kuvat', 'kerron vaimollesi',
      'kerron miehellesi', 'kaikille yhteystiedoillesi', 'julkaisemme tietonne', 'tietonne julkaistaan',
      'julkaisemme videon', 'julkaisen videon', 'julkaisemme kuvat', 'julkaisen kuvat',
      'lähetän videosi', 'jakaa kaikki videosi', 'video julkaistaan', 'video lähetetään',
      'lähetettäväksi kaikille',
    ],
    audience: [
      'yhteystiedoillesi', 'yhteystiedoillenne', 'kontakteillesi', 'kontakteillenne',
      'ystävillesi', 'ystävillenne', 'sukulaisillesi', 'perheellesi', 'perheellenne',
      'läheisillesi', 'läheisillenne', 'työnantajallesi', 'työnantajallenne', 'kollegoillesi',
      'sosiaaliseen mediaan', 'sosiaalisessa mediassa', 'tutuillesi', 'työkavereillesi',
      'vaimollesi', 'miehellesi', 'lapsillesi',
    ],
    consequence: [
      'muuten', 'muussa tapauksessa', 'jos et maksa', 'jos ette maksa', 'jos en saa',
      'jos emme saa', 'ellet maksa', 'ellette maksa', 'jos maksua ei'
    ],
    commercial: [
      'lasku', 'laskun', 'laskusi', 'viivästyskorko', 'muistutusmaksu', 'perintä*', 'perintätoimisto*',
      'kuitti', 'tilausnumero', 'alv', 'jäsenmaksu',
    ],
    'violence-threat': [
      'vahingoitta*', 'satuttaa', 'satutamme', 'tuhopolt*', 'sytytämme',
      'sytytän', 'poltamme', 'poltan', 'väkivalta*', 'tappaa', 'hengenvaara*', 'pommi*', 'räjähd*',
      'happo*', 'palkkamurhaaja*', 'tiedämme missä', 'tiedän missä', 'kohdistamme toimenpiteitä',
      'henkilöstöönne ja omaisuuteenne', 'läheisiisi', 'läheisiänne',
    ],
    'kidnap-threat': ['sieppaa*', 'kaappaa*', 'sieppaus*', 'panttivan*'],
    'authority-claim': [
      'poliisi', 'sisäministeriö', 'keskusrikospoliisi', 'europol', 'interpol', 'kyberrikostorjunta',
      'kyberrikos*', 'oikeusministeriö',
    ],
    summons: ['kuulustelukutsu*', 'kutsu kuulusteluun', 'kutsu poliisikuulusteluun', 'haastehakemus', 'tuomioistuimen haaste'],
    accusation: [
      'lapsipornografi*', 'pedofili*', 'alaikäi*', 'pornografisen materiaalin', 'pornografista materiaalia',
      'laittoman pornografi*', 'olette syyllistyneet', 'olet syyllistynyt', 'syytteen nostamisen', 'pidätysmääräys',
    ],
    recording: [
      'aikuisten portaali*', 'aikuisten sivusto*',
      'nauhoitin sinut', 'nauhoitti sinut', 'nauhoitimme sinut', 'kuvasin sinut', 'videon sinusta',
      'video sinusta', 'sinusta on video', 'jossa näyt', 'videolla näyt', 'web-kamera*',
      'webkamera*', 'kamerasi', 'kameran kautta', 'aikuisviihde*', 'aikuissivusto*', 'porno*',
      'itsetyydy*', 'alaston*', 'kuvasi', 'tallensin sinut', 'tallentamaan', 'verkkokamera*',
      'aikuisvideo*', 'masturb*', 'videosi', 'etukamera*',
    ],
    'personal-data': [
      'henkilötunnu*', 'sosiaaliturvatun*', 'kotiosoit*', 'terapiatie*', 'muistiinpano*',
      'potilastie*', 'diagnoosi*', 'hoitokertomu*',
    ],
    'held-data': [
      'henkilötie*', 'asiakastie*', 'tietonne', 'tietosi', 'nimesi', 'nimenne', 'tiedostosi',
    ],
    'compromising-material': [
      'troijalais*', 'vaarantanut', 'jarjestelmasi', 'järjestelmäsi',
      'salasanasi', 'salasana', 'haittaohjelm*', 'troijalai*', 'laitteesi', 'laitteeseesi',
      'tunkeuduin', 'murtauduin', 'hakkeroin', 'laitteellasi', 'tietokoneellasi', 'tietokoneesi',
    ],
    'pay-to-delete': [
      'poistetaan pysyvästi', 'poistetaan', 'poistamme', 'poistan', 'poistettu pysyvästi',
      'tuhoamme', 'tuhoan', 'tuhotaan', 'hävitämme', 'hävitän', 'palvelimiltamme',
      'palvelimeltamme', 'ette kuule meistä enää', 'et kuule minusta enää',
    ],
    'therapy-context': [
      'terapia*', 'terapeut*', 'psykiatr*', 'psykoterap*', 'psykolog*', 'potilastie*',
      'potilaskertomu*', 'potilasasiakirj*', 'hoitotie*', 'hoitomerkinn*', 'vastaamo*',
      'mielenterveys*', 'diagnoo*', 'keskustelu*', 'vastaanotto*',
    ],
    'blame-company': [
      'kieltäytyi', 'kieltäytyivät', 'ei suostunut', 'eivät suostuneet', 'ottamaan vastuuta',
      'vastuuta virheistään', 'vastuuta virheistä', 'johto ei', 'johdon', 'yrityksen johto',
    ],
    'no-police': [
      'älä ota yhteyttä poliisiin', 'älkää ottako yhteyttä poliisiin', 'älä ilmoita poliisille',
      'älkää ilmoittako poliisille', 'jos otat yhteyttä poliisiin', 'jos otatte yhteyttä poliisiin',
      'jos ilmoitat poliisille', 'jos ilmoitatte poliisille', 'poliisi ei voi auttaa',
      'poliisista ei ole apua', 'älä kerro kenellekään', 'älkää kertoko kenellekään',
    ],
    'hacker-claim': ['olen hakkeri', 'hakkeroin laitteesi', 'tililtäsi', 'sähköpostitililtäsi', 'olen seurannut sinua', 'minulla on täysi pääsy', 'minulla on taysi maaraysvalta'],
    advice: [
      'älä maksa', 'älkää maksako', 'ei kannata maksaa', 'ei pidä maksaa', 'älä vastaa',
      'älkää vastatko', 'tee rikosilmoitus', 'tehkää rikosilmoitus',
      'ilmoita poliisille', 'ilmoittakaa poliisille', 'ota yhteyttä poliisiin',
      'ottakaa yhteyttä poliisiin', 'vaihda salasana*', 'huijausviest*', 'huijaus*',
      'rikosilmoituksen',
      'kiristysviest*', 'kiristyskirje*', 'tietojenkalastelu*', 'kyberturvallisuuskeskus*',
      'älä avaa', 'älä klikkaa', 'älä paina', 'säilytä viesti', 'ota kuvakaappaus',
      'rikosuhripäivystys', 'tietovuotoapu*',
    ],
    reporting: [
      'sanoo', 'sanoi', 'kertoo poliisi',
      'kiristäjä*', 'huijari*', 'rikollise*', 'uhrit', 'uhreja', 'uhrille', 'uhreille',
      'vastaanottaja*', 'viestissä', 'viesteissä', 'viestit', 'poliisi kertoo', 'poliisi kertoi',
      'poliisin mukaan', 'poliisi varoittaa', 'poliisi kehottaa', 'poliisi neuvoo', 'tiedote',
      'tiedotte*', 'ilmoituksia', 'kertoo', 'kertoi', 'tietomurto*', 'oikeus*', 'käräjäoikeu*',
      'hovioikeu*', 'tuomio*', 'epäilty', 'esitutkin*',
    ],
  },
};
