/**
 * Norwegian frame words, Bokmål with the Nynorsk forms a mail or its machine translation uses
 * ("eg har", "kontaktane dine"); frames/types.ts says what each concept holds. Data only,
 * written for this project. The fold keeps "æ", "ø" and "å", and such mail often loses them,
 * so the words that carry one appear without it as well.
 */
import type { FrameLexicon } from './types';

export const NO_FRAMES: FrameLexicon = {
  language: 'no',
  words: {
    // "jeg" / "eg" only next to a verb of its own, and not "jeg er": a friend writes "jeg tror"
    // or "jeg er redd telefonen din er hacket", and a bare "jeg" would make that a claim. Never
    // "vi" (every company's voice), "min", "meg", the imperatives "send", "del", nor a passive
    // ("videoen vil bli publisert" is also a conference's talk).
    self: [
      'jeg har', 'har jeg', 'jeg hadde', 'hadde jeg', 'jeg vil', 'vil jeg', 'jeg skal', 'skal jeg',
      'jeg kommer til', 'kommer jeg til', 'jeg kan', 'kan jeg', 'jeg sender', 'sender jeg',
      'jeg sendte', 'sendte jeg', 'jeg videresender', 'videresender jeg', 'jeg deler', 'deler jeg',
      'jeg publiserer', 'publiserer jeg', 'jeg legger', 'legger jeg', 'jeg sprer', 'sprer jeg', 'jeg laster',
      'laster jeg', 'jeg lekker', 'lekker jeg', 'jeg offentliggjør', 'offentliggjør jeg', 'jeg viser', 'viser jeg',
      'jeg gjør', 'gjør jeg', 'jeg fikk', 'fikk jeg', 'jeg tok', 'tok jeg', 'jeg installerte', 'installerte jeg',
      'jeg filmet', 'filmet jeg', 'jeg hacket', 'hacket jeg', 'jeg infiserte', 'infiserte jeg', 'jeg spilte',
      'spilte jeg', 'jeg laget', 'laget jeg', 'jeg lagde', 'lagde jeg', 'eg har', 'har eg', 'eg hadde', 'eg vil', 'vil eg', 'eg skal', 'skal eg', 'eg kjem til',
      'kjem eg til', 'eg kan', 'kan eg', 'eg sender', 'sender eg', 'eg deler', 'deler eg', 'eg fekk',
      'fekk eg', 'eg tok', 'tok eg',
    ],
    // A passive future, the voice of machine-translated threats ("the video will be sent to all
    // your contacts"): read only in a share threat, whose audience is the reader's whole world.
    passive: ['vil bli', 'blir', 'sendes', 'deles', 'publiseres', 'legges ut', 'spres', 'lekkes', 'offentliggjøres', 'offentliggjores', 'videresendes', 'lastes opp'],
    // The verbs of disclose that make something public (not "send", which a videographer says):
    // read in the pay-or-publish frame.
    publish: [
      'publisere', 'publiserer', 'publisert', 'publiserte', 'legge ut', 'legger ut', 'lagt ut', 'la ut', 'leggje ut',
      'laste opp', 'laster opp', 'lastet opp', 'lasta opp', 'spre', 'sprer', 'spredt', 'spredte', 'spreie', 'spreidd',
      'offentliggjøre', 'offentliggjør', 'offentliggjort', 'offentliggjore', 'offentliggjor', 'lekke', 'lekker',
      'lekket', 'lekka',
    ],
    disclose: [
      'sende', 'sender', 'sendt', 'sendte', 'send', 'videresende', 'videresender', 'videresendt', 'videresendte',
      'dele', 'deler', 'delt', 'delte', 'publisere', 'publiserer', 'publisert', 'publiserte', 'legge ut',
      'legger ut', 'lagt ut', 'la ut', 'leggje ut', 'laste opp', 'laster opp', 'lastet opp', 'lasta opp', 'spre',
      'sprer', 'spredt', 'spredte', 'spreie', 'spreidd', 'offentliggjøre', 'offentliggjør', 'offentliggjort',
      'offentliggjore', 'offentliggjor', 'gjøre offentlig', 'gjort offentlig', 'gjore offentlig', 'lekke',
      'lekker', 'lekket', 'lekka', 'vise', 'viser', 'vist', 'viste', 'distribuere', 'distribuerer', 'distribuert',
      'poste', 'postet', 'sendast',
    ],
    material: [
      'video', 'videoen', 'videoer', 'videoene', 'videoane', '*video', '*videoen', '*videoer', 'videoklipp',
      'videoklippet', 'videoklippene', 'videoopptak', 'videoopptaket', 'videoopptakene', 'opptak', 'opptaket',
      'opptakene', 'opptaka', 'film', 'filmen', 'filmer', 'filmene', 'filmsnutt*', 'klipp', 'klippet', 'klippene',
      'bilde', 'bildet', 'bilder', 'bildene', 'bilete', 'biletet', 'bileta', 'foto', 'fotoet', 'fotoene',
      'fotografier', 'fotografiene', 'skjermbilde', 'skjermbildet', 'skjermbilder', 'skjermbildene',
      'skjermdump*', 'bevis', 'bevisene', 'bevismateriale', 'bevismaterialet', 'materiale', 'materialet',
      'nakenbilde*', 'hemmeligheten', 'hemmeligheter', 'hemmelighetene', 'løyndomane', 'loyndomane',
    ],
    // The whole of the reader's world, or more than one circle of it ("familie og venner"); one
    // near circle alone ("familien din") is how a friend passes pictures on. Persons only with
    // "your": a photographer sends pictures to "alle foreldrene", a school to "familiene".
    // Platform names are left out: people put their own pictures "på Facebook"; a threat names
    // "sosiale medier" or porn sites.
    // A pronoun standing for the material in a share threat (frames/types.ts).
    object: ['den', 'det', 'dem', 'dette', 'disse',
    ],
    audience: [
      // "e-postkontaktene dine", "telefonkontaktene dine".
      '*kontaktene dine', '*kontaktane dine', 'kollegene dine', 'kollegaene dine', 'kollegane dine', 'bekjente dine',
      'kontaktlisten din', 'adresseboken din', 'arbeidsgiveren din', 'sjefen din', 'omgangskretsen din',
      'kontaktlista di', 'adresseboka di', 'dine kontakter', 'dine kolleger', 'dine kollegaer', 'dine bekjente',
      'dine nærmeste', 'dine naermeste', 'dine narmeste', 'dine kjære', 'dine kjaere', 'din kontaktliste',
      'din arbeidsgiver', 'din sjef', 'din omgangskrets', 'alle på kontaktlisten', 'alle pa kontaktlisten',
      'alle på kontaktlista', 'alle pa kontaktlista', 'alle du kjenner', 'alle som kjenner deg',
      'alle vennene dine', 'alle venene dine', 'alle dine venner', 'familie og venner', 'venner og familie',
      'familien og vennene', 'vennene og familien', 'familien din og vennene', 'vennene dine og familien',
      'familien din vennene', 'vennene dine familien', 'familien vennene', 'vennene familien',
      'familie og kolleger', 'venner og kolleger', 'venner og bekjente', 'familie og bekjente',
      'kona og barna', 'kona di og barna', 'mannen og barna', 'mannen din og barna', 'kone og barn',
      'mann og barn', 'sosiale medier', 'sosiale medium', 'sosiale mediar', 'sosiale nettverk', 'på internett',
      'pa internett', 'på nettet', 'pa nettet', 'pornoside*', 'pornonettsted*', 'darknet', 'det mørke nettet',
      'det morke nettet',
      'følgerne dine', 'folgerne dine', 'følgerne deres', 'folgerne deres',
    ],
    // Not "filmer" (also the plural of "film": a listing of "nye filmer") and not "laget" alone.
    capture: [
      'filmet', 'filma', 'filme', 'tatt opp', 'ta opp', 'tok opp', 'tok jeg opp', 'tok eg opp', 'spilt inn',
      'spilte inn', 'spilte jeg inn', 'spille inn',
      'fotografert', 'fotografere', 'tok bilder', 'tatt bilder', 'tok bilde', 'tatt bilde', 'tok bilete',
      'laget en video', 'lagd en video', 'lagde en video', 'laget video', 'laget et opptak', 'gjort opptak',
      'gjorde opptak', 'tok skjermbilde*', 'tatt skjermbilde*', 'skjermopptak', 'fanget på video',
      'fanget pa video', 'fanget på film', 'fanget pa film',
    ],
    // Not "erotisk" (film listings), not "nakne" alone ("filmen har flere nakne scener") and not
    // "seksuell" alone (news and health mail).
    intimate: [
      'porno', 'porn', 'pornografi', 'pornografisk*', 'pornoside*', 'pornonettsted*', 'pornofilm*', 'pornovideo*',
      'voksenside*', 'voksennettsted*', 'nettsider for voksne', 'nettside for voksne', 'nettsted for voksne',
      'sider for voksne', 'innhold for voksne', 'voksenfilm*', 'voksenvideo*', 'masturb*', 'onanerte',
      'onanerer', 'onanere', 'onani', 'tilfredsstilte deg selv', 'tilfredsstiller deg selv',
      'tilfredsstille deg selv', 'tilfredsstilte seg selv', 'runket', 'runker', 'runke', 'deg naken', 'helt naken',
      'naken foran', 'naken mens', 'nakne bilder', 'nakne bildene', 'nakne videoer', 'nakenbilde*', 'nakenvideo*',
      'intim', 'intime', 'intimt', 'seksuelle handlinger', 'seksuell aktivitet', 'seksuelle aktiviteter',
      'seksuelle preferanser', 'seksuelle fantasier', 'sexvideo*', 'sexside*',
    ],
    porn: [
      'porno', 'porn', 'pornografi', 'pornografisk*', 'pornoside*', 'pornonettsted*', 'pornofilm*', 'pornovideo*',
      'voksenside*', 'voksennettsted*', 'nettsider for voksne', 'nettside for voksne', 'nettsted for voksne',
      'sider for voksne', 'innhold for voksne', 'voksenfilm*', 'voksenvideo*', 'masturb*', 'onanerte', 'onanerer',
      'onanere', 'onani', 'tilfredsstilte deg selv', 'tilfredsstiller deg selv', 'tilfredsstille deg selv',
      'tilfredsstilte seg selv', 'runket', 'runker', 'runke', 'sexvideo*', 'sexside*',
    ],
    camera: [
      'webkamera', 'webkameraet', 'webkameraer', 'webcam', 'webcamen', 'web kamera', 'kameraet ditt', 'ditt kamera',
      'kameraet på', 'kameraet pa', 'kameraet til', 'frontkamera*', 'laptopkamera*', 'pc kamera*', 'mobilkamera*',
      'telefonkamera*',
    ],
    // "installert" only with what was installed: an IT admin installs "programmet" on "PC-en din".
    intrude: [
      'hacket', 'hacka', 'hakket', 'infisert', 'infiserte', 'infiserer', 'brøt meg inn', 'brot meg inn',
      'brutt meg inn', 'bryte meg inn', 'tilgang til', 'full tilgang', 'fullstendig tilgang', 'fikk tilgang',
      'fått tilgang', 'fatt tilgang', 'skaffet meg tilgang', 'skaffa meg tilgang', 'tatt kontroll', 'tok kontroll',
      'kontroll over', 'full kontroll', 'overtatt', 'installert et virus', 'installert virus',
      'installert en trojaner', 'installert trojaner', 'installert skadevare', 'installert et spionprogram',
      'installert spionprogram', 'installert spionvare', 'installert en keylogger', 'installert keylogger',
      'installerte et virus', 'installerte en trojaner', 'installerte skadevare', 'installerte et spionprogram',
      'kompromittert', 'spionert på', 'spionert pa',
    ],
    device: [
      'enhet', 'enheten', 'enheter', 'enhetene', 'eininga', 'datamaskin', 'datamaskinen', 'datamaskiner', 'pc',
      'maskinen', 'laptop', 'laptopen', 'bærbar', 'baerbar', 'telefon', 'telefonen', 'mobil', 'mobilen',
      'mobiltelefon*', 'smarttelefon*', 'nettbrett', 'nettbrettet', 'konto', 'kontoen', 'kontoer', 'kontoene',
      'e-post', 'e-postkonto*', 'e-posten', 'epost', 'innboks*', 'operativsystem*', 'ruter', 'ruteren', 'router',
      'routeren', 'nettleser*', 'system', 'systemet', 'mac', 'iphone', 'android',
    ],
    // With the reader as the victim ("drepe deg", "din død"): "betalt" and "oppdrag" come with
    // "drepe skadedyr" and "utføre oppdraget ditt" in honest mail.
    harm: [
      'drepe deg', 'å drepe deg', 'a drepe deg', 'drepe dere', 'myrde deg', 'å myrde deg', 'a myrde deg',
      'ta livet av deg', 'ta livet ditt', 'kvitte meg med deg', 'skyte deg', 'likvidere deg', 'din død', 'din dod',
      'skade deg', 'skade familien din', 'skade din familie', 'gjøre deg vondt', 'gjore deg vondt',
      'brekke beina dine', 'syre i ansiktet',
    ],
    hire: [
      'betalt', 'betalte meg', 'leid inn', 'hyret', 'oppdrag', 'oppdraget', 'oppdragsgiver*', 'klienten min',
      'kunden min', 'kontrakt', 'noen vil', 'en person vil', 'dusør', 'dusor',
    ],
    // The reader's world receiving or seeing it (frames/types.ts): read only with not paying.
    receive: [
      'vil få', 'vil fa', 'får se', 'far se', 'vil se', 'vil motta', 'mottar',
      'få videoen', 'fa videoen', 'få filmen', 'fa filmen', 'få bildene', 'fa bildene',
      'går opptaket til', 'gar opptaket til',
    ],
    negation: [
      'kan ikke', 'kan jeg ikke', 'kan vi ikke', 'ikke mulig',
    ],
  },
};
