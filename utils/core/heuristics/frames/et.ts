/**
 * Estonian frame words (frames/types.ts says what each concept holds). Data only, written for
 * this project. Words with ä, ö, õ or ü are listed in both spellings, because machine-translated
 * mail often loses them ("sõpradele", "sopradele").
 *
 * - `self` holds "ma" / "mina", "olen" (the perfect: "olen salvestanud") and the first-person
 *   forms of the disclose, capture and intrude verbs ("saadan", "salvestasin"), and no passive:
 *   "su video jagatakse su sõpradega" is an app's notice. Imperatives ("saada", "jaga") are in
 *   no list.
 * - `audience` is the reader's whole world or two circles of it ("sinu kontaktidele", "perele
 *   ja sõpradele"): a school sends photos "kõigile peredele".
 * - `capture` and `intrude` hold active forms only: "su konto on häkitud" is a provider's or a
 *   friend's notice, and "filmis" is also "in the film".
 */
import type { FrameLexicon } from './types';

export const ET_FRAMES: FrameLexicon = {
  language: 'et',
  words: {
    self: [
      'mina', 'ma', 'olen', 'kavatsen', 'saadan', 'saatsin', 'jagan', 'jagasin', 'avaldan', 'avaldasin',
      'avalikustan', 'levitan', 'levitasin', 'postitan', 'laadin', 'edastan', 'näitan', 'naitan', 'lekitan',
      'paljastan', 'salvestasin', 'filmisin', 'jäädvustasin', 'jaadvustasin', 'lindistasin', 'pildistasin',
      'tegin', 'häkkisin', 'hakkisin', 'murdsin', 'tungisin', 'nakatasin', 'paigaldasin', 'installisin', 'sain',
      'võtsin', 'votsin',
      'mul on', 'mul',
    ],
    // A passive future, the voice of machine-translated threats ("the video will be sent to all
    // your contacts"): read only in a share threat, whose audience is the reader's whole world.
    passive: ['saadetakse', 'avaldatakse', 'jagatakse', 'levitatakse', 'avalikustatakse', 'postitatakse', 'lekitatakse', 'edastatakse'],
    // The verbs of disclose that make something public (not "send", which a videographer says):
    // read in the pay-or-publish frame.
    publish: [
      'avaldan', 'avaldasin', 'avaldada', 'avaldama', 'avaldatakse', 'avaldatud', 'avaldaksin', 'avalikustan',
      'avalikustada', 'avalikustama', 'avalikustatakse', 'avalikuks', 'levitan', 'levitasin', 'levitada', 'levitama',
      'levitatakse', 'postitan', 'postitada', 'postitama', 'postitatakse', 'lekitan', 'lekitada', 'lekitama',
      'lekitatakse',
    ],
    disclose: [
      'saadan', 'saadab', 'saatsin', 'saata', 'saatma', 'saatmas', 'saadetakse', 'saadetud', 'saadaksin',
      'jagan', 'jagasin', 'jagama', 'jagatakse', 'avaldan', 'avaldasin', 'avaldada', 'avaldama', 'avaldatakse',
      'avaldatud', 'avaldaksin', 'avalikustan', 'avalikustada', 'avalikustama', 'avalikustatakse', 'avalikuks',
      'levitan', 'levitasin', 'levitada', 'levitama', 'levitatakse', 'postitan', 'postitada', 'postitama',
      'postitatakse', 'laadin üles', 'laadin ules', 'üles laadida', 'ules laadida', 'üles laadima',
      'ules laadima', 'laaditakse üles', 'laaditakse ules', 'edastan', 'edastasin', 'edastada', 'edastama',
      'edastatakse', 'lekitan', 'lekitada', 'lekitama', 'lekitatakse', 'näitan', 'naitan', 'näidata', 'naidata',
      'näitama', 'naitama', 'näidatakse', 'naidatakse', 'paljastan', 'paljastada', 'paljastama',
      'paljastatakse',
    ],
    material: [
      'video*', 'salvestis*', 'salvestus*', 'pilt', 'pildid', 'pildi', 'pilte', 'pilti', 'piltide', 'foto',
      'fotod', 'fotot', 'fotosid', 'fotode', 'kuvatõmmis*', 'kuvatommis*', 'ekraanipilt*', 'ekraanipildi*',
      'klipp', 'klippi', 'klipid', 'klippe', 'materjal*', 'tõend*', 'toend*', 'film', 'filmi', 'filmid',
      'filme', 'saladus*',
    ],
    // The whole of the reader's world, or two circles of it ("perele ja sõpradele"), named as the
    // reader's where it matters ("sinu kontaktidele"): "saadan pildid sinu perele" is a friend passing
    // wedding photos on, "oma perele" the writer's own family. No messaging apps (WhatsApp): families
    // send each other photos there.
    // A pronoun standing for the material in a share threat (frames/types.ts).
    object: ['selle', 'need', 'seda', 'neid',
    ],
    audience: [
      'sinu kontaktidele', 'su kontaktidele', 'teie kontaktidele', 'sinu kolleegidele', 'su kolleegidele',
      'teie kolleegidele', 'sinu töökaaslastele', 'sinu tookaaslastele', 'su töökaaslastele',
      'su tookaaslastele', 'teie töökaaslastele', 'teie tookaaslastele', 'sinu tööandjale', 'sinu tooandjale',
      'su tööandjale', 'su tooandjale', 'teie tööandjale', 'teie tooandjale', 'sinu ülemusele',
      'sinu ulemusele', 'su ülemusele', 'su ulemusele', 'teie ülemusele', 'teie ulemusele', 'sinu tuttavatele',
      'su tuttavatele', 'teie tuttavatele', 'sinu lähedastele', 'sinu lahedastele', 'su lähedastele',
      'su lahedastele', 'teie lähedastele', 'teie lahedastele', 'kõigile sinu', 'koigile sinu', 'kõigile su',
      'koigile su', 'kõigile teie', 'koigile teie', 'kõigile kontaktidele', 'koigile kontaktidele',
      'kontaktidele', 'kontaktiloend*', 'aadressiraamat*', 'sotsiaalmeedia*', 'sotsiaalvõrgustik*',
      'sotsiaalvorgustik*', 'facebooki*', 'instagrami*', 'internetis', 'internetti', 'pornosaidi*',
      'pornolehe*', 'täiskasvanute saidi*', 'taiskasvanute saidi*', 'perele ja sõpradele',
      'perele ja sopradele', 'sõpradele ja perele', 'sopradele ja perele', 'sõpradele ja sugulastele',
      'sopradele ja sugulastele', 'sugulastele ja sõpradele', 'sugulastele ja sopradele',
      'perele ja sugulastele', 'sugulastele ja perele', 'naisele ja lastele', 'mehele ja lastele',
      'abikaasale ja lastele', 'perele ja kolleegidele', 'sõpradele ja kolleegidele',
      'sopradele ja kolleegidele', 'sõpradele ja pereliikmetele', 'sopradele ja pereliikmetele',
      'pereliikmetele ja sõpradele', 'pereliikmetele ja sopradele', 'vanematele ja sõpradele',
      'vanematele ja sopradele',
      'su jälgijatele', 'su jalgijatele', 'sinu jälgijatele', 'sinu jalgijatele',
      'teie jälgijatele', 'teie jalgijatele',
      'kõik su sõbrad', 'koik su sobrad', 'kõik sinu sõbrad', 'koik sinu sobrad', 'sõbrad kolleegid',
      'sobrad kolleegid', 'sõbrad ja kolleegid', 'sobrad ja kolleegid', 'kolleegid ja sugulased',
      'sõbrad ja sugulased', 'sobrad ja sugulased',
      'ülemusele', 'ulemusele', 'sõpradele', 'sopradele', 'su sõpradele', 'su sopradele',
      'kõik su kontaktid', 'koik su kontaktid', 'kõik sinu kontaktid', 'koik sinu kontaktid', 'kõik teie kontaktid',
      'koik teie kontaktid', 'kõik kontaktid', 'koik kontaktid',
    ],
    capture: [
      'salvestasin', 'salvestanud', 'salvestas', 'salvestama', 'filmisin', 'filminud', 'jäädvustasin',
      'jaadvustasin', 'jäädvustanud', 'jaadvustanud', 'lindistasin', 'lindistanud', 'pildistasin',
      'pildistanud', 'tegin video', 'tegin videoklipi', 'tegin salvestuse', 'tegin ekraanipildi',
      'tegin kuvatõmmise', 'tegin kuvatommise', 'tegin pilte',
    ],
    // "Erootiline" is left out: a film newsletter writes it next to "filmitud".
    intimate: [
      'porno*', 'täiskasvanute sai*', 'taiskasvanute sai*', 'täiskasvanute veebi*', 'taiskasvanute veebi*',
      'täiskasvanute video*', 'taiskasvanute video*', 'täiskasvanutele mõeldud', 'taiskasvanutele moeldud',
      'masturbee*', 'eneserahuldus*', 'rahuldasid ennast', 'rahuldad ennast', 'rahuldamas ennast',
      'ennast rahuldamas', 'end rahuldamas', 'alasti', 'alastus*', 'intiimne', 'intiimse*', 'intiimset',
      'intiimseid', 'seksuaals*', 'seksi', 'seksivideo*',
      'alastipilt*', 'alastifoto*',
      'alastipild*',
    ],
    porn: [
      'porno*', 'täiskasvanute sai*', 'taiskasvanute sai*', 'täiskasvanute veebi*', 'taiskasvanute veebi*',
      'täiskasvanute video*', 'taiskasvanute video*', 'täiskasvanutele mõeldud', 'taiskasvanutele moeldud',
      'masturbee*', 'eneserahuldus*', 'rahuldasid ennast', 'rahuldad ennast', 'rahuldamas ennast',
      'ennast rahuldamas', 'end rahuldamas', 'seksivideo*',
    ],
    // The reader's camera or a webcam: "filmisin pulma oma kaameraga" is a wedding.
    camera: [
      'veebikaamera*', 'webcam*', 'esikaamera*', 'sinu kaamera*', 'su kaamera*', 'teie kaamera*',
      'arvuti kaamera*', 'telefoni kaamera*', 'sülearvuti kaamera*', 'sulearvuti kaamera*',
    ],
    intrude: [
      'häkkisin', 'hakkisin', 'häkkinud', 'hakkinud', 'murdsin sisse', 'murdnud sisse', 'sisse murdnud',
      'tungisin', 'tunginud', 'nakatasin', 'nakatanud', 'sain ligipääsu', 'sain ligipaasu', 'sain juurdepääsu',
      'sain juurdepaasu', 'täielik ligipääs*', 'taielik ligipaas*', 'täieliku ligipääsu', 'taieliku ligipaasu',
      'täielik juurdepääs*', 'taielik juurdepaas*', 'täieliku juurdepääsu', 'taieliku juurdepaasu',
      'ligipääs sinu', 'ligipaas sinu', 'juurdepääs sinu', 'juurdepaas sinu', 'ligipääs teie', 'ligipaas teie',
      'juurdepääs teie', 'juurdepaas teie', 'võtsin kontrolli', 'votsin kontrolli', 'võtnud kontrolli',
      'votnud kontrolli', 'oma kontrolli alla', 'paigaldasin pahavara', 'paigaldasin viiruse',
      'paigaldasin troojalase', 'paigaldasin nuhkvara', 'installisin pahavara', 'installisin viiruse',
      'installisin troojalase', 'installisin nuhkvara', 'paigaldanud pahavara', 'paigaldanud viiruse',
      'paigaldanud troojalase', 'paigaldanud nuhkvara', 'nuhkvara kaudu', 'pahavara kaudu',
    ],
    device: [
      'seade', 'seadme*', 'seadet', 'arvuti*', 'sülearvuti*', 'sulearvuti*', 'telefon*', 'nutitelefon*',
      'mobiil*', 'tahvelarvuti*', 'konto', 'kontole', 'kontot', 'kontosse', 'kontos', 'kontod', 'kontodele',
      'e-post*', 'meilikonto*', 'postkast*', 'operatsioonisüsteem*', 'operatsioonisusteem*', 'süsteem*',
      'susteem*', 'ruuter*', 'brauser*', 'veebilehitseja*', 'iphone*', 'android*', 'pc',
    ],
    // The reader named as the victim: "tapab herilased" and "täidab su tellimuse" come with "makstud"
    // and "tellitud" in honest mail.
    harm: [
      'tappa sind', 'tapan sind', 'sind tappa', 'sind tapma', 'tapma sind', 'sind tapaksin', 'mõrvata sind',
      'morvata sind', 'sind mõrvata', 'sind morvata', 'sinu mõrv*', 'sinu morv*', 'su mõrv*', 'su morv*',
      'kõrvaldada sind', 'korvaldada sind', 'sind kõrvaldada', 'sind korvaldada', 'sind kõrvaldaksin',
      'sind korvaldaksin', 'kõrvaldan sind', 'korvaldan sind', 'sind kõrvaldama', 'sind korvaldama',
      'sulle haiget', 'sinu surm*', 'su surm*', 'võtta su elu', 'votta su elu', 'võtta sinu elu',
      'votta sinu elu', 'sinu perele haiget', 'hapet su näkku', 'hapet su nakku', 'hapet sinu näkku',
      'hapet sinu nakku', 'hapet sulle näkku', 'hapet sulle nakku',
    ],
    hire: [
      'makstud', 'maksti', 'maksis', 'palgatud', 'palkas', 'palganud', 'tellitud', 'tellis', 'tellinud',
      'tellija', 'tellijat', 'tellijast', 'tellimus', 'tellimuse', 'tellimusest', 'minu klient', 'ülesanne',
      'ulesanne', 'ülesande', 'ulesande', 'leping', 'keegi tahab', 'keegi soovib',
    ],
    // The reader's world receiving or seeing it (frames/types.ts): read only with not paying.
    receive: [
      'saavad', 'näevad', 'naevad', 'saab näha', 'saab naha', 'saavad näha', 'saavad naha',
      'saab', 'läheb', 'laheb',
    ],
    negation: [
      'ma ei saa saata', 'ei saa saata', 'me ei saa saata', 'ei ole võimalik', 'ei ole voimalik',
      'ma ei saa seda saata',
    ],
  },
};
