/**
 * Danish cue phrases for the extortion heuristics. Data only. Written for this project from
 * the features of Danish sextortion waves ('jeg har optaget dig', 'jeg har holdt øje med
 * dig', bitcoin inden for 48 timer, the machine-translated 'jeg er en hacker, der har adgang
 * til dit operativsystem' family), fake-police mails (Rigspolitiet, Europol, børnepornografi,
 * '72 timer til at sende dine begrundelser'), bomb, hitman, kidnapping and corona threats;
 * advice and reporting phrases follow police, consumer-council and newsroom warnings.
 * Diacritics are often lost, so the common words also appear without them.
 */
import type { Lexicon } from './types';

export const DA: Lexicon = {
  language: 'da',
  phrases: {
    'payment-demand': [
      'betal', 'betal mig', 'du skal betale', 'i skal betale', 'skal du betale', 'du skal overføre',
      'skal du overføre', 'du skal sende', 'betalingen', 'overfør', 'overfør beløbet',
      'send mig', 'send beløbet', 'betal beløbet', 'bitcoin-adresse', 'bitcoinadresse', 'btc-adresse',
      'min bitcoin-wallet', 'min btc-wallet', 'bitcoin-tegnebog', 'min tegnebog', 'min wallet', 'min bitcoin-adresse',
      'følgende adresse', 'folgende adresse', 'til denne adresse', 'til adressen', 'værdi af', 'i bitcoin',
      'i bitcoins', 'betaling i bitcoin', 'kroner i bitcoin', 'dollars i bitcoin', 'dollar i bitcoin',
      'euro i bitcoin', 'kopier og indsæt', 'løsesum', 'losesum', 'så snart jeg modtager', 'når jeg modtager',
      'når jeg har modtaget', 'efter betaling', 'efter modtagelse af betalingen', 'mit krav', 'min pris',
      'en bøde', 'bøden',
    ],
    deadline: [
      'frist', 'inden for', 'sidste advarsel', 'sidste chance', 'senest', 'tiden løber', 'nedtælling',
      'nedtællingen', 'timeren', 'fra du åbner', 'så snart du åbner', 'når du åbner denne', 'fra det øjeblik',
      'jeg giver dig', 'forfaldsdato',
    ],
    'exposure-threat': [
      'offentliggøre', 'offentliggør', 'offentliggjort', 'offentliggøres', 'offentliggore', 'offentliggoere',
      'sprede', 'spreder', 'på internettet', 'på nettet', 'dark web', 'darknet', 'sælge', 'dit omdømme',
      'dit rygte', 'lække', 'lækket', 'deler', 'dele det', 'dele dem', 'lægge ud', 'lægges ud', 'uploade',
      'udstille', 'sende rundt', 'sendt rundt', 'sende ud', 'ødelægge dit liv', 'ødelægge dit omdømme',
    ],
    'direct-threat': [
      'til alle dine kontakter', 'til dine kontakter', 'til alle dine venner', 'til din familie',
      'til dine kolleger', 'til dine kollegaer', 'til alle du kender', 'sende videoen', 'sender videoen',
      'sender jeg videoen', 'videoen til', 'offentliggøre videoen', 'offentliggør videoen',
      'dele videoen', 'deler videoen', 'lægge videoen ud', 'sende den ud til', 'sender vi den ud', 'dine data offentliggøres', 'dine data sælges',
    ],
    audience: [
      'dine kontakter', 'alle dine kontakter', 'kontaktliste', 'din kontaktliste', 'adressebog', 'dine venner',
      'din familie', 'venner og familie', 'familie og venner', 'dine kolleger', 'dine kollegaer',
      'din arbejdsgiver', 'din chef', 'sociale medier', 'sociale netværk', 'facebook-venner', 'din kone',
      'din mand', 'din hustru', 'din ægtefælle', 'din kæreste', 'din partner', 'dine pårørende', 'alle du kender',
    ],
    recording: [
      'perverse svin', 'dit svin',
      'video af dig', 'videoer af dig', 'billeder af dig', 'fotos af dig', 'optagelser af dig', 'optaget dig',
      'optog dig', 'optagelse af dig', 'filmet dig', 'filmede dig', 'lavet en video', 'en video hvor du',
      'webcam', 'webkamera', 'dit kamera', 'dit webkamera', 'voksenside*', 'voksen-side*', 'voksenhjemmeside*',
      'hjemmeside for voksne', 'hjemmesider for voksne', 'pornoside*', 'pornohjemmeside*', 'porno*', 'onan*',
      'masturb*', 'selvtilfredsstil*', 'nøgenbilleder', 'nøgenbillede', 'nogenbilleder', 'intime',
      'intime videoer', 'kompromitterende video*', 'kompromitterende billede*', 'kompromitterende materiale',
      'browserhistorik', 'delt skærm', 'din perverse', 'dit perverse', 'du er pervers',
    ],
    'personal-data': [
      'cpr-nummer', 'cpr-nr', 'hjemmeadresse', 'fødselsdato', 'diagnose*', 'patientjournal*', 'sygejournal*',
      'helbredsoplysninger',
    ],
    'held-data': [
      'jeres data', 'jeres kundedata', 'jeres kunders data',
      'personoplysninger', 'personlige oplysninger', 'dine data', 'dine oplysninger', 'dine filer',
      'dine hemmeligheder', 'følsomme oplysninger', 'følsomme data', 'fortrolige oplysninger', 'dine chats',
      'chathistorik', 'kundedatabase', 'kundedata', 'kundeoplysninger', 'patientdata',
    ],
    consequence: [
      'ellers', 'i modsat fald', 'hvis du ikke betaler', 'hvis i ikke betaler', 'hvis jeg ikke modtager',
      'hvis du ignorerer', 'hvis jeg ikke får', 'hvis du ikke gør det', 'hvis du ikke sender', 'hvis du ikke overfører',
      'medmindre du betaler', 'med mindre du betaler',
    ],
    commercial: [
      'din ordre', 'ordren', 'din bestilling', 'dit abonnement',
      'faktura', 'fakturaen', 'rykkergebyr', 'rykker', 'morarenter', 'inkasso*', 'kvittering', 'ordrenummer',
      'moms', 'kontingent',
    ],
    'violence-threat': [
      'smitte hele din familie', 'smitte dig', 'smitte',
      'bombe', 'bomben', 'sprængstof', 'sprængladning', 'sprængladningen', 'springer i luften', 'sprængstoffer',
      'vil eksplodere', 'bomben eksploderer', 'sprængladningen eksploderer', 'dræbe', 'dræbe dig', 'for at dræbe dig', 'slå dig ihjel', 'gøre dig fortræd',
      'skade dig', 'syre', 'sætte ild', 'lejemorder', 'lejemord', 'bruge vold', 'vold mod dig',
      'vold mod din familie', 'ved hvor du bor', 'konsekvenser for dig og',
    ],
    'kidnap-threat': [
      'din datter er hos os', 'din søn er hos os', 'se hende i live igen', 'se ham i live igen',
      'kidnappe*', 'kidnapning*', 'bortføre', 'bortfører', 'bortførelse', 'gidsel', 'vi har din datter',
      'vi har din søn', 'vi har dit barn',
    ],
    'authority-claim': [
      'politikommissær', 'kommissær', 'politiinspektør',
      'politiet', 'rigspolitiet', 'rigspolitichef*', 'politidirektør', 'nc3', 'europol', 'interpol',
      'anklagemyndighed*', 'justitsministeriet', 'indkaldelse', 'retslig indkaldelse',
    ],
    summons: ['indkaldelse', 'indkaldelse til afhøring', 'stævning'],
    accusation: [
      'børnepornografi', 'børneporno*', 'borneporno*', 'pædofil*', 'paedofil*', 'pedofil*', 'mindreårige',
      'mindrearige', 'seksuelt misbrug', 'blotteri', 'ekshibitionisme', 'cyberpornografi', 'netpornografi',
      'sexforbryder*', 'seksualforbryder*', 'du er anklaget', 'de er anklaget', 'du er sigtet', 'straffesag',
      'strafforfølgning', 'retsforfølgelse', 'arrestordre', 'dine begrundelser',
    ],
    'compromising-material': [
      'jeres systemer', 'jeres servere',
      'jeg kender din kode', 'din kode', 'jeg kender dit kodeord', 'jeg kender din adgangskode',
      'adgangskode', 'din adgangskode', 'kodeord', 'dit kodeord', 'dit password', 'hacket', 'adgang til din',
      'adgang til dit', 'adgang til dine', 'fuld adgang', 'dit operativsystem', 'skadelig software', 'malware',
      'trojan*', 'trojansk hest', 'spyware', 'spionprogram*', 'pegasus', 'keylogger', 'fjernadgang',
      'din enhed', 'din computer', 'din router', 'inficeret', 'en virus',
    ],
    'pay-to-delete': [
      'sletter jeg', 'jeg sletter', 'jeg sletter videoen', 'slette videoen', 'slet videoen', 'videoen slettes',
      'videoen bliver slettet', 'videoerne slettes', 'optagelserne slettes', 'slettet permanent', 'permanent slettet', 'slettes permanent',
      'fjerne videoen', 'aldrig høre fra mig igen', 'aldrig høre fra os igen', 'jeg forsvinder',
    ],
    'therapy-context': [
      'terapi*', 'terapeut*', 'psykiatr*', 'psykoterap*', 'psykolog*', 'patientjournal*', 'sundhedsdata',
      'diagnose*', 'mental sundhed',
    ],
    'blame-company': ['nægtede at betale', 'ville ikke betale', 'tage ansvar', 'ledelsen'],
    'no-police': [
      'ingen politi', 'kontakt ikke politiet', 'gå ikke til politiet', 'ring ikke til politiet', 'hvis du kontakter politiet',
      'hvis du går til politiet', 'politiet kan ikke hjælpe', 'ingen kan hjælpe dig', 'fortæl det ikke til nogen',
      'sig det ikke til nogen', 'fortæl ikke nogen', 'svar ikke på denne', 'adressen er genereret',
    ],
    'hacker-claim': [
      'jeg har installeret malware', 'jeg har installeret spyware', 'jeg har installeret en virus', 'jeg kender din kode', 'jeg kender dit kodeord', 'jeg kender din adgangskode',
      'sendt fra din e-mailadresse', 'fra din egen adresse', 'vi har hacket jeres',
      'holdt øje med dig', 'måneder overvåget',
      'jeg er en hacker', 'jeg er hacker', 'jeg er medlem af en', 'jeg har holdt øje med dig',
      'jeg har overvåget dig', 'jeg har hacket', 'jeg har fået adgang til', 'jeg har adgang til',
      'fra din egen konto', 'sendt fra din konto', 'sendte denne mail fra din', 'fra din egen e-mail',
      'fra din egen mailadresse', 'jeg har fuld adgang',
    ],
    advice: [
      'sådan beskytter du dig', 'gode råd', 'hvad skal du gøre',
      'betal under ingen omstændigheder', 'lad være med at betale', 'undlad at betale', 'kontakt politiet', 'ring 114',
      'betal ikke', 'betal aldrig', 'ikke betale', 'ikke betaler', 'ikke besvare', 'ikke besvarer',
      'ikke besvares', 'ikke reagere', 'ikke reagerer', 'anmeld det til politiet', 'politianmeldelse',
      'skift adgangskode', 'skift din adgangskode', 'skift dit password', 'svindel', 'svindelmail*', 'phishing',
      'sextortion', 'afpresningsmail*', 'trusselmail*', 'masseafpresning', 'sexafpresning*', 'falske mails',
      'vær opmærksom', 'klik ikke', 'slet mailen', 'slette mailen', 'slet e-mailen', 'slette e-mailen',
      'mailen kan slettes', 'det er et scam', 'tag det roligt',
      'digitale selvforsvar', 'digitalt selvforsvar', 'forbrugerrådet',
    ],
    reporting: [
      'politiet efterforsker', 'en mand fra', 'en kvinde fra',
      'falske', 'modtog', 'fik en mail', 'politiet anbefaler', 'anbefaler politiet', 'cirkulerer',
      'sådan lyder', 'lyder det',       'siger', 'melder', 'fortæller',
      'modtager*', 'afsender*', 'opfordrer', 'skærmbillede',
      'svindlere', 'svindlerne', 'kriminelle', 'de kriminelle', 'it-kriminelle', 'afpressere', 'hackerne',
      'gerningsmand*', 'modtagere', 'modtagerne', 'ofre', 'ofrene', 'ifølge politiet', 'ifølge', 'påstår',
      'hævder', 'truer med', 'advarer', 'advarer mod', 'advarsel mod', 'advarsel om', 'oplyser', 'skriver politiet', 'vagtchef*',
      'talsmand', 'pressemeddelelse', 'disse mails', 'disse e-mails', 'sådanne mails', 'mailene', 'i mailen',
      'beskeden', 'beskederne', 'anmeldelser', 'i omløb', 'årig', 'årige', 'datalæk', 'dømt', 'anholdt', 'sigtet',
    ],
  },
};
