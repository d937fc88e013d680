/**
 * Dutch frame words (frames/types.ts says what each concept holds). Data only, written for this
 * project. The fold keeps "ï" ("geïnstalleerd"), and such mail often drops it, so those words
 * appear in both spellings; "video's" is matched as "video s" whichever apostrophe was used.
 */
import type { FrameLexicon } from './types';

export const NL_FRAMES: FrameLexicon = {
  language: 'nl',
  words: {
    // "ik" only next to a verb of its own, and not "ik ben": a friend writes "ik denk" or "ik ben
    // bang dat je telefoon gehackt is", and a bare "ik" would make that a claim. Never "wij" /
    // "we" (every company's voice), "mijn", "me", "mij", the imperatives "deel", "stuur" without
    // "ik", nor a passive ("de video zal worden gepubliceerd" is also a conference's talk).
    self: [
      'ik heb', 'heb ik', 'ik had', 'had ik', 'ik zal', 'zal ik', 'ik ga', 'ga ik', 'ik kan', 'kan ik', 'ik kon', 'kon ik', 'ik stuur', 'stuur ik', 'ik stuurde', 'stuurde ik', 'ik verstuur',
      'verstuur ik', 'ik verzend', 'verzend ik', 'ik deel', 'deel ik', 'ik publiceer', 'publiceer ik',
      'ik verspreid', 'verspreid ik', 'ik upload', 'upload ik', 'ik zet', 'zet ik', 'ik plaats', 'plaats ik',
      'ik maak', 'maak ik', 'ik laat', 'laat ik', 'ik lek', 'lek ik', 'ik toon', 'toon ik', 'ik geef', 'geef ik',
      'ik nam', 'nam ik', 'ik filmde', 'filmde ik', 'ik hackte', 'hackte ik', 'ik installeerde',
      'installeerde ik', 'ik kreeg', 'kreeg ik',
      'als ik', 'wanneer ik', 'indien ik', 'ik zou', 'zou ik',
    ],
    // A passive future, the voice of machine-translated threats ("the video will be sent to all
    // your contacts"): read only in a share threat, whose audience is the reader's whole world.
    passive: ['wordt', 'worden', 'zal worden', 'zullen worden', 'zal', 'zullen'],
    // The verbs of disclose that make something public (not "send", which a videographer says):
    // read in the pay-or-publish frame.
    publish: [
      'publiceren', 'publiceer', 'publiceert', 'gepubliceerd', 'verspreiden', 'verspreid', 'verspreidt',
      'verspreidde', 'uploaden', 'upload', 'uploadt', 'openbaar maken', 'openbaar gemaakt', 'online zetten', 'posten',
      'lekken', 'gelekt',
    ],
    disclose: [
      'sturen', 'stuur', 'stuurt', 'stuurde', 'stuurden', 'gestuurd', 'versturen', 'verstuur', 'verstuurt',
      'verstuurd', 'verstuurde', 'verzenden', 'verzend', 'verzendt', 'verzonden', 'doorsturen', 'doorstuur',
      'doorgestuurd', 'toesturen', 'toegestuurd', 'delen', 'deel', 'deelt', 'gedeeld', 'deelde', 'publiceren',
      'publiceer', 'publiceert', 'gepubliceerd', 'verspreiden', 'verspreid', 'verspreidt', 'verspreidde',
      'uploaden', 'upload', 'uploadt', 'geüpload', 'geupload', 'openbaar maken', 'openbaar gemaakt',
      'bekendmaken', 'bekend maken', 'bekendgemaakt', 'online zetten', 'online gezet', 'online plaatsen',
      'online geplaatst', 'plaatsen', 'geplaatst', 'posten', 'gepost', 'lekken', 'gelekt', 'laten zien', 'tonen',
      'toon', 'getoond', 'bezorgen', 'bezorgd', 'mailen', 'gemaild', 'doorgeven', 'doorgegeven',
    ],
    material: [
      'video', "video's", 'videos', '*video', "*video's", 'videobeelden', 'beelden', 'beeld', 'webcambeelden',
      'camerabeelden', 'opname', 'opnames', 'opnamen', 'video-opname', 'video-opnames', 'video-opnamen',
      'webcamopname*', 'filmpje', 'filmpjes', 'film', 'films', 'clip', 'clips', 'foto', "foto's", 'fotos',
      'naaktfoto*', 'naaktbeelden', 'afbeelding', 'afbeeldingen', 'screenshot', 'screenshots',
      'schermafbeelding*', 'bewijs', 'bewijsmateriaal', 'materiaal', 'compilatie', 'geheim', 'geheimen',
    ],
    // The whole of the reader's world, or more than one circle of it ("familie en vrienden"); one
    // near circle alone ("je familie") is how a friend passes photos on. Persons only with
    // "your": a colleague sends the party photos to "de collega's", a school to "alle ouders".
    // Platform names are left out: people put their own photos "op Facebook"; a threat names
    // "sociale media" or porn sites.
    // A pronoun standing for the material in a share threat (frames/types.ts).
    object: ['het', 'hem', 'ze', 'dit', 'deze',
    ],
    audience: [
      'je contacten', 'jouw contacten', 'uw contacten', 'je contactpersonen', 'jouw contactpersonen',
      'uw contactpersonen', 'je contactlijst', 'jouw contactlijst', 'uw contactlijst', 'je adresboek',
      'jouw adresboek', 'uw adresboek', 'je kennissen', 'jouw kennissen', 'uw kennissen', "je collega's",
      "jouw collega's", "uw collega's", 'je collegas', 'jouw collegas', 'uw collegas', 'je werkgever',
      'jouw werkgever', 'uw werkgever', 'je baas', 'jouw baas', 'uw baas', 'je leidinggevende',
      'jouw leidinggevende', 'uw leidinggevende', 'je dierbaren', 'jouw dierbaren', 'uw dierbaren', 'je naasten',
      'jouw naasten', 'uw naasten', 'je omgeving', 'jouw omgeving', 'uw omgeving', 'al je vrienden',
      'al jouw vrienden', 'al uw vrienden', 'iedereen die je kent', 'iedereen die u kent', 'iedereen in je',
      'iedereen in uw', 'familie en vrienden', 'vrienden en familie', 'familie en je vrienden',
      'familie en uw vrienden', 'vrienden en je familie', 'vrienden en uw familie', 'familie je vrienden',
      'familie uw vrienden', 'vrienden je familie', 'vrienden uw familie', 'familie vrienden', 'vrienden familie',
      'familieleden en vrienden', 'vrienden en familieleden', 'vrienden en kennissen', 'familie en kennissen',
      'vrouw en kinderen', 'man en kinderen', 'vrouw en je kinderen', 'man en je kinderen', 'vrouw en uw kinderen',
      'man en uw kinderen', 'partner en familie', 'partner en kinderen', 'e-mailcontacten', 'emailcontacten', 'sociale media', 'sociale netwerken',
      'social media', 'op internet', 'op het internet', 'het internet', 'pornosite*', 'pornowebsite*',
      'porno-site*', 'sekssite*', 'darkweb', 'dark web',
      "je familie en collega's", "uw familie en collega's", "familie en collega's",
      'je volgers', 'uw volgers',
    ],
    // Not "gemaakt" alone and not "gedraaid" (a film is "gedraaid"); "opgenomen" is also a hospital
    // word, so the intimate words beside it are kept narrow.
    capture: [
      'opgenomen', 'opnemen', 'op te nemen', 'gefilmd', 'filmen', 'filmde', 'filmden', 'te filmen', 'vastgelegd',
      'vastleggen', 'vast te leggen', 'gefotografeerd', 'fotograferen', 'video gemaakt', "video's gemaakt",
      'opname gemaakt', 'opnames gemaakt', 'opnamen gemaakt', 'beelden gemaakt', "foto's gemaakt",
      'screenshots gemaakt', 'screenshot gemaakt', 'van je gemaakt', 'van jou gemaakt', 'van u gemaakt',
      'schermopname*',
    ],
    // Not "erotisch" (film listings) and not "seks" or "seksueel" alone (news and health mail).
    intimate: [
      'porno', "porno's", 'porn', 'pornografie', 'pornografisch*', 'pornosite*', 'pornowebsite*', 'pornovideo*',
      'pornofilm*', 'porno-site*', 'volwassenensite*', 'website voor volwassenen', 'websites voor volwassenen',
      'site voor volwassenen', 'sites voor volwassenen', 'inhoud voor volwassenen', "video's voor volwassenen",
      'seksvideo*', 'sekssite*', 'masturb*', 'jezelf bevredig*', 'zichzelf bevredig*', 'uzelf bevredig*',
      'jezelf aan het bevredigen', 'bevredigde jezelf', 'bevredigde uzelf', 'zelfbevrediging', 'aftrekken',
      'aan het aftrekken', 'trok je af', 'trok jezelf af', 'naakt', 'naakte beelden', "naakte foto's",
      'naakte video*', 'naaktfoto*', 'naaktbeelden',
      'intiem', 'intieme', 'seksuele handeling*', 'seksuele activiteit*', 'seksuele voorkeur*',
      'seksuele fantasie*', 'sekschat*',
    ],
    porn: [
      'porno', "porno's", 'porn', 'pornografie', 'pornografisch*', 'pornosite*', 'pornowebsite*', 'pornovideo*',
      'pornofilm*', 'porno-site*', 'volwassenensite*', 'website voor volwassenen', 'websites voor volwassenen',
      'site voor volwassenen', 'sites voor volwassenen', 'inhoud voor volwassenen', "video's voor volwassenen",
      'seksvideo*', 'sekssite*', 'masturb*', 'jezelf bevredig*', 'zichzelf bevredig*', 'uzelf bevredig*',
      'jezelf aan het bevredigen', 'bevredigde jezelf', 'bevredigde uzelf', 'zelfbevrediging', 'aftrekken',
      'aan het aftrekken', 'trok je af', 'trok jezelf af',
    ],
    camera: [
      'webcam', 'webcams', 'web cam', 'webcamera', 'je camera', 'jouw camera', 'uw camera', 'camera van je',
      'camera van jouw', 'camera van uw', 'frontcamera', 'laptopcamera', 'telefooncamera',
    ],
    // "geïnstalleerd" only with what was installed: an IT admin installs "de software" on "uw computer".
    intrude: [
      'gehackt', 'gehacked', 'hackte', 'geïnfecteerd', 'geinfecteerd', 'besmet', 'geïnfiltreerd', 'geinfiltreerd',
      'binnengedrongen', 'ingebroken', 'toegang tot', 'toegang verschaft', 'toegang gekregen', 'toegang verkregen',
      'toegang gegeven', 'volledige toegang', 'controle over', 'controle overgenomen', 'overgenomen',
      'virus geïnstalleerd', 'virus geinstalleerd', 'trojan geïnstalleerd', 'trojan geinstalleerd',
      'trojaan geïnstalleerd', 'trojaan geinstalleerd', 'malware geïnstalleerd', 'malware geinstalleerd',
      'spyware geïnstalleerd', 'spyware geinstalleerd', 'keylogger geïnstalleerd', 'keylogger geinstalleerd',
      'installeerde een virus', 'installeerde een trojan', 'gecompromitteerd', 'bespioneerd',
    ],
    device: [
      'apparaat', 'apparaten', 'toestel', 'computer', 'computers', 'pc', 'laptop', 'laptops', 'telefoon',
      'telefoons', 'smartphone', 'mobiel', 'mobieltje', 'gsm', 'tablet', 'account', 'accounts', 'e-mail', 'email',
      'e-mailaccount', 'mailaccount', 'mailbox', 'inbox', 'besturingssysteem', 'router', 'browser', 'systeem', 'mac',
      'iphone', 'android',
    ],
    // With the reader as the victim ("je vermoorden", "uw dood"): "betaald" and "opdracht" come
    // with "ongedierte doden" and "uw opdracht uitvoeren" in honest mail.
    harm: [
      'je vermoorden', 'u vermoorden', 'jou vermoorden', 'je te vermoorden', 'u te vermoorden', 'jou te vermoorden',
      'je doden', 'u doden', 'jou doden', 'je te doden', 'u te doden', 'je om te brengen', 'u om te brengen',
      'je uit de weg ruimen', 'u uit de weg ruimen', 'je liquideren', 'u liquideren', 'je neerschieten',
      'u neerschieten', 'je dood', 'uw dood', 'jouw dood', 'je leven nemen', 'uw leven nemen', 'je pijn doen',
      'u pijn doen', 'je familie pijn doen', 'uw familie pijn doen', 'je benen breken', 'zuur in je gezicht',
    ],
    hire: [
      'betaald', 'ingehuurd', 'opdracht', 'opdrachtgever', 'mijn klant', 'contract', 'iemand wil', 'een persoon wil',
      'premie op je hoofd',
    ],
    // The reader's world receiving or seeing it (frames/types.ts): read only with not paying.
    receive: [
      'krijgen', 'ontvangen', 'zien', 'te zien krijgen',
      'gaat naar', 'gaan naar',
      'gaat de opname naar', 'gaat de video naar', 'gaan de beelden naar', 'gaan de foto s naar',
      "gaan de foto's naar",
    ],
    negation: [
      'kan ik niet', 'kan niet', 'kunnen we niet', 'kunnen wij niet', 'niet mogelijk', 'niet versturen',
      'niet sturen',
    ],
  },
};
