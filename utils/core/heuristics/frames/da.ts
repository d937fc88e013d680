/**
 * Danish frame words (frames/types.ts says what each concept holds). Data only, written for
 * this project. Words with å are listed in both spellings ("pårørende", "parorende"); æ and ø
 * survive the loss of accents.
 *
 * - `self` is "jeg" only. Imperatives ("send", "del", "læg ud") are in no list; the infinitives
 *   differ from them ("sende", "dele").
 * - `audience` is the reader's whole world or two circles of it ("dine kontakter", "familie og
 *   venner"): "jeg sender billederne til alle familierne" is a school photographer.
 * - `capture` and `intrude` leave out present forms and bare participles: "kameraet optager
 *   døgnet rundt" is a sign, "filmen er optaget i Paris" a review, "din telefon er blevet
 *   hacket" a friend's worry. "Nogen", the unaccented "nøgen", is "anyone".
 */
import type { FrameLexicon } from './types';

export const DA_FRAMES: FrameLexicon = {
  language: 'da',
  words: {
    // Only "jeg": no passive ("videoen vil blive offentliggjort" is a meetup's talk), and "mig" and
    // "min" are no actors.
    self: ['jeg'],
    // "lækker" is also "delicious" and "vist" also "probably", so those forms are left out.
    // A passive future, the voice of machine-translated threats ("the video will be sent to all
    // your contacts"): read only in a share threat, whose audience is the reader's whole world.
    passive: ['vil blive', 'bliver', 'sendes', 'deles', 'offentliggøres', 'offentliggores', 'offentliggoeres', 'lægges ud', 'lagges ud', 'spredes', 'lækkes', 'lakkes', 'uploades', 'videresendes'],
    // The verbs of disclose that make something public (not "send", which a videographer says):
    // read in the pay-or-publish frame.
    publish: [
      'offentliggøre', 'offentliggør', 'offentliggjorde', 'offentliggjort', 'offentliggøres', 'lægge ud', 'lægger ud',
      'lagde ud', 'lagt ud', 'lægges ud', 'uploade', 'uploader', 'uploadede', 'uploadet', 'uploades', 'sprede',
      'spreder', 'spredte', 'spredt', 'spredes', 'lække', 'lækkede', 'lækket', 'lækkes',
    ],
    disclose: [
      'sende', 'sender', 'sendte', 'sendt', 'sendes', 'dele', 'deler', 'delte', 'delt', 'offentliggøre',
      'offentliggør', 'offentliggjorde', 'offentliggjort', 'offentliggøres', 'lægge ud', 'lægger ud',
      'lagde ud', 'lagt ud', 'lægges ud', 'uploade', 'uploader', 'uploadede', 'uploadet', 'uploades', 'sprede',
      'spreder', 'spredte', 'spredt', 'spredes', 'lække', 'lækkede', 'lækket', 'lækkes', 'videresende',
      'videresender', 'videresendte', 'videresendt', 'vise', 'viser', 'viste', 'vises', 'postede',
      'postet', 'maile', 'mailer', 'mailede', 'distribuere*', 'afsløre', 'afslører', 'afslørede', 'afsløret',
      'afsløres', 'gøre offentlig*',
    ],
    material: [
      'video*', 'optagelse*', 'film', 'filmen', 'filmene', 'filmklip*', 'klip', 'klippet', 'klippene',
      'billede', 'billeder', 'billedet', 'billederne', 'foto', 'fotoet', 'fotos', 'fotoene', 'fotografi*',
      'skærmbillede*', 'screenshot*', 'bevis', 'beviset', 'beviser', 'beviserne', 'bevismateriale*',
      'materiale', 'materialet', 'hemmelighed*',
    ],
    // The whole of the reader's world, or two circles of it ("familie og venner"); whose people they
    // are where it matters ("dine kontakter"). "Jeg sender billederne til din familie" is a friend
    // passing wedding photos on. No messaging apps (WhatsApp, Messenger): families send photos there.
    // A pronoun standing for the material in a share threat (frames/types.ts).
    object: ['den', 'det', 'dem', 'dette', 'disse',
    ],
    audience: [
      'dine kontakter', 'alle dine', 'dine kolleger', 'dine kollegaer', 'dine arbejdskolleger',
      'din arbejdsgiver', 'din chef', 'jeres kontakter', 'jeres kolleger', 'jeres arbejdsgiver',
      'alle du kender', 'dine bekendte', 'dine nærmeste', 'kontaktliste*', 'adressebog*', 'sociale medier',
      'sociale netværk*', 'facebook', 'instagram', 'internettet', 'pornosider', 'pornoside*', 'pornosite*',
      'voksensider', 'familie og venner', 'venner og familie', 'din familie og dine venner',
      'dine venner og din familie', 'familie og kolleger', 'familie og kollegaer', 'venner og kolleger',
      'venner og kollegaer', 'familie og bekendte', 'kone og børn', 'mand og børn', 'din kone og dine børn',
      'din mand og dine børn', 'partner og familie',
      'dine følgere', 'dine folgere', 'jeres følgere', 'jeres folgere',
    ],
    capture: [
      'optog', 'har optaget', 'optage', 'filmede', 'har filmet', 'fangede', 'fotograferede', 'har fotograferet',
      'tog billeder', 'tog et billede', 'tog et skærmbillede', 'tog skærmbilleder', 'lavede en video',
      'lavet en video', 'lavede en optagelse', 'lavet en optagelse', 'lavede et klip',
    ],
    // "Erotisk" is left out (a film newsletter's word), and "sex" is also Swedish for six.
    intimate: [
      'porno*', 'porn', 'voksenside*', 'voksenindhold', 'voksenvideo*', 'onanere*', 'onanerede', 'onani',
      'masturbere*', 'masturberede', 'tilfredsstillede dig selv', 'tilfredsstiller dig selv', 'nøgen', 'nøgne',
      'nøgenbillede*', 'intim', 'intime', 'intimt', 'seksuel*', 'sexvideo*', 'sexfilm*',
    ],
    porn: [
      'porno*', 'porn', 'voksenside*', 'voksenindhold', 'voksenvideo*', 'onanere*', 'onanerede', 'onani',
      'masturbere*', 'masturberede', 'tilfredsstillede dig selv', 'tilfredsstiller dig selv', 'sexvideo*',
      'sexfilm*',
    ],
    // The reader's camera or a webcam: "jeg filmede brylluppet med mit kamera" is a wedding.
    camera: [
      'webcam*', 'web-kamera*', 'webkamera*', 'frontkamera*', 'dit kamera', 'dit webcam', 'kameraet på din',
      'kameraet pa din', 'kameraet i din', 'computerens kamera', 'telefonens kamera', 'jeres kamera',
    ],
    intrude: [
      'hackede', 'har hacket', 'inficerede', 'har inficeret', 'brød ind', 'har brudt ind', 'fik adgang',
      'har fået adgang', 'har faet adgang', 'fuld adgang', 'fuldstændig adgang', 'overtog kontrollen',
      'tog kontrol', 'tog kontrollen', 'har overtaget kontrollen', 'har udnyttet', 'installerede en virus',
      'installerede en trojan*', 'installerede malware', 'installerede spyware', 'installerede et spionprogram',
      'installerede skadelig*', 'har installeret en virus', 'har installeret en trojan*',
      'har installeret malware', 'har installeret spyware', 'har installeret skadelig*',
    ],
    device: [
      'enhed', 'enheden', 'enheder', 'enhederne', 'computer', 'computeren', 'computere', 'pc', 'bærbar',
      'bærbare', 'telefon', 'telefonen', 'mobil', 'mobilen', 'smartphone', 'tablet', 'tablets', 'konto',
      'kontoen', 'konti', 'e-mail', 'e-mailkonto*', 'mailkonto*', 'indbakke*', 'styresystem*',
      'operativsystem*', 'router', 'routeren', 'browser', 'browseren', 'system', 'systemet', 'iphone',
      'android', 'mac',
    ],
    // The reader named as the victim: "dræbe hvepsene" and "udføre din ordre" come with "betalt"
    // and "bestilt" in honest mail.
    harm: [
      'dræbe dig', 'slå dig ihjel', 'sla dig ihjel', 'myrde dig', 'dit mord', 'mordet på dig', 'mordet pa dig',
      'skade dig', 'skade din*', 'gøre dig fortræd', 'din død', 'tage dit liv', 'likvidere dig',
      'eliminere dig', 'skyde dig', 'kaste syre', 'brække dine ben',
    ],
    hire: [
      'betalt', 'betalte', 'hyret', 'hyrede', 'bestilt', 'bestilte', 'bestilleren', 'opgave', 'opgaven',
      'min klient', 'min kunde', 'kontrakt', 'kontrakten', 'nogen vil', 'en person vil',
    ],
    // The reader's world receiving or seeing it (frames/types.ts): read only with not paying.
    receive: [
      'vil få', 'vil fa', 'får at se', 'far at se', 'vil se', 'vil modtage', 'modtager',
      'få videoen', 'fa videoen', 'få filmen', 'fa filmen', 'få billederne', 'fa billederne',
      'går optagelsen til', 'gar optagelsen til',
    ],
    negation: [
      'kan ikke', 'kan jeg ikke', 'kan vi ikke', 'ikke muligt',
    ],
  },
};
