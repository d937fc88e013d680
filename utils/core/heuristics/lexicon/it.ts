/**
 * Italian cue phrases for the extortion heuristics. Data only. Written for this project from
 * the features of Italian sextortion waves ("ti ho registrato", bitcoin entro 48 ore), fake
 * Polizia Postale / Europol mails (pedopornografia) and bomb threats; advice and reporting
 * phrases follow Polizia Postale and newsroom warnings.
 */
import type { Lexicon } from './types';

export const IT: Lexicon = {
  language: 'it',
  phrases: {
    'payment-demand': [
      'inviate', 'dovete pagare', 'pagate', 'vi propongo un accordo',
      'paga', 'devi pagare', 'deve pagare', 'dovrai pagare', 'il pagamento', 'invia', 'inviami', 'trasferisci',
      'indirizzo bitcoin', 'indirizzo btc', 'il mio portafoglio', 'seguente indirizzo', 'a questo indirizzo',
      "all'indirizzo", 'del valore di', 'pagare in bitcoin', 'copia e incolla', 'riscatto', 'non appena ricevo',
      'una volta ricevuto', 'dopo il pagamento', 'una multa', 'la multa', 'sanzione',
    ],
    deadline: [
      'entro', 'scadenza', 'ultimo avvertimento', 'ultima possibilità', 'ultima occasione', 'il tempo stringe',
      'conto alla rovescia', 'a partire da ora', "dall'apertura", 'non oltre',
    ],
    'exposure-threat': [
      'pubblicare', 'pubblicherò', 'pubblicato', 'pubblicata', 'pubblicati', 'rendere pubblico', 'diffondere',
      'diffonderò', 'su internet', 'in rete', 'dark web', 'darknet', 'vendere', 'la tua reputazione',
      'condividerò', 
    ],
    'direct-threat': [
      'a tutti i tuoi contatti', 'a tutti i suoi contatti', 'invierò il video', 'inviare il video',
      'il video sarà inviato', 'pubblicherò il video', 'condividerò il video', 'manderò il video',
      'i tuoi dati saranno pubblicati',
    ],
    audience: [
      'i tuoi contatti', 'suoi contatti', 'tuoi amici', 'tua famiglia', 'sua famiglia', 'familiari', 'tuoi colleghi',
      'datore di lavoro', 'social network', 'social media', 'tua moglie', 'tuo marito', 'parenti',
    ],
    recording: [
      'video di te', 'video di lei', 'ti ho filmato', 'ti ho registrato', 'ti ho ripreso', 'webcam',
      'la tua videocamera', 'siti per adulti', 'sito per adulti', 'siti porno', 'porno*', 'masturb*',
      'immagini intime', 'intime', 'foto di te',
    ],
    'personal-data': [
      'codice fiscale', 'indirizzo di casa', 'data di nascita', 'diagnosi', 'cartella clinica', 'cartelle cliniche',
      'dati sanitari',
    ],
    'held-data': [
      'dati personali', 'tuoi dati', 'suoi dati', 'tuoi file', 'informazioni personali', 'tuoi segreti',
      'database clienti', 'dati dei clienti',
    ],
    consequence: ['altrimenti', 'in caso contrario', 'se non paghi', 'se non paga', 'se non ricevo', 'se ignori'],
    commercial: [
      'fattura', 'sollecito', 'interessi di mora', 'penale', 'recupero crediti', 'ricevuta', "numero d'ordine",
      'iva', 'quota associativa', 'scontrino',
    ],
    'violence-threat': [
      'ordigno', 'farà esplodere',
      'bomba', 'esplosivo', 'esploderà', 'esplodere', 'uccidere', 'ucciderò', 'ferire', 'farti del male', 'acido',
      'incendiare', 'dare fuoco', 'sicario', 'violenza', 'so dove abiti', 'sappiamo dove abiti', 'so dove vivi',
      'sappiamo dove vivi',
    ],
    'kidnap-threat': ['rapire', 'rapimento', 'rapiremo', 'sequestr*', 'ostaggio'],
    'authority-claim': [
      'polizia', 'polizia di stato', 'polizia postale', 'carabinieri', 'guardia di finanza', 'europol', 'interpol',
      'procura', 'tribunale', 'ministero', 'questura', 'convocazione',
    ],
    summons: ['convocazione', 'citazione a comparire', 'mandato di comparizione', 'atto giudiziario'],
    accusation: [
      'pedopornografi*', 'pedofil*', 'minori', 'minorenni', 'pornografia minorile', 'abuso sessuale',
      'esibizionismo', 'sei accusato', 'è accusato', 'procedimento penale', "mandato d'arresto",
    ],
    'compromising-material': [
      'la tua password', 'hackerato', 'ho violato', 'accesso al tuo', 'malware', 'trojan', 'spyware',
      'tuo dispositivo', 'tuo computer', 'infettato',
    ],
    'pay-to-delete': [
      'cancellerò', 'eliminerò', 'sarà cancellato', 'saranno cancellati', 'sarà eliminato', 'verrà eliminato',
      'cancellato definitivamente', 'eliminato definitivamente', 'distruggerò', 'non sentirai più parlare di me',
    ],
    'therapy-context': [
      'terapia*', 'terapeut*', 'psichiatr*', 'psicoterap*', 'psicolog*', 'cartella clinica', 'cartelle cliniche',
      'dati sanitari', 'diagnosi', 'salute mentale', 'pazienti',
    ],
    'blame-company': ['si è rifiutata di pagare', 'si sono rifiutati', 'rifiutato di pagare', 'assumersi la responsabilità'],
    'no-police': [
      'non contattare la polizia', 'non andare alla polizia', 'non chiamare la polizia', 'se contatti la polizia',
      'se vai alla polizia', 'la polizia non può aiutarti', 'non dirlo a nessuno',
    ],
    'hacker-claim': ['sono un hacker', 'sono un programmatore', 'ti sto osservando', 'dal tuo account', 'ho accesso completo'],
    advice: [
      'truffa*',
      'non pagare', 'non pagate', 'mai pagare', 'non rispondere', 'non rispondete', 'sporgere denuncia',
      'denunciare', 'cambia la password', 'cambiare la password', 'truffa', 'truffe', 'phishing', 'sextortion',
      'estorsione', 'fate attenzione', 'non cliccare',
    ],
    reporting: [
      'ha detto', 'spiega', 'riferisce',
      'ricattatori', 'si tratta', 'come spiegato', 'ricorda', 'cittadini', 'hanno ricevuto', 'in questi giorni', 'truffaldin*', 'gli utenti',
      'truffatori', 'i truffatori', 'criminali', 'i criminali', 'cybercriminali', 'gli hacker', 'estorsori',
      'destinatari', 'il destinatario', 'vittime', 'secondo la polizia', 'secondo', 'avverte', 'mette in guardia',
      'segnala', 'comunicato', 'queste email', 'queste mail', 'questi messaggi', 'violazione dei dati', 'condannato',
      'arrestato', 'arrestati',
    ],
  },
};
