/**
 * French cue phrases for the extortion heuristics. Data only. Written for this project from
 * the features of French-language sextortion ("je vous ai filmé", bitcoin, 48 heures, "depuis
 * votre propre adresse"), fake "convocations" in the name of the gendarmerie, the police or
 * Europol (pédopornographie), the 2018 bomb-threat wave and threats to Ledger customers; advice
 * and reporting phrases follow police, Cybermalveillance and newsroom warnings.
 */
import type { Lexicon } from './types';

export const FR: Lexicon = {
  language: 'fr',
  phrases: {
    'payment-demand': [
      'payez', 'vous devez payer', 'tu dois payer', 'vous devez verser', 'versez', 'envoyez', 'envoyez-moi',
      'transférez', 'me transférez', 'effectuer le paiement', 'adresse bitcoin', 'adresse btc', 'mon portefeuille',
      "l'adresse suivante", 'à cette adresse', 'en bitcoin*', 'copiez et collez', 'sensible à la casse', 'rançon',
      'dès que je reçois', 'dès réception', 'une fois le paiement', 'après le paiement', 'après paiement',
      "l'amende", 'une amende', 'réglez', 'régler la transaction', 'payer l amende',
    ],
    deadline: [
      'délai', 'avant la fin de la journée', 'avant demain', 'dernier avertissement', 'dernière chance',
      'au plus tard', 'compte à rebours', 'date limite', "à partir de l'ouverture", 'à partir de maintenant',
    ],
    'exposure-threat': [
      'publier', 'publierai', 'publiée', 'publiées', 'publiés', 'rendre public', 'rendrai public', 'diffuser',
      'diffuserai', 'diffusée', 'diffusées', 'sur internet', 'dark web', 'darknet', 'vendre', 'vendues',
      'votre réputation', 'ta réputation', 'partagerai', 
    ],
    'direct-threat': [
      'à tous vos contacts', 'à tous tes contacts', 'à tous vos proches', 'envoyer la vidéo', 'enverrai la vidéo',
      'la vidéo sera envoyée', 'la vidéo part', 'je les enverrai', "je l'enverrai", 'publier la vidéo',
      'publierai la vidéo', 'diffuser la vidéo', 'diffuserai la vidéo', 'vos données seront publiées',
      'publier vos données',
    ],
    audience: [
      'vos contacts', 'tes contacts', 'tous vos contacts', 'vos amis', 'tes amis', 'votre famille', 'ta famille',
      'vos proches', 'tes proches', 'vos collègues', 'tes collègues', 'votre employeur', 'ton employeur',
      'réseaux sociaux', 'votre femme', 'votre mari', 'ta femme', 'ton mari', 'votre conjoint',
    ],
    recording: [
      'vidéo de vous', 'vidéos de vous', 'vous ai filmé*', "t'ai filmé*", 'enregistré des vidéos',
      "enregistré l'écran", 'votre webcam', 'ta webcam', 'webcam', 'votre caméra', 'site pour adulte*',
      'sites pour adulte*', 'sites pornographiques', 'vidéos pornographiques', 'porno*', 'masturb*',
      'images sensibles', 'images intimes', 'moment très intime', 'intime', 'intimes', 'dénudée*',
    ],
    'personal-data': [
      'numéro de sécurité sociale', 'adresse postale', 'adresse personnelle', 'date de naissance', 'diagnostic*',
      'dossier médical', 'dossiers médicaux', 'données de santé', 'vos coordonnées',
    ],
    'held-data': [
      'données personnelles', 'vos données', 'tes données', 'vos fichiers', 'vos informations',
      'informations personnelles', 'vos secrets', 'données clients', 'données des patients', 'copié tous vos contacts',
    ],
    consequence: [
      'sinon', 'faute de quoi', 'à défaut', 'dans le cas contraire', 'si vous ne payez pas', 'si tu ne paies pas',
      "si le paiement n'arrive pas", 'si je ne reçois pas', 'si vous ignorez', 'sans paiement',
    ],
    commercial: [
      'facture', 'pénalités de retard', 'indemnité forfaitaire', 'recouvrement', 'numéro de commande', 'tva',
      'ttc', 'cotisation', 'conditions générales', 'relance',
    ],
    'violence-threat': [
      'bombe', 'explosif', 'explosera', 'exploser', 'détonne', 'explosion', 'tuer', 'blesser', 'blessés', 'acide',
      'incendier', 'mettre le feu', 'tueur à gages', 'mercenaire', 'je sais où vous habitez',
      'nous savons où vous habitez', 'sais où tu habites', 'connaissons votre adresse', 'venir chez vous',
    ],
    'kidnap-threat': ['enlèvement', 'kidnapp*', 'otage', 'enlever votre', 'enlever ton', 'enlever vos'],
    'authority-claim': [
      'police nationale', 'gendarmerie', 'gendarmerie nationale', 'europol', 'interpol', "ministère de l'intérieur",
      "ministere de l'interieur", 'cybergendarme*', 'cyber gendarme*', 'procureur', 'convocation',
      'brigade des mineurs', 'commissaire', 'police judiciaire',
    ],
    summons: ['convocation', 'convocation judiciaire', 'citation à comparaître', 'citation a comparaitre'],
    accusation: [
      'pédopornograph*', 'pedopornograph*', 'pédophil*', 'pornographie infantile', 'pornographie enfantine',
      'mineur', 'mineurs', 'mineure', 'exhibitionnisme', 'atteinte sexuelle', 'trafic sexuel', 'vous êtes accusé*',
      'rendu coupable', 'vos infractions', 'poursuites judiciaires', "mandat d'arrêt", 'plusieurs poursuites',
      'cyberpornographie',
    ],
    'compromising-material': [
      'mot de passe', 'votre mot de passe', 'piraté', "j'ai piraté", 'accès à votre', 'accès à ton',
      'logiciel malveillant', 'cheval de troie', 'logiciel espion', 'votre appareil', 'ton appareil',
      'votre ordinateur', 'ton ordinateur', 'infecté', 'logiciel indétectable',
      'votre propre adresse',
    ],
    'pay-to-delete': [
      'je supprimerai', 'supprimerai', 'sera supprimée', 'seront supprimées', 'sera supprimé',
      'supprimé définitivement', 'supprimée définitivement', 'détruirai', 'effacerai',
      "n'entendrez plus jamais parler de moi",
    ],
    'therapy-context': [
      'thérapie*', 'thérapeute*', 'psychiatr*', 'psychothérap*', 'psycholog*', 'dossier médical', 'dossiers médicaux',
      'dossiers patients', 'données des patients', 'données de santé', 'diagnostic*', 'santé mentale',
    ],
    'blame-company': ['refusé de payer', 'prendre ses responsabilités', 'leur responsabilité', 'la direction'],
    'no-police': [
      'ne contactez pas la police', 'ne prévenez pas la police', 'si vous contactez la police',
      'si vous prévenez la police', 'la police ne peut pas', 'ne le dites à personne', "n'en parlez à personne",
    ],
    'hacker-claim': ['je suis un hacker', 'je suis un pirate', 'depuis votre propre adresse', 'depuis votre compte', 'je vous surveille'],
    advice: [
      'ne payez pas', 'ne jamais payer', 'ne payez jamais', 'ne pas payer', 'ne répondez pas', 'ne pas répondre',
      'porter plainte', 'portez plainte', 'déposer plainte', 'pharos', 'signalez', 'cybermalveillance*',
      'internet-signalement', 'changez votre mot de passe', 'arnaque*', 'escroquerie*', 'hameçonnage',
      'phishing', 'sextorsion', 'sextortion', 'courriels frauduleux', 'mails frauduleux', 'frauduleu*',
      'soyez vigilant*', 'vigilance', 'ne cliquez pas', 'ne pas cliquer', '17cyber',
    ],
    reporting: [
      'mentionne', 'note', 'messages reçus', 'établissements', 'les a menacés',
      'affirment', 'prétendent', 'ont reçu', 'se faisant passer',
      'escrocs', 'les escrocs', 'arnaqueurs', 'les arnaqueurs', 'criminels', 'les criminels', 'cybercriminels',
      'les pirates', 'maître chanteur', 'maîtres chanteurs', 'destinataire', 'destinataires', 'victimes', 'victime',
      'selon la police', 'selon', "d'après", 'met en garde', 'alerte', 'avertit', 'rappelle', 'explique',
      'communiqué', 'ces courriels', 'ces mails', 'ces e-mails', 'ces messages', 'les courriels',
      'fuite de données', 'violation de données', 'condamné*', 'interpellé*', 'internautes',
    ],
  },
};
