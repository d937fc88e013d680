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
      'bitcoin over', 'bitcoins over', 'btc over',
      'betalen is de enige optie', 'het bedrag verhogen',
      'betaal', 'betaal me', 'u moet betalen', 'je moet betalen', 'jij moet betalen', 'moet je betalen',
      'moet u betalen', 'u moet mij', 'je moet mij', 'moet je mij', 'moet u mij', 'maak over', 'overmaken',
      'over te maken', 'maak het bedrag over', 'stuur me', 'stuur mij', 'het bedrag', 'bitcoin-adres',
      'bitcoinadres', 'btc-adres', 'bitcoin-wallet', 'bitcoinwallet', 'btc-wallet', 'walletadres', 'wallet-adres',
      'bitcoin-portemonnee', 'mijn wallet', 'mijn portemonnee', 'mijn bitcoin-adres', 'het volgende adres',
      'naar dit adres', 'naar mijn wallet', 'ter waarde van', 'in bitcoin betalen', 'in bitcoins betalen',
      'in bitcoin overmaken', 'in bitcoins overmaken', 'in bitcoin overmaakt', 'in bitcoins overmaakt', 'in bitcoin over', 'in bitcoins over',
      'in bitcoin betaalt', 'in bitcoins betaalt', 'euro in bitcoin', 'euro in bitcoins', 'dollar in bitcoin',
      'dollar in bitcoins', 'betaling in bitcoin', 'kopieer en plak', 'losgeld',
      'zodra ik', 'zodra de betaling', 'zodra je betaalt', 'zodra u betaalt', 'na betaling',
      'na ontvangst van de betaling', 'mijn eis', 'mijn prijs', 'de boete', 'een boete van',
    ],
    deadline: [
      'uiterlijk', 'deadline', 'laatste waarschuwing', 'laatste kans', 'de klok tikt', 'vervaldatum', 'vanaf nu',
      'vanaf het openen', 'de timer', 'timer begint', 'timer start', 'zodra je deze e-mail', 'zodra u deze e-mail',
      'zodra je deze mail', 'vanaf het moment', 'ik geef je', 'ik geef u',
    ],
    'exposure-threat': [
      'publiceren', 'publiceer', 'gepubliceerd', 'openbaar maken', 'openbaar gemaakt', 'verspreiden', 'verspreid',
      'online zetten', 'online plaatsen', 'online verschijnen', 'op internet', 'op het internet', 'darkweb',
      'dark web', 'verkopen', 'verkocht', 'voor iedereen', 'je reputatie', 'uw reputatie', 'lekken', 'gelekt',
      'delen met', 'rondsturen', 'naar buiten brengen', 'je leven verwoesten',
      'uw leven verwoesten', 'je leven ruïneren', 'je leven ruineren',
    ],
    'direct-threat': [
      'contacten de video', 'krijgen al uw contacten', 'krijgen al je contacten', 'publiceren we uw gegevens', 'publiceren we je gegevens',
      'filmpje alvast naar', 'naar 10 van je contactpersonen',
      'naar al je contacten', 'naar al uw contacten', 'aan al je contacten', 'aan al uw contacten',
      'naar al je contactpersonen', 'naar al uw contactpersonen', 'naar al je vrienden',
      'naar je familie', 'naar uw familie', "naar je collega's", "naar al je collega's", "naar al uw collega's",
      'naar iedereen die je kent', 'naar iedereen die u kent', 'de video naar', 'stuur de video',
      'verstuur de video', 'stuur ik de video', 'verstuur ik de video',
      'de video versturen', 'de video verspreiden', 'de beelden naar', 'de beelden verspreiden', 'de opnames naar',
      'video publiceren', 'publiceer ik de video', 'je gegevens publiceren', 'uw gegevens publiceren',
      'je gegevens verkopen', 'uw gegevens verkopen',
    ],
    audience: [
      'je contactpersonen', 'van je contactpersonen', 'je contactenlijst', 'adresboek',
      'je contacten', 'uw contacten', 'al je contacten', 'je vrienden', 'uw vrienden', 'je familie', 'uw familie',
      'familieleden', 'vrienden en familie', 'familie en vrienden', "je collega's", "uw collega's", 'je werkgever',
      'uw werkgever', 'je baas', 'uw baas', 'sociale media', 'sociale netwerk*', 'je vrouw',
      'je man', 'je echtgenote', 'uw echtgenote', 'je partner', 'uw partner', 'iedereen die je kent',
      'iedereen die u kent',
    ],
    recording: [
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
    ],
    'personal-data': [
      'burgerservicenummer', 'bsn', 'thuisadres', 'woonadres', 'geboortedatum', 'diagnose*', 'medisch dossier',
      'medische gegevens', 'ziektegeschiedenis', 'patiëntendossier*', 'patientendossier*',
    ],
    'held-data': [
      'klantendatabase',
      'persoonlijke gegevens', 'persoonsgegevens', 'je gegevens', 'uw gegevens', 'al je gegevens',
      'je bestanden', 'uw bestanden', 'klantgegevens', 'klantenbestand', 'je geheim', 'uw geheim', 'je geheimen',
      'uw geheimen', 'gevoelige gegevens', 'vertrouwelijke gegevens', 'privégegevens', 'privegegevens',
      'je chats', 'chatgeschiedenis',
    ],
    consequence: [
      'anders', 'zo niet', 'als ik niet', 'als u niet betaalt', 'als je niet betaalt', 'zonder betaling',
      'indien u niet betaalt', 'indien je niet betaalt', 'als ik het geld niet', 'als ik geen betaling',
      'als je dit negeert', 'als u dit negeert',
    ],
    commercial: [
      'uw bestelling', 'je bestelling', 'bestelling', 'uw abonnement', 'je abonnement',
      'factuur', 'factuurnummer', 'aanmaning', 'incasso*', 'wettelijke rente', 'aanmaningskosten', 'bestelnummer',
      'btw', 'lidmaatschap*', 'contributie',
    ],
    'violence-threat': [
      'bom', 'explosie*', 'ontploff*', 'explosief', 'vermoorden', 'je doden', 'u doden', 'jou doden',
      'om je te vermoorden', 'om u te vermoorden', 'pijn doen', 'iets aandoen', 'zuuraanval', 'brand stichten',
      'in brand steken', 'huurmoordenaar', 'huurmoord', 'geweld gebruiken', 'geweld tegen je', 'geweld tegen u',
      'weet waar je woont', 'weten waar je woont', 'weet waar u woont', 'weten waar u woont',
      'gevolgen voor jou en', 'gevolgen voor u en', 'jou en je dierbaren', 'u en uw dierbaren',
    ],
    'kidnap-threat': [
      'je dochter is bij ons', 'uw dochter is bij ons', 'je zoon is bij ons', 'uw zoon is bij ons', 'levend terugzien',
      'ontvoer*', 'gijzel*', 'we hebben je dochter', 'we hebben uw dochter', 'we hebben je zoon',
      'we hebben uw zoon', 'we hebben je kind', 'we hebben uw kind',
    ],
    'authority-claim': [
      'politie', 'nationale politie', 'federale politie', 'gerechtelijke politie', 'korpschef', 'hoofdcommissaris',
      'europol', 'interpol', 'openbaar ministerie', 'officier van justitie', 'ministerie', 'parket',
      'procureur des konings', 'marechaussee', 'gendarmerie', 'dagvaarding', 'oproeping', 'gerechtelijke oproeping',
      'afdeling cybercriminaliteit',
    ],
    accusation: [
      'kinderporno*', 'pedofil*', 'cyberporno*', 'minderjarige*', 'seksueel misbruik', 'exhibitionisme',
      'zedendelinquent*', 'u wordt beschuldigd', 'je wordt beschuldigd', 'u wordt vervolgd', 'strafrechtelijke vervolging',
      'strafrechtelijke procedure', 'gerechtelijke procedure', 'arrestatiebevel', 'aanhoudingsbevel',
      'uw rechtvaardiging*', 'je rechtvaardiging*', 'strafbare feiten',
    ],
    'compromising-material': [
      'wachtwoord', 'je wachtwoord', 'uw wachtwoord', 'gehackt', 'toegang tot je', 'toegang tot uw',
      'volledige toegang', 'je besturingssysteem', 'uw besturingssysteem', 'malware', 'trojan*', 'spyware', 'spionagesoftware', 'pegasus',
      'keylogger', 'je apparaat', 'uw apparaat', 'je apparaten', 'je computer', 'uw computer', 'geïnfecteerd',
      'geinfecteerd', 'een virus', 'besmet met',
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
    ],
    'hacker-claim': [
      'maanden in de gaten', 'weken in de gaten', 'tijdje in de gaten',
      'ik ben een hacker', 'ik ben hacker', 'ik ben een professionele hacker', 'ik hou je al een tijdje in de gaten',
      'ik houd je al een tijdje in de gaten', 'ik hou je in de gaten', 'ik houd je in de gaten',
      'ik heb je in de gaten gehouden', 'ik heb u in de gaten gehouden', 'vanaf je eigen account',
      'vanaf uw eigen account', 'vanaf je account verzonden', 'vanaf uw account verzonden', 'vanaf jouw account',
      'ik heb je computer gehackt', 'ik heb uw computer gehackt', 'ik heb je account gehackt',
      'ik heb uw account gehackt', 'ik heb je apparaat gehackt', 'ik heb toegang tot je', 'ik heb toegang tot uw',
      'ik heb volledige toegang', 'ik heb mezelf toegang', 'ik ken je wachtwoord', 'ik ken uw wachtwoord',
    ],
    advice: [
      'niet betalen', 'betaal niet', 'betaal nooit', 'betaal niets', 'niet reageren',
      'ga er niet op in', 'ga niet in op', 'aangifte doen', 'doe aangifte', 'meld het bij de politie',
      'meld het bij', 'fraudehelpdesk', 'wachtwoord wijzigen', 'wijzig je wachtwoord', 'wijzig uw wachtwoord',
      'oplichting', 'phishing', 'nepmail*', 'afpersingsmail*', 'afpersmail*', 'dreigmail*', 'chantagemail*',
      'sextortion', 'wees alert', 'wees voorzichtig', 'trap er niet in', 'klik niet',
      'verwijder de mail', 'verwijder de e-mail', 'verwijder het bericht',
      'het is bluf', 'pure bluf', 'is bluf', 'webcam afplakken',
      'plak je webcam af',
    ],
    reporting: [
      'zo begint', 'zo luidt', 'nederlanders', 'belgen',
      'zegt', 'zei', 'meldt',
      'meldingen ontvangen', 'zogenaamd', 'zogenaamde', 'roept mensen op', 'zo laat de politie weten', 'alert te zijn',
      'op te lichten', 'de berichten',
      'oplichters', 'de oplichters', 'oplichter', 'de oplichter', 'criminelen', 'de criminelen', 'cybercriminelen',
      'daders', 'de daders', 'afpersers', 'afperser', 'de afperser', 'afzender', 'de afzender',
      'ontvangers', 'de ontvanger', 'slachtoffers', 'slachtoffer', 'volgens de politie', 'volgens', 'waarschuwt',
      'waarschuwt voor', 'waarschuwen', 'waarschuwing', 'liet weten', 'laat weten', 'aldus', 'woordvoerder',
      'woordvoerster', 'politiewoordvoerder', 'meldpunt', 'persbericht', 'deze mails', 'zulke mails', 'deze e-mails',
      'zulke e-mails', 'in de mail', 'in de e-mail', 'de e-mails', 'beweert', 'beweren', 'claimt', 'claimen',
      'vermeende', 'jarige', 'aangifte gedaan', 'aangiftes', 'datalek', 'veroordeeld', 'gearresteerd', 'aangehouden',
    ],
  },
};
