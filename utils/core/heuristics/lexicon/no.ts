/**
 * Norwegian (bokmål) cue phrases for the extortion heuristics. Data only. Written for this
 * project from the features of Norwegian sextortion waves ("jeg har filmet deg", bitcoin
 * innen 48 timer), fake-police mails (Kripos, Europol, overgrepsmateriale) and bomb threats;
 * advice and reporting phrases follow police, Nettvett and newsroom warnings.
 */
import type { Lexicon } from './types';

export const NO: Lexicon = {
  language: 'no',
  phrases: {
    'payment-demand': [
      'betale med bitcoin', 'be deg betale', 'betale for å',
      'betal', 'du må betale', 'du skal betale', 'betalingen', 'overfør', 'send meg', 'send beløpet',
      'bitcoin-adresse', 'bitcoinadresse', 'btc-adresse', 'min lommebok', 'min wallet', 'følgende adresse',
      'til denne adressen', 'til adressen', 'verdi av', 'i bitcoin', 'kopier og lim inn', 'løsepenger',
      'så snart jeg mottar', 'når jeg mottar', 'etter betaling', 'boten', 'forelegg',
    ],
    deadline: [
      'frist', 'innen', 'siste advarsel', 'siste sjanse', 'senest', 'tiden går', 'nedtelling', 'fra du åpner',
      'forfallsdato',
    ],
    'exposure-threat': [
      'bli publisert',
      'publisere', 'publiserer', 'publisert', 'offentliggjøre', 'offentliggjort', 'spre', 'sprer', 'på internett',
      'på nettet', 'dark web', 'darknet', 'selge', 'ditt rykte', 'lekke', 'lekket', 'deler',
    ],
    'direct-threat': [
      'informasjonen din bli publisert', 'bli publisert slik at alle kan se',
      'til alle kontaktene dine', 'til alle dine kontakter', 'sende videoen', 'sender videoen', 'videoen til',
      'publisere videoen', 'dele videoen', 'deler videoen', 'dataene dine publiseres',
    ],
    audience: [
      'kontaktene dine', 'dine kontakter', 'vennene dine', 'dine venner', 'familien din', 'din familie',
      'kollegene dine', 'dine kolleger', 'arbeidsgiveren din', 'din arbeidsgiver', 'sosiale medier', 'kona di',
      'mannen din', 'partneren din', 'slektninger',
    ],
    recording: [
      'video av deg', 'videoer av deg', 'tatt opp deg', 'tok opp deg', 'opptak av deg', 'filmet deg', 'webkamera',
      'webcam', 'kameraet ditt', 'voksennettsted*', 'voksensider', 'pornosider', 'porno*', 'onan*', 'masturb*',
      'nakenbilder', 'intime',
    ],
    'personal-data': ['fødselsnummer', 'personnummer', 'hjemmeadresse', 'fødselsdato', 'diagnose*', 'pasientjournal*'],
    'held-data': [
      'personopplysninger', 'personlige opplysninger', 'dataene dine', 'dine data', 'opplysningene dine',
      'filene dine', 'hemmelighetene dine', 'kundedatabase', 'kundedata',
    ],
    consequence: ['ellers', 'i motsatt fall', 'hvis du ikke betaler', 'dersom du ikke betaler', 'hvis jeg ikke mottar', 'hvis du ignorerer'],
    commercial: [
      'faktura', 'fakturaen', 'purregebyr', 'purring', 'forsinkelsesrente*', 'inkasso*', 'kvittering',
      'ordrenummer', 'mva', 'medlemskontingent',
    ],
    'violence-threat': [
      'ditt liv er i fare', 'livet ditt er i fare',
      'bombe', 'sprengstoff', 'eksplodere', 'eksploderer', 'drepe', 'skade deg', 'gjøre deg vondt', 'syre',
      'sette fyr', 'leiemorder', 'vold', 'vet hvor du bor',
    ],
    'kidnap-threat': ['kidnappe*', 'bortføre', 'bortføring', 'gissel'],
    'authority-claim': [
      'politiet', 'kripos', 'økokrim', 'europol', 'interpol', 'påtalemyndighet*', 'justisdepartementet', 'innkalling',
    ],
    summons: ['innkalling', 'innkalling til avhør', 'stevning'],
    accusation: [
      'barnepornografi', 'barneporno', 'overgrepsmateriale', 'pedofil*', 'mindreårige', 'seksuelt misbruk',
      'du er siktet', 'du er anklaget', 'straffesak', 'arrestordre',
    ],
    'compromising-material': [
      'passord', 'passordet ditt', 'hacket', 'skadelig programvare', 'malware', 'trojan*', 'spionprogram*',
      'enheten din', 'datamaskinen din', 'infisert',
    ],
    'pay-to-delete': [
      'sletter jeg', 'jeg sletter', 'blir slettet', 'slettes', 'slettet permanent', 'permanent slettet',
      'aldri høre fra meg igjen',
    ],
    'therapy-context': [
      'terapi*', 'terapeut*', 'psykiatr*', 'psykoterap*', 'psykolog*', 'pasientjournal*', 'helseopplysninger',
      'diagnose*', 'psykisk helse',
    ],
    'blame-company': ['nektet å betale', 'ville ikke betale', 'ta ansvar', 'ledelsen'],
    'no-police': [
      'ikke kontakt politiet', 'ikke gå til politiet', 'ikke ring politiet', 'hvis du kontakter politiet',
      'hvis du går til politiet', 'politiet kan ikke hjelpe', 'ikke fortell det til noen', 'ikke si det til noen',
    ],
    'hacker-claim': ['jeg er en hacker', 'jeg er hacker', 'fra din egen konto', 'fra kontoen din', 'jeg har fulgt med på deg', 'jeg har full tilgang'],
    advice: [
      'aldri betale', 'rapportere', 'slette eposten', 'slett e-posten',
      'ikke betal', 'betal aldri', 'ikke betale', 'ikke svar', 'ikke svare', 'anmeld det til politiet',
      'politianmeldelse', 'bytt passord', 'endre passord', 'svindel', 'svindelforsøk', 'phishing', 'sextortion',
      'utpressingsforsøk', 'vær oppmerksom', 'vær obs', 'ikke klikk', 'nettvett',
    ],
    reporting: [
      'melder', 'sier', 'står i en e-post', 'e-posten er', 'bakmennene', 'politiets', 'har betalt',
      'mottaker*', 'avsender*', 'epostene', 'oppfordrer', 'skjermdump', 'kan det leses', 'trues', 'mailen',
      'svindlere', 'svindlerne', 'kriminelle', 'de kriminelle', 'utpressere', 'mottakere', 'mottakerne', 'ofre',
      'ofrene', 'ifølge politiet', 'ifølge', 'advarer', 'advarsel', 'opplyser', 'pressemelding',
      'disse e-postene', 'slike e-poster', 'e-postene', 'datalekkasje', 'dømt', 'pågrepet',
    ],
  },
};
