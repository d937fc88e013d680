/**
 * Italian frame words (frames/types.ts says what each concept holds). Data only, written for this
 * project. Accented spellings first, then the same words without diacritics for mail that loses them.
 */
import type { FrameLexicon } from './types';

export const IT_FRAMES: FrameLexicon = {
  language: 'it',
  words: {
    // "io", the passive future ("il video sarà inviato", "verrà pubblicato") and, as Italian drops the pronoun,
    // the first-person forms of the disclose, capture and intrude verbs. Not "ho" alone ("ho condiviso le foto
    // con la mia famiglia" is a holiday), "noi" or imperatives ("condividi"). "sarà" and "farò" keep their
    // accent: "Sara" is a name, "faro" a lighthouse.
    self: [
      'io', 'sarà', 'saranno', 'sarebbe', 'sarebbero', 'verrà', 'verranno', 'verrebbe', 'verrebbero', 'sto per',
      'ho intenzione di', 'farò', 'invierò', 'manderò', 'inoltrerò', 'condividerò', 'pubblicherò', 'diffonderò',
      'caricherò', 'spedirò', 'mostrerò', 'divulgherò', 'distribuirò', 'posterò', 'renderò pubblico',
      'renderò pubblica', 'renderò pubblici', 'renderò pubbliche', 'farò girare', 'metterò online',
      'ho registrato', 'ho filmato', 'ho ripreso', 'ho catturato', 'ho fotografato', 'ho immortalato',
      'ho fatto uno screenshot', 'ho fatto degli screenshot', 'ho fatto screenshot', 'ho fatto un video',
      'ho realizzato un video', 'ho scattato', 'ho hackerato', 'ho violato', 'ho infettato', 'ho compromesso',
      'ho craccato', 'ho bucato', 'ho avuto accesso', 'ho accesso', 'ho pieno accesso', 'ho ottenuto l accesso',
      'ho ottenuto accesso', 'ho ottenuto il controllo', 'ho preso il controllo', 'ho il controllo',
      'ho il pieno controllo', 'sono entrato nel tuo', 'sono entrato nel suo', 'sono entrato nel sistema',
      'sono riuscito ad accedere', 'sono riuscito a entrare', 'sono riuscito a hackerare',
      'sono riuscito a violare', 'sono riuscito a infettare', 'mi sono infiltrato', 'hackerato da me',
      'ho installato un virus', 'ho installato un malware', 'ho installato un trojan',
      'ho installato un software dannoso', 'ho installato un software malevolo',
      'ho installato un programma dannoso', 'ho installato un programma spia', 'ho installato un software spia',
      'ho installato uno spyware', 'ho installato un keylogger', 'verra', 'inviero', 'mandero', 'inoltrero',
      'condividero', 'pubblichero', 'diffondero', 'carichero', 'spediro', 'mostrero', 'divulghero', 'distribuiro',
      'postero', 'rendero pubblico', 'rendero pubblica', 'rendero pubblici', 'rendero pubbliche', 'faro girare',
      'mettero online',
    ],
    disclose: [
      'inviare', 'inviato', 'inviata', 'inviati', 'inviate', 'invierà', 'invieranno', 'inviando', 'mandare',
      'manderà', 'manderanno', 'mandando', 'inoltrare', 'inoltrato', 'inoltrata', 'inoltrati', 'inoltrate',
      'inoltrerà', 'condividere', 'condiviso', 'condivisa', 'condivisi', 'condivise', 'condividerà',
      'condivideranno', 'condividendo', 'pubblicare', 'pubblicato', 'pubblicata', 'pubblicati', 'pubblicate',
      'pubblicherà', 'pubblicheranno', 'diffondere', 'diffuso', 'diffusa', 'diffusi', 'diffuse', 'diffonderà',
      'caricare', 'caricato', 'caricata', 'spedire', 'spedito', 'spedita', 'spediti', 'spedite', 'spedirà',
      'divulgare', 'divulgato', 'divulgata', 'divulgati', 'divulgate', 'divulgherà', 'distribuire', 'distribuito',
      'distribuita', 'distribuiti', 'distribuite', 'distribuirà', 'mostrare', 'mostrato', 'mostrata', 'mostrerà',
      'rendere pubblico', 'rendere pubblica', 'rendere pubblici', 'rendere pubbliche', 'reso pubblico',
      'resa pubblica', 'resi pubblici', 'rese pubbliche', 'far girare', 'fatto girare', 'postare', 'postato',
      'postata', 'mettere online', 'messo online', 'messa online', 'invierò', 'manderò', 'inoltrerò',
      'condividerò', 'pubblicherò', 'diffonderò', 'caricherò', 'spedirò', 'mostrerò', 'divulgherò', 'distribuirò',
      'posterò', 'renderò pubblico', 'renderò pubblica', 'renderò pubblici', 'renderò pubbliche', 'farò girare',
      'metterò online', 'inviera', 'mandera', 'inoltrera', 'condividera', 'pubblichera', 'diffondera', 'spedira',
      'divulghera', 'distribuira', 'mostrera', 'inviero', 'mandero', 'inoltrero', 'condividero', 'pubblichero',
      'diffondero', 'carichero', 'spediro', 'mostrero', 'divulghero', 'distribuiro', 'postero', 'rendero pubblico',
      'rendero pubblica', 'rendero pubblici', 'rendero pubbliche', 'faro girare', 'mettero online',
    ],
    material: [
      'video', 'filmato', 'filmati', 'filmino', 'filmini', 'registrazione', 'registrazioni', 'clip', 'foto',
      'fotografia', 'fotografie', 'immagine', 'immagini', 'screenshot', 'schermate', 'catture dello schermo',
      'prove', 'materiale', 'film', 'sequenze',
    ],
    // Only the reader's people ("tua famiglia", "suoi colleghi"): "alle famiglie" is a school, "la nostra
    // rubrica" a newspaper column.
    audience: [
      'tua famiglia', 'tua rubrica', 'tua lista contatti', 'tua lista dei contatti', 'tua moglie', 'tua fidanzata',
      'tua ragazza', 'tua compagna', 'tua partner', 'tua cerchia', 'sua famiglia', 'sua rubrica',
      'sua lista contatti', 'sua lista dei contatti', 'sua moglie', 'sua fidanzata', 'sua ragazza', 'sua compagna',
      'sua partner', 'sua cerchia', 'tuo marito', 'tuo fidanzato', 'tuo ragazzo', 'tuo compagno', 'tuo partner',
      'tuo capo', 'tuo datore di lavoro', 'tuo elenco contatti', 'tuo elenco dei contatti', 'suo marito',
      'suo fidanzato', 'suo ragazzo', 'suo compagno', 'suo partner', 'suo capo', 'suo datore di lavoro',
      'suo elenco contatti', 'suo elenco dei contatti', 'tuoi contatti', 'tuoi amici', 'tuoi familiari',
      'tuoi parenti', 'tuoi colleghi', 'tuoi cari', 'tuoi genitori', 'tuoi vicini', 'tuoi conoscenti',
      'tuoi follower', 'tuoi social', 'tuoi social network', 'tuoi profili social', 'tuoi superiori',
      'suoi contatti', 'suoi amici', 'suoi familiari', 'suoi parenti', 'suoi colleghi', 'suoi cari',
      'suoi genitori', 'suoi vicini', 'suoi conoscenti', 'suoi follower', 'suoi social', 'suoi social network',
      'suoi profili social', 'suoi superiori', 'tue amiche', 'tue colleghe', 'tue conoscenze', 'tue amicizie',
      'sue amiche', 'sue colleghe', 'sue conoscenze', 'sue amicizie', 'intera rubrica', 'su internet',
      'siti porno', 'siti per adulti',
    ],
    // Not "filmato", "girato" or "registrato" alone: "un filmato erotico girato a Roma" is a film listing and
    // "ti sei registrato" a sign-up; the passive and first-person forms say it.
    capture: [
      'registrare', 'registrando', 'registravo', 'stato registrato', 'stata registrata', 'registrato mentre',
      'registrata mentre', 'registrato un video', 'filmare', 'filmando', 'filmata', 'stato filmato',
      'stata filmata', 'filmato mentre', 'filmata mentre', 'stato ripreso', 'stata ripresa', 'ripreso mentre',
      'ripresa mentre', 'catturato', 'catturata', 'catturare', 'fotografato', 'fotografata', 'immortalato',
      'immortalata', 'ho registrato', 'ho filmato', 'ho ripreso', 'ho catturato', 'ho fotografato',
      'ho immortalato', 'ho fatto uno screenshot', 'ho fatto degli screenshot', 'ho fatto screenshot',
      'ho fatto un video', 'ho realizzato un video', 'ho scattato',
    ],
    // Not "sesso" or "intimo" alone: "Sesso: M" is a form field, "intimo" underwear in a shop's newsletter.
    // Not "erotico": English "film" is a capture word, so "film erotici" in a TV listing would read as a recording.
    intimate: [
      'porno', 'pornografia', 'pornografico', 'pornografica', 'pornografici', 'pornografiche', 'siti porno',
      'sito porno', 'siti per adulti', 'sito per adulti', 'siti web per adulti', 'contenuti per adulti',
      'video per adulti', 'xxx', 'masturb*', 'nudo', 'nuda', 'nudi', 'nude', 'sessuale', 'sessuali',
      'video di sesso', 'video intimi', 'foto intime', 'immagini intime', 'scene intime', 'momenti intimi',
      'parti intime', 'momenti di intimità', 'ti toccavi', 'ti stavi toccando', 'ti davi piacere',
      'ti stavi dando piacere', 'autoerotismo', 'momenti di intimita',
    ],
    // The reader's camera; "camera" alone is a room.
    camera: [
      'webcam', 'web cam', 'tua videocamera', 'tua telecamera', 'tua fotocamera', 'sua videocamera',
      'sua telecamera', 'sua fotocamera', 'videocamera frontale', 'telecamera frontale', 'fotocamera frontale',
      'videocamera del tuo', 'videocamera del suo', 'videocamera del dispositivo', 'telecamera del tuo',
      'telecamera del suo', 'telecamera del dispositivo', 'fotocamera del tuo', 'fotocamera del suo',
      'fotocamera del dispositivo',
    ],
    // First-person forms only: a friend writes "credo che il tuo telefono sia stato hackerato", and an IT admin
    // "ho installato il programma sul tuo computer"; so "installato" only with malware.
    intrude: [
      'ho hackerato', 'ho violato', 'ho infettato', 'ho compromesso', 'ho craccato', 'ho bucato',
      'ho avuto accesso', 'ho accesso', 'ho pieno accesso', 'ho ottenuto l accesso', 'ho ottenuto accesso',
      'ho ottenuto il controllo', 'ho preso il controllo', 'ho il controllo', 'ho il pieno controllo',
      'sono entrato nel tuo', 'sono entrato nel suo', 'sono entrato nel sistema', 'sono riuscito ad accedere',
      'sono riuscito a entrare', 'sono riuscito a hackerare', 'sono riuscito a violare',
      'sono riuscito a infettare', 'mi sono infiltrato', 'hackerato da me', 'ho installato un virus',
      'ho installato un malware', 'ho installato un trojan', 'ho installato un software dannoso',
      'ho installato un software malevolo', 'ho installato un programma dannoso',
      'ho installato un programma spia', 'ho installato un software spia', 'ho installato uno spyware',
      'ho installato un keylogger',
    ],
    device: [
      'dispositivo', 'dispositivi', 'computer', 'pc', 'portatile', 'laptop', 'telefono', 'telefoni', 'cellulare',
      'smartphone', 'tablet', 'account', 'casella di posta', 'casella email', 'casella e-mail',
      'posta elettronica', 'email', 'e-mail', 'sistema operativo', 'sistema', 'router', 'browser', 'mac', 'iphone',
      'android',
    ],
  },
};
