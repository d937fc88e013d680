/**
 * Danish cue phrases for the extortion heuristics. Data only. Written for this project from
 * the features of Danish sextortion waves ("jeg har optaget dig", bitcoin inden for 48 timer),
 * fake-police mails (Rigspolitiet, Europol, børnepornografi) and bomb threats; advice and
 * reporting phrases follow police and newsroom warnings.
 */
import type { Lexicon } from './types';

export const DA: Lexicon = {
  language: 'da',
  phrases: {
    'payment-demand': [
      'betal', 'du skal betale', 'i skal betale', 'betalingen', 'overfør', 'send mig', 'send beløbet',
      'bitcoin-adresse', 'bitcoinadresse', 'btc-adresse', 'min tegnebog', 'min wallet', 'følgende adresse',
      'til denne adresse', 'til adressen', 'værdi af', 'i bitcoin', 'kopier og indsæt', 'løsesum',
      'så snart jeg modtager', 'når jeg modtager', 'efter betaling', 'en bøde', 'bøden',
    ],
    deadline: [
      'frist', 'inden for', 'sidste advarsel', 'sidste chance', 'senest', 'tiden løber', 'nedtælling',
      'fra du åbner', 'forfaldsdato',
    ],
    'exposure-threat': [
      'offentliggøre', 'offentliggør', 'offentliggjort', 'offentliggøres', 'sprede', 'spreder', 'på internettet',
      'på nettet', 'dark web', 'darknet', 'sælge', 'dit omdømme', 'lække', 'lækket', 'deler',
    ],
    'direct-threat': [
      'til alle dine kontakter', 'sende videoen', 'sender videoen', 'videoen til', 'offentliggøre videoen',
      'dele videoen', 'deler videoen', 'dine data offentliggøres',
    ],
    audience: [
      'dine kontakter', 'alle dine kontakter', 'dine venner', 'din familie', 'dine kolleger', 'dine kollegaer',
      'din arbejdsgiver', 'sociale medier', 'din kone', 'din mand', 'din partner', 'dine pårørende',
    ],
    recording: [
      'video af dig', 'videoer af dig', 'optaget dig', 'optog dig', 'optagelse af dig', 'filmet dig', 'filmede dig',
      'webcam', 'dit kamera', 'voksenside*', 'pornoside*', 'porno*', 'onan*', 'masturb*', 'nøgenbilleder', 'intime',
    ],
    'personal-data': ['cpr-nummer', 'hjemmeadresse', 'fødselsdato', 'diagnose*', 'patientjournal*'],
    'held-data': [
      'personoplysninger', 'personlige oplysninger', 'dine data', 'dine oplysninger', 'dine filer',
      'dine hemmeligheder', 'kundedatabase', 'kundedata',
    ],
    consequence: ['ellers', 'i modsat fald', 'hvis du ikke betaler', 'hvis i ikke betaler', 'hvis jeg ikke modtager', 'hvis du ignorerer'],
    commercial: [
      'faktura', 'fakturaen', 'rykkergebyr', 'rykker', 'morarenter', 'inkasso*', 'kvittering', 'ordrenummer',
      'moms', 'kontingent',
    ],
    'violence-threat': [
      'smitte hele din familie', 'smitte dig', 'smitte',
      'bombe', 'sprængstof', 'eksplodere', 'eksploderer', 'dræbe', 'slå dig ihjel', 'gøre dig fortræd', 'skade dig',
      'syre', 'sætte ild', 'lejemorder', 'vold', 'ved hvor du bor',
    ],
    'kidnap-threat': ['kidnappe*', 'bortføre', 'bortfører', 'bortførelse', 'gidsel'],
    'authority-claim': [
      'politiet', 'rigspolitiet', 'europol', 'interpol', 'anklagemyndighed*', 'justitsministeriet', 'indkaldelse',
    ],
    summons: ['indkaldelse', 'indkaldelse til afhøring', 'stævning'],
    accusation: [
      'børnepornografi', 'børneporno', 'pædofil*', 'mindreårige', 'seksuelt misbrug', 'blotteri', 'du er anklaget',
      'de er anklaget', 'straffesag', 'arrestordre',
    ],
    'compromising-material': [
      'jeg kender din kode', 'din kode',
      'adgangskode', 'din adgangskode', 'kodeord', 'dit kodeord', 'hacket', 'adgang til din', 'adgang til dit',
      'skadelig software', 'malware', 'trojan*', 'spyware', 'din enhed', 'din computer', 'inficeret',
    ],
    'pay-to-delete': [
      'sletter jeg', 'jeg sletter', 'bliver slettet', 'slettes', 'slettet permanent', 'permanent slettet',
      'aldrig høre fra mig igen',
    ],
    'therapy-context': [
      'terapi*', 'terapeut*', 'psykiatr*', 'psykoterap*', 'psykolog*', 'patientjournal*', 'sundhedsdata',
      'diagnose*', 'mental sundhed',
    ],
    'blame-company': ['nægtede at betale', 'ville ikke betale', 'tage ansvar', 'ledelsen'],
    'no-police': [
      'kontakt ikke politiet', 'gå ikke til politiet', 'ring ikke til politiet', 'hvis du kontakter politiet',
      'hvis du går til politiet', 'politiet kan ikke hjælpe', 'fortæl det ikke til nogen', 'sig det ikke til nogen',
    ],
    'hacker-claim': ['jeg er en hacker', 'jeg er hacker', 'jeg har holdt øje med dig', 'fra din egen konto', 'fra din konto', 'jeg har fuld adgang'],
    advice: [
      'betal ikke', 'betal aldrig', 'ikke betale', 'svar ikke', 'ikke svare', 'anmeld det til politiet',
      'politianmeldelse', 'skift adgangskode', 'skift din adgangskode', 'svindel', 'svindelmail*', 'phishing',
      'sextortion', 'afpresningsmail*', 'vær opmærksom', 'klik ikke',
    ],
    reporting: [
      'siger', 'melder', 'fortæller',
      'modtager*', 'afsender*', 'opfordrer', 'skærmbillede',
      'svindlere', 'svindlerne', 'kriminelle', 'de kriminelle', 'afpressere', 'modtagere', 'modtagerne', 'ofre',
      'ofrene', 'ifølge politiet', 'ifølge', 'advarer', 'advarsel', 'oplyser', 'pressemeddelelse', 'disse mails',
      'disse e-mails', 'sådanne mails', 'mailene', 'datalæk', 'dømt', 'anholdt', 'sigtet',
    ],
  },
};
