/**
 * Time spans written in words ("three days", "kolm päeva", "tre giorni", "vierundzwanzig
 * Stunden"): the number words of each language read by the engine, with its hour and day units.
 * The digit form is read by `findTimeSpans` (amounts.ts); the word form is matched by the
 * lexicons' automaton as the `time-span` cue, and this table gives each phrase its hours, so that
 * "200 € in two days, then 500 €" counts as a tiered demand like "…in 48 hours". Data only.
 */

type SpanWords = { numbers: Readonly<Record<string, number>>; hours: readonly string[]; days: readonly string[] };

// Only numbers a deadline uses. "One" is left out: it is an article in most of these languages
// ("en dag", "un jour", "a day"), and "once a day" is no deadline.
const LANGUAGES: readonly SpanWords[] = [
  { // en
    numbers: { two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, ten: 10, twelve: 12, 'twenty four': 24, 'forty eight': 48, 'seventy two': 72 },
    hours: ['hours'], days: ['days'],
  },
  { // fi
    numbers: {
      kaksi: 2, kahden: 2, kolme: 3, kolmen: 3, neljä: 4, neljän: 4, viisi: 5, viiden: 5, kuusi: 6, kuuden: 6,
      seitsemän: 7, kymmenen: 10, kaksikymmentäneljä: 24, kahdenkymmenenneljän: 24, neljäkymmentäkahdeksan: 48,
      neljänkymmenenkahdeksan: 48,
    },
    hours: ['tuntia', 'tunnin'], days: ['päivää', 'päivän', 'vuorokautta', 'vuorokauden'],
  },
  { // sv
    numbers: { två: 2, tre: 3, fyra: 4, fem: 5, sex: 6, sju: 7, tio: 10, tolv: 12, tjugofyra: 24, fyrtioåtta: 48 },
    hours: ['timmar'], days: ['dagar', 'dygn'],
  },
  { // et
    numbers: { kaks: 2, kolm: 3, neli: 4, viis: 5, kuus: 6, seitse: 7, kümme: 10, kaksteist: 12, 'kakskümmend neli': 24, 'nelikümmend kaheksa': 48 },
    hours: ['tundi', 'tunni'], days: ['päeva', 'ööpäeva'],
  },
  { // de
    numbers: { zwei: 2, drei: 3, vier: 4, fünf: 5, sechs: 6, sieben: 7, zehn: 10, zwölf: 12, vierundzwanzig: 24, achtundvierzig: 48, zweiundsiebzig: 72 },
    hours: ['stunden'], days: ['tage', 'tagen'],
  },
  { // nl
    numbers: { twee: 2, drie: 3, vier: 4, vijf: 5, zes: 6, zeven: 7, tien: 10, twaalf: 12, vierentwintig: 24, achtenveertig: 48, tweeënzeventig: 72 },
    hours: ['uur'], days: ['dagen'],
  },
  { // fr
    numbers: { deux: 2, trois: 3, quatre: 4, cinq: 5, six: 6, sept: 7, dix: 10, douze: 12, 'vingt quatre': 24, 'quarante huit': 48, 'soixante douze': 72 },
    hours: ['heures'], days: ['jours'],
  },
  { // es
    numbers: { dos: 2, tres: 3, cuatro: 4, cinco: 5, seis: 6, siete: 7, diez: 10, doce: 12, veinticuatro: 24, 'cuarenta y ocho': 48, 'setenta y dos': 72 },
    hours: ['horas'], days: ['días', 'dias'],
  },
  { // it
    numbers: { due: 2, tre: 3, quattro: 4, cinque: 5, sei: 6, sette: 7, dieci: 10, dodici: 12, ventiquattro: 24, quarantotto: 48, settantadue: 72 },
    hours: ['ore'], days: ['giorni'],
  },
  { // pl
    numbers: {
      dwa: 2, dwie: 2, dwóch: 2, trzy: 3, trzech: 3, cztery: 4, czterech: 4, pięć: 5, pięciu: 5, sześć: 6, siedem: 7,
      dziesięć: 10, dwanaście: 12, 'dwadzieścia cztery': 24, 'dwudziestu czterech': 24, 'czterdzieści osiem': 48,
    },
    hours: ['godziny', 'godzin'], days: ['dni', 'doby', 'dób'],
  },
  { // da
    numbers: { to: 2, tre: 3, fire: 4, fem: 5, seks: 6, syv: 7, ti: 10, tolv: 12, fireogtyve: 24, otteogfyrre: 48 },
    hours: ['timer'], days: ['dage', 'døgn'],
  },
  { // no
    numbers: { to: 2, tre: 3, fire: 4, fem: 5, seks: 6, sju: 7, syv: 7, ti: 10, tolv: 12, tjuefire: 24, førtiåtte: 48 },
    hours: ['timer'], days: ['dager', 'døgn'],
  },
];

/** Every spelled-out span phrase ("kolm päeva") with its length in hours. */
export const SPELLED_SPAN_HOURS: ReadonlyMap<string, number> = new Map(
  LANGUAGES.flatMap(({ numbers, hours, days }) =>
    Object.entries(numbers).flatMap(([word, n]) => [
      ...hours.map((unit) => [`${word} ${unit}`, n] as const),
      ...days.map((unit) => [`${word} ${unit}`, n * 24] as const),
    ]),
  ),
);
