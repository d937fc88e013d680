/**
 * Swedish cue phrases for the extortion heuristics. Data only. Written for this project from
 * the documented Swedish waves (2019 kidnapping threats with "don't contact the police",
 * sextortion) and a Swedish rendering of the Vastaamo features for Finland's Swedish speakers.
 */
import type { Lexicon } from './types';

export const SV: Lexicon = {
  language: 'sv',
  phrases: {
    'payment-demand': [
      'betala', 'betalar du', 'betalar ni', 'du måste betala', 'ni måste betala', 'du ska betala',
      'betalningen', 'betalning till', 'överför', 'överföra', 'skicka', 'sätt in',
      'till följande adress', 'följande bitcoin*', 'min bitcoin*', 'min plånbok', 'vår plånbok',
      'plånboksadress*', 'bitcoin-adress*', 'bitcoinadress*', 'btc-adress*', 'värt i bitcoin',
      'kronor i bitcoin', 'euro i bitcoin', 'motsvarande', 'kopiera och klistra', 'skiftlägeskänslig',
      'om vi får', 'om jag får', 'när jag får', 'när vi får', 'när betalningen', 'lösensumma*',
      'lösen', 'betalningspåminnelse', 'om du inte betalar', 'om ni inte betalar',
    ],
    deadline: [
      'tidsfrist', 'deadline', 'sista varning', 'sista chansen', 'senast', 'klockan tickar',
      'förfallodag*', 'förfallodatum',
    ],
    'exposure-threat': [
      'publicera', 'publicerar', 'publiceras', 'publicerad', 'offentliggöra', 'offentliggör*',
      'offentlig', 'för alla att se', 'sprida', 'sprider', 'sprids', 'läcka', 'läcker',
      'säljas', 'säljer', 'mörka nätet', 'darknet', 'dark web', 'lägger ut', 'lägga ut',
      'på nätet', 'på internet', 'ditt rykte',
    ],
    'direct-threat': [
      'skicka videon', 'skickar videon', 'till alla dina kontakter', 'berättar för din fru',
      'berättar för din man', 'publicerar vi dina', 'publicerar videon', 'publicera videon',
    ],
    audience: [
      'alla dina kontakter', 'dina kontakter', 'dina vänner', 'din familj', 'dina anhöriga',
      'dina kollegor', 'din arbetsgivare', 'sociala medier', 'din fru', 'din man', 'dina barn',
      'era kunder', 'era anställda',
    ],
    consequence: [
      'annars', 'i annat fall', 'om du inte betalar', 'om ni inte betalar', 'om jag inte får',
      'om vi inte får'
    ],
    commercial: [
      'faktura', 'fakturan', 'påminnelseavgift', 'dröjsmålsränta', 'inkasso*', 'kvitto',
      'ordernummer', 'moms', 'medlemsavgift',
    ],
    'violence-threat': [
      'sprängladdning*', 'detonera*', 'laddningen', 'ta bort dig', 'se dig död', 'vill se dig död', 'uppdraget genomförs',
      'skada dig', 'skada din', 'skada er', 'bränna',
      'tända eld', 'anlagd brand', 'våld', 'döda', 'hämta dig', 'hämtar dig', 'bomb*', 'sprängämne*',
      'explodera*', 'syra', 'torped*', 'vet var du bor', 'vi vet var du bor',
    ],
    'kidnap-threat': ['kidnappa*', 'kidnappning*', 'röva bort', 'gisslan'],
    'authority-claim': ['polisen', 'polismyndigheten', 'nationella operativa avdelningen', 'europol', 'interpol', 'åklagarmyndigheten'],
    summons: ['kallelse', 'kallelse till förhör', 'stämningsansökan', 'delgivning'],
    accusation: [
      'rättsliga åtgärder mot dig',
      'barnpornografi*', 'barnporr*', 'pedofil*', 'minderåriga', 'du är misstänkt', 'du misstänks', 'åtal',
      'häktning*', 'sexuella övergrepp',
    ],
    recording: [
      'spelade in dig', 'spelat in dig', 'filmade dig', 'filmat dig', 'video på dig',
      'videon på dig', 'bilder på dig', 'din webbkamera', 'webbkamera*', 'din kamera', 'via kameran',
      'porr*', 'vuxensajt*', 'onanera*', 'naken*', 'privata foton', 'dina foton', 'dina bilder'
    ],
    'personal-data': [
      'personnummer', 'hemadress*', 'journalanteckning*', 'patientjournal*', 'diagnos*',
    ],
    'held-data': [
      'personuppgift*', 'dina uppgifter', 'ditt namn', 'dina filer', 'löner',
    ],
    'compromising-material': [
      'ditt lösenord', 'lösenord*', 'skadlig kod', 'skadlig programvara', 'trojan*', 'din enhet',
      'din dator', 'hackade',
    ],
    'pay-to-delete': [
      'raderas permanent', 'raderas', 'raderar', 'radera', 'tas bort permanent', 'tas bort',
      'tar bort', 'förstör', 'förstörs', 'permanent raderade', 'från våra servrar',
      'aldrig höra av mig igen', 'aldrig höra av oss igen',
    ],
    'therapy-context': [
      'terapi*', 'terapeut*', 'psykiatr*', 'psykoterap*', 'psykolog*', 'patientjournal*',
      'journalanteckning*', 'journaler', 'vårdhistorik', 'sjukdomshistori*', 'diagnos*',
      'psykisk ohälsa',
    ],
    'blame-company': [
      'vägrade betala', 'vägrade ta ansvar', 'vägrade', 'ta ansvar', 'inte ville betala',
      'ledningen',
    ],
    'no-police': [
      'kontaktar du polisen',
      'kontakta inte polisen', 'kontakta inte polis', 'gå inte till polisen', 'ring inte polisen',
      'anmäl inte', 'om du kontaktar polisen', 'om du går till polisen', 'om du ringer polisen',
      'polisen kan inte hjälpa', 'berätta inte för någon', 'säg inget till någon',
    ],
    'hacker-claim': ['jag är en hacker', 'jag är hacker', 'jag har hackat', 'från ditt konto', 'jag har övervakat dig', 'jag har full tillgång'],
    advice: [
      'betala inte', 'betala aldrig', 'svara inte', 'polisanmälan', 'polisanmäl*', 'anmäl till polisen',
      'anmäl det till polisen', 'gör en anmälan', 'kontakta polisen', 'byt lösenord',
      'bluffmejl*', 'bluffmail*', 'bluff*', 'bedrägeri*', 'nätfiske', 'utpressningsmejl*',
      'utpressningsmail*', 'klicka inte', 'öppna inte', 'spara meddelandet', 'spara mejlet',
      'ta en skärmdump', 'var uppmärksam', 'cybersäkerhetscentret', 'brottsofferjour*',
    ],
    reporting: [
      'brottstrend*', 'kidnapparna', 'kidnapparen', 'medier', 'myndigheter', 'uppmärksammades',
      'avsändar*', 'utger sig',
      'utpressare*', 'utpressarna', 'bedragare*', 'bedragarna', 'brottslingar*', 'mottagare*',
      'mottagarna', 'offren', 'offer för', 'enligt polisen', 'enligt', 'uppger', 'uppgav',
      'polisen varnar', 'polisen uppmanar', 'polisen har fått', 'anmälningar', 'mejlen', 'mejlet',
      'mailen', 'meddelandena', 'dataintrång*', 'tingsrätt*', 'hovrätt*', 'åklagare*', 'dömd*',
      'pressmeddelande',
    ],
  },
};
