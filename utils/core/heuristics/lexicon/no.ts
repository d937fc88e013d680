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
      // The templates' demand lines that name no coin.
      'betale for å holde', 'betal for å holde', 'hvis du vil forhindre', 'hvis du vil unngå',
      'for å forhindre dette', 'jeg trenger penger', 'for min taushet', 'send summen til', 'overfør summen',
      'hvis du vil at jeg', 'du har penger å betale',
      // The same phrases as mail writes them without æ, ø and å.
      'betal for a holde', 'betal for aa holde', 'betale for a holde', 'betale for aa holde',
      'du har penger a betale', 'du har penger aa betale', 'for a forhindre dette', 'for aa forhindre dette',
      'hvis du vil unnga', 'hvis du vil unngaa', 'overfor summen', 'overfoer summen',
      'hvis jeg ikke mottar pengene', 'hvis jeg ikke får pengene', 'hvis jeg ikke far pengene',
      'hvis jeg ikke får betalt', 'hvis jeg ikke far betalt', 'hvis jeg ikke mottar betalingen',
      'hvis vi ikke mottar beløpet', 'hvis vi ikke mottar belopet', 'hvis vi ikke får pengene',
      'hvis vi ikke far pengene',
    ],
    deadline: [
      'frist', 'innen', 'siste advarsel', 'siste sjanse', 'senest', 'tiden går', 'nedtelling', 'nedtellingen',
      'timeren', 'fra du åpner', 'når du åpner denne', 'så snart du åpner', 'fra det øyeblikket', 'jeg gir deg',
      'svarfrist', 'tidsfrist', 'forfallsdato',
      // The templates' clock: it starts when the mail is opened, and the sender is notified.
      'timeren starter', 'jeg får et varsel', 'jeg mottar et varsel', 'får jeg et varsel', 'jeg får beskjed',
      'får jeg beskjed', 'jeg vet når du', 'jeg kan se at du har lest', 'fra du har lest', 'etter at du har lest',
      'etter å ha lest', 'fra du har åpnet', 'tiden tikker', 'så snart du leser', 'når du leser denne',
      // The same phrases as mail writes them without æ, ø and å.
      'etter a ha lest', 'etter aa ha lest', 'fra du har apnet', 'fra du har aapnet', 'far jeg beskjed',
      'faar jeg beskjed', 'far jeg et varsel', 'faar jeg et varsel', 'jeg far beskjed', 'jeg faar beskjed',
      'jeg far et varsel', 'jeg faar et varsel', 'jeg vet nar du', 'jeg vet naar du', 'nar du leser denne',
      'naar du leser denne', 'sa snart du leser', 'saa snart du leser',
      // The tracking pixel that tells the sender the mail was read.
      'en piksel i denne', 'en pixel i denne', 'nå vet jeg at du', 'na vet jeg at du', 'naa vet jeg at du',
      'at du har lest den', 'at du har lest denne',
    ],
    'exposure-threat': [
      // A passive future names no audience and no sender: a conference's talk "will be published".
      // Next to something held over the reader it is still a threat (moved from direct-threat).
      'videoen publiseres umiddelbart', 'videoen blir umiddelbart publisert', 'videoen vil umiddelbart bli publisert',
      'videoen publiseres med en gang',
      'bli publisert',
      'publisere', 'publiserer', 'publisert', 'publiseres', 'offentliggjøre', 'offentliggjort', 'offentliggjøres',
      'offentliggjore', 'spre', 'sprer', 'på internett', 'på nettet', 'dark web', 'darknet', 'selge', 'ditt rykte',
      'ryktet ditt', 'lekke', 'lekket', 'deler', 'bli delt', 'deles med', 'legge ut', 'legges ut', 'lagt ut',
      'laste opp', 'sende rundt', 'ødelegge livet ditt', 'ødelegge ryktet ditt',
      'jeg gjør livet ditt til et helvete', 'jeg gjor livet ditt til et helvete',
      'gjør jeg livet ditt til et helvete', 'gjor jeg livet ditt til et helvete',
    ],
    'direct-threat': [
      'informasjonen din bli publisert', 'bli publisert slik at alle kan se',
      'sende videoen', 'sender videoen', 'sender jeg videoen', 'sende denne videoen', 'videoen til',
      'publisere videoen', 'legge ut videoen',
      'dele videoen', 'deler videoen', 'dataene dine publiseres',
      // The one-click threat and a named audience: "the video will be published" alone is a school or a webinar.
      'videoen til alle kontaktene',
      'videoen sendes til kontaktene',
      'videoen deles med kontaktene',
      'kontaktene dine vil se videoen', 'kollegene dine vil se videoen', 'familien din vil se videoen',
      'umiddelbart publisere videoen', 'jeg sender videoen',
      'jeg vil sende videoen', 'jeg publiserer videoen', 'jeg deler videoen',
      'videofiler av deg til',
      // The audience named as the reader's: "sendes til alle gjestene" is a wedding video.
      'videoen sendes til alle kontaktene', 'videoen sendes til alle dine',
      'videoen vil bli sendt til alle kontaktene', 'videoen vil bli sendt til alle dine',
      'videoen blir sendt til alle kontaktene', 'videoen blir sendt til alle dine',
      'denne videoen til alle kontaktene', 'denne videoen til alle dine', 'videoen deles med alle kontaktene',
      'videoen blir delt med kontaktene',
      // Published at once or seen by the reader's people, who are named.
      'kollegene dine vil se denne videoen', 'vennene dine vil se denne videoen',
      'kontaktene dine vil se denne videoen', 'familien din vil se denne videoen',
      'videoen blir umiddelbart sendt', 'publisere videoen på sosiale medier',
      // The same phrases as mail writes them without æ, ø and å.
      'publisere videoen pa sosiale medier', 'publisere videoen paa sosiale medier',
    ],
    audience: [
      'kontaktene dine', 'dine kontakter', 'kontaktlisten din', 'kontaktlisten', 'adresseboken din',
      'vennene dine', 'dine venner', 'familien din', 'din familie', 'venner og familie', 'familie og venner',
      'kollegene dine', 'dine kolleger', 'arbeidsgiveren din', 'din arbeidsgiver', 'sjefen din', 'sosiale medier',
      'sosiale nettverk', 'kona di', 'mannen din', 'ektefellen din', 'kjæresten din', 'partneren din',
      'slektninger', 'alle du kjenner',
      // Moved from direct-threat: an audience named with no threat ("Grüße an Ihre Familie") counts only next to a recording.
      'til alle kontaktene dine', 'til alle dine kontakter', 'til kontaktene dine', 'til alle kollegene dine', 'til vennene dine', 'til familien din', 'til alle på kontaktlisten din', 'til alle du kjenner', 'til alle e-postkontaktene dine', 'til alle dine e-postkontakter', 'til alle vennene dine', 'til alle dine venner', 'til alle dine kolleger', 'til hele kontaktlisten din', 'til alle på kontaktlisten', 'til vennene og slektningene dine', 'til alle pa kontaktlisten', 'til alle paa kontaktlisten',
    ],
    recording: [
      'video av deg', 'videoer av deg', 'bilder av deg', 'tatt opp deg', 'tok opp deg', 'opptak av deg',
      'filmet deg', 'laget en video', 'en video der du', 'videomateriale av deg', 'webkamera', 'webkameraet',
      'webcam', 'kameraet ditt', 'voksennettsted*', 'voksensider', 'voksenside*', 'nettsider for voksne',
      'nettsted for voksne', 'pornosider', 'porno*', 'onan*', 'masturb*', 'nakenbilder', 'nakenbilde',
      'intime', 'kompromitterende video*', 'kompromitterende bilde*', 'kompromitterende materiale',
      'nettleserhistorikk*', 'delt skjerm', 'skjermvideo', 'du er pervers',
      // The split-screen recording, the reader satisfying themselves, the video they were watching, adult-site visits.
      'venstre halvdel av skjermen', 'høyre halvdel av skjermen', 'venstre side av skjermen',
      'høyre side av skjermen', 'halvdel av skjermen', 'halvdelen av skjermen', 'halvdel av skjermen din',
      'delt skjerm-video', 'delt skjermvideo', 'delt skjermbilde', 'dobbel skjerm',
      'dobbeltskjerm', 'tilfredsstiller deg selv', 'tilfredsstilte deg selv', 'tilfredsstille deg selv',
      'berører deg selv', 'videoen du så på', 'den videoen du så', 'videoen du så',
      'porno nettsteder', 'pornonettsted*', 'voksenhold', 'innhold for voksne', 'sider for voksne',
      'jeg har tatt opp deg', 'via webkameraet ditt', 'gjennom kameraet ditt', 'via kameraet ditt', 'sexvideo*',
      'videofiler av deg', 'video av deg selv', 'pikante filmer', 'pikante video*',
      // Word-order variants.
      'videoen du nettopp så', 'den videoen du nettopp så', 'videoen du nettopp har sett',
      // The same phrases as mail writes them without æ, ø and å.
      'berorer deg selv', 'beroerer deg selv', 'den videoen du nettopp saa',
      'den videoen du saa', 'hoyre halvdel av skjermen',
      'hoeyre halvdel av skjermen', 'hoyre side av skjermen', 'hoeyre side av skjermen',
      'videoen du nettopp saa', 'videoen du saa', 'videoen du saa paa',
      'sletter jeg videoen', 'jeg sletter videoen', 'jeg vil slette videoen', 'sletter jeg videoene',
      'mens du onanerer', 'der du onanerer', 'en video av deg',
      'sletter jeg alle opptak', 'sletter jeg opptakene', 'jeg sletter alle opptak',
    ],
    'personal-data': [
      'fødselsnummer', 'fodselsnummer', 'personnummer', 'hjemmeadresse', 'fødselsdato', 'diagnose*',
      'pasientjournal*', 'journalene dine', 'helseopplysninger',
      'kundedatabasen', 'kundedatabase',
    ],
    'held-data': [
      'dataene deres', 'kundedataene deres',
      'personopplysninger', 'personlige opplysninger', 'dataene dine', 'dine data', 'opplysningene dine',
      'informasjonen din', 'filene dine', 'hemmelighetene dine', 'sensitive opplysninger', 'fortrolige opplysninger',
      'chattene dine', 'chathistorikk', 'kundedatabase', 'kundedata', 'kundeopplysninger', 'pasientdata',
      // The secrets the templates name.
      'små og store hemmeligheter', 'sma og store hemmeligheter', 'dine små og store', 'ditt hemmelige liv',
      'det hemmelige livet ditt', 'dine skitne hemmeligheter', 'skitne hemmeligheter', 'ditt dobbeltliv',
      'dine hemmeligheter',
      // Word-order variant.
      'skitne små hemmeligheter', 'dine små hemmeligheter',
      // The same phrases as mail writes them without æ, ø and å.
      'dine sma hemmeligheter', 'dine smaa hemmeligheter', 'dine sma og store', 'dine smaa og store',
      'skitne sma hemmeligheter', 'skitne smaa hemmeligheter', 'smaa og store hemmeligheter',
    ],
    consequence: [
      'ellers', 'i motsatt fall', 'hvis du ikke betaler', 'dersom du ikke betaler', 'om du ikke betaler',
      'hvis jeg ikke mottar', 'hvis jeg ikke får', 'hvis du ignorerer', 'hvis du ikke gjør det',
      'hvis du ikke sender', 'hvis du ikke overfører', 'med mindre du betaler', 'hvis ikke',
      // The templates' closing pressure and the fake summons' "after this deadline".
      'ikke ødelegg livet ditt', 'ikke odelegg livet ditt', 'feil valg', 'det gale valget', 'du har to muligheter',
      'du har to valg', 'jeg gjør ikke feil', 'det er opp til deg', 'valget er ditt', 'hvis du ikke svarer',
      'svarer du ikke', 'etter fristens utløp', 'når fristen er ute',
      // Word-order variants.
      'jeg gjør aldri feil', 'avgjørelsen er din', 'avgjørelsen er opp til deg',
      // The same phrases as mail writes them without æ, ø and å.
      'avgjorelsen er din', 'avgjoerelsen er din', 'avgjorelsen er opp til deg', 'avgjoerelsen er opp til deg',
      'etter fristens utlop', 'etter fristens utloep', 'ikke oedelegg livet ditt', 'jeg gjor aldri feil',
      'jeg gjoer aldri feil', 'jeg gjor ikke feil', 'jeg gjoer ikke feil', 'nar fristen er ute',
      'naar fristen er ute',
      'hvis jeg ikke far', 'hvis vi ikke får', 'hvis vi ikke far',
      'hvis jeg ikke ser betalingen',
      'ikke betales', 'ikke overføres', 'ikke overfores',
      'utstedes en arrestordre',
    ],
    commercial: [ 'restbeløp', 'restbelop', 'sluttbetaling', 'resten av betalingen',
      'bestillingen', 'din bestilling', 'ordren', 'abonnementet',
      'faktura', 'fakturaen', 'purregebyr', 'purring', 'forsinkelsesrente*', 'inkasso*', 'kvittering',
      'ordrenummer', 'mva', 'medlemskontingent',
      'som avtalt', 'ifølge kontrakten', 'ifolge kontrakten',
      'per år', 'per ar', 'per måned', 'per maned',
    ],
    'violence-threat': [
      'ditt liv er i fare', 'livet ditt er i fare',
      'bombe', 'bomben', 'sprengstoff', 'sprengladning', 'sprengladningen', 'eksplosiver', 'vil eksplodere', 'bomben eksploderer',
      'sprengladningen eksploderer',
      'drepe', 'drepe deg', 'for å drepe deg', 'ta livet av deg', 'skade deg', 'gjøre deg vondt', 'syre',
      'sette fyr', 'leiemorder', 'leiemord', 'bruke vold', 'vold mot deg', 'vold mot familien din',
      'vet hvor du bor', 'konsekvenser for deg og',
      // Hitman, bomb and beating openers, each a whole phrase of several words.
      'betalt for å drepe deg', 'betalt for å skade deg', 'leid inn for å drepe', 'leid for å drepe',
      'noen vil ha deg død', 'vil ha deg død', 'ønsker deg død', 'mine menn holder øye', 'mine folk holder øye',
      'mine menn følger med', 'mine folk følger med', 'hvis du vil forbli i live',
      'hvis du vil holde deg i live', 'en bombe i bygget', 'bombe i bygningen', 'ingen blir skadet hvis',
      'ingen kommer til skade hvis', 'aldri se familien din igjen', 'kule i hodet',
      'banke deg opp', 'leie inn torpedoer', 'torpedoer for å',
      // The same phrases as mail writes them without æ, ø and å.
      'betalt for a drepe deg', 'betalt for aa drepe deg', 'betalt for a skade deg', 'betalt for aa skade deg',
      'leid for a drepe', 'leid for aa drepe', 'leid inn for a drepe',
      'leid inn for aa drepe', 'mine folk folger med', 'mine folk foelger med', 'mine folk holder oye',
      'mine folk holder oeye', 'mine menn folger med', 'mine menn foelger med', 'mine menn holder oye',
      'mine menn holder oeye', 'noen vil ha deg dod', 'noen vil ha deg doed', 'torpedoer for a', 'torpedoer for aa',
      'vil ha deg dod', 'vil ha deg doed', 'onsker deg dod', 'oensker deg doed',
      'vi er ikke terrorister', 'hvis sprengladningen eksploderer', 'bomben vil eksplodere', 'sprengladningen vil',
      'eksplosivar vil',
      'en kule i fasaden deres', 'en granat ved døra deres', 'en granat ved dora deres', 'en håndgranat ved',
      'en handgranat ved', 'tenne på butikken deres', 'tenne pa butikken deres', 'tenne på restauranten deres',
      'tenne pa restauranten deres', 'brenne ned butikken deres',
      'banke en direktør', 'banke en direktor',
      'ellers brenner butikken deres', 'ellers brenner butikken din', 'ellers brenner huset ditt',
    ],
    'commissioned-harm': [
      'betalt for å drepe deg', 'betalt for a drepe deg', 'leid inn for å drepe deg', 'leid inn for a drepe deg',
      'hyret for å drepe deg', 'hyret for a drepe deg', 'hyret til å drepe deg', 'hyret til a drepe deg',
      'oppdrag å drepe deg', 'oppdrag a drepe deg', 'oppdraget er å drepe deg', 'oppdraget er a drepe deg',
      'bedt om å drepe deg', 'bedt om a drepe deg', 'ordre om å drepe deg', 'ordre om a drepe deg',
      'bestilt drapet på deg', 'bestilt drapet pa deg',
      'betalt meg for å drepe deg', 'betalt meg for a drepe deg',
      'betalt for å ta livet av deg', 'betalt for a ta livet av deg',
    ],
    'business-harm': [
      'vi skal ødelegge ryktet deres', 'vi skal odelegge ryktet deres', 'vi vil ødelegge ryktet deres',
      'vi vil odelegge ryktet deres', 'vi ødelegger ryktet deres', 'vi odelegger ryktet deres',
      'vi skal ødelegge ryktet ditt', 'vi skal odelegge ryktet ditt', 'vi skal ødelegge bedriften deres',
      'vi skal odelegge bedriften deres', 'vi starter angrepet', 'starter vi angrepet', 'vi vil starte angrepet',
      'vi tar ned nettsiden deres', 'vil bli blokkert for alltid', 'databasen deres vil bli lekket',
      'databasen deres vil bli solgt', 'vil bli publisert på darknet', 'vil bli publisert pa darknet',
      'vil bli solgt på darknet', 'vil bli solgt pa darknet', 'tusenvis av negative anmeldelser',
      'vi vil skrive negative anmeldelser', 'vi skriver negative anmeldelser',
    ],
    'kidnap-threat': [
      'datteren din er hos oss', 'sønnen din er hos oss', 'se henne i live igjen', 'se ham i live igjen',
      'kidnappe*', 'bortføre', 'bortføring', 'gissel', 'vi har datteren din', 'vi har sønnen din',
      'vi har barnet ditt',
      // More of "we have your …".
      'vi har kona di', 'vi har mannen din', 'kona di er hos oss',
      'aldri se henne igjen', 'aldri se ham igjen', 'ser du henne aldri igjen', 'ser du ham aldri igjen',
      'aldri se barnet ditt igjen',
      'sonnen din er hos oss', 'hvis du vil se ham igjen', 'hvis du vil se henne igjen',
    ],
    'secret-known': [
      'jeg vet at du er utro', 'du har vært utro mot kona di', 'du er utro mot kona di',
      'hemmeligheten du skjuler for kona di', 'jeg vet om affæren din', 'bevis på affæren din',
      'bevis pa affæren din', 'bevis på utroskapen din', 'bevis pa utroskapen din', 'kona di vil finne det ut',
      'mannen din vil finne det ut', 'ingen har leid meg inn',
      'jeg vet hemmeligheten din', 'jeg kjenner hemmeligheten din', 'jeg vet om hemmeligheten din',
      'vår taushet koster', 'var taushet koster',
      'min taushet koster',
    ],
    'authority-claim': [
      'politimester', 'politiinspektør', 'kripos-sjef*',
      'politiet', 'kripos', 'økokrim', 'politidirektoratet', 'nc3', 'nasjonalt cyberkrimsenter',
      'europol', 'interpol', 'påtalemyndighet*', 'justisdepartementet', 'innkalling', 'innkallingen',
      'rettslig innkalling',
      // Titles the fake summonses sign with.
      'politidirektøren', 'riksadvokaten', 'statsadvokat*', 'etterforskningsleder*', 'cyberpoliti*',
      // The same phrases as mail writes them without æ, ø and å.
      'politidirektoren', 'politidirektoeren',
      'cyberinfiltrasjon', 'cyber-infiltrasjon',
    ],
    summons: [
      // Learned from round 2 when it joined the tuned batch (README-round-5.md).
      'vedlagt følger klager', 'vedlagt folger klager', 'klager på deg', 'klager pa deg',
      'innkalling', 'innkalling til avhør', 'stevning',
      // The fake summons' names for itself.
      'innkalling til forklaring', 'rettslig innkalling', 'innkalling til retten', 'forkynnelse',
      // The same phrases as mail writes them without æ, ø and å.
      'innkalling til avhor', 'innkalling til avhoer',
      'innkallingen', 'innkallelse', 'innkallelsen',
      'innkalles', 'innkalt', 'innkalles til avhør', 'innkalles til avhor',
      'svare innen', 'timer på å svare', 'timer pa a svare', 'dager på å svare', 'dager pa a svare',
      'sende en forklaring', 'send en forklaring',
      'for å unngå straffeforfølgelse', 'for a unnga straffeforfolgelse',
    ],
    // A real summons: the reader as a witness, the right to counsel, an everyday case.
    procedure: [
      'som vitne', 'vitneavhør', 'vitneavhor', 'vitneforklaring', 'rett til forsvarer', 'rett til advokat',
      'trafikkulykke*', 'innbrudd*', 'legemsbeskadigelse', 'kroppskrenkelse',
      'kjære foreldre', 'sønnen deres', 'sonnen deres', 'datteren deres', 'barnet deres', 'klassekamerat*', 'rektor',
      'kontaktlærer*',
    ],
    accusation: [
      // Learned from round 2 when it joined the tuned batch (README-round-5.md).
      'forbrytelsene du har begått', 'forbrytelsene du har begatt', 'alvorlige forbrytelser du har',
      'barnepornografi', 'barneporno', 'overgrepsmateriale',       'cyberpornografi', 'ekshibisjonisme', 'pedofil*', 'mindreårige', 'mindrearige', 'overgrep mot barn',
      'overgrep mot mindreårige', 'seksuelt misbruk', 'du er siktet',
      'du er anklaget', 'straffesak', 'arrestordre', 'begrunnelser for', 'dine begrunnelser',
      // Fake summons: proceedings, warrant, the file sent on, prison terms, the register, the seizure and the complaint.
      'straffeforfølgning', 'rettsforfølgelse',
      'arrestordre mot deg', 'pågripelsesordre',
      'års fengsel',
      'registrert som seksualforbryter', 'seksualforbryter*', 'beslag av datamaskin', 'beslag av datamaskinen din',
      'cyber-infiltrasjon', 'cyberinfiltrasjon', 'sendes til media', 'sendt til media', 'navnet ditt offentliggjort',
      'dine forklaringer',
      'registrert i en etterforskning', 'evaluering av sanksjoner',
      // The same phrases as mail writes them without æ, ø and å.
      'pagripelsesordre', 'paagripelsesordre',
      'rettsforfolgelse', 'rettsforfoelgelse', 'straffeforfolgning', 'straffeforfoelgning',
      'ars fengsel', 'aars fengsel',
      // The file sent to the media or the family, which no real authority threatens.
      'saken din sendes til media', 'sendes til media og familien din', 'til media og familien din',
          ],
    'compromising-material': [
      'systemene deres', 'serverne deres',
      'passord', 'passordet ditt', 'ditt passord', 'hacket', 'skadelig programvare', 'skadevare', 'malware',
      'trojan*', 'spionprogram*', 'spionvare', 'pegasus', 'keylogger', 'fjerntilgang', 'operativsystemet ditt',
      'full tilgang', 'tilgang til enheten din', 'tilgang til kontoen din', 'tilgang til e-posten din',
      'enheten din', 'enhetene dine', 'datamaskinen din', 'ruteren din', 'infisert', 'et virus',
      // Claimed access as the templates word it: the screen, camera and microphone, the silent antivirus, copied contacts, the code in the video; watching for months.
      'alt på skjermen din', 'alt pa skjermen din', 'alt du gjør på', 'jeg kan se alt', 'slå på kameraet ditt',
      'skru på kameraet ditt', 'kameraet og mikrofonen', 'kameraet ditt og mikrofonen', 'mikrofonen din',
      'uten at du merker det', 'uten at du legger merke til det', 'uten at du vet det', 'uten at du vet om det',
      'du vet ingenting om det', 'antivirusprogrammet ditt kan ikke', 'antivirus kan ikke', 'kan ikke oppdages',
      'ikke oppdaget av', 'antivirusprogrammet ditt har ikke', 'oppdaterer signaturen sin', 'endrer signaturen sin',
      'all dataen din er kopiert', 'alle dataene dine er kopiert', 'kopiert til serverne mine', 'på serverne mine',
      'til serveren min', 'jeg har kopiert kontaktene dine', 'kopiert kontaktene dine', 'kopiert kontaktlisten din',
      'all korrespondansen din', 'korrespondansen din', 'ondsinnet kode', 'skadelig kode', 'ondsinnet programvare',
      'da du spilte av videoen', 'spilte av videoen', 'en trojaner', 'overvåket deg i', 'fulgt med på deg i',
      'holdt øye med deg i', 'tatt kontroll over kameraet', 'kontroll over kameraet', 'overvåket dine aktiviteter',
      // Word-order variants of the copied contacts and the reader's ignorance.
      'jeg har kopiert alle kontaktene dine', 'kopiert alle kontaktene dine', 'du vet ikke engang',
      'slå på kameraet ditt når som helst',
      // The same phrases as mail writes them without æ, ø and å.
      'alt du gjor pa', 'alt du gjoer paa', 'alt paa skjermen din', 'fulgt med pa deg i', 'fulgt med paa deg i',
      'holdt oye med deg i', 'holdt oeye med deg i', 'overvaket deg i', 'overvaaket deg i',
      'overvaket dine aktiviteter', 'overvaaket dine aktiviteter', 'pa serverne mine', 'paa serverne mine',
      'skru pa kameraet ditt', 'skru paa kameraet ditt', 'sla pa kameraet ditt', 'slaa paa kameraet ditt',
      'sla pa kameraet ditt nar som helst', 'slaa paa kameraet ditt naar som helst',
    ],
    'pay-to-delete': [
      'sletter jeg', 'jeg sletter', 'sletter jeg videoen', 'jeg sletter videoen', 'slette videoen', 'slett videoen',
      'videoen slettes', 'videoen blir slettet', 'videoene slettes', 'opptakene slettes', 'sletter alt', 'fjerne videoen',
      'slettet permanent', 'permanent slettet', 'slettes permanent', 'aldri høre fra meg igjen',
      'aldri høre fra oss igjen', 'jeg forsvinner',
      'sletter jeg alle opptak',
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
      // Keeping the reader quiet: sharing this message, telling anyone, contacting the police.
      'hvis jeg oppdager at du', 'hvis jeg finner ut at du', 'delt denne meldingen med', 'deler denne meldingen med',
      'delt denne e-posten med', 'deler denne e-posten med', 'ikke si noe til noen', 'ikke fortell noen om',
      'ikke prøv å kontakte politiet', 'ikke forsøk å kontakte politiet', 'ikke kontakt politi',
      'hvis du ringer politiet', 'politiet kan ikke hjelpe deg',
      // The same phrases as mail writes them without æ, ø and å.
      'ikke forsok a kontakte politiet', 'ikke forsoek aa kontakte politiet', 'ikke prov a kontakte politiet',
      'ikke proev aa kontakte politiet',
      // Talking to anyone about this message.
      'snakker med noen om denne', 'forteller noen om denne', 'med noen om denne meldingen',
      'med noen om denne e-posten',
    ],
    'hacker-claim': [
      // Learned from round 2 when it joined the tuned batch (README-round-5.md).
      'jeg vet passordet ditt', 'jeg vet at passordet ditt', 'er et av passordene dine',
      'jeg har installert et spionprogram', 'jeg har installert skadelig', 'jeg har installert malware', 'jeg har installert en trojaner',
      'fra din egen e-postadresse', 'sendt fra e-postadressen din', 'vi har hacket',
      'fulgt med på deg', 'måneder overvåket',
      'jeg er en hacker', 'jeg er hacker', 'jeg er medlem av en', 'fra din egen konto', 'sendt fra kontoen din',
      'sendt fra din konto', 'denne e-posten fra din', 'jeg har fulgt med på deg', 'jeg har fulgt deg',
      'jeg har overvåket deg', 'overvåket dine aktiviteter', 'jeg har hacket', 'jeg har fått tilgang',
      'jeg har tilgang til', 'jeg har full tilgang', 'jeg kjenner passordet ditt',
      // Campaign templates: watching for months, "we saw and recorded", the hacker group, "I am a programmer", infected or hacked devices, router and OS.
      'jeg har fulgt med pa deg', 'jeg har holdt øye med deg', 'jeg har holdt oye med deg', 'holdt øye med deg',
      'jeg overvåker deg', 'jeg overvaker deg', 'jeg har overvaket deg', 'jeg har spionert på deg',
      'vi har overvåket deg', 'vi har fulgt med på deg', 'vi så og tok opp',
       'jeg representerer en', 'internasjonal gruppe hackere', 'internasjonal hackergruppe',
      'internasjonale hackergruppe', 'gruppe av hackere',       'jeg har infisert', 'jeg infiserte', 'jeg fikk tilgang til enheten',
      'jeg fikk tilgang til din', 'jeg fikk tilgang til ditt', 'jeg fikk tilgang til dine', 'jeg hacket',
      'jeg har hacket ruteren din', 'jeg har hacket operativsystemet ditt', 'jeg har hacket e-posten din',
      'jeg har hacket telefonen din', 'jeg har hacket datamaskinen din', 'jeg har hacket kontoen din',
      'jeg har installert et virus', 'hackere som har tatt kontroll',
      // "We saw and recorded": the watching claim of the secrets template.
      'vi så og registrerte', 'jeg så og registrerte',
      // Word-order variants of the watching and hacking claims.
      'jeg har overvåket aktivitetene dine', 'jeg overvåker aktivitetene dine', 'jeg har overvaket aktivitetene dine',
      'fikk jeg tilgang til enhetene dine', 'fikk jeg tilgang til enheten din',
      'fikk jeg tilgang til datamaskinen din', 'vi er en gruppe hackere', 'jeg er medlem av en gruppe hackere',
      // The same phrases as mail writes them without æ, ø and å.
      'holdt oye med deg', 'holdt oeye med deg', 'jeg har holdt oeye med deg', 'jeg har overvaaket aktivitetene dine',
      'jeg har spionert pa deg', 'jeg har spionert paa deg', 'jeg overvaker aktivitetene dine',
      'jeg overvaaker aktivitetene dine', 'jeg overvaaker deg', 'jeg saa og registrerte',
      'overvaket dine aktiviteter', 'overvaaket dine aktiviteter', 'vi har fulgt med pa deg',
      'vi har fulgt med paa deg', 'vi har overvaket deg', 'vi har overvaaket deg',
      'vi saa og registrerte', 'vi saa og tok opp',
      // A programmer only next to the claim itself: "jeg er programmerer" alone is a job application.
      'hacker og programmerer', 'programmerer og hacker', 'programmerer og har infisert enheten', 'programmerer og har infisert datamaskinen', 'programmerer og har infisert din', 'programmerer og har infisert ditt',
      'programmerer og har hacket', 'programmerer og jeg har hacket', 'programmerer og har tilgang til',
      'jeg sendte denne e-posten fra', 'jeg har sendt denne e-posten fra',
      'vi har hacket nettsiden deres', 'vi har hacket nettsiden din', 'vi har hacket serveren deres',
      'vi har hacket nettverket deres', 'vi har hacket bedriften deres', 'et sikkerhetshull på nettsiden deres',
      'et sikkerhetshull pa nettsiden deres', 'lastet ned databasen deres', 'en kopi av databasen deres',
      'vi kontrollerer nettverket deres', 'vi har stjålet dataene deres', 'vi har stjalet dataene deres',
      'jeg lastet opp et virus', 'vi slo på webkameraet ditt', 'vi slo pa webkameraet ditt',
      'jeg slo på webkameraet ditt', 'jeg slo pa webkameraet ditt',
    ],
    'retraction': [
      'neida', 'tuller', 'bare tuller', 'bare kødder', 'bare kodder', 'bare på tull', 'bare pa tull',
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
      'du er ikke alene', 'ikke send penger', 'kjære foreldre', 'det ekte politiet',
      'kontakt politiet', 'anmeld til politiet', 'anmeld forholdet', 'politiet.no',
      'ta vare på e-posten', 'ta vare pa e-posten', 'ta skjermbilder', 'slettmeg', 'kors på halsen',
      'kors pa halsen', 'ring politiet',
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
      'noen truer',
      'utpressing', 'utpresser', 'offeret',
      'thriller', 'hovedpersonen',
      'forteller', 'politianmeldte', 'anmeldte det',
    ],
  },
};
