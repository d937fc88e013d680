/**
 * Estonian cue phrases for the extortion heuristics. Data only. Written for this project from
 * the features of Estonian sextortion and fake-police waves (bitcoin, 48 tunni jooksul,
 * Politsei- ja Piirivalveamet, lasteporno) and the guidance catalogue's Estonian sources;
 * advice and reporting phrases follow police and CERT-EE warnings.
 */
import type { Lexicon } from './types';

export const ET: Lexicon = {
  language: 'et',
  phrases: {
    'payment-demand': [
      'saatke', 'saada',
      'maksa', 'pead maksma', 'peate maksma', 'makske', 'kanna üle', 'kandke üle', 'saada mulle',
      'bitcoini aadress*', 'btc aadress*', 'minu rahakott*', 'järgmisele aadressile', 'sellele aadressile',
      'väärtuses', 'bitcoinides', 'kopeeri ja kleebi', 'lunaraha', 'kui saan makse', 'pärast makset', 'trahv',
      'trahvi',
    ],
    deadline: ['tähtaeg', 'jooksul', 'viimane hoiatus', 'viimane võimalus', 'aeg jookseb', 'hiljemalt', 'alates avamisest'],
    'exposure-threat': [
      'avaldan', 'avaldame', 'avaldatakse', 'avalikuks', 'levitan', 'levitame', 'internetis', 'internetti',
      'dark web', 'darknet', 'müün', 'müüme', 'sinu maine', 'jagan', 'jagame',
    ],
    'direct-threat': [
      'saadetakse video', 'video teie perele',
      'kõigile sinu kontaktidele', 'kõigile su kontaktidele', 'saadan video', 'saadan videot', 'avaldan video',
      'jagan videot', 'sinu andmed avaldatakse',
    ],
    audience: [
      'teie perele',
      'sinu kontaktidele', 'su kontaktidele', 'sõpradele', 'perekonnale', 'pereliikmetele', 'kolleegidele',
      'tööandjale', 'sotsiaalmeedia*', 'sinu naisele', 'sinu mehele', 'sugulastele',
    ],
    recording: [
      'filmisin teid', 'teie kaamera', 'täiskasvanute video*',
      'video sinust', 'videod sinust', 'salvestasin sind', 'filmisin sind', 'veebikaamera*', 'täiskasvanute sait*',
      'täiskasvanutele mõeldud', 'porno*', 'masturbeeri*', 'alasti', 'intiimse*',
    ],
    'personal-data': ['isikukood*', 'kodune aadress', 'kodust aadressi', 'sünniaeg', 'diagnoos*', 'terviseandme*', 'haiguslugu'],
    'held-data': ['isikuandme*', 'sinu andmed', 'teie andmed', 'sinu failid', 'sinu saladused', 'klientide andmed'],
    consequence: ['vastasel juhul', 'muidu', 'kui sa ei maksa', 'kui te ei maksa', 'kui ma ei saa', 'kui makset ei'],
    commercial: ['arve', 'arvet', 'viivis', 'meeldetuletustasu', 'inkasso*', 'kviitung', 'tellimuse number', 'käibemaks', 'liikmemaks'],
    'violence-threat': [
      'teie ja teie lähedastega', 'vargadele',
      'pomm', 'lõhkeaine', 'plahvat*', 'tapan', 'tappa', 'vigastan', 'haiget teha', 'süütan', 'palgamõrvar',
      'vägivald', 'tean kus sa elad', 'teame kus sa elad', 'teame kus te elate',
    ],
    'kidnap-threat': ['röövime', 'inimrööv', 'pantvang*'],
    'authority-claim': [
      'politsei', 'politsei- ja piirivalveamet', 'ppa', 'europol', 'interpol', 'prokuratuur', 'ministeerium',
    ],
    summons: ['kutse', 'kohtukutse', 'kutse ülekuulamisele'],
    accusation: [
      'lasteporno*', 'pedofiil*', 'alaealis*', 'seksuaalne väärkohtlemine', 'ekshibitsionism*',
      'teid süüdistatakse', 'sind süüdistatakse', 'kriminaalmenetlus*', 'vahistamismäärus',
    ],
    'compromising-material': [
      'parool', 'sinu parool', 'salasõna', 'häkkisin', 'murdsin sisse', 'pahavara', 'troojalane', 'nuhkvara',
      'sinu seade', 'sinu seadmesse', 'sinu arvuti', 'nakatunud',
    ],
    'pay-to-delete': ['kustutan', 'kustutame', 'kustutatakse', 'jäädavalt kustutatud', 'hävitan', 'hävitame', 'ei kuule minust enam'],
    'therapy-context': [
      'teraapia*', 'terapeut*', 'psühhiaat*', 'psühhoterap*', 'psühholoog*', 'terviseandme*', 'haiguslugu',
      'diagnoos*', 'vaimne tervis',
    ],
    'blame-company': ['keeldus maksmast', 'keeldusid maksmast', 'vastutust võtma', 'juhtkond'],
    'no-police': [
      'ära võta ühendust politseiga', 'ärge võtke ühendust politseiga', 'ära teavita politseid',
      'kui pöördud politseisse', 'politsei ei saa aidata', 'ära räägi kellelegi',
    ],
    'hacker-claim': ['olen häkker', 'sinu kontolt', 'teie kontolt', 'jälgin sind'],
    advice: [
      'ära maksa', 'ärge makske', 'ära vasta', 'ärge vastake', 'teata politseile', 'teatage politseile',
      'pöördu politseisse', 'muuda parool', 'vaheta parool', 'pettus', 'petukiri', 'õngitsus*',
      'väljapressimiskiri', 'rämpspost', 'ole ettevaatlik', 'olge ettevaatlik', 'ära kliki', 'cert-ee',
    ],
    reporting: [
      'ütles', 'teatab',
      'väidavad', 'esinedes',
      'petturid', 'kurjategijad', 'väljapressijad', 'saajad', 'adressaadid', 'ohvrid', 'ohvreid',
      'politsei andmetel', 'andmetel', 'hoiatab', 'hoiatavad', 'teatas', 'pressiteade', 'need kirjad',
      'sellised kirjad', 'need e-kirjad', 'andmeleke', 'süüdi mõistetud', 'vahistati', 'kinni peetud',
    ],
  },
};
