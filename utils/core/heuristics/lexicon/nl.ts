/**
 * Dutch cue phrases for the extortion heuristics. Data only. Written for this project from
 * the features of Dutch and Flemish sextortion waves ("ik heb je gefilmd", bitcoin within
 * 48 uur), fake-police mails (politie, Europol, kinderporno) and bomb threats; advice and
 * reporting phrases follow police and Fraudehelpdesk warnings.
 */
import type { Lexicon } from './types';

export const NL: Lexicon = {
  language: 'nl',
  phrases: {
    'payment-demand': [
      'betalen is de enige optie', 'het bedrag verhogen',
      'betaal', 'betaal me', 'u moet betalen', 'je moet betalen', 'jij moet betalen', 'moet je betalen',
      'moet u betalen', 'maak over', 'overmaken', 'stuur me', 'stuur mij', 'het bedrag', 'bitcoin-adres',
      'bitcoinadres', 'btc-adres', 'mijn wallet', 'mijn portemonnee', 'het volgende adres', 'naar dit adres',
      'ter waarde van', 'in bitcoin betalen', 'kopieer en plak', 'losgeld', 'zodra ik', 'zodra de betaling', 'na betaling',
      'de boete',
    ],
    deadline: [
      'uiterlijk', 'deadline', 'laatste waarschuwing', 'laatste kans', 'de klok tikt', 'vervaldatum', 'vanaf nu',
      'vanaf het openen',
    ],
    'exposure-threat': [
      'publiceren', 'publiceer', 'gepubliceerd', 'openbaar maken', 'openbaar gemaakt', 'verspreiden', 'verspreid',
      'online zetten', 'op internet', 'op het internet', 'darkweb', 'dark web', 'verkopen', 'verkocht',
      'voor iedereen', 'je reputatie', 'uw reputatie', 'lekken', 'gelekt', 'delen met',
    ],
    'direct-threat': [
      'filmpje alvast naar', 'naar 10 van je contactpersonen',
      'naar al je contacten', 'naar al uw contacten', 'aan al je contacten', 'aan al uw contacten', 'de video naar',
      'stuur de video', 'verstuur de video', 'video publiceren', 'je gegevens publiceren', 'uw gegevens publiceren',
    ],
    audience: [
      'je contactpersonen', 'van je contactpersonen',
      'je contacten', 'uw contacten', 'al je contacten', 'je vrienden', 'uw vrienden', 'je familie', 'uw familie',
      'familieleden', "je collega's", "uw collega's", 'je werkgever', 'uw werkgever', 'sociale media',
      'sociale netwerk*', 'je vrouw', 'je man', 'je partner', 'uw partner',
    ],
    recording: [
      'filmpje', 'het filmpje', 'intieme beelden', 'jezelf bevredigt',
      'video van je', 'video van u', 'video van jou', 'opname van je', 'opnames van je', 'je gefilmd', 'u gefilmd',
      'heb je opgenomen', 'webcam', 'je camera', 'uw camera', 'volwassenensite*', 'volwassenen website*',
      'pornosite*', 'porno*', 'masturb*', 'naaktfoto*', 'intieme',
    ],
    'personal-data': [
      'burgerservicenummer', 'bsn', 'thuisadres', 'woonadres', 'geboortedatum', 'diagnose*', 'medisch dossier',
      'patiëntendossier*',
    ],
    'held-data': [
      'persoonlijke gegevens', 'persoonsgegevens', 'je gegevens', 'uw gegevens', 'je bestanden', 'uw bestanden',
      'klantgegevens', 'klantenbestand', 'je geheim', 'uw geheim',
    ],
    consequence: ['anders', 'zo niet', 'als ik niet', 'als u niet betaalt', 'als je niet betaalt', 'zonder betaling'],
    commercial: [
      'factuur', 'factuurnummer', 'aanmaning', 'incasso*', 'wettelijke rente', 'aanmaningskosten', 'bestelnummer',
      'btw', 'lidmaatschap*', 'contributie',
    ],
    'violence-threat': [
      'bom', 'explosie*', 'ontploff*', 'explosief', 'vermoorden', 'doden', 'pijn doen', 'iets aandoen', 'zuur',
      'brand stichten', 'in brand', 'huurmoordenaar', 'geweld', 'weet waar je woont', 'weten waar je woont',
      'weet waar u woont', 'weten waar u woont',
    ],
    'kidnap-threat': ['ontvoer*', 'gijzel*'],
    'authority-claim': [
      'politie', 'nationale politie', 'federale politie', 'europol', 'interpol', 'openbaar ministerie',
      'officier van justitie', 'ministerie', 'dagvaarding',
    ],
    summons: ['dagvaarding', 'oproeping', 'convocatie'],
    accusation: [
      'kinderporno*', 'pedofil*', 'minderjarige*', 'seksueel misbruik', 'exhibitionisme', 'u wordt beschuldigd',
      'je wordt beschuldigd', 'strafrechtelijke vervolging', 'arrestatiebevel', 'aanhoudingsbevel',
    ],
    'compromising-material': [
      'wachtwoord', 'je wachtwoord', 'uw wachtwoord', 'gehackt', 'toegang tot je', 'toegang tot uw', 'malware',
      'trojan*', 'spyware', 'je apparaat', 'uw apparaat', 'je computer', 'uw computer', 
      'geïnfecteerd',
    ],
    'pay-to-delete': [
      'verwijder ik', 'zal ik verwijderen', 'wordt verwijderd', 'worden verwijderd', 'definitief verwijderd',
      'permanent verwijderd', 'vernietigen', 'nooit meer van me horen', 'nooit meer van mij horen',
    ],
    'therapy-context': [
      'therapie*', 'therapeut*', 'psychiat*', 'psychotherap*', 'psycholo*', 'patiëntendossier*', 'patiëntgegevens',
      'medisch dossier', 'diagnose*', 'ggz',
    ],
    'blame-company': ['weigerde te betalen', 'weigerden te betalen', 'verantwoordelijkheid nemen', 'de directie'],
    'no-police': [
      'geen politie', 'niet naar de politie', 'ga niet naar de politie', 'schakel de politie niet in',
      'als je naar de politie', 'als u naar de politie', 'politie kan je niet helpen', 'politie kan u niet helpen',
      'vertel het niemand', 'vertel niemand',
    ],
    'hacker-claim': ['ik ben een hacker', 'ik hou je al een tijdje in de gaten', 'ik houd je al een tijdje in de gaten', 'vanaf je eigen account', 'vanaf uw eigen account', 'ik heb je computer gehackt'],
    advice: [
      'niet betalen', 'betaal niet', 'betaal nooit', 'niet reageren', 'reageer niet', 'aangifte doen',
      'doe aangifte', 'meld het bij de politie', 'fraudehelpdesk', 'wachtwoord wijzigen', 'wijzig je wachtwoord',
      'wijzig uw wachtwoord', 'oplichting', 'phishing', 'nepmail*', 'afpersingsmail*', 'sextortion',
      'wees alert', 'wees voorzichtig', 'klik niet', 'verwijder de mail', 'verwijder het bericht',
    ],
    reporting: [
      'zegt', 'zei', 'meldt',
      'meldingen ontvangen', 'zogenaamd', 'roept mensen op', 'zo laat de politie weten', 'alert te zijn', 'op te lichten', 'de berichten',
      'oplichters', 'de oplichters', 'criminelen', 'de criminelen', 'daders', 'de daders', 'afpersers',
      'ontvangers', 'de ontvanger', 'slachtoffers', 'volgens de politie', 'volgens', 'waarschuwt', 'waarschuwen',
      'waarschuwing', 'liet weten', 'persbericht', 'deze mails', 'zulke mails', 'deze e-mails', 'zulke e-mails',
      'datalek', 'veroordeeld', 'gearresteerd', 'aangehouden',
    ],
  },
};
