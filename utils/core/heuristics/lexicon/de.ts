/**
 * German cue phrases for the extortion heuristics. Data only. Written for this project from
 * the features of German sextortion waves (webcam and password mails, "Zahlung in Bitcoin",
 * 48 Stunden), fake-police mails (Bundeskriminalamt, Europol, Kinderpornografie) and bomb
 * threats; the advice and reporting phrases follow police and consumer-centre warnings.
 */
import type { Lexicon } from './types';

export const DE: Lexicon = {
  language: 'de',
  phrases: {
    'payment-demand': [
      'zahlen sie', 'bezahlen sie', 'überweisen sie', 'senden sie mir', 'schicken sie mir', 'sie müssen zahlen',
      'du musst zahlen', 'du musst bezahlen', 'zahle', 'bezahle', 'überweise', 'sende mir', 'schick mir',
      'die zahlung', 'bitcoin-adresse', 'bitcoin adresse', 'btc-adresse', 'meine wallet', 'mein wallet',
      'meine brieftasche', 'folgende adresse', 'an diese adresse', 'im wert von', 'in bitcoin zahlen', 'in bitcoin bezahlen',
      'kopieren und einfügen', 'lösegeld', 'sobald ich', 'sobald die zahlung', 'nach der zahlung',
      'nach zahlungseingang', 'wenn ich die zahlung', 'geldstrafe', 'bußgeld', 'zu zahlen',
    ],
    deadline: [
      'frist', 'innerhalb von', 'letzte warnung', 'letzte chance', 'bis spätestens', 'spätestens',
      'die uhr tickt', 'countdown', 'ab sofort', 'ab dem öffnen', 'ab jetzt',
    ],
    'exposure-threat': [
      'veröffentlichen', 'veröffentliche', 'veröffentlicht', 'öffentlich machen', 'verbreiten', 'verbreite',
      'verbreitet', 'hochladen', 'ins internet', 'im internet', 'im darknet', 'darknet', 'dark web',
      'verkaufen', 'verkauft', 'für alle sichtbar', 'deinen ruf', 'ihren ruf', 'leaken', 'geleakt',
      'weiterleiten', 'verschicken', 'versenden',
    ],
    'direct-threat': [
      'an alle deine kontakte', 'an alle ihre kontakte', 'an alle kontakte', 'das video an', 'sende das video',
      'schicke das video', 'das video verschicken', 'das video versenden', 'video veröffentlichen',
      'deine daten veröffentlichen', 'ihre daten veröffentlichen',
    ],
    audience: [
      'deine kontakte', 'ihre kontakte', 'alle kontakte', 'deine freunde', 'ihre freunde', 'deine familie',
      'ihre familie', 'deine kollegen', 'ihre kollegen', 'arbeitgeber', 'sozialen netzwerk*', 'sozialen medien',
      'verwandten', 'deine frau', 'ihre frau', 'dein mann', 'ihr mann', 'deine partnerin', 'dein partner',
    ],
    recording: [
      'video von dir', 'video von ihnen', 'videos von dir', 'aufnahme von dir', 'aufnahmen von dir',
      'aufnahmen von ihnen', 'dich gefilmt', 'sie gefilmt', 'aufgezeichnet', 'webcam', 'deine kamera',
      'ihre kamera', 'erwachsenenseite*', 'erwachsenen-website*', 'erwachsenenwebsite*', 'pornoseite*', 'porno*',
      'masturb*', 'selbstbefriedig*', 'nacktbilder', 'nacktfotos', 'intimen',
    ],
    'personal-data': [
      'steuer-id', 'sozialversicherungsnummer', 'wohnadresse', 'privatadresse', 'geburtsdatum', 'diagnose*',
      'krankenakte*', 'patientenakte*', 'ausweisnummer',
    ],
    'held-data': [
      'persönliche daten', 'ihre daten', 'deine daten', 'personenbezogene daten', 'ihre dateien',
      'deine dateien', 'kundendaten', 'kundendatenbank', 'ihre informationen', 'dein geheimnis',
    ],
    consequence: [
      'andernfalls', 'ansonsten', 'sonst', 'wenn ich nicht', 'wenn sie nicht zahlen', 'wenn du nicht zahlst',
      'falls sie nicht', 'falls du nicht', 'ohne zahlung',
    ],
    commercial: [
      'rechnung', 'rechnungsnummer', 'mahngebühr', 'mahnung', 'verzugszinsen', 'inkasso*', 'quittung',
      'bestellnummer', 'mwst', 'mehrwertsteuer', 'mitgliedsbeitrag',
    ],
    'violence-threat': [
      'bombe', 'sprengsatz', 'sprengstoff', 'explodier*', 'in die luft', 'töten', 'umbringen', 'verletzen',
      'säure', 'anzünden', 'auftragsmörder', 'gewalt', 'wissen wo du wohnst', 'wissen wo sie wohnen',
      'weiß wo du wohnst', 'weiß wo sie wohnen',
    ],
    'kidnap-threat': ['entführ*', 'verschleppen'],
    'authority-claim': [
      'polizei', 'bundespolizei', 'bundeskriminalamt', 'bka', 'landeskriminalamt', 'europol', 'interpol',
      'staatsanwaltschaft', 'bundesministerium', 'kriminalpolizei', 'vorladung',
    ],
    summons: ['vorladung*', 'zeugenvorladung', 'ladung zur vernehmung', 'offizielle ladung'],
    accusation: [
      'kinderpornograf*', 'kinderpornos', 'pädophil*', 'pädopornograf*', 'minderjährige*', 'sexueller missbrauch',
      'exhibitionismus', 'sie werden beschuldigt', 'du wirst beschuldigt', 'strafverfahren gegen sie',
      'ermittlungsverfahren gegen sie', 'haftbefehl', 'strafbar gemacht',
    ],
    'compromising-material': [
      'passwort', 'dein passwort', 'ihr passwort', 'gehackt', 'zugriff auf dein', 'zugriff auf ihr',
      'schadsoftware', 'malware', 'trojaner', 'spyware', 'dein gerät', 'ihr gerät', 'deinen computer',
      'ihren computer', 'infiziert',
    ],
    'pay-to-delete': [
      'lösche ich', 'werde ich löschen', 'wird gelöscht', 'werden gelöscht', 'endgültig gelöscht',
      'dauerhaft gelöscht', 'vernichten', 'vernichtet', 'nie wieder von mir hören', 'nie wieder von uns hören',
    ],
    'therapy-context': [
      'therapie*', 'therapeut*', 'psychiatr*', 'psychotherap*', 'psycholog*', 'patientenakte*',
      'patientendaten', 'krankenakte*', 'diagnose*',
    ],
    'blame-company': ['weigerte sich', 'weigerten sich', 'zahlung verweigert', 'verantwortung übernehmen', 'geschäftsführung'],
    'no-police': [
      'keine polizei', 'nicht an die polizei', 'wenden sie sich nicht an die polizei', 'wenn sie die polizei',
      'wenn du die polizei', 'polizei kann dir nicht helfen', 'polizei kann ihnen nicht helfen',
      'erzähl niemandem', 'erzählen sie niemandem', 'sag niemandem',
    ],
    'hacker-claim': ['ich bin ein hacker', 'ich bin ein professioneller hacker', 'professioneller hacker', 'habe ihr betriebssystem gehackt', 'von ihrem konto', 'von deinem konto', 'ich beobachte dich', 'ich habe zugriff auf'],
    advice: [
      'nicht zahlen', 'zahlen sie nicht', 'nicht bezahlen', 'keinesfalls zahlen', 'nicht antworten',
      'antworten sie nicht', 'anzeige erstatten', 'strafanzeige', 'an die polizei wenden',
      'wenden sie sich an die polizei', 'onlinewache', 'online-wache', 'passwort ändern', 'ändern sie ihr passwort',
      'betrugsmail*', 'phishing', 'erpressungsmail*', 'erpresser-mail*', 'sextortion', 'verbraucherzentrale',
      'seien sie vorsichtig', 'nicht klicken', 'klicken sie nicht', 'betrugsmasche',
    ],
    reporting: [
      'sagte', 'sagt', 'berichten', 'meldet',
      'empfänger*', 'absender', 'fordert', 'die masche',
      'betrüger', 'die betrüger', 'kriminelle', 'die kriminellen', 'die täter', 'erpresser', 'die erpresser',
      'empfänger', 'die empfänger', 'opfer', 'laut polizei', 'laut', 'warnt', 'warnen', 'warnung', 'berichtet',
      'teilte mit', 'pressemitteilung', 'diese e-mails', 'solche e-mails', 'diese mails', 'solche mails',
      'datenleck', 'verurteilt', 'festgenommen', 'ermittler',
    ],
  },
};
