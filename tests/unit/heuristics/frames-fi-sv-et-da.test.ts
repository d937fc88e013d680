/**
 * The Finnish, Swedish, Estonian and Danish frame words (utils/core/heuristics/frames) against
 * threatening sentences worded the way sextortion mail and its machine translations word them,
 * and against honest mail that uses the same words: an app's invitation, a school's photos, a
 * provider's notice, a friend's worry, a security camera sign, a film newsletter, an IT admin, a
 * holiday, a helpdesk, pest control. Every sentence was written for this test; none is copied
 * from a mail or an article.
 */
import { describe, expect, it } from 'vitest';
import type { Cue } from '../../../utils/core/heuristics/lexicon';
import { frameHits } from './frame-hits';

/** The cues a frame adds (frames/find.ts). */
const FRAME_CUES: readonly Cue[] = ['direct-threat', 'recording', 'compromising-material', 'violence-threat'];

type Language = {
  /** [the frame's cue, a threatening sentence]. */
  threats: readonly (readonly [Cue, string])[];
  /** Honest sentences that must hold no frame. */
  honest: readonly string[];
};

const LANGUAGES: Readonly<Record<string, Language>> = {
  fi: {
    threats: [
      ['direct-threat', 'Jos en saa maksua, lähetän tämän noloa videon kaikille ystävillesi ja työkavereillesi.'],
      ['direct-threat', 'Julkaisen videosi, jossa tyydytät itseäsi, sosiaalisessa mediassa ja lähetän sen perheellesi.'],
      ['direct-threat', 'Mulla on kuvat susta ja aion välittää ne kaikille kontakteillesi heti huomenna.'],
      ['direct-threat', 'Lähetän kaiken kuvamateriaalin automaattisesti yhteystiedoillesi, jos maksua ei kuulu.'],
      ['direct-threat', 'Lahetan teidan videonne kaikille yhteystiedoillenne ja tyonantajallenne, ellette maksa.'],
      ['direct-threat', 'Mina tulen lahettamaan taman videon sinun perheellesi ja ystavillesi.'],
      ['direct-threat', 'Muuten mä postaan ne kuvat someen ja sun työkavereille.'],
      ['recording', 'Kuvasin sinua web-kamerasi kautta, kun katselit pornoa.'],
      ['recording', 'Asensin ohjelman, joka tallensi sinut, kun masturboit aikuisviihdesivustoa katsoessasi.'],
      ['recording', 'Olen nauhoittanut kamerasi avulla sinusta videon, joka on todella nolo.'],
      ['compromising-material', 'Olen hakkeroinut laitteesi ja minulla on pääsy kaikkiin tietoihisi.'],
      ['compromising-material', 'Sain pääsyn sähköpostiisi muutama kuukausi sitten ja asensin troijalaisen.'],
      ['compromising-material', 'Hakkeroin tietokoneesi ja asensin haittaohjelman, joka seuraa kaikkea mitä teet.'],
      ['compromising-material', 'Olen tartuttanut käyttöjärjestelmäsi haittaohjelmalla.'],
      ['violence-threat', 'Minulle on maksettu siitä, että tapan sinut ensi viikolla.'],
      ['violence-threat', 'Eräs henkilö, jonka tunnet, on tilannut murhasi.'],
      ['violence-threat', 'Nainen maksoi siitä, että henkilöni kaataa happoa kasvoillesi.'],
    ],
    honest: [
      'Jaa videosi ystävillesi ja perheellesi yhdellä napautuksella!',
      'Lähetän valokuvat koulun kevätjuhlasta kaikkien oppilaiden perheille ensi viikolla.',
      'Tilisi on saatettu vaarantaa, joten vaihda salasanasi heti.',
      'Mä luulen, että sun puhelin on hakkeroitu, kun se lähettää outoja viestejä.',
      'Tämä kiinteistö on kameravalvottu ja valvontakamera tallentaa kuvaa ympäri vuorokauden.',
      'Uusi eroottinen draama on kuvattu Pariisissa, ja se tulee ensi-iltaan perjantaina.',
      'Asennan huomenna uuden ohjelmiston tietokoneellesi ja päivitän käyttöjärjestelmän.',
      'Jaan lomakuvat perheelle ja sukulaisille heti kun pääsen kotiin.',
      'Olen lähettänyt hääkuvat teille, voitte jakaa ne haluamillenne.',
      'Valokuvaaja kuvasi juhlat ja tallensi kuvat pilvipalveluun.',
      'Minä asensin reitittimen ja tietokoneen olohuoneeseen, kaikki toimii nyt.',
      'Kun kuvaat videon, voit jakaa sen kavereillesi sovelluksessa.',
      'Minä kuvasin häävideon kameralla.',
      'Lähetän kuvat perheellesi, kun saan ne valmiiksi.',
      'Tilasimme tuholaistorjujan, joka tappaa ampiaiset pihalta.',
      'Tilauksesi on maksettu ja toimitetaan huomenna.',
      'Olen nyt päässyt kirjautumaan tilillesi ja korjannut asetukset.',
    ],
  },
  sv: {
    threats: [
      ['direct-threat', 'Om jag inte får betalningen skickar jag videon till alla dina kontakter.'],
      ['direct-threat', 'Jag kommer att skicka den här pinsamma inspelningen till din familj och dina kollegor.'],
      ['direct-threat', 'Jag kommer att publicera videon där du onanerar på sociala medier.'],
      ['direct-threat', 'Betalar ni inte, lägger jag ut bilderna på internet och mejlar dem till er arbetsgivare.'],
      ['direct-threat', 'Jag har en video på dig som jag tänker visa för din fru och dina barn om du inte svarar.'],
      ['direct-threat', 'Annars kommer jag att sprida filmerna bland dina vanner och pa sociala natverk.'],
      ['recording', 'Jag spelade in dig genom din webbkamera medan du tittade på porr.'],
      ['recording', 'Med mitt program spelade jag in dig när du onanerade framför skärmen på en vuxensajt.'],
      ['recording', 'Jag har filmat dig med kameran i din dator.'],
      ['compromising-material', 'Jag hackade din dator för några månader sedan och installerade en trojan.'],
      ['compromising-material', 'Jag har fått tillgång till ditt e-postkonto och alla dina enheter.'],
      ['compromising-material', 'Jag har tagit kontroll over din telefon och kan se allt du gör.'],
      ['compromising-material', 'Jag fick full tillgang till din enhet nar du besokte en porrsida.'],
      ['violence-threat', 'Jag har fått betalt för att döda dig, och beställaren är någon du känner.'],
      ['violence-threat', 'Någon har anlitat mig för att mörda dig.'],
    ],
    honest: [
      'Dela dina videor med dina vänner och din familj direkt i appen!',
      'Jag skickar bilderna från skolavslutningen till alla familjer i klassen nästa vecka.',
      'Ditt konto kan ha komprometterats, byt lösenord så snart som möjligt.',
      'Jag tror att din telefon har blivit hackad, den skickar konstiga meddelanden.',
      'Området är kameraövervakat och kameran spelar in dygnet runt.',
      'Den erotiska filmen är inspelad i Paris och har premiär på fredag.',
      'Jag installerar det nya programmet på din dator på måndag och uppdaterar systemet.',
      'Jag delar semesterbilderna med familjen och släkten när vi kommer hem.',
      'Din video delas automatiskt med dina vänner när du trycker på publicera.',
      'Fotografen tog bilder på bröllopet och skickar dem till brudparet.',
      'Jag har lagt upp alla bilder från festen i vårt gemensamma album.',
      'Kolla vad jag filmade på stranden, jag skickar klippet till mamma också.',
      'Jag filmade bröllopet med min kamera.',
      'Om du vill kan jag skicka bilderna till din familj också.',
      'Vi har betalt för en firma som ska döda getingarna i trädgården.',
      'Vi kan ta bort dig från listan när fakturan är betald.',
    ],
  },
  et: {
    threats: [
      ['direct-threat', 'Kui ma raha ei saa, saadan selle video kõigile sinu kontaktidele.'],
      ['direct-threat', 'Ma saadan selle piinliku salvestise sinu perele ja sinu töökaaslastele.'],
      ['direct-threat', 'Avaldan video, kus sa ennast rahuldad, sotsiaalmeedias.'],
      ['direct-threat', 'Kui te ei maksa, edastan need pildid teie tööandjale ja kõigile teie kontaktidele.'],
      ['direct-threat', 'Mul on sinust video ja ma kavatsen seda näidata sinu naisele ja lastele.'],
      ['recording', 'Salvestasin su veebikaamera kaudu, kui sa pornot vaatasid.'],
      ['recording', 'Paigaldasin programmi, mis salvestas sind, kui sa täiskasvanute saidil masturbeerisid.'],
      ['recording', 'Olen sind sinu arvuti kaamera abil filminud.'],
      ['compromising-material', 'Häkkisin mõni kuu tagasi sinu arvuti ja paigaldasin troojalase.'],
      ['compromising-material', 'Olen saanud täieliku ligipääsu sinu e-posti kontole ja kõigile seadmetele.'],
      ['compromising-material', 'Olen nuhkvara kaudu teie arvutis ja tean kõike, mida te teete.'],
      ['compromising-material', 'Ma votsin su telefoni oma kontrolli alla ja nakatasin selle pahavaraga.'],
      ['direct-threat', 'Saadan video sinu sopradele ja sugulastele kui sa ei maksa.'],
      ['violence-threat', 'Mulle maksti, et ma sind tapaksin.'],
      ['violence-threat', 'Keegi, keda sa tunned, tellis sinu mõrva.'],
    ],
    honest: [
      'Jaga oma videoid sõprade ja perega otse rakenduses!',
      'Saadan lõpuaktuse pildid kõigile klassi peredele järgmisel nädalal.',
      'Teie konto võib olla ohustatud, palun vahetage kohe parool.',
      'Ma arvan, et su telefon on häkitud, see saadab imelikke sõnumeid.',
      'Hoone on videovalve all ja turvakaamera salvestab ööpäev läbi.',
      'Uus erootiline draama on filmitud Pariisis ja esilinastub reedel.',
      'Paigaldan esmaspäeval sinu arvutisse uue tarkvara ja uuendan süsteemi.',
      'Jagan puhkusepilte oma pere ja sugulastega, kui koju jõuame.',
      'Fotograaf pildistas pulma ja saadab pildid pruutpaarile.',
      'Ma tegin rannas videot ja saadan selle emale.',
      'Sinu video jagatakse automaatselt su sõpradega, kui vajutad nuppu Avalda.',
      'Laadisin kõik peo pildid meie ühisesse albumisse.',
      'Ma filmisin pulma oma kaameraga.',
      'Ma saadan pildid sinu perele, kui need valmis saavad.',
      'Tellisime firma, mis tapab herilased aias.',
    ],
  },
  da: {
    threats: [
      ['direct-threat', 'Hvis jeg ikke modtager betalingen, sender jeg videoen til alle dine kontakter.'],
      ['direct-threat', 'Jeg vil sende denne pinlige optagelse til din familie og dine kolleger.'],
      ['direct-threat', 'Jeg vil offentliggøre videoen, hvor du onanerer, på sociale medier.'],
      ['direct-threat', 'Betaler I ikke, lægger jeg billederne ud på internettet og mailer dem til jeres arbejdsgiver.'],
      ['direct-threat', 'Jeg har en video af dig, som jeg vil vise din kone og dine børn, hvis du ikke svarer.'],
      ['direct-threat', 'Ellers vil jeg med det samme sende videofiler af dig til dine kontakter samt familie.'],
      ['recording', 'Jeg optog dig gennem dit webcam, mens du så porno.'],
      ['recording', 'Med mit program optog jeg dig, mens du onanerede foran skærmen på en voksenside.'],
      ['recording', 'Jeg har filmet dig med kameraet på din computer.'],
      ['compromising-material', 'Jeg hackede din computer for nogle måneder siden og installerede en trojaner.'],
      ['compromising-material', 'Jeg har fået adgang til din e-mailkonto og alle dine enheder.'],
      ['compromising-material', 'Jeg overtog kontrollen med din telefon og kan se alt hvad du gør.'],
      ['compromising-material', 'Jeg fik fuld adgang til din enhed, da du besøgte en pornoside.'],
      ['violence-threat', 'Jeg er blevet betalt for at dræbe dig.'],
      ['violence-threat', 'En person, du kender, har bestilt mordet på dig.'],
    ],
    honest: [
      'Del dine videoer med dine venner og din familie direkte i appen!',
      'Jeg sender billederne fra skolefesten til alle familierne i klassen i næste uge.',
      'Din konto kan være kompromitteret, skift venligst din adgangskode hurtigst muligt.',
      'Jeg tror din telefon er blevet hacket, den sender mærkelige beskeder.',
      'Området er videoovervåget, og kameraet optager døgnet rundt.',
      'Den erotiske film er optaget i Paris og har premiere på fredag.',
      'Jeg installerer det nye program på din computer på mandag og opdaterer systemet.',
      'Jeg deler feriebillederne med familien, når vi kommer hjem.',
      'Din video bliver delt automatisk med dine venner, når du trykker på Del.',
      'Fotografen tog billeder til brylluppet og sender dem til brudeparret.',
      'Jeg har lagt alle billederne fra festen op i vores fælles album.',
      'Se hvad jeg filmede på stranden, jeg sender klippet til mor også.',
      'Jeg filmede brylluppet med mit kamera.',
      'Jeg sender gerne billederne til din familie, hvis du vil.',
      'Vi har bestilt en skadedyrsbekæmper, der skal dræbe hvepsene i haven.',
      'Når du har betalt, kan du slå dig ned i loungen.',
    ],
  },
};

for (const [language, { threats, honest }] of Object.entries(LANGUAGES)) {
  describe(`${language} frames`, () => {
    it('hold at least ten threats and ten look-alikes, and every frame cue', () => {
      expect(threats.length).toBeGreaterThanOrEqual(10);
      expect(honest.length).toBeGreaterThanOrEqual(10);
      expect(new Set(threats.map(([cue]) => cue))).toEqual(new Set(FRAME_CUES));
    });

    it.each(threats)('find a frame of %s in: %s', (cue, text) => {
      expect(frameHits(text, cue)).not.toEqual([]);
    });

    it.each(honest)('find no frame in: %s', (text) => {
      for (const cue of FRAME_CUES) expect(frameHits(text, cue), cue).toEqual([]);
    });
  });
}
