/**
 * French frame words (frames/types.ts says what each concept holds). Data only, written for this
 * project. Accented spellings first, then the same words without diacritics for mail that loses them.
 */
import type { FrameLexicon } from './types';

export const FR_FRAMES: FrameLexicon = {
  language: 'fr',
  words: {
    // "je" and the elided "j" ("j ai", "j enverrai"), and the passive future ("la vidéo sera envoyée").
    // Never "nous" (every company's voice), "me" / "moi" (object) or imperatives ("partagez").
    self: [
      'je', 'j', 'sera', 'seront', 'serait', 'seraient', 'va être', 'vont être', 'va etre', 'vont etre',
    ],
    disclose: [
      'envoyer', 'envoie', 'envoies', 'envoyé', 'envoyée', 'envoyés', 'envoyées', 'enverrai', 'enverra',
      'enverrais', 'enverrait', 'enverront', 'envoyant', 'transférer', 'transfère', 'transféré', 'transférée',
      'transférés', 'transférées', 'transférerai', 'transférera', 'transférerais', 'transmettre', 'transmets',
      'transmettrai', 'transmettra', 'transmettrais', 'transmis', 'transmise', 'transmises', 'partager', 'partage',
      'partagé', 'partagée', 'partagés', 'partagées', 'partagerai', 'partagera', 'partagerais', 'publier',
      'publie', 'publié', 'publiée', 'publiés', 'publiées', 'publierai', 'publiera', 'publierais', 'posterai',
      'postera', 'posté', 'postée', 'postés', 'postées', 'diffuser', 'diffuse', 'diffusé', 'diffusée', 'diffusés',
      'diffusées', 'diffuserai', 'diffusera', 'diffuserais', 'divulguer', 'divulgue', 'divulgué', 'divulguée',
      'divulgués', 'divulguées', 'divulguerai', 'divulguera', 'distribuer', 'distribuerai', 'distribuera',
      'distribué', 'distribuée', 'mettre en ligne', 'mis en ligne', 'mise en ligne', 'mettrai en ligne',
      'mettra en ligne', 'téléverser', 'téléverserai', 'téléversé', 'téléversée', 'rendre public',
      'rendre publique', 'rendrai public', 'rendrai publique', 'rendrai publiques', 'rendue publique',
      'rendu public', 'montrer', 'montrerai', 'montrera', 'révéler', 'révélerai', 'révélera', 'dévoiler',
      'dévoilerai', 'dévoilera', 'faire circuler', 'ferai circuler', 'fuiter', 'balancer', 'balancerai', 'envoye',
      'envoyee', 'envoyes', 'envoyees', 'transferer', 'transfere', 'transferee', 'transferes', 'transferees',
      'transfererai', 'transferera', 'transfererais', 'partagee', 'partages', 'partagees', 'publiee', 'publies',
      'publiees', 'postee', 'postees', 'diffusee', 'diffuses', 'diffusees', 'divulguee', 'divulgues', 'divulguees',
      'distribue', 'distribuee', 'televerser', 'televerserai', 'televerse', 'televersee', 'reveler', 'revelerai',
      'revelera', 'devoiler', 'devoilerai', 'devoilera',
    ],
    material: [
      'vidéo', 'vidéos', 'video', 'videos', 'enregistrement', 'enregistrements', 'film', 'films', 'clip', 'clips',
      'photo', 'photos', 'image', 'images', 'capture d écran', 'captures d écran', 'capture vidéo', 'captures',
      'preuve', 'preuves', 'séquence', 'séquences', 'montage', 'compilation', 'cliché', 'clichés', 'extrait',
      'extraits', 'capture d ecran', 'captures d ecran', 'capture video', 'sequence', 'sequences', 'cliche',
      'cliches',
    ],
    // Only the reader's people ("ta famille", "vos collègues"): "je vais envoyer les photos à ma famille" is
    // a holiday, and "vos familles" / "vos enfants" / "vos parents" is a school writing to parents.
    audience: [
      'ta famille', 'ta liste de contacts', 'ta liste d amis', 'ta femme', 'ta conjointe', 'ta partenaire',
      'ta copine', 'ta petite amie', 'ta hiérarchie', 'ta belle-famille', 'votre famille',
      'votre liste de contacts', 'votre liste d amis', 'votre femme', 'votre conjointe', 'votre partenaire',
      'votre copine', 'votre petite amie', 'votre hiérarchie', 'votre belle-famille', 'ton carnet d adresses',
      'ton répertoire', 'ton épouse', 'ton mari', 'ton conjoint', 'ton partenaire', 'ton copain', 'ton petit ami',
      'ton employeur', 'ton patron', 'ton entourage', 'ton cercle', 'votre carnet d adresses', 'votre répertoire',
      'votre épouse', 'votre mari', 'votre conjoint', 'votre copain', 'votre petit ami', 'votre employeur',
      'votre patron', 'votre entourage', 'votre cercle', 'tes contacts', 'tes amis', 'tes amies', 'tes proches',
      'tes collègues', 'tes voisins', 'tes connaissances', 'tes abonnés', 'tes followers', 'tes correspondants',
      'tes réseaux sociaux', 'tes supérieurs', 'vos contacts', 'vos amis', 'vos amies', 'vos proches',
      'vos collègues', 'vos voisins', 'vos connaissances', 'vos abonnés', 'vos followers', 'vos correspondants',
      'vos réseaux sociaux', 'vos supérieurs', 'tes parents', 'sur internet', 'sur le net', 'sites porno',
      'sites pornos', 'site porno', 'sites pornographiques', 'sites pour adultes', 'sites adultes',
      'liste de contacts', 'carnet d adresses', 'ta hierarchie', 'votre hierarchie', 'ton repertoire',
      'ton epouse', 'votre repertoire', 'votre epouse', 'tes collegues', 'tes abonnes', 'tes reseaux sociaux',
      'tes superieurs', 'vos collegues', 'vos abonnes', 'vos reseaux sociaux', 'vos superieurs',
    ],
    // Not "tourné": a film newsletter writes "un film érotique tourné à Paris". "photographie" (the noun) is
    // no spelling of "photographié".
    capture: [
      'enregistrer', 'enregistré', 'enregistrée', 'enregistrés', 'enregistrées', 'enregistrais', 'enregistrait',
      'enregistrant', 'filmer', 'filmé', 'filmée', 'filmés', 'filmées', 'filmais', 'filmait', 'filmant',
      'capturer', 'capturé', 'capturée', 'capturés', 'capturées', 'capté', 'captée', 'captés', 'photographié',
      'photographiée', 'photographier', 'fait une capture', 'fait des captures', 'pris des photos',
      'pris une photo', 'fait une vidéo', 'fait un enregistrement', 'fait des enregistrements', 'enregistre',
      'enregistree', 'enregistres', 'enregistrees', 'filme', 'filmee', 'filmes', 'filmees', 'capture', 'capturee',
      'captures', 'capturees', 'capte', 'captee', 'captes', 'photographiee', 'fait une video',
    ],
    // Not "sexe" or "intimité" alone: "vos informations (nom, sexe) ont été enregistrées" and "le respect de
    // votre intimité" (privacy) are forms and policies. Not "érotique": English "film" is a capture word, so
    // "un film érotique" in a TV listing would read as a recording.
    intimate: [
      'porno', 'pornos', 'pornographie', 'pornographique', 'pornographiques', 'site porno', 'sites porno',
      'sites pornos', 'site pour adultes', 'sites pour adultes', 'site adulte', 'sites adultes',
      'contenu pour adultes', 'contenus pour adultes', 'vidéos pour adultes', 'xxx', 'masturb*', 'branl*', 'nu',
      'nue', 'nus', 'nues', 'tout nu', 'toute nue', 'sexuel', 'sexuelle', 'sexuels', 'sexuelles', 'vidéos de sexe',
      'vidéo de sexe', 'films de sexe', 'sites de sexe', 'parties intimes', 'vidéo intime', 'vidéos intimes',
      'photos intimes', 'images intimes', 'moments intimes', 'scènes intimes', 'contenu intime',
      'plaisir solitaire', 'en train de te toucher', 'en train de vous toucher', 'te faire plaisir toi-même',
      'vous faire plaisir vous-même', 'videos pour adultes', 'videos de sexe', 'video de sexe', 'video intime',
      'videos intimes', 'scenes intimes', 'te faire plaisir toi-meme', 'vous faire plaisir vous-meme',
    ],
    // The reader's camera, not any camera: "j ai filmé avec ma caméra" is a holiday.
    camera: [
      'webcam', 'webcams', 'web cam', 'caméra web', 'ta caméra', 'votre caméra', 'ta cam', 'caméra frontale',
      'caméra de ton', 'caméra de votre', 'caméra de ta', 'caméra intégrée', 'camera web', 'ta camera',
      'votre camera', 'camera frontale', 'camera de ton', 'camera de votre', 'camera de ta', 'camera integree',
    ],
    // Tied to the first person ("ai piraté", not "piraté"): a friend writes "je crois que ton téléphone a été
    // piraté", and an IT admin "j ai installé le logiciel sur votre ordinateur"; so "installé" only with malware.
    intrude: [
      'ai piraté', 'ai hacké', 'ai infecté', 'ai infiltré', 'ai compromis', 'ai eu accès', 'ai accès',
      'ai un accès', 'ai obtenu l accès', 'ai obtenu un accès', 'ai obtenu accès', 'ai pris le contrôle',
      'ai le contrôle total', 'ai le contrôle complet', 'ai pris possession', 'ai réussi à pirater',
      'ai réussi à accéder', 'ai réussi à infecter', 'ai réussi à hacker', 'ai pu pirater', 'ai pu accéder',
      'ai accédé', 'suis entré dans', 'me suis introduit', 'me suis infiltré', 'piraté par moi', 'infecté par mon',
      'infectée par mon', 'installé un virus', 'installé un malware', 'installé un logiciel malveillant',
      'installé un logiciel espion', 'installé un programme malveillant', 'installé un programme espion',
      'installé un cheval de troie', 'installé un trojan', 'installé un spyware', 'ai pirate', 'ai hacke',
      'ai infecte', 'ai infiltre', 'ai eu acces', 'ai acces', 'ai un acces', 'ai obtenu l acces',
      'ai obtenu un acces', 'ai obtenu acces', 'ai pris le controle', 'ai le controle total',
      'ai le controle complet', 'ai reussi a pirater', 'ai reussi a acceder', 'ai reussi a infecter',
      'ai reussi a hacker', 'ai pu acceder', 'ai accede', 'suis entre dans', 'me suis infiltre', 'pirate par moi',
      'infecte par mon', 'infectee par mon', 'installe un virus', 'installe un malware',
      'installe un logiciel malveillant', 'installe un logiciel espion', 'installe un programme malveillant',
      'installe un programme espion', 'installe un cheval de troie', 'installe un trojan', 'installe un spyware',
    ],
    device: [
      'appareil', 'appareils', 'ordinateur', 'ordinateurs', 'ordi', 'pc', 'portable', 'téléphone', 'téléphones',
      'smartphone', 'mobile', 'tablette', 'compte', 'comptes', 'messagerie', 'boîte mail', 'boîte aux lettres',
      'boîte de réception', 'e-mail', 'email', 'mail', 'adresse e-mail', 'système d exploitation', 'système',
      'routeur', 'navigateur', 'mac', 'iphone', 'android', 'telephone', 'telephones', 'boite mail',
      'boite aux lettres', 'boite de reception', 'systeme d exploitation', 'systeme',
    ],
  },
};
