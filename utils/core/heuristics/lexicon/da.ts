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
      // The templates' demand lines that name no coin.
      'betale for at holde', 'betal for at holde', 'hvis du vil forhindre', 'hvis du vil undgå',
      'for at forhindre dette', 'jeg har brug for penge', 'jeg mangler penge',
      'for min tavshed', 'send beløbet til', 'overfør summen', 'hvis du vil have at jeg',
      // The same phrases as mail writes them without æ, ø and å.
      'hvis du vil undga', 'hvis du vil undgaa', 'overfor summen', 'overfoer summen', 'send belobet til',
      'send beloebet til',
      'hvis jeg ikke modtager pengene', 'hvis jeg ikke får pengene', 'hvis jeg ikke far pengene',
      'hvis jeg ikke får betaling', 'hvis jeg ikke far betaling', 'hvis jeg ikke modtager betalingen',
      'hvis vi ikke modtager beløbet', 'hvis vi ikke modtager belobet', 'hvis vi ikke får pengene',
      'hvis vi ikke far pengene',
    ],
    deadline: [
      'frist', 'inden for', 'sidste advarsel', 'sidste chance', 'senest', 'tiden løber', 'nedtælling',
      'nedtællingen', 'timeren', 'fra du åbner', 'så snart du åbner', 'når du åbner denne', 'fra det øjeblik',
      'jeg giver dig', 'forfaldsdato',
      // The templates' clock: it starts when the mail is opened, and the sender is notified.
      'timeren starter', 'jeg får en notifikation', 'jeg modtager en notifikation', 'får jeg en notifikation',
      'jeg får besked', 'får jeg besked', 'jeg ved hvornår', 'jeg kan se at du har læst',
      'fra du har læst', 'efter du har læst', 'efter at have læst', 'fra du har åbnet', 'tiden tikker',
      'så snart du læser', 'når du læser denne',
      // The same phrases as mail writes them without æ, ø and å.
      'efter at have laest', 'efter du har laest', 'fra du har laest', 'fra du har abnet', 'fra du har aabnet',
      'far jeg besked', 'faar jeg besked', 'far jeg en notifikation', 'faar jeg en notifikation', 'jeg far besked',
      'jeg faar besked', 'jeg far en notifikation', 'jeg faar en notifikation', 'jeg kan se at du har laest',
      'jeg ved hvornar', 'jeg ved hvornaar', 'nar du laeser denne', 'naar du laeser denne', 'sa snart du laeser',
      'saa snart du laeser',
      // The tracking pixel that tells the sender the mail was read.
      'en pixel i denne', 'nu ved jeg at du', 'at du har læst den', 'at du har læst denne', 'at du har laest den',
      'at du har laest denne',
    ],
    'exposure-threat': [
      // A passive future names no audience and no sender: a conference's talk "will be published".
      // Next to something held over the reader it is still a threat (moved from direct-threat).
      'videoen offentliggøres straks', 'videoen bliver straks offentliggjort',
      'videoen vil straks blive offentliggjort', 'videoen offentliggøres med det samme',
      'videoen offentliggores med det samme', 'videoen offentliggoeres med det samme',
      'videoen offentliggores straks', 'videoen offentliggoeres straks',
      'offentliggøre', 'offentliggør', 'offentliggjort', 'offentliggøres', 'offentliggore', 'offentliggoere',
      'sprede', 'spreder', 'på internettet', 'på nettet', 'dark web', 'darknet', 'sælge', 'dit omdømme',
      'dit rygte', 'lække', 'lækket', 'deler', 'dele det', 'dele dem', 'lægge ud', 'lægges ud', 'uploade',
      'udstille', 'sende rundt', 'sendt rundt', 'sende ud', 'ødelægge dit liv', 'ødelægge dit omdømme',
      'jeg gør dit liv til et helvede', 'jeg gor dit liv til et helvede', 'gør jeg dit liv til et helvede',
      'gor jeg dit liv til et helvede',
    ],
    'direct-threat': [ 'sende videoen', 'sender videoen', 'sender optagelsen', 'sende optagelsen', 'sender optagelserne',
      'sender jeg videoen', 'videoen til', 'offentliggøre videoen', 'offentliggør videoen',
      'dele videoen', 'deler videoen', 'lægge videoen ud', 'sende den ud til', 'sender vi den ud', 'dine data offentliggøres', 'dine data sælges',
      // The one-click threat and its audience in the templates' wordings: the video sent to all contacts, seen by family and colleagues, published at once.
      'videoen til alle', 'til alle dine e-mailkontakter', 'til alle dine e-mail-kontakter',
      'til alle dine kolleger', 'til alle dine kollegaer',
      'videofiler af dig til', 'til hele din kontaktliste',
      'til alle i din kontaktliste', 'til alle på din kontaktliste',
      // Named audiences only: "the video will be published" alone is a school or a webinar.
      'denne video til alle dine', 'videoen til alle dine', 'videoen vil blive sendt til alle dine',
      'videoen sendes til alle dine', 'videoen sendes til dine', 'videoen bliver sendt til dine',
      'videoen bliver sendt til alle dine', 'videoen vil blive delt med dine', 'videoen deles med dine',
      'videoen bliver delt med dine', 'dine kontakter vil se videoen', 'dine kolleger vil se videoen',
      'din familie vil se videoen', 'straks offentliggøre videoen',
      'jeg sender videoen', 'jeg vil sende videoen', 'jeg offentliggør videoen', 'jeg deler videoen',
      'med det samme sende videoen',
      // Published at once or seen by the reader's people, with the video named.
      'videoen bliver straks sendt',
      'videoen på sociale netværk', 'videoen på sociale medier',
      // Seen by the reader's people, who are named: "hvis du vil se videoen" is an invitation.
      'kolleger vil se denne video', 'venner vil se denne video', 'kontakter vil se denne video',
      'familie vil se denne video', 'kollegaer vil se denne video',
      // The same phrases as mail writes them without æ, ø and å.
      'jeg offentliggor videoen', 'jeg offentliggoer videoen', 'straks offentliggore videoen',
      'straks offentliggoere videoen', 'til alle pa din kontaktliste', 'til alle paa din kontaktliste',
      'videoen pa sociale medier',
      'videoen paa sociale medier', 'videoen pa sociale netvaerk', 'videoen paa sociale netvaerk',
    ],
    audience: [
      'dine kontakter', 'alle dine kontakter', 'kontaktliste', 'din kontaktliste', 'adressebog', 'dine venner',
      'din familie', 'venner og familie', 'familie og venner', 'dine kolleger', 'dine kollegaer',
      'din arbejdsgiver', 'din chef', 'sociale medier', 'sociale netværk', 'facebook-venner', 'din kone',
      'din mand', 'din hustru', 'din ægtefælle', 'din kæreste', 'din partner', 'dine pårørende', 'alle du kender',
      // Moved from direct-threat: an audience named with no threat ("Grüße an Ihre Familie") counts only next to a recording.
      'til alle dine kontakter', 'til dine kontakter', 'til alle dine venner', 'til din familie', 'til dine kolleger', 'til dine kollegaer', 'til alle du kender',
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
      // The split-screen recording, the reader satisfying themselves, the video they were watching, adult-site visits.
      'venstre halvdel af skærmen', 'højre halvdel af skærmen', 'venstre side af skærmen', 'højre side af skærmen',
      'halvdel af skærmen', 'halvdelen af skærmen', 'halvdel af skaermen', 'delte skærm', 'delt skaerm',
      'dobbelt skærm', 'dobbeltskærm', 'tilfredsstiller dig selv',
      'tilfredsstillede dig selv', 'tilfredsstille dig selv', 'rører ved dig selv', 'den video du så',
      'videoen du så', 'den video du så på', 'den video du kiggede på', 'voksensider',
      'voksenindhold', 'indhold for voksne', 'sider for voksne', 'jeg har optaget dig', 'via dit webcam',
      'gennem dit kamera', 'via dit kamera', 'sexvideo*', 'videofiler af dig', 'video af dig selv',
      // Word-order variants.
      'den video du lige så', 'videoen du lige så', 'den video du lige har set',
      // The same phrases as mail writes them without æ, ø and å.
      'delte skaerm', 'den video du kiggede pa', 'den video du kiggede paa',
      'den video du lige saa', 'den video du saa', 'den video du saa paa',
      'dobbelt skaerm', 'dobbeltskaerm', 'halvdelen af skaermen',
      'hojre halvdel af skaermen', 'hoejre halvdel af skaermen', 'hojre side af skaermen', 'hoejre side af skaermen',
      'rorer ved dig selv', 'roerer ved dig selv', 'venstre halvdel af skaermen', 'venstre side af skaermen',
      'videoen du lige saa', 'videoen du saa',
      'sletter jeg videoen', 'jeg sletter videoen', 'jeg vil slette videoen', 'sletter jeg videoerne',
      'hvor du onanerer', 'mens du onanerer', 'en video af dig hvor du',
      'sletter jeg alle optagelser', 'sletter jeg optagelserne', 'jeg sletter alle optagelser',
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
      // The secrets the templates name.
      'små og store hemmeligheder', 'sma og store hemmeligheder', 'dit hemmelige liv', 'dine beskidte hemmeligheder',
      'beskidte hemmeligheder', 'dit dobbeltliv', 'dine små hemmeligheder',
      // Word-order variant.
      'beskidte små hemmeligheder',
      // The same phrases as mail writes them without æ, ø and å.
      'beskidte sma hemmeligheder', 'beskidte smaa hemmeligheder', 'dine sma hemmeligheder',
      'dine smaa hemmeligheder', 'smaa og store hemmeligheder',
    ],
    consequence: [
      'ellers', 'i modsat fald', 'hvis du ikke betaler', 'hvis i ikke betaler', 'hvis jeg ikke modtager',
      'hvis du ignorerer', 'hvis jeg ikke får', 'hvis du ikke gør det', 'hvis du ikke sender', 'hvis du ikke overfører',
      'medmindre du betaler', 'med mindre du betaler',
      // The templates' closing pressure and the fake summons' "after this deadline".
      'ødelæg ikke dit liv', 'odelaeg ikke dit liv', 'det forkerte valg', 'den forkerte beslutning',
      'du har to muligheder', 'du har to valg', 'jeg laver ikke fejl', 'det er op til dig', 'valget er dit',
      'hvis du ikke svarer', 'efter fristens udløb', 'når fristen er udløbet',
      // Word-order variants.
      'jeg laver aldrig fejl', 'beslutningen er din', 'beslutningen er op til dig',
      // The same phrases as mail writes them without æ, ø and å.
      'efter fristens udlob', 'efter fristens udloeb', 'nar fristen er udlobet', 'naar fristen er udloebet',
      'oedelaeg ikke dit liv',
      'hvis jeg ikke far', 'hvis vi ikke får', 'hvis vi ikke far',
      'hvis jeg ikke ser betalingen',
      'ikke betales', 'ikke overføres', 'ikke overfores',
      'udstedes en arrestordre',
    ],
    commercial: [ 'restbeløb', 'restbelob', 'restbeloeb', 'slutbetaling',
      'din ordre', 'ordren', 'din bestilling', 'dit abonnement',
      'faktura', 'fakturaen', 'rykkergebyr', 'rykker', 'morarenter', 'inkasso*', 'kvittering', 'ordrenummer',
      'moms', 'kontingent',
      'som aftalt', 'ifølge kontrakten', 'ifolge kontrakten',
      'om året', 'om aret', 'om måneden', 'om maneden',
    ],
    'violence-threat': [
      'smitte hele din familie', 'smitte dig', 'smitte',
      'bombe', 'bomben', 'sprængstof', 'sprængladning', 'sprængladningen', 'springer i luften', 'sprængstoffer',
      'vil eksplodere', 'bomben eksploderer', 'sprængladningen eksploderer', 'dræbe', 'dræbe dig', 'for at dræbe dig', 'slå dig ihjel', 'gøre dig fortræd',
      'skade dig', 'syre', 'sætte ild', 'lejemorder', 'lejemord', 'bruge vold', 'vold mod dig',
      'vold mod din familie', 'ved hvor du bor', 'konsekvenser for dig og',
      // Hitman and bomb openers, each a whole phrase of several words.
      'betalt for at slå dig',
      'nogen vil have dig død', 'vil have dig død', 'ønsker dig død', 'mine mænd holder øje', 'mine folk holder øje',
      'mine mænd overvåger', 'mine folk overvåger',
      'hvis du vil blive i live', 'en bombe i din', 'bombe i bygningen',
      'aldrig se din familie igen', 'kugle i hovedet',
      // Only with the condition or the object attached: "ingen kommer til skade" alone is a safety notice.
      'betalt for at slå dig ihjel', 'betalt for at skade dig', 'hyret til at dræbe', 'hyret til at slå dig',
      'ingen kommer til skade hvis', 'ingen bliver såret hvis', 'hvis du vil forblive i live',
      // The same phrases as mail writes them without æ, ø and å.
      'betalt for at sla dig', 'betalt for at slaa dig', 'betalt for at sla dig ihjel',
      'betalt for at slaa dig ihjel',
      'hyret til at draebe', 'hyret til at sla dig', 'hyret til at slaa dig', 'ingen bliver saret hvis',
      'ingen bliver saaret hvis', 'mine folk holder oje', 'mine folk holder oeje', 'mine folk overvager',
      'mine folk overvaager', 'mine maend holder oje', 'mine maend holder oeje', 'mine maend overvager',
      'mine maend overvaager', 'nogen vil have dig dod', 'nogen vil have dig doed', 'vil have dig dod',
      'vil have dig doed', 'onsker dig dod', 'oensker dig doed',
      'vi er ikke terrorister', 'hvis sprængladningen eksploderer', 'bomben vil eksplodere', 'sprængladningen vil',
      'en kugle i jeres facade', 'en granat ved jeres dør', 'en granat ved jeres dor', 'en håndgranat ved',
      'en handgranat ved', 'sætte ild til jeres butik', 'sætte ild til jeres restaurant', 'brænde jeres butik ned',
      'ellers brænder jeres butik', 'ellers brænder din butik', 'ellers brænder dit hus',
    ],
    'commissioned-harm': [
      'betalt for at dræbe dig', 'hyret til at dræbe dig', 'opgave at dræbe dig', 'opgaven er at dræbe dig',
      'bedt om at dræbe dig', 'bestilt mordet på dig', 'bestilt mordet pa dig', 'bestilt drabet på dig',
      'bestilt drabet pa dig', 'betalt for at slå dig ihjel',
      'betalt for at sla dig ihjel', 'hyret til at slå dig ihjel', 'hyret til at sla dig ihjel',
      'ordre om at dræbe dig', 'betalt mig for at dræbe dig',
    ],
    'business-harm': [
      'vi vil ødelægge jeres omdømme', 'vi vil odelægge jeres omdomme', 'vi ødelægger jeres omdømme',
      'vi odelægger jeres omdomme', 'vi vil ødelægge dit omdømme', 'vi vil odelægge dit omdomme',
      'vi vil ødelægge jeres virksomhed', 'vi vil odelægge jeres virksomhed', 'vi starter angrebet',
      'starter vi angrebet', 'vi vil starte angrebet', 'vi lægger jeres hjemmeside ned',
      'vil blive blokeret for altid', 'jeres database vil blive lækket', 'jeres database vil blive solgt',
      'vil blive offentliggjort på darknet', 'vil blive offentliggjort pa darknet', 'vil blive solgt på darknet',
      'vil blive solgt pa darknet', 'tusindvis af negative anmeldelser',
      'vi vil skrive negative anmeldelser', 'vi skriver negative anmeldelser',
    ],
    'kidnap-threat': [
      'din datter er hos os', 'din søn er hos os', 'se hende i live igen', 'se ham i live igen',
      'kidnappe*', 'kidnapning*', 'bortføre', 'bortfører', 'bortførelse', 'gidsel', 'vi har din datter',
      'vi har din søn', 'vi har dit barn',
      // More of "we have your …".
      'vi har din kone', 'vi har din mand', 'din kone er hos os',
      'din son er hos os', 'hvis du vil se ham igen', 'hvis du vil se hende igen',
    ],
    'secret-known': [
      'jeg ved at du er utro', 'du har været utro mod din kone', 'du er utro mod din kone',
      'hemmelighed du skjuler for din kone', 'jeg ved om din affære', 'beviser på din affære',
      'beviser pa din affære', 'beviser på din utroskab', 'beviser pa din utroskab', 'din kone vil finde ud af det',
      'din mand vil finde ud af det', 'ingen har hyret mig',
      'jeg kender din hemmelighed', 'jeg ved om din hemmelighed',
      'vores tavshed koster', 'min tavshed koster',
    ],
    'authority-claim': [
      'politikommissær', 'kommissær', 'politiinspektør',
      'politiet', 'rigspolitiet', 'rigspolitichef*', 'politidirektør', 'nc3', 'europol', 'interpol',
      'anklagemyndighed*', 'justitsministeriet', 'indkaldelse', 'retslig indkaldelse',
      // Titles the fake summonses sign with.
      'politidirektøren', 'rigsadvokaten', 'statsadvokat*', 'dommer', 'cyberpoliti*',
      // The same phrases as mail writes them without æ, ø and å.
      'politidirektoren', 'politidirektoeren',
      'cyberinfiltration', 'cyber-infiltration',
    ],
    summons: [
      'indkaldelse', 'indkaldelse til afhøring', 'stævning',
      // The fake summons' names for itself.
      'tilsigelse', 'retslig indkaldelse', 'indkaldelse til retten',
      // The same phrases as mail writes them without æ, ø and å.
      'indkaldelse til afhoring', 'indkaldelse til afhoering', 'staevning',
      'indkaldes', 'indkaldt', 'indkaldes til afhøring', 'indkaldes til afhoring',
      'svare inden for', 'timer til at svare', 'dage til at svare',
      'sende en forklaring', 'bedes sende',
      'for at undgå retsforfølgelse', 'for at undga retsforfolgelse',
    ],
    // A real summons: the reader as a witness, the right to counsel, an everyday case.
    procedure: [
      'som vidne', 'vidneafhøring', 'vidneafhoring', 'vidneforklaring', 'ret til en forsvarer', 'ret til forsvarer',
      'færdselsuheld', 'faerdselsuheld', 'trafikulykke*', 'indbrud*', 'vold mod',
      'kære forældre', 'jeres søn', 'jeres son', 'jeres datter', 'jeres barn', 'klassekammerat*', 'skoleleder*',
      'klasselærer*',
    ],
    accusation: [
      'børnepornografi', 'børneporno*', 'borneporno*', 'pædofil*', 'paedofil*', 'pedofil*', 'mindreårige',
      'mindrearige', 'seksuelt misbrug', 'blotteri', 'ekshibitionisme', 'cyberpornografi', 'netpornografi',
      'sexforbryder*', 'seksualforbryder*', 'du er anklaget', 'de er anklaget', 'du er sigtet', 'straffesag',
      'strafforfølgning', 'retsforfølgelse', 'arrestordre', 'dine begrundelser',
      // Fake summons: proceedings, warrant, the file sent on, prison terms, the register, the seizure and the complaint.
      'retsforfølgelse mod dig', 'anholdelsesbegæring',
      'arrestordre mod dig',
      'års fængsel',
      'registreret som seksualforbryder', 'beslaglæggelse af computer', 'beslaglæggelse af din computer',
      'cyber-infiltration', 'cyberinfiltration', 'sendes til medierne', 'sendt til medierne', 'dit navn og foto',
      'dine forklaringer',
      // The reader's justification within the deadline.
      'dine begrundelser inden',
      // The same phrases as mail writes them without æ, ø and å.
      'anholdelsesbegaering', 'beslaglaeggelse af computer', 'beslaglaeggelse af din computer',
      'retsforfolgelse mod dig', 'retsforfoelgelse mod dig', 'ars faengsel', 'aars faengsel',
      // The file sent to the media or the family, which no real authority threatens.
      'din sag sendes til medierne', 'sendes til medierne og din familie', 'til medierne og din familie',
    ],
    'compromising-material': [
      'jeres systemer', 'jeres servere',
      'jeg kender din kode', 'din kode', 'jeg kender dit kodeord', 'jeg kender din adgangskode',
      'adgangskode', 'din adgangskode', 'kodeord', 'dit kodeord', 'dit password', 'hacket', 'adgang til din',
      'adgang til dit', 'adgang til dine', 'fuld adgang', 'dit operativsystem', 'skadelig software', 'malware',
      'trojan*', 'trojansk hest', 'spyware', 'spionprogram*', 'pegasus', 'keylogger', 'fjernadgang',
      'din enhed', 'din computer', 'din router', 'inficeret', 'en virus',
      // Claimed access as the templates word it: the screen, camera and microphone, the silent antivirus, copied contacts, the code in the video; watching for months.
      'alt på din skærm', 'alt pa din skaerm', 'alt hvad du laver', 'jeg kan se alt', 'tænde dit kamera',
      'tænde for dit kamera', 'taende dit kamera', 'kamera og mikrofon', 'dit kamera og din mikrofon', 'din mikrofon',
      'uden at du bemærker det', 'uden at du opdager det', 'uden at du ved det', 'uden at du ved af det',
      'du ved ikke noget om det', 'du aner intet', 'dit antivirusprogram kan ikke', 'antivirus kan ikke',
      'antivirusprogrammet kan ikke', 'kan ikke opdages', 'ikke opdaget af', 'antivirus har ikke',
      'opdaterer sin signatur', 'opdaterer sine signaturer', 'ændrer sin signatur', 'alle dine data er kopieret',
      'alle dine data er blevet kopieret', 'kopieret til mine servere', 'på mine servere', 'til min server',
      'jeg har kopieret dine kontakter', 'kopieret dine kontakter', 'kopieret din kontaktliste',
      'al din korrespondance', 'din korrespondance', 'ondsindet kode', 'skadelig kode', 'ondsindet software',
      'da du afspillede videoen', 'afspillede videoen', 'en trojaner', 'virus installeret', 'holdt øje med dig i',
      'holdt oje med dig i', 'overvåget dig i', 'overvåget dig i flere måneder', 'holdt øje med dig i flere',
      // Word-order variants of the silent antivirus, the copied contacts and the reader's ignorance.
      'antivirusprogram har ikke opdaget', 'antivirus har ikke opdaget', 'jeg har kopieret alle dine kontakter',
      'kopieret alle dine kontakter', 'du ved ikke engang', 'tænde dit kamera når som helst',
      // The same phrases as mail writes them without æ, ø and å.
      'alt paa din skaerm', 'holdt oeje med dig i', 'holdt oje med dig i flere', 'holdt oeje med dig i flere',
      'overvaget dig i', 'overvaaget dig i', 'overvaget dig i flere maneder', 'overvaaget dig i flere maaneder',
      'pa mine servere', 'paa mine servere', 'taende dit kamera nar som helst', 'taende dit kamera naar som helst',
      'taende for dit kamera', 'uden at du bemaerker det', 'aendrer sin signatur',
    ],
    'pay-to-delete': [
      'sletter jeg', 'jeg sletter', 'jeg sletter videoen', 'slette videoen', 'slet videoen', 'videoen slettes',
      'videoen bliver slettet', 'videoerne slettes', 'optagelserne slettes', 'slettet permanent', 'permanent slettet', 'slettes permanent',
      'fjerne videoen', 'aldrig høre fra mig igen', 'aldrig høre fra os igen', 'jeg forsvinder',
      'sletter jeg alle optagelser',
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
      // Keeping the reader quiet: sharing this message, telling anyone, contacting the police.
      'hvis jeg opdager at du', 'hvis jeg finder ud af at du', 'delt denne besked med', 'deler denne besked med',
      'delt denne mail med', 'deler denne mail med', 'sig ikke noget til nogen', 'fortæl ingen',
      'fortæl ikke nogen om', 'prøv ikke at kontakte politiet', 'forsøg ikke at kontakte politiet',
      'kontakt ikke politi', 'hvis du ringer til politiet',
      'politiet kan ikke hjælpe dig',
      // The same phrases as mail writes them without æ, ø and å.
      'forsog ikke at kontakte politiet', 'forsoeg ikke at kontakte politiet', 'fortael ikke nogen om',
      'fortael ingen', 'politiet kan ikke hjaelpe dig', 'prov ikke at kontakte politiet',
      'proev ikke at kontakte politiet',
      // Talking to anyone about this message.
      'taler med nogen om denne', 'fortæller nogen om denne', 'med nogen om denne besked', 'med nogen om denne mail',
      'fortaeller nogen om denne',
    ],
    'hacker-claim': [
      // Learned from round 2 when it joined the tuned batch (README-round-5.md).
      'jeg kender dit password', 'jeg ved at dit password', 'er en af dine adgangskoder',
      'jeg har installeret malware', 'jeg har installeret spyware', 'jeg har installeret en virus', 'jeg kender din kode', 'jeg kender dit kodeord', 'jeg kender din adgangskode',
      'sendt fra din e-mailadresse', 'fra din egen adresse', 'vi har hacket jeres',
      'holdt øje med dig', 'måneder overvåget',
      'jeg er en hacker', 'jeg er hacker', 'jeg er medlem af en', 'jeg har holdt øje med dig',
      'jeg har overvåget dig', 'jeg har hacket', 'jeg har fået adgang til', 'jeg har adgang til',
      'fra din egen konto', 'sendt fra din konto', 'sendte denne mail fra din', 'fra din egen e-mail',
      'fra din egen mailadresse', 'jeg har fuld adgang',
      // Campaign templates: watching for months, the hacker group, "I am a programmer", infected or hacked devices, router and OS.
      'holdt oje med dig', 'jeg har overvaget dig', 'jeg overvåger dig', 'jeg overvager dig',
      'jeg har udspioneret dig', 'jeg har iagttaget dig',
      'jeg repræsenterer en', 'jeg repraesenterer en', 'international gruppe af hackere',
      'international hackergruppe', 'internationale hackergruppe',       'jeg har inficeret din',
      'jeg har inficeret dit', 'jeg inficerede din', 'jeg inficerede dit', 'jeg hackede',
      'jeg har installeret en trojaner',
      'jeg har installeret et spionprogram', 'som har udnyttet din', 'jeg har hacket din router',
      'jeg har hacket dit operativsystem', 'jeg har hacket din e-mail', 'jeg har hacket din telefon',
      'jeg har hacket din computer', 'vi har hacket din', 'vi har holdt øje med dig', 'vi har overvåget dig',
      'sendt fra din egen e-mail',
      // First-person access to the reader's own things.
      'jeg fik adgang til din', 'jeg fik adgang til dit', 'jeg fik adgang til dine',
      // Word-order variants of the watching and hacking claims.
      'jeg har overvåget dine aktiviteter', 'jeg overvåger dine aktiviteter', 'jeg har overvaget dine aktiviteter',
      'fik jeg adgang til dine', 'fik jeg adgang til din', 'fik jeg adgang til dit', 'vi er en gruppe hackere',
      'jeg er en del af en gruppe hackere', 'jeg er medlem af en gruppe hackere',
      // The same phrases as mail writes them without æ, ø and å.
            'jeg har overvaaget dine aktiviteter', 'jeg overvaager dig',
      'jeg overvager dine aktiviteter', 'jeg overvaager dine aktiviteter', 'vi har holdt oje med dig',
      'vi har holdt oeje med dig', 'vi har overvaget dig', 'vi har overvaaget dig',
      // A programmer only next to the claim itself: "jeg er programmør" alone is a job application.
      'hacker og programmør', 'programmør og hacker', 'programmør og har inficeret din', 'programmør og har inficeret dit', 'programmør og har hacket',
      'programmør og jeg har hacket', 'programmør og har adgang til din', 'programmør og har adgang til dit',
      'programmor og har inficeret din', 'programmoer og har inficeret din', 'programmor og har hacket',
      'programmoer og har hacket',
      'vi har hacket jeres hjemmeside', 'vi har hacket din hjemmeside', 'vi har hacket jeres server',
      'vi har hacket jeres netværk', 'vi har hacket jeres virksomhed', 'en sårbarhed på jeres hjemmeside',
      'en sarbarhed pa jeres hjemmeside', 'downloadet jeres database', 'en kopi af jeres database',
      'vi kontrollerer jeres netværk', 'vi har stjålet jeres data', 'vi har stjalet jeres data',
      'jeg uploadede en virus', 'vi tændte dit webcam', 'jeg tændte dit webcam',
    ],
    'retraction': [
      'bare for sjov', 'for sjov', 'jeg laver sjov', 'bare sjov', 'spøg til side', 'spog til side',
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
      'du er ikke alene', 'send ikke penge', 'kære forældre', 'det rigtige politi',
      'anmeld forholdet', 'politi.dk', 'gem mailen', 'tag skærmbilleder', 'sikkerdigital', 'red barnet',
      'offerrådgivning', 'offerradgivning', 'ring til politiet',
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
      'nogen truer',
      'afpresning', 'afpresser', 'afpresserne', 'offeret',
      'thriller', 'hovedpersonen',
      'politianmeldte', 'anmeldte det',
    ],
  },
};
