/**
 * Norwegian (bokmål) cue phrases for the extortion
 * heuristics. Data only. Written for this project from the features of Norwegian sextortion
 * waves ('jeg har filmet deg', 'denne e-posten kom fra din egen konto', bitcoin innen 48
 * timer, the machine-translated 'jeg er en hacker som har tilgang til operativsystemet ditt'
 * family), fake-police mails (Kripos, Politidirektoratet, Europol, overgrepsmateriale,
 * 'begrunnelser for evaluering av sanksjoner', 72 timer), bomb, hitman and kidnapping threats
 * and patient-record extortion; advice and reporting phrases follow police, Nettvett, NorSIS
 * and newsroom warnings. Diacritics are often lost, so the common words also appear without them.
 */
import type { Lexicon } from './types';

export const NO: Lexicon = {
  language: 'no',
  phrases: {
    'payment-demand': [
      'betale med bitcoin', 'be deg betale', 'betale for å',
      'betal', 'betal meg', 'du må betale', 'du skal betale', 'må du betale', 'du må overføre', 'du må sende',
      'betalingen', 'overfør', 'overfør beløpet', 'send meg', 'send beløpet', 'bitcoin-adresse',
      'bitcoinadresse', 'btc-adresse', 'bitcoin-lommebok', 'min bitcoin-wallet', 'bitcoin-lommeboken min', 'lommeboken min', 'min lommebok',
      'min wallet', 'min bitcoin-adresse', 'følgende adresse', 'folgende adresse', 'til denne adressen',
      'til adressen', 'verdi av', 'i bitcoin', 'i bitcoins', 'betaling i bitcoin', 'kroner i bitcoin',
      'dollar i bitcoin', 'euro i bitcoin', 'kopier og lim inn', 'løsepenger', 'losepenger',
      'så snart jeg mottar', 'når jeg mottar', 'etter betaling', 'når betalingen er mottatt', 'mitt krav',
      'min pris', 'boten', 'en bot på', 'forelegg',
    ],
    deadline: [
      'frist', 'innen', 'siste advarsel', 'siste sjanse', 'senest', 'tiden går', 'nedtelling', 'nedtellingen',
      'timeren', 'fra du åpner', 'når du åpner denne', 'så snart du åpner', 'fra det øyeblikket', 'jeg gir deg',
      'svarfrist', 'tidsfrist', 'forfallsdato',
    ],
    'exposure-threat': [
      'bli publisert',
      'publisere', 'publiserer', 'publisert', 'publiseres', 'offentliggjøre', 'offentliggjort', 'offentliggjøres',
      'offentliggjore', 'spre', 'sprer', 'på internett', 'på nettet', 'dark web', 'darknet', 'selge', 'ditt rykte',
      'ryktet ditt', 'lekke', 'lekket', 'deler', 'bli delt', 'deles med', 'legge ut', 'legges ut', 'lagt ut',
      'laste opp', 'sende rundt', 'ødelegge livet ditt', 'ødelegge ryktet ditt',
    ],
    'direct-threat': [
      'informasjonen din bli publisert', 'bli publisert slik at alle kan se',
      'til alle kontaktene dine', 'til alle dine kontakter', 'til kontaktene dine', 'til alle kollegene dine',
      'til vennene dine', 'til familien din', 'til alle på kontaktlisten din', 'til alle du kjenner',
      'sende videoen', 'sender videoen', 'sender jeg videoen', 'sende denne videoen', 'videoen til',
      'publisere videoen', 'legge ut videoen',
      'dele videoen', 'deler videoen', 'dataene dine publiseres',     ],
    audience: [
      'kontaktene dine', 'dine kontakter', 'kontaktlisten din', 'kontaktlisten', 'adresseboken din',
      'vennene dine', 'dine venner', 'familien din', 'din familie', 'venner og familie', 'familie og venner',
      'kollegene dine', 'dine kolleger', 'arbeidsgiveren din', 'din arbeidsgiver', 'sjefen din', 'sosiale medier',
      'sosiale nettverk', 'kona di', 'mannen din', 'ektefellen din', 'kjæresten din', 'partneren din',
      'slektninger', 'alle du kjenner',
    ],
    recording: [
      'video av deg', 'videoer av deg', 'bilder av deg', 'tatt opp deg', 'tok opp deg', 'opptak av deg',
      'filmet deg', 'laget en video', 'en video der du', 'videomateriale av deg', 'webkamera', 'webkameraet',
      'webcam', 'kameraet ditt', 'voksennettsted*', 'voksensider', 'voksenside*', 'nettsider for voksne',
      'nettsted for voksne', 'pornosider', 'porno*', 'onan*', 'masturb*', 'nakenbilder', 'nakenbilde',
      'intime', 'kompromitterende video*', 'kompromitterende bilde*', 'kompromitterende materiale',
      'nettleserhistorikk*', 'delt skjerm', 'skjermvideo', 'du er pervers',
    ],
    'personal-data': [
      'fødselsnummer', 'fodselsnummer', 'personnummer', 'hjemmeadresse', 'fødselsdato', 'diagnose*',
      'pasientjournal*', 'journalene dine', 'helseopplysninger',
    ],
    'held-data': [
      'dataene deres', 'kundedataene deres',
      'personopplysninger', 'personlige opplysninger', 'dataene dine', 'dine data', 'opplysningene dine',
      'informasjonen din', 'filene dine', 'hemmelighetene dine', 'sensitive opplysninger', 'fortrolige opplysninger',
      'chattene dine', 'chathistorikk', 'kundedatabase', 'kundedata', 'kundeopplysninger', 'pasientdata',
    ],
    consequence: [
      'ellers', 'i motsatt fall', 'hvis du ikke betaler', 'dersom du ikke betaler', 'om du ikke betaler',
      'hvis jeg ikke mottar', 'hvis jeg ikke får', 'hvis du ignorerer', 'hvis du ikke gjør det',
      'hvis du ikke sender', 'hvis du ikke overfører', 'med mindre du betaler', 'hvis ikke',
    ],
    commercial: [
      'bestillingen', 'din bestilling', 'ordren', 'abonnementet',
      'faktura', 'fakturaen', 'purregebyr', 'purring', 'forsinkelsesrente*', 'inkasso*', 'kvittering',
      'ordrenummer', 'mva', 'medlemskontingent',
    ],
    'violence-threat': [
      'ditt liv er i fare', 'livet ditt er i fare',
      'bombe', 'bomben', 'sprengstoff', 'sprengladning', 'sprengladningen', 'eksplosiver', 'vil eksplodere', 'bomben eksploderer',
      'sprengladningen eksploderer',
      'drepe', 'drepe deg', 'for å drepe deg', 'ta livet av deg', 'skade deg', 'gjøre deg vondt', 'syre',
      'sette fyr', 'leiemorder', 'leiemord', 'bruke vold', 'vold mot deg', 'vold mot familien din',
      'vet hvor du bor', 'konsekvenser for deg og',
    ],
    'kidnap-threat': [
      'datteren din er hos oss', 'sønnen din er hos oss', 'se henne i live igjen', 'se ham i live igjen',
      'kidnappe*', 'bortføre', 'bortføring', 'gissel', 'vi har datteren din', 'vi har sønnen din',
      'vi har barnet ditt',
    ],
    'authority-claim': [
      'politimester', 'politiinspektør', 'kripos-sjef*',
      'politiet', 'kripos', 'økokrim', 'politidirektoratet', 'nc3', 'nasjonalt cyberkrimsenter',
      'europol', 'interpol', 'påtalemyndighet*', 'justisdepartementet', 'innkalling', 'innkallingen',
      'rettslig innkalling',
    ],
    summons: ['innkalling', 'innkalling til avhør', 'stevning'],
    accusation: [
      'barnepornografi', 'barneporno', 'overgrepsmateriale',       'cyberpornografi', 'ekshibisjonisme', 'pedofil*', 'mindreårige', 'mindrearige', 'overgrep mot barn',
      'overgrep mot mindreårige', 'seksuelt misbruk', 'du er siktet',
      'du er anklaget', 'straffesak', 'arrestordre', 'begrunnelser for', 'dine begrunnelser',
          ],
    'compromising-material': [
      'systemene deres', 'serverne deres',
      'passord', 'passordet ditt', 'ditt passord', 'hacket', 'skadelig programvare', 'skadevare', 'malware',
      'trojan*', 'spionprogram*', 'spionvare', 'pegasus', 'keylogger', 'fjerntilgang', 'operativsystemet ditt',
      'full tilgang', 'tilgang til enheten din', 'tilgang til kontoen din', 'tilgang til e-posten din',
      'enheten din', 'enhetene dine', 'datamaskinen din', 'ruteren din', 'infisert', 'et virus',
    ],
    'pay-to-delete': [
      'sletter jeg', 'jeg sletter', 'sletter jeg videoen', 'jeg sletter videoen', 'slette videoen', 'slett videoen',
      'videoen slettes', 'videoen blir slettet', 'videoene slettes', 'opptakene slettes', 'sletter alt', 'fjerne videoen',
      'slettet permanent', 'permanent slettet', 'slettes permanent', 'aldri høre fra meg igjen',
      'aldri høre fra oss igjen', 'jeg forsvinner',
    ],
    'therapy-context': [
      'terapi*', 'terapeut*', 'psykiatr*', 'psykoterap*', 'psykolog*', 'pasientjournal*', 'helseopplysninger',
      'diagnose*', 'psykisk helse',
    ],
    'blame-company': ['nektet å betale', 'ville ikke betale', 'ta ansvar', 'ledelsen'],
    'no-police': [
      'ingen politi', 'ikke kontakt politiet', 'ikke gå til politiet', 'ikke ring politiet',
      'hvis du kontakter politiet', 'hvis du går til politiet', 'politiet kan ikke hjelpe', 'ingen kan hjelpe deg',
      'ikke fortell det til noen', 'ikke si det til noen', 'ikke fortell noen', 'ikke svar på denne',
      'adressen er generert',
    ],
    'hacker-claim': [
      'jeg har installert et spionprogram', 'jeg har installert skadelig', 'jeg har installert malware', 'jeg har installert en trojaner',
      'fra din egen e-postadresse', 'sendt fra e-postadressen din', 'vi har hacket',
      'fulgt med på deg', 'måneder overvåket',
      'jeg er en hacker', 'jeg er hacker', 'jeg er medlem av en', 'fra din egen konto', 'sendt fra kontoen din',
      'sendt fra din konto', 'denne e-posten fra din', 'jeg har fulgt med på deg', 'jeg har fulgt deg',
      'jeg har overvåket deg', 'overvåket dine aktiviteter', 'jeg har hacket', 'jeg har fått tilgang',
      'jeg har tilgang til', 'jeg har full tilgang', 'jeg kjenner passordet ditt',
    ],
    advice: [
      'slik beskytter du deg', 'gode råd', 'slik avslører du', 'hva bør du gjøre',
      'aldri betal', 'la være å betale', 'ikke betal noe',
      'aldri betale', 'rapportere', 'slette eposten', 'slett e-posten', 'slette e-posten', 'slett eposten',
      'ikke betal', 'betal aldri', 'ikke betale', 'ikke betaler', 'ikke besvare', 'ikke besvares',
      'kun slettes', 'glemme det hele',
      'advarer mot å betale', 'anmeld det til politiet', 'politianmeldelse', 'bytt passord', 'endre passord',
      'svindel', 'svindelforsøk', 'svindel-e-post*', 'svindelmail*', 'svindelepost*', 'falsk e-post',
      'falske e-poster', 'utpressings-e-post*', 'utpressingsmail*', 'trusselmail*', 'phishing', 'sextortion',
      'utpressingsforsøk', 'vær oppmerksom', 'vær obs', 'ikke klikk', 'ikke reager', 'nettvett',
    ],
    reporting: [
      'politiet etterforsker', 'etterforsker saken', 'operasjonsleder*', 'en mann fra', 'en kvinne fra',
      'falske', 'mottok', 'fikk en e-post', 'politiet anbefaler', 'anbefaler politiet', 'sirkulerer', 'har sirkulert', 'varsler',
      'slik lyder', 'lyder det', 'nordmenn', 'mange nordmenn',
      'melder', 'sier', 'står i en e-post', 'e-posten er', 'bakmennene', 'politiets', 'har betalt opp',
      'mottaker*', 'avsender*', 'epostene', 'oppfordrer', 'skjermdump', 'kan det leses', 'trues', 'mailen',
      'svindlere', 'svindlerne', 'kriminelle', 'de kriminelle', 'nettkriminelle', 'gjerningsperson*',
      'utpressere', 'utpresserne', 'mottakere', 'mottakerne', 'ofre', 'ofrene', 'ifølge politiet', 'ifølge',
      'påstår', 'hevder', 'truer med', 'utgir seg for', 'advarer', 'advarer mot', 'advarsel mot', 'advarsel om', 'opplyser',
      'skriver politiet', 'seniorrådgiver*', 'pressemelding', 'disse e-postene',
      'slike e-poster', 'e-postene', 'i omløp', 'åring',
      'datalekkasje', 'dømt', 'pågrepet',
    ],
  },
};
