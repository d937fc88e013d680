/**
 * Dutch cue phrases for the extortion heuristics. Data only. Written for this project from
 * the features of Dutch and Flemish sextortion waves ('ik heb je gefilmd', 'ik hou je al een
 * tijdje in de gaten', bitcoin within 48 uur, the machine-translated 'ik ben een hacker die
 * toegang heeft tot je besturingssysteem' family), fake-police mails (politie, Federale
 * Politie, Europol, kinderpornografie, '72 uur om uw rechtvaardiging te sturen'), bomb, hitman
 * and kidnapping threats; advice and reporting phrases follow police, Fraudehelpdesk and
 * newsroom warnings. Diacritics are often lost, so the common words also appear without them.
 */
import type { Lexicon } from './types';

export const NL: Lexicon = {
  language: 'nl',
  phrases: {
    'payment-demand': [
            'betalen is de enige optie', 'het bedrag verhogen',
      'betaal', 'betaal me', 'u moet betalen', 'je moet betalen', 'jij moet betalen', 'moet je betalen',
      'moet u betalen', 'u moet mij', 'je moet mij', 'moet je mij', 'moet u mij', 'maak over', 'maak binnen', 'overmaken',
      'over te maken', 'maak het bedrag over', 'stuur me', 'stuur mij', 'het bedrag', 'bitcoin-adres',
      'bitcoinadres', 'btc-adres', 'mijn bitcoin-wallet', 'mijn bitcoinwallet', 'mijn btc-wallet', 'walletadres', 'wallet-adres',
      'bitcoin-portemonnee', 'mijn wallet', 'mijn portemonnee', 'mijn bitcoin-adres', 'het volgende adres',
      'naar dit adres', 'naar mijn wallet', 'ter waarde van', 'in bitcoin betalen', 'in bitcoins betalen',
      'in bitcoin overmaken', 'in bitcoins overmaken', 'in bitcoin overmaakt', 'in bitcoins overmaakt',       'in bitcoin betaalt', 'in bitcoins betaalt', 'euro in bitcoin', 'euro in bitcoins', 'dollar in bitcoin',
      'dollar in bitcoins', 'betaling in bitcoin', 'kopieer en plak', 'losgeld',
      'zodra ik', 'zodra de betaling', 'zodra je betaalt', 'zodra u betaalt', 'na betaling',
      'na ontvangst van de betaling', 'mijn eis', 'mijn prijs', 'de boete', 'een boete van',
      // The templates' demand lines that name no coin.
      'betaal om je gegevens', 'betaal om uw gegevens', 'als je dit wilt voorkomen', 'als u dit wilt voorkomen',
      'wil je dit voorkomen', 'wilt u dit voorkomen', 'om dit te voorkomen moet je', 'om dit te voorkomen moet u',
      'ik heb geld nodig', 'ik heb het geld nodig', 'prijs voor mijn stilzwijgen',
      'voor mijn zwijgen', 'mijn stilzwijgen', 'stuur het bedrag', 'verstuur het bedrag', 'als je wilt dat ik',
      'als u wilt dat ik',
      'als ik het geld niet', 'als ik geen geld', 'indien ik het geld niet', 'als ik de betaling niet',
      'als wij het bedrag', 'als we het bedrag niet', 'indien wij het bedrag niet',
    ],
    deadline: [
      'uiterlijk', 'deadline', 'laatste waarschuwing', 'laatste kans', 'de klok tikt', 'vervaldatum', 'vanaf nu',
      'vanaf het openen', 'de timer', 'timer begint', 'timer start', 'zodra je deze e-mail', 'zodra u deze e-mail',
      'zodra je deze mail', 'vanaf het moment', 'ik geef je', 'ik geef u',
      // The templates' clock: it starts when the mail is opened, and the sender is notified.
      'zodra u deze mail', 'zodra je dit bericht', 'zodra u dit bericht', 'zodra je deze brief', 'zodra u deze brief',
      'ik krijg een melding', 'krijg ik een melding', 'ontvang ik een melding', 'ik ontvang een melding',
      'ik weet wanneer je', 'ik weet wanneer u', 'ik zal weten', 'uur na het lezen', 'na het lezen van',
      'na het openen van', 'de tijd loopt', 'de tijd tikt', 'vanaf nu heb je', 'vanaf nu heeft u',
      // The tracking pixel that tells the sender the mail was read.
      'een pixel in', 'nu weet ik dat u', 'nu weet ik dat je', 'dat u deze e-mail heeft gelezen',
      'dat je deze e-mail hebt gelezen', 'dat u dit bericht heeft gelezen',
    ],
    'exposure-threat': [
      // A passive future names no audience and no sender: a conference's talk "will be published".
      // Next to something held over the reader it is still a threat (moved from direct-threat).
      'de video wordt onmiddellijk gepubliceerd', 'video wordt onmiddellijk verspreid',
      'publiceren', 'publiceer', 'gepubliceerd', 'openbaar maken', 'openbaar gemaakt', 'verspreiden', 'verspreid',
      'online zetten', 'online plaatsen', 'online verschijnen', 'op internet', 'op het internet', 'darkweb',
      'dark web', 'verkopen', 'verkocht', 'voor iedereen', 'je reputatie', 'uw reputatie', 'lekken', 'gelekt',
      'delen met', 'rondsturen', 'naar buiten brengen', 'je leven verwoesten',
      'uw leven verwoesten', 'je leven ruïneren', 'je leven ruineren',
    ],
    'direct-threat': [
      'video doorsturen naar', 'deze video doorsturen', 'doorsturen naar alle contactpersonen', 'doorsturen naar al je contacten', 'doorsturen naar al uw contacten',
      'contacten de video', 'krijgen al uw contacten', 'krijgen al je contacten', 'publiceren we uw gegevens', 'publiceren we je gegevens',
      'filmpje alvast naar', 'de video naar', 'stuur de video',
      'verstuur de video', 'stuur ik de video', 'verstuur ik de video',
      'de video versturen', 'de video verspreiden', 'de beelden naar', 'de beelden verspreiden', 'de opnames naar',
      'video publiceren', 'publiceer ik de video', 'je gegevens publiceren', 'uw gegevens publiceren',
      'je gegevens verkopen', 'uw gegevens verkopen',
      // The one-click threat and its audience in the templates' wordings: the video sent to all contacts, seen by family and colleagues, published at once.
      'de video naar al', 'video naar al je', 'video naar al uw', 'naar al je e-mailcontacten',
      'naar al uw e-mailcontacten', 'naar al uw vrienden',
      'contacten krijgen de video', 'contacten ontvangen de video',
      'al je contacten ontvangen', 'al uw contacten ontvangen', 'naar iedereen in je adresboek',
      'naar iedereen in uw adresboek', 'naar je contactenlijst', 'naar uw contactenlijst',
      // Named audiences only: "the video will be published" alone is a school or a webinar.
      'deze video naar al je', 'deze video naar al uw', 'deze video naar je contacten',
      'deze video naar uw contacten', 'de video naar je contacten', 'de video naar uw contacten',
      'de video naar je familie', 'de video naar uw familie', 'contacten zullen de video',
      "collega's zullen de video", 'familie zal de video', 'ik stuur de video naar', 'ik stuur deze video naar',
      'ik zal de video naar', 'ik zal deze video naar', 'ik publiceer de video', 'wordt de video onmiddellijk naar',
      'video onmiddellijk naar', 'de video direct naar',
      // Published at once or to the reader's networks, with the video named.
      'de video op sociale netwerken', 'de video op sociale media',
      'de video op je sociale', 'de video op uw sociale',
      // Seen by the reader's people, who are named: "uw gasten zullen de video zien" is a wedding.
      "collega's zullen deze video zien", "collega's zullen de video zien", 'contacten zullen deze video zien',
      'vrienden zullen deze video zien', 'vrienden zullen de video zien', 'familie zal deze video zien',
      // Stressed "jouw" forms.
      'deze video naar al jouw', 'de video naar al jouw', 'naar al jouw contacten', 'naar al jouw contactpersonen',
      'naar al jouw vrienden', "naar al jouw collega's", 'naar jouw familie', 'naar jouw contacten',
      "jouw collega's zullen de video",
    ],
    audience: [
      'je contactpersonen', 'van je contactpersonen', 'je contactenlijst', 'adresboek',
      'je contacten', 'uw contacten', 'al je contacten', 'je vrienden', 'uw vrienden', 'je familie', 'uw familie',
      'familieleden', 'vrienden en familie', 'familie en vrienden', "je collega's", "uw collega's", 'je werkgever',
      'uw werkgever', 'je baas', 'uw baas', 'sociale media', 'sociale netwerk*', 'je vrouw',
      'je man', 'je echtgenote', 'uw echtgenote', 'je partner', 'uw partner', 'iedereen die je kent',
      'iedereen die u kent',
      // Moved from direct-threat: an audience named with no threat ("Grüße an Ihre Familie") counts only next to a recording.
      'naar 10 van je contactpersonen', 'naar al je contacten', 'naar al uw contacten', 'aan al je contacten', 'aan al uw contacten', 'naar al je contactpersonen', 'naar al uw contactpersonen', 'naar al je vrienden', 'naar je familie', 'naar uw familie', "naar je collega's", "naar al je collega's", "naar al uw collega's", 'naar iedereen die je kent', 'naar iedereen die u kent',
    ],
    recording: [
      'vuile pervert',
      'video opgenomen', 'een video opgenomen', 'aan het rukken', 'smeerlap',
      'filmpje', 'het filmpje', 'intieme beelden', 'jezelf bevredigt', 'jezelf bevredigde', 'zelfbevrediging',
      'video van je', 'video van u', 'video van jou', 'opname van je', 'opnames van je', 'opnames van u',
      'beelden van je', 'beelden van u', "foto's van je", "foto's van u", 'je gefilmd', 'u gefilmd', 'jou gefilmd',
      'filmde je', 'filmde u', 'heb je opgenomen', 'een video gemaakt', 'video gemaakt', 'beschamende beelden',
      'compromitterende beelden', 'compromitterende video', 'webcambeelden', 'webcam-opnames', 'filmbeelden',
      'webcam', 'je camera', 'uw camera', 'volwassenensite*', 'volwassenen website*', 'website voor volwassenen',
      'site voor volwassenen', 'sites voor volwassenen', 'pornosite*', 'porno*', 'sekssite*', 'seksvideo*',
      'masturb*', 'naaktfoto*', 'naaktbeelden', 'intieme', 'browsergeschiedenis', 'gedeeld scherm', 'viezerik',
      'vuile viezerik', 'je bent een pervert*',
      // The split-screen recording, the reader satisfying themselves, the video they were watching, adult-site visits.
      'linkerhelft van het scherm', 'linker helft van het scherm', 'linkerkant van het scherm',
      'rechterhelft van het scherm', 'rechter helft van het scherm', 'rechterkant van het scherm',
      'helft van het scherm', 'helft van je scherm', 'gesplitst scherm', 'gesplitste scherm',
      'dubbel scherm', 'dubbele scherm', 'dubbelscherm', 'jezelf bevredigen', 'uzelf bevredigt',
      'uzelf bevredigde', 'uzelf bevredigen', 'jezelf aftrekt', 'jezelf aftrok', 'jezelf aan het bevredigen',
      'jezelf aftrekken', 'de video die je bekeek', 'de video die u bekeek', 'de video die je aan het kijken was',
      'de video die u aan het bekijken was', 'de video die je keek',
      'volwassen websites', 'volwassen sites', 'seksuele inhoud', 'inhoud voor volwassenen', 'heb ik je opgenomen',
      'heb ik u opgenomen', 'ik heb u opgenomen', 'via uw camera', 'via je camera', 'intieme inhoud',
      // Word-order variants.
      'de video die u net', 'de video die je net', 'jezelf bevredigd', 'uzelf bevredigd', 'jezelf aan het aftrekken',
    ],
    'personal-data': [
      'burgerservicenummer', 'bsn', 'thuisadres', 'woonadres', 'geboortedatum', 'diagnose*', 'medisch dossier',
      'medische gegevens', 'ziektegeschiedenis', 'patiëntendossier*', 'patientendossier*',
    ],
    'held-data': [
      'uw klantgegevens', 'uw klantenbestand',
      'klantendatabase',
      'persoonlijke gegevens', 'persoonsgegevens', 'je gegevens', 'uw gegevens', 'al je gegevens',
      'je bestanden', 'uw bestanden', 'klantgegevens', 'klantenbestand', 'je geheim', 'uw geheim', 'je geheimen',
      'uw geheimen', 'gevoelige gegevens', 'vertrouwelijke gegevens', 'privégegevens', 'privegegevens',
      'je chats', 'chatgeschiedenis',
      // The secrets the templates name.
      'kleine en grote geheimen', 'je geheime leven', 'uw geheime leven', 'je vuile geheimen', 'uw vuile geheimen',
      'vieze geheimen', 'smerige geheimen', 'ons geheimpje', 'je geheimpje', 'je dubbelleven', 'uw dubbelleven',
      // Diminutive variants.
      'kleine geheimpjes', 'vuile kleine geheimpjes', 'vieze kleine geheimpjes', 'je geheimpjes', 'uw geheimpjes',
      // Stressed forms.
      'jouw geheime leven', 'jouw vuile geheimen', 'jouw geheimen',
    ],
    consequence: [
      'anders', 'zo niet', 'als ik niet', 'als u niet betaalt', 'als je niet betaalt', 'zonder betaling',
      'indien u niet betaalt', 'indien je niet betaalt', 'als ik het geld niet', 'als ik geen betaling',
      'als je dit negeert', 'als u dit negeert',
      // The templates' closing pressure and the fake summons' "after this deadline".
      'verpest je leven niet', 'verpest uw leven niet', 'ruïneer je leven niet', 'ruineer je leven niet',
      'de verkeerde keuze', 'de verkeerde beslissing', 'je hebt twee opties', 'u heeft twee opties',
      'je hebt twee mogelijkheden', 'u heeft twee mogelijkheden', 'ik maak geen fouten', 'het is aan jou',
      'het is aan u', 'de keuze is aan jou', 'de keuze is aan u', 'als je niet reageert', 'als u niet reageert',
      'indien u niet reageert', 'na afloop van deze termijn', 'doet u dit niet', 'doe je dit niet',
      // Word-order variants.
      'ik maak nooit fouten', 'ik maak nooit een fout', 'de beslissing is aan u', 'de beslissing is aan jou',
      'de keuze ligt bij u', 'de keuze ligt bij jou',
      // Stressed forms.
      'jij hebt twee opties', 'jij hebt twee mogelijkheden', 'verpest jouw leven niet', 'ruïneer jouw leven niet',
      'het is aan jou om',
    ],
    commercial: [ 'restbedrag', 'resterende bedrag', 'eindbetaling', 'slotbetaling',
      'uw bestelling', 'je bestelling', 'bestelling', 'uw abonnement', 'je abonnement',
      'factuur', 'factuurnummer', 'aanmaning', 'incasso*', 'wettelijke rente', 'aanmaningskosten', 'bestelnummer',
      'btw', 'lidmaatschap*', 'contributie',
    ],
    'violence-threat': [
      // Learned from round 2 when it joined the tuned batch (README-round-5.md).
      'wil dat je dood bent', 'wil dat u dood bent', 'je leven te sparen', 'uw leven te sparen',
      'een bom in', 'de bom', 'bom geplaatst', 'bom verstopt', 'bommen', 'explosie', 'explosies', 'explosieven', 'ontploff*', 'explosief', 'vermoorden', 'je doden', 'u doden', 'jou doden',
      'om je te vermoorden', 'om u te vermoorden', 'pijn doen', 'iets aandoen', 'zuuraanval', 'brand stichten',
      'in brand steken', 'huurmoordenaar', 'huurmoord', 'geweld gebruiken', 'geweld tegen je', 'geweld tegen u',
      'weet waar je woont', 'weten waar je woont', 'weet waar u woont', 'weten waar u woont',
      'gevolgen voor jou en', 'gevolgen voor u en', 'jou en je dierbaren', 'u en uw dierbaren',
      // Hitman and bomb openers, each a whole phrase of several words.
      'iemand wil je dood', 'iemand wil u dood', 'wil je dood hebben', 'mijn mannen houden je',
      'mijn mannen houden u', 'mijn mannen volgen', 'als je wilt blijven leven',
      'als u wilt blijven leven', 'als je in leven wilt',
      'een bom in uw gebouw', 'een bom in je',
      'je familie nooit meer zien', 'uw familie nooit meer zien',
      'kogel door je hoofd',
      // Only with the condition or the object attached: "niemand raakt gewond" alone is a safety notice.
      'betaald om je te doden', 'betaald om u te doden', 'betaald om u te vermoorden', 'niemand raakt gewond als',
      'niemand zal gewond raken als', 'als je in leven wilt blijven', 'als u in leven wilt blijven',
      'mijn mensen houden je in de gaten', 'mijn mensen houden u in de gaten',
      // Stressed forms.
      'als jij wilt blijven leven', 'als jij in leven wilt blijven', 'iemand wil jou dood', 'betaald om jou te doden',
      'om jou te vermoorden',
      'wij zijn geen terroristen', 'we zijn geen terroristen', 'als het explosief ontploft', 'als de bom ontploft',
      'de bom zal ontploffen',
      'een kogel in jullie gevel', 'een kogel in uw gevel', 'kogel in de gevel', 'kogel door uw raam',
      'een granaat aan de voordeur', 'granaat aan uw voordeur', 'granaat bij uw voordeur',
      'granaat aan de voordeur te plakken', 'uw zaak in brand', 'uw winkel in brand', 'uw restaurant in brand',
     
    ],
    'commissioned-harm': [
      'betaald om je te vermoorden', 'betaald om u te vermoorden', 'ingehuurd om je te vermoorden',
      'ingehuurd om u te vermoorden', 'opdracht om je te vermoorden', 'opdracht om u te vermoorden',
      'opdracht om je te doden', 'opdracht om u te doden',
      'gevraagd om je te vermoorden', 'gevraagd om u te vermoorden', 'opdracht om je uit de weg te ruimen',
      'opdracht om u uit de weg te ruimen', 'betaald om je uit de weg te ruimen',
      'betaald om u uit de weg te ruimen', 'opdracht gegeven om je te vermoorden',
      'opdracht gegeven om u te vermoorden',
    ],
    'business-harm': [
      'wij gaan uw reputatie vernietigen', 'we gaan uw reputatie vernietigen', 'wij zullen uw reputatie vernietigen',
      'we gaan je reputatie vernietigen', 'wij maken uw reputatie kapot', 'wij gaan uw bedrijf kapotmaken',
      'starten wij de aanval', 'starten we de aanval', 'wij starten de aanval', 'we starten de aanval',
      'leggen wij uw website plat', 'wij leggen uw website plat', 'wordt voor altijd geblokkeerd',
      'wordt voorgoed geblokkeerd', 'uw database wordt gelekt', 'uw database wordt verkocht',
      'wordt op het darkweb gepubliceerd', 'worden op het darkweb gepubliceerd',
      'duizenden negatieve recensies krijgen',
    ],
    'kidnap-threat': [
      'je dochter is bij ons', 'uw dochter is bij ons', 'je zoon is bij ons', 'uw zoon is bij ons', 'levend terugzien',
      'ontvoer*', 'gijzel*', 'we hebben je dochter', 'we hebben uw dochter', 'we hebben je zoon',
      'we hebben uw zoon', 'we hebben je kind', 'we hebben uw kind',
      // More of "we have your …".
      'we hebben je vrouw', 'we hebben uw vrouw', 'we hebben je man', 'we hebben uw man', 'je vrouw is bij ons',
      'ziet haar nooit meer', 'ziet hem nooit meer', 'zie je haar nooit meer', 'zie je hem nooit meer',
    ],
    'secret-known': [
      'ik weet dat je je vrouw bedriegt', 'dat u uw vrouw bedriegt', 'dat je je vrouw hebt bedrogen',
      'dat u uw vrouw hebt bedrogen', 'geheim dat je voor je vrouw', 'geheim dat u voor uw vrouw',
      'ik weet van je affaire', 'ik weet van uw affaire', 'bewijs van je affaire', 'bewijs van uw affaire',
      'bewijs van je ontrouw', 'je vrouw komt erachter', 'uw vrouw komt erachter', 'niemand heeft mij ingehuurd',
    ],
    'authority-claim': [
      'justitie', 'nederlandse justitie', 'belgische justitie', 'vlaamse justitie',
      'commissaris', 'federaal procureur',
      'politie', 'nationale politie', 'federale politie', 'gerechtelijke politie', 'korpschef', 'hoofdcommissaris',
      'europol', 'interpol', 'openbaar ministerie', 'officier van justitie', 'ministerie', 'parket',
      'procureur des konings', 'marechaussee', 'gendarmerie', 'dagvaarding', 'oproeping', 'gerechtelijke oproeping',
      'afdeling cybercriminaliteit',
      // Titles the fake summonses sign with.
      'onderzoeksrechter', 'rechter-commissaris', 'procureur-generaal', 'cyberpolitie',
      'federale gerechtelijke politie',
    ],
    summons: [
      'dagvaarding', 'oproeping', 'convocatie',
      // The fake summons' names for itself.
      'uw oproeping', 'gerechtelijke oproep', 'oproep tot verhoor',
    ],
    // A real summons: the reader as a witness, the right to counsel, an everyday case.
    procedure: [
      'als getuige', 'getuigenverklaring', 'getuigenverhoor', 'recht op een advocaat', 'recht op juridische bijstand',
      'recht op bijstand van een advocaat', 'verkeersongeval*', 'aanrijding', 'inbraak', 'mishandeling',
    ],
    accusation: [
      'kinderporno*', 'pedofil*', 'cyberporno*', 'minderjarige*', 'seksueel misbruik', 'exhibitionisme',
      'zedendelinquent*', 'u wordt beschuldigd', 'je wordt beschuldigd', 'u wordt vervolgd', 'strafrechtelijke vervolging',
      'strafrechtelijke procedure', 'arrestatiebevel', 'aanhoudingsbevel',
      'uw rechtvaardiging*', 'je rechtvaardiging*', 'strafbare feiten',
      // Fake summons: proceedings, warrant, the file sent on, prison terms, the register, the seizure and the complaint.
      'juridische procedure tegen u',
      'bevel tot aanhouding',
      'uw dossier aan de media', 'dossier aan de media',
      'jaar gevangenisstraf', 'jaar cel', 'geregistreerd als zedendelinquent',
      'inbeslagname van uw computer', 'computerinbeslagname', 'cyberinfiltratie', 'cyber-infiltratie',
      'uw motivatiebrief',
      // The file sent to the media or the family.
      'uw dossier wordt naar de media', 'naar de media en uw familie',
      'naar de pers en uw familie',
    ],
    'compromising-material': [
      'uw bedrijf gehackt', 'uw servers',
      'wachtwoord', 'je wachtwoord', 'uw wachtwoord', 'gehackt', 'toegang tot je', 'toegang tot uw',
      'volledige toegang', 'je besturingssysteem', 'uw besturingssysteem', 'malware', 'trojan*', 'spyware', 'spionagesoftware', 'pegasus',
      'keylogger', 'je apparaat', 'uw apparaat', 'je apparaten', 'je computer', 'uw computer', 'geïnfecteerd',
      'geinfecteerd', 'een virus', 'besmet met',
      // Claimed access as the templates word it: the screen, camera and microphone, the silent antivirus, copied contacts, the code in the video; watching for months.
      'alles op je scherm', 'alles op uw scherm', 'wat er op je scherm', 'wat er op uw scherm', 'ik kan alles zien',
      'camera en microfoon', 'camera en je microfoon', 'camera en uw microfoon', 'microfoon aanzetten',
      'microfoon inschakelen', 'microfoon ingeschakeld', 'zonder dat je het merkt', 'zonder dat u het merkt',
      'zonder dat je het doorhebt', 'zonder dat u het doorheeft', 'zonder dat u het weet', 'zonder dat je het weet',
      'je weet er niets van', 'u weet er niets van', 'antivirus detecteert', 'antivirus heeft niets', 'antivirus kan',
      'antivirusprogramma kan', 'niet gedetecteerd door', 'onzichtbaar voor antivirus', 'wordt niet gedetecteerd',
      'werkt zijn handtekening bij', 'update zijn handtekening',
      'trojaans paard', 'externe toegang', 'toegang op afstand', 'al je gegevens zijn gekopieerd',
      'al uw gegevens zijn gekopieerd', 'gekopieerd naar mijn server', 'naar mijn servers', 'op mijn servers',
      'je contacten gekopieerd', 'uw contacten gekopieerd', 'je contactpersonen gekopieerd',
      'uw contactpersonen gekopieerd', 'uw correspondentie', 'je correspondentie', 'kwaadaardige code',
      'schadelijke code', 'kwaadaardige software', 'schadelijke software', 'toen je de video afspeelde',
      'toen u de video afspeelde', 'een virus geïnstalleerd', 'een virus geinstalleerd', 'trojan geïnstalleerd',
      'ik hou je al maanden', 'ik houd je al maanden', 'je al maanden in de gaten', 'u al maanden in de gaten',
      'je al een tijdje in de gaten', 'u al een tijdje in de gaten',
      // Word-order variants of the silent antivirus and the camera switched on.
      'antivirusprogramma heeft het niet', 'antivirus heeft het niet', 'uw camera op elk moment',
      'je camera op elk moment', 'uw camera aanzetten', 'je camera aanzetten', 'u weet er niet eens van',
      'je weet er niet eens van', 'jij weet er niets van',
      // The silent antivirus, stressed forms.
      'je antivirus zwijgt', 'uw antivirus zwijgt', 'jouw antivirus zwijgt', 'jouw antivirus', 'toegang tot jouw',
      'jouw besturingssysteem', 'jouw apparaat', 'jouw computer', 'alles op jouw scherm', 'jouw camera en microfoon',
      'jouw correspondentie',
    ],
    'pay-to-delete': [
      "alle video's verwijderen", "video's verwijderen", "de video's verwijderen",
      'verwijder ik', 'zal ik verwijderen', 'ik verwijder de video', 'de video verwijderen', 'video verwijderen',
      'alles verwijderen', 'alle gegevens verwijderen', 'de video wordt verwijderd', "video's worden verwijderd", 'beelden worden verwijderd',
      'opnames worden verwijderd', 'definitief verwijderd', 'permanent verwijderd',
      'vernietigen', 'nooit meer van me horen', 'nooit meer van mij horen', 'nooit meer iets van me horen',
      'nooit meer van ons horen',
    ],
    'therapy-context': [
      'therapie*', 'therapeut*', 'psychiat*', 'psychotherap*', 'psycholo*', 'patiëntendossier*', 'patiëntgegevens',
      'patientgegevens', 'medisch dossier', 'diagnose*', 'ggz',
    ],
    'blame-company': ['weigerde te betalen', 'weigerden te betalen', 'verantwoordelijkheid nemen', 'de directie'],
    'no-police': [
      'geen politie', 'niet naar de politie', 'ga niet naar de politie', 'schakel de politie niet in',
      'als je naar de politie', 'als u naar de politie', 'politie kan je niet helpen', 'politie kan u niet helpen',
      'niemand kan je helpen', 'niemand kan u helpen', 'vertel het niemand', 'vertel niemand',
      'deel deze e-mail met niemand', 'antwoord niet op deze', 'reageer niet op deze', 'adres is gegenereerd',
      'adres wordt gegenereerd',
      // Keeping the reader quiet: sharing this message, telling anyone, contacting the police.
      'dit bericht met iemand', 'deze e-mail met iemand', 'deze mail met iemand', 'met iemand hebt gedeeld',
      'met iemand heeft gedeeld', 'vertel het aan niemand', 'zeg het tegen niemand', 'praat er met niemand over',
      'probeer niet de politie', 'probeer de politie niet', 'neem geen contact op met de politie',
      'contacteer de politie niet', 'bel de politie niet', 'als je contact opneemt met de politie',
      'als u contact opneemt met de politie', 'als je de politie inschakelt', 'als u de politie inschakelt',
      'politie zal je niet helpen',
      'politie zal u niet helpen',
      // Word-order variants.
      'vertel hier niemand', 'vertel hier niemand iets', 'vertel niemand hierover', 'zeg hier niets over tegen',
      // Stressed forms and the translator's "probeer niet om".
      'als jij de politie', 'als jij naar de politie', 'probeer niet om contact op te nemen met de politie',
      'probeer niet contact op te nemen met de politie', 'neem geen contact op met politie', 'vertel niemand over',
      'vertel niemand iets',
      // Talking to anyone about this message.
      'met iemand over dit bericht', 'met iemand over deze e-mail', 'met iemand over deze mail',
      'met iemand hierover praat',
    ],
    'hacker-claim': [
      // Learned from round 2 when it joined the tuned batch (README-round-5.md).
      'ik weet dat je wachtwoord', 'ik weet dat uw wachtwoord', 'is een van je wachtwoorden',
      'is een van uw wachtwoorden',
      'ik heb een trojan', 'ik heb malware', 'ik heb spyware', 'ik heb je webcam', 'ik heb uw webcam', 'ik heb je camera gehackt', 'ik heb uw camera gehackt',
      'vanaf je eigen e-mailadres', 'vanaf uw eigen e-mailadres', 'vanaf uw e-mailadres verzonden', 'vanaf je e-mailadres verzonden',
      'maanden in de gaten', 'weken in de gaten', 'tijdje in de gaten',
      'ik ben een hacker', 'ik ben hacker', 'ik ben een professionele hacker', 'ik hou je al een tijdje in de gaten',
      'ik houd je al een tijdje in de gaten', 'ik hou je in de gaten', 'ik houd je in de gaten',
      'ik heb je in de gaten gehouden', 'ik heb u in de gaten gehouden', 'vanaf je eigen account',
      'vanaf uw eigen account', 'vanaf je account verzonden', 'vanaf uw account verzonden', 'vanaf jouw account',
      'ik heb je computer gehackt', 'ik heb uw computer gehackt', 'ik heb je account gehackt',
      'ik heb uw account gehackt', 'ik heb je apparaat gehackt', 'ik heb toegang tot je', 'ik heb toegang tot uw',
      'ik heb volledige toegang', 'ik heb mezelf toegang', 'ik ken je wachtwoord', 'ik ken uw wachtwoord',
      // Campaign templates: watching and following for months, the hacker group, "I am a programmer", infected or hacked devices, router and OS.
      'ik bespioneer je', 'ik bespioneer u',
      'ik heb je bespioneerd', 'ik heb u bespioneerd', 'ik heb je gemonitord', 'ik heb u gemonitord', 'ik monitor je',
      'ik monitor u', 'ik houd u al', 'ik hou u al', 'ik houd u in de gaten', 'ik hou u in de gaten',
      'ik vertegenwoordig een', 'internationale hackersgroep', 'internationale hackergroep',
      'internationale groep hackers', 'internationale groep van hackers', 'bekende internationale groep',
      'ik ben lid van een',       'ik ben een hacker die', 'ik heb je apparaat geïnfecteerd', 'ik heb uw apparaat geïnfecteerd',
      'ik heb je apparaat geinfecteerd', 'ik heb uw apparaat geinfecteerd', 'ik heb je computer geïnfecteerd',
      'ik heb uw computer geïnfecteerd', 'ik heb je computer geinfecteerd', 'ik heb uw computer geinfecteerd',
      'ik heb mij toegang',
      'ik heb uw besturingssysteem gehackt', 'ik heb je besturingssysteem gehackt', 'je besturingssysteem gehackt',
      'uw besturingssysteem gehackt', 'ik heb je router gehackt', 'ik heb uw router gehackt',
      'ik heb je telefoon gehackt', 'ik heb uw telefoon gehackt', 'ik heb je e-mail gehackt',
      'ik heb uw e-mail gehackt', 'ik heb je gehackt', 'ik heb u gehackt', 'ik heb uw apparaat gehackt',
      'ik heb je apparaten gehackt', 'ik heb uw apparaten gehackt', 'vanaf je eigen adres', 'vanaf uw eigen adres',
      'ik heb een virus geïnstalleerd', 'ik heb een virus geinstalleerd',
      // Following the reader, with the months that make it surveillance.
      'ik volg je al maanden', 'ik volg u al maanden', 'ik volg je al een tijdje', 'ik volg u al een tijdje',
      'toegang gekregen tot je apparaat', 'toegang gekregen tot uw apparaat', 'toegang gekregen tot je computer',
      'toegang gekregen tot uw computer', 'ik kreeg toegang tot je', 'ik kreeg toegang tot uw',
      // Word-order variants of the watching and hacking claims.
      'ik volg uw activiteiten', 'ik volg je activiteiten', 'ik houd uw activiteiten', 'ik monitor uw activiteiten',
      'heb ik toegang gekregen tot uw', 'heb ik toegang gekregen tot je', 'kreeg ik toegang tot uw',
      'kreeg ik toegang tot je', 'wij zijn een groep hackers', 'we zijn een groep hackers',
      'ik ben lid van een groep hackers', 'ik heb je computer besmet', 'ik heb uw computer besmet',
      'ik heb uw apparaat besmet', 'ik heb je apparaat besmet',
      // Stressed "jij/jouw" forms and the odd translator's wordings.
      'ik heb jouw besturingssysteem gehackt', 'jouw besturingssysteem gehackt', 'ik heb jouw computer gehackt',
      'ik heb jouw apparaat gehackt', 'ik heb jouw account gehackt', 'ik heb toegang tot al jouw',
      'ik heb toegang tot al je', 'ik heb toegang tot al uw', 'ik heb toegang tot jouw', 'ik houd jou al',
      'ik hou jou al', 'ik heb jou in de gaten gehouden', 'ik heb je al enkele maanden gevolgd',
      'ik heb u al enkele maanden gevolgd', 'ik heb je al maanden gevolgd', 'ik heb u al maanden gevolgd',
      'ik heb jouw apparaat geïnfecteerd', 'ik heb jouw apparaat geinfecteerd', 'ik ken jouw wachtwoord',
      // A programmer only next to the claim itself: "ik ben programmeur" alone is a job application.
      'hacker en programmeur', 'programmeur en hacker', 'programmeur en ik heb je', 'programmeur en ik heb uw',
      'programmeur en ik heb jouw', 'programmeur en heb je', 'programmeur en heb uw', 'programmeur en heb jouw',
      'ik bekijk je al', 'ik observeer je al', 'ik volg je al', 'ik observeer u al', 'ik bekijk u al',
      'wij hebben uw website gehackt', 'we hebben uw website gehackt', 'wij hebben uw server gehackt',
      'we hebben uw netwerk gehackt', 'wij hebben uw netwerk gehackt', 'we hebben uw bedrijf gehackt',
      'een kwetsbaarheid in uw website gevonden', 'uw database gedownload',
      'een kopie van uw database', 'wij hebben controle over uw netwerk', 'we hebben uw gegevens gestolen',
      'wij hebben uw gegevens gestolen', 'ik heb een virus op', 'we hebben je webcam aangezet',
      'ik heb je webcam aangezet',
    ],
    'retraction': [
      'nee hoor', 'grapje', 'geintje', 'ik maak een grapje', 'ik maak maar een grapje', 'zonder gekheid',
    ],
    advice: [
      'zo bescherm je jezelf', 'hoe herken je', 'wat kun je doen', 'wat moet je doen',
      'consumentenbond', 'politie.nl',
      'niet betalen', 'betaal niet', 'betaal nooit', 'betaal niets', 'niet reageren',
      'ga er niet op in', 'ga niet in op', 'aangifte doen', 'doe aangifte', 'meld het bij de politie',
      'meld het bij', 'fraudehelpdesk', 'wachtwoord wijzigen', 'wijzig je wachtwoord', 'wijzig uw wachtwoord',
      'oplichting', 'phishing', 'nepmail*', 'afpersingsmail*', 'afpersmail*', 'dreigmail*',       'sextortion', 'wees alert', 'wees voorzichtig', 'trap er niet in', 'klik niet',
      'verwijder de mail', 'verwijder de e-mail', 'verwijder het bericht',
      'het is bluf', 'pure bluf', 'is bluf',           ],
    reporting: [
      'de politie onderzoekt', 'politie doet onderzoek', 'doet onderzoek', 'meldt de', 'een man uit', 'een vrouw uit', 'omroep',
      'valse', 'is nep', 'neppe', 'adviseert', 'raadt aan', 'het advies',
      'zo begint', 'zo luidt', 'nederlanders', 'belgen',
      'zegt', 'zei', 'meldt',
      'meldingen ontvangen', 'zogenaamd', 'zogenaamde', 'roept mensen op', 'zo laat de politie weten', 'alert te zijn',
      'op te lichten', 'de berichten',
      'oplichters', 'de oplichters', 'oplichter', 'de oplichter', 'criminelen', 'de criminelen', 'cybercriminelen',
      'daders', 'de daders', 'afpersers', 'afperser', 'de afperser', 'afzender', 'de afzender',
      'ontvangers', 'de ontvanger', 'slachtoffers', 'slachtoffer', 'volgens de politie', 'volgens', 'waarschuwt',
      'waarschuwt voor', 'waarschuwen', 'waarschuwing voor', 'liet weten', 'laat weten', 'aldus', 'woordvoerder',
      'politiewoordvoerder', 'meldpunt', 'persbericht', 'deze mails', 'zulke mails', 'deze e-mails',
      'zulke e-mails', 'in de mail', 'in de e-mail', 'de e-mails', 'beweert', 'beweren', 'claimt', 'claimen',
      'vermeende', 'jarige', 'aangifte gedaan', 'aangiftes', 'datalek', 'veroordeeld', 'gearresteerd', 'aangehouden',
    ],
  },
};
