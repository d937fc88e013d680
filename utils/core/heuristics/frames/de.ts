/**
 * German frame words (frames/types.ts says what each concept holds). Data only, written for this
 * project. Umlauts are kept by the fold, and such mail often loses them ("veroffentlichen",
 * "veroeffentlichen"), so the words that carry one appear in all three spellings.
 */
import type { FrameLexicon } from './types';

export const DE_FRAMES: FrameLexicon = {
  language: 'de',
  words: {
    // "ich" only next to a verb of its own, and not "ich bin": a friend writes "ich glaube" or
    // "ich bin sicher, dein Handy wurde gehackt", and a bare "ich" would make that a claim.
    // "habe" and "werde" alone are first person (the pronoun is dropped in hasty mail: "habe Ihr
    // Gerät infiziert"). Never "wir" (every company's voice), "mein", "mir", "mich", the
    // imperatives "teile", "schick", nor a passive ("das Video wird veröffentlicht werden" is also
    // a conference's talk).
    self: [
      'ich habe', 'habe ich', 'ich hab', 'hab ich', 'habe', 'ich werde', 'werde ich', 'werde',
      'ich kann', 'kann ich', 'ich konnte', 'konnte ich', 'ich hatte', 'hatte ich', 'ich sende', 'sende ich',
      'ich schicke', 'schicke ich', 'ich schick', 'schick ich', 'ich verschicke', 'verschicke ich', 'ich versende',
      'versende ich', 'ich leite', 'leite ich', 'ich teile', 'teile ich', 'ich lade', 'lade ich', 'ich zeige',
      'zeige ich', 'ich verbreite', 'verbreite ich', 'ich poste', 'poste ich', 'ich gebe', 'gebe ich', 'ich mache',
      'mache ich', 'ich stelle', 'stelle ich', 'ich veröffentliche', 'veröffentliche ich', 'ich veroffentliche',
      'veroffentliche ich', 'ich veroeffentliche', 'veroeffentliche ich', 'ich nahm', 'nahm ich', 'ich filmte',
      'ich infizierte', 'ich hackte', 'ich installierte', 'installierte ich',
      'wenn ich', 'falls ich', 'ich würde', 'würde ich', 'ich wuerde', 'wuerde ich',
    ],
    // A passive future, the voice of machine-translated threats ("the video will be sent to all
    // your contacts"): read only in a share threat, whose audience is the reader's whole world.
    passive: ['wird', 'werden', 'würde', 'wurde'],
    // The verbs of disclose that make something public (not "send", which a videographer says):
    // read in the pay-or-publish frame.
    publish: [
      'veröffentlich*', 'veroffentlich*', 'veroeffentlich*', 'hochladen', 'hochgeladen', 'hochzuladen', 'hochlade',
      'verbreiten', 'verbreite', 'verbreitet', 'posten', 'poste', 'gepostet', 'öffentlich machen',
      'öffentlich gemacht', 'offentlich machen', 'offentlich gemacht', 'oeffentlich machen', 'oeffentlich gemacht',
      'publik machen', 'publik gemacht', 'leaken', 'geleakt', 'zugänglich machen', 'zuganglich machen',
      'zugaenglich machen',
    ],
    disclose: [
      'senden', 'sende', 'sendet', 'gesendet', 'sendete', 'schicken', 'schicke', 'schickt', 'geschickt', 'schickte',
      'verschicken', 'verschicke', 'verschickt', 'verschickte', 'versenden', 'versende', 'versendet', 'versandt',
      'zuschicken', 'zugeschickt', 'zusenden', 'zugesendet', 'zugesandt', 'weiterleiten', 'weitergeleitet',
      'weiterleite', 'weiterzuleiten', 'teilen', 'teile', 'teilt', 'geteilt', 'veröffentlich*', 'veroffentlich*',
      'veroeffentlich*', 'hochladen', 'hochgeladen', 'hochzuladen', 'hochlade', 'verbreiten', 'verbreite',
      'verbreitet', 'zu verbreiten', 'verteilen', 'verteile', 'verteilt', 'posten', 'poste', 'gepostet',
      'öffentlich machen', 'öffentlich gemacht', 'offentlich machen', 'offentlich gemacht', 'oeffentlich machen',
      'oeffentlich gemacht', 'publik machen', 'publik gemacht', 'zeigen', 'zeige', 'gezeigt', 'zukommen lassen',
      'weitergeben', 'weitergegeben', 'übermitteln', 'übermittelt', 'ubermitteln', 'ubermittelt', 'uebermitteln',
      'uebermittelt', 'leaken', 'geleakt', 'durchsickern', 'zugänglich machen', 'zuganglich machen',
      'zugaenglich machen',
    ],
    material: [
      'video', 'videos', '*video', '*videos', 'videoaufnahme', 'videoaufnahmen', 'aufnahme', 'aufnahmen',
      'aufzeichnung', 'aufzeichnungen', 'mitschnitt', 'mitschnitte', 'clip', 'clips', 'film', 'films', 'filme',
      'filmchen', 'foto', 'fotos', 'nacktfotos', 'nacktbilder', 'bild', 'bilder', 'bildern', 'screenshot',
      'screenshots', 'bildschirmfoto', 'bildschirmfotos', 'beweis', 'beweise', 'beweismaterial', 'material',
      'materialien', 'videomaterial', 'bildmaterial', 'filmmaterial', 'zusammenschnitt', 'geheimnis', 'geheimnisse',
    ],
    // The whole of the reader's world, or more than one circle of it ("Familie und Freunde"); one
    // near circle alone ("deine Familie") is how a friend passes photos on. Persons only with
    // "your": a colleague sends the party photos to "die Kollegen", a school to "alle Familien".
    // Platform names are left out: people post their own photos "auf Facebook"; a threat names
    // "soziale Netzwerke" or porn sites.
    // A pronoun standing for the material in a share threat (frames/types.ts).
    object: ['es', 'sie', 'das', 'dies', 'diese', 'dieses',
    ],
    audience: [
      'ihre kontakte', 'ihren kontakten', 'ihrer kontakte', 'deine kontakte', 'deinen kontakten', 'deiner kontakte',
      'ihre kontaktliste', 'ihrer kontaktliste', 'deine kontaktliste', 'deiner kontaktliste', 'kontaktliste ihres',
      'kontaktliste deines', 'ihr adressbuch', 'ihrem adressbuch', 'ihres adressbuchs', 'dein adressbuch',
      'deinem adressbuch', 'deines adressbuchs', 'ihre kollegen', 'ihren kollegen', 'ihrer kollegen',
      'deine kollegen', 'deinen kollegen', 'deiner kollegen', 'ihre arbeitskollegen', 'ihren arbeitskollegen',
      'deine arbeitskollegen', 'deinen arbeitskollegen', 'ihr arbeitgeber', 'ihren arbeitgeber', 'ihrem arbeitgeber',
      'dein arbeitgeber', 'deinen arbeitgeber', 'deinem arbeitgeber', 'ihren chef', 'ihrem chef', 'deinen chef',
      'deinem chef', 'ihre vorgesetzten', 'ihren vorgesetzten', 'ihrem vorgesetzten', 'deine vorgesetzten',
      'deinem vorgesetzten', 'ihre bekannten', 'ihren bekannten', 'deine bekannten', 'deinen bekannten',
      'ihre lieben', 'ihren lieben', 'deine lieben', 'deinen lieben', 'ihre liebsten', 'ihren liebsten',
      'deine liebsten', 'deinen liebsten', 'ihr umfeld', 'ihrem umfeld', 'dein umfeld', 'deinem umfeld',
      'alle ihre freunde', 'allen ihren freunden', 'all ihre freunde', 'all ihren freunden', 'alle deine freunde',
      'allen deinen freunden', 'all deine freunde', 'all deinen freunden', 'jeder den sie kennen',
      'jedem den sie kennen', 'jeder den du kennst', 'jedem den du kennst', 'alle die sie kennen',
      'allen die sie kennen', 'alle die du kennst', 'allen die du kennst',
      'familie und freunde', 'familie und freunden', 'freunde und familie', 'freunden und familie',
      'familie und ihre freunde', 'familie und ihren freunden', 'familie und deine freunde',
      'familie und deinen freunden', 'freunde und ihre familie', 'freunden und ihrer familie',
      'freunde und deine familie', 'freunden und deiner familie', 'familie ihre freunde', 'familie ihren freunden',
      'familie deine freunde', 'familie deinen freunden', 'freunde ihre familie', 'freunden ihrer familie',
      'freunde deine familie', 'freunden deiner familie', 'familie freunde', 'freunde familie',
      'freunde und verwandte', 'freunden und verwandten', 'verwandte und freunde', 'verwandten und freunden',
      'familienmitglieder und freunde', 'familienmitgliedern und freunden', 'frau und kinder', 'frau und kindern',
      'frau und ihre kinder', 'frau und ihren kindern', 'frau und deine kinder', 'frau und deinen kindern',
      'mann und kinder', 'mann und kindern', 'mann und ihre kinder', 'mann und ihren kindern',
      'mann und deine kinder', 'mann und deinen kindern', 'partner und familie', 'partnerin und familie',
      'e-mail-kontakte', 'e-mail-kontakten', 'email-kontakte', 'email-kontakten', 'messenger-kontakte',
      'messenger-kontakten', 'soziale netzwerke', 'sozialen netzwerke', 'sozialen netzwerken', 'soziale medien',
      'sozialen medien', 'social media', 'sozialen netzwerk', 'im internet', 'ins internet', 'im netz', 'ins netz', 'pornoseite*', 'pornowebseite*',
      'pornowebsite*', 'pornoportal*', 'erwachsenenseite*', 'seiten für erwachsene', 'seiten fur erwachsene',
      'darknet', 'dark web',
      'ihre familie und kollegen', 'deine familie und kollegen', 'familie und kollegen',
      'familie und arbeitskollegen',
      'deine follower', 'ihre follower', 'deinen followern', 'ihren followern',
    ],
    // Not "gedreht" (a film is "gedreht", a key is too) and not "gemacht" alone.
    capture: [
      'aufgenommen', 'aufnehmen', 'aufzunehmen', 'aufgezeichnet', 'aufzeichnen', 'aufzuzeichnen', 'gefilmt',
      'filmen', 'filmte', 'zu filmen', 'abgefilmt', 'mitgeschnitten', 'fotografiert', 'fotografieren',
      'abfotografiert', 'video gemacht', 'videos gemacht', 'aufnahme gemacht', 'aufnahmen gemacht', 'fotos gemacht',
      'screenshots gemacht', 'screenshot gemacht', 'videoclip gemacht', 'video erstellt', 'videos erstellt',
      'videoclip erstellt', 'aufnahme erstellt', 'aufnahmen erstellt', 'von ihnen gemacht', 'von dir gemacht',
      'festgehalten',
      'bildschirmaufnahme', 'bildschirmaufnahmen',
    ],
    // Not "erotisch" (film and TV listings say it next to "aufgenommen") and not "sexuell" alone
    // (police reports "Ermittlungen wegen sexueller Belästigung aufgenommen").
    intimate: [
      'porno', 'pornos', 'porn', 'pornografie', 'pornographie', 'pornografisch*', 'pornographisch*', 'pornoseite*',
      'pornowebseite*', 'pornowebsite*', 'pornovideo*', 'pornofilm*', 'erwachsenenseite*', 'erwachsenenvideo*',
      'erwachsenenfilm*', 'website für erwachsene', 'website fur erwachsene', 'webseite für erwachsene',
      'webseite fur erwachsene', 'seite für erwachsene', 'seite fur erwachsene', 'seiten für erwachsene',
      'seiten fur erwachsene', 'inhalte für erwachsene', 'inhalte fur erwachsene', 'sexseite*', 'sexvideo*',
      'masturb*', 'selbstbefriedigung', 'sich befriedigen', 'sich befriedigt', 'sich selbst befriedig*',
      'befriedigen sich', 'befriedigten sich', 'befriedigst dich', 'dich befriedigst', 'dich selbst befriedig*',
      'wichsen', 'gewichst', 'wichst', 'nackt', 'nackte', 'nackten', 'nackter', 'nacktes', 'nacktfotos',
      'nacktbilder', 'nacktvideo*', 'intim', 'intime', 'intimen', 'intimer', 'intimes', 'sexuelle handlung*',
      'sexuellen handlung*', 'sexuelle aktivität*', 'sexuellen aktivität*', 'sexuelle aktivitat*',
      'sexuellen aktivitat*', 'sexuelle vorlieben', 'sexuellen vorlieben', 'sexuelle fantasien', 'sexchat*',
    ],
    porn: [
      'porno', 'pornos', 'porn', 'pornografie', 'pornographie', 'pornografisch*', 'pornographisch*', 'pornoseite*',
      'pornowebseite*', 'pornowebsite*', 'pornovideo*', 'pornofilm*', 'erwachsenenseite*', 'erwachsenenvideo*',
      'erwachsenenfilm*', 'website für erwachsene', 'website fur erwachsene', 'webseite für erwachsene',
      'webseite fur erwachsene', 'seite für erwachsene', 'seite fur erwachsene', 'seiten für erwachsene',
      'seiten fur erwachsene', 'inhalte für erwachsene', 'inhalte fur erwachsene', 'sexseite*', 'sexvideo*',
      'masturb*', 'selbstbefriedigung', 'sich befriedigen', 'sich befriedigt', 'sich selbst befriedig*',
      'befriedigen sich', 'befriedigten sich', 'befriedigst dich', 'dich befriedigst', 'dich selbst befriedig*',
      'wichsen', 'gewichst', 'wichst',
    ],
    camera: [
      'webcam', 'webcams', 'web cam', 'webkamera', 'webkameras', 'ihre kamera', 'ihrer kamera', 'deine kamera',
      'deiner kamera', 'kamera ihres', 'kamera deines', 'frontkamera', 'laptopkamera', 'laptop kamera',
      'handykamera', 'computerkamera', 'gerätekamera', 'geratekamera',
    ],
    // "installiert" only with what was installed: an IT admin installs "die Software" on "Ihrem Computer".
    intrude: [
      'gehackt', 'gehackte', 'gehackten', 'hackte', 'infiziert', 'infizierte', 'infizieren', 'verseucht',
      'eingedrungen', 'einzudringen', 'eingebrochen', 'zugriff auf', 'zugang zu', 'vollen zugriff',
      'vollständigen zugriff', 'vollstandigen zugriff', 'fernzugriff', 'zugriff verschafft', 'zugang verschafft',
      'zugriff erhalten', 'zugang erhalten', 'zugriff erlangt', 'zugang erlangt', 'kontrolle übernommen',
      'kontrolle ubernommen', 'kontrolle uebernommen', 'kontrolle über', 'kontrolle uber', 'kontrolle ueber',
      'trojaner installiert', 'virus installiert', 'schadsoftware installiert', 'malware installiert',
      'spyware installiert', 'spionagesoftware installiert', 'keylogger installiert', 'installierte einen trojaner',
      'installierte ein virus', 'ausspioniert', 'ausgespäht', 'ausgespaht', 'kompromittiert',
    ],
    // Not "geraten", the umlaut-less "Geräten": it is also "advised" and "got into".
    device: [
      'gerät', 'geräte', 'geräten', 'geräts', 'gerätes', 'gerat', 'gerate', 'geraet', 'geraete', 'geraeten', 'computer',
      'computers', 'rechner', 'rechners', 'pc', 'laptop', 'laptops', 'notebook', 'handy', 'handys', 'smartphone',
      'smartphones', 'telefon', 'mobiltelefon', 'tablet', 'konto', 'kontos', 'konten', 'account', 'accounts',
      'e-mail-konto', 'email-konto', 'e-mail', 'email', 'postfach', 'postfachs', 'postfaches', 'betriebssystem',
      'betriebssystems', 'router', 'routers', 'browser', 'browsers', 'system', 'systems', 'mac', 'iphone', 'android',
    ],
    // With the reader as the victim ("dich töten", "Ihren Tod"): "bezahlt" and "Auftrag" come with
    // "Ungeziefer töten" and "Ihren Auftrag ausführen" in honest mail.
    harm: [
      'dich töten', 'dich toten', 'dich toeten', 'sie töten', 'sie toten', 'sie toeten', 'dich zu töten', 'dich zu toten',
      'sie zu töten', 'sie zu toten', 'dich umbringen', 'sie umbringen', 'dich umzubringen', 'sie umzubringen',
      'dich ermorden', 'sie ermorden', 'dich zu ermorden', 'sie zu ermorden', 'ihre ermordung', 'deine ermordung',
      'dich beseitigen', 'sie beseitigen', 'dich zu beseitigen', 'sie zu beseitigen', 'dich liquidieren',
      'sie liquidieren', 'dich erschießen', 'dich erschiessen', 'sie erschießen', 'sie erschiessen', 'ihren tod',
      'deinen tod', 'ihr leben nehmen', 'dein leben nehmen', 'dir wehtun', 'ihnen wehtun', 'ihrer familie wehtun',
      'deiner familie wehtun', 'dir die beine brechen', 'ihnen die beine brechen', 'säure ins gesicht', 'saure ins gesicht', 'saeure ins gesicht',
    ],
    hire: [
      'bezahlt', 'beauftragt', 'angeheuert', 'engagiert', 'auftrag', 'auftraggeber', 'mein kunde', 'meinen kunden',
      'mein klient', 'vertrag', 'jemand will', 'jemand möchte', 'jemand mochte', 'jemand moechte', 'eine person will',
      'kopfgeld',
    ],
    // The reader's world receiving or seeing it (frames/types.ts): read only with not paying.
    receive: [
      'erhalten', 'bekommen', 'sehen', 'zu sehen bekommen', 'werden sehen',
      'geht an', 'gehen an', 'geht die aufnahme an',
    ],
    negation: [
      'kann ich nicht', 'kann nicht', 'können wir nicht', 'konnen wir nicht', 'kann ich ihnen nicht',
      'kann ich dir nicht', 'nicht möglich', 'nicht moglich', 'nicht senden', 'nicht schicken', 'nicht zusenden',
      'nicht sehen', 'nicht erhalten', 'leider nicht', 'nicht bekommen',
    ],
  },
};
