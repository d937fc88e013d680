/**
 * Estonian frame words (frames/types.ts says what each concept holds). Data only, written for
 * this project. Words with ä, ö, õ or ü are listed in both spellings, because machine-translated
 * mail often loses them ("sõpradele", "sopradele").
 *
 * - `self` holds "ma" / "mina", "olen" (the perfect: "olen salvestanud") and the first-person
 *   and impersonal forms of the disclose, capture and intrude verbs ("saadan", "salvestasin",
 *   "avaldatakse"), but not "jagatakse": "su video jagatakse su sõpradega" is an app's notice.
 *   Imperatives ("saada", "jaga") are not in any list.
 * - `audience` names whose people they are ("sinu sõpradele", "teie perele"): "oma perele" is
 *   the writer's own family, and a school sends photos "kõigile peredele".
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
      'võtsin', 'votsin', 'saadetakse', 'avaldatakse', 'avalikustatakse', 'levitatakse',
      'edastatakse', 'postitatakse', 'laaditakse',
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
    // No messaging apps (WhatsApp, Messenger): that is where families send each other photos.
    audience: [
      'sinu kontaktidele', 'su kontaktidele', 'teie kontaktidele', 'sinu sõpradele', 'sinu sopradele',
      'su sõpradele', 'su sopradele', 'teie sõpradele', 'teie sopradele', 'sinu sõpradega', 'sinu sopradega',
      'su sõpradega', 'su sopradega', 'teie sõpradega', 'teie sopradega', 'sinu perele', 'su perele',
      'teie perele', 'sinu pereliikmetele', 'su pereliikmetele', 'teie pereliikmetele', 'sinu sugulastele',
      'su sugulastele', 'teie sugulastele', 'sinu lähedastele', 'sinu lahedastele', 'su lähedastele',
      'su lahedastele', 'teie lähedastele', 'teie lahedastele', 'sinu tuttavatele', 'su tuttavatele',
      'teie tuttavatele', 'sinu kolleegidele', 'su kolleegidele', 'teie kolleegidele', 'sinu töökaaslastele',
      'sinu tookaaslastele', 'su töökaaslastele', 'su tookaaslastele', 'teie töökaaslastele',
      'teie tookaaslastele', 'sinu tööandjale', 'sinu tooandjale', 'su tööandjale', 'su tooandjale',
      'teie tööandjale', 'teie tooandjale', 'sinu ülemusele', 'sinu ulemusele', 'su ülemusele', 'su ulemusele',
      'teie ülemusele', 'teie ulemusele', 'sinu naisele', 'su naisele', 'teie naisele', 'sinu mehele',
      'su mehele', 'teie mehele', 'sinu abikaasale', 'su abikaasale', 'teie abikaasale', 'sinu elukaaslasele',
      'su elukaaslasele', 'teie elukaaslasele', 'sinu partnerile', 'su partnerile', 'teie partnerile',
      'sinu tüdruksõbrale', 'sinu tudruksobrale', 'su tüdruksõbrale', 'su tudruksobrale', 'teie tüdruksõbrale',
      'teie tudruksobrale', 'sinu poiss-sõbrale', 'sinu poiss-sobrale', 'su poiss-sõbrale', 'su poiss-sobrale',
      'teie poiss-sõbrale', 'teie poiss-sobrale', 'sinu vanematele', 'su vanematele', 'teie vanematele',
      'sinu lastele', 'su lastele', 'teie lastele', 'sinu naabritele', 'su naabritele', 'teie naabritele',
      'kõigile kontaktidele', 'koigile kontaktidele', 'kontaktidele', 'kontaktiloend*', 'aadressiraamat*',
      'sotsiaalmeedia*', 'sotsiaalvõrgustik*', 'sotsiaalvorgustik*', 'facebooki*', 'instagrami*',
      'internetis', 'internetti', 'pornosaidi*', 'pornolehe*', 'täiskasvanute saidi*', 'taiskasvanute saidi*',
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
      'susteem*', 'ruuter*', 'brauser*', 'veebilehitseja*', 'iphone*', 'android*',
    ],
  },
};
