/**
 * Money amounts, time spans and deadlines in folded text (lower-case, see foldForMatching).
 * These are numbers, so they are found with fixed, literal regular expressions whose repeats
 * are all bounded: the scan is linear in the text. Owns no decision about a message.
 */

export type Amount = { text: string; key: string; currency: string };

const WORD_CHAR = /[\p{L}\p{N}]/u;

/** Whether the character before `at` continues a word (so a match there starts mid-word). */
function midWord(text: string, at: number): boolean {
  if (at === 0) return false;
  const c = text.charCodeAt(at - 1);
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return WORD_CHAR.test(text[at - 1]!);
}

/**
 * The matches of a global pattern that start at a word boundary. The boundary is checked here
 * rather than by a leading look-behind in each pattern: a pattern that opens with a look-behind
 * is tried at every position, one that opens with a word or a digit lets the regex engine skip
 * ahead, which makes these scans several times faster on long mail. A match refused for its
 * start is retried one character later, so no boundary match is lost.
 */
function* atWordStart(pattern: RegExp, text: string): Generator<RegExpExecArray> {
  pattern.lastIndex = 0;
  for (;;) {
    const m = pattern.exec(text);
    if (m === null) return;
    if (midWord(text, m.index)) {
      pattern.lastIndex = m.index + 1;
      continue;
    }
    yield m;
    if (m[0].length === 0) pattern.lastIndex++;
  }
}
export type TimeSpan = { text: string; hours: number };


// "€200", "$ 1,500", "200 €", "1 900 kronor", "0.15 btc", "200 euron", "500 euroa", "300 eurot"; a thousand
// written as a word or a letter: "300mila euro", "3 mil euros", "10k €".
const AMOUNT =
  /(?:([€$£]|eur|usd|aud|cad|gbp|sek|nok|dkk)\s?(\d{1,3}(?:[ ,.]\d{3}){1,3}(?:[.,]\d{1,2})?|\d{1,9}(?:[.,]\d{1,8})?)|(\d{1,3}(?:[ .]\d{3}){1,3}(?:,\d{1,8})?|\d{1,9}(?:[.,]\d{1,8})?)(?:\s?(mila|mil|k))?\s?(€|\$|£|eur(?:o|os|oa|on|oja|ot)?|usd|dollars?|dollaria?|dollari|dólares|dolarów|dolary|sek|kr|kronor|kroner|nok|dkk|chf|pln|zł|złotych|btc|xmr|monero|eth|ltc|bitcoin(?:ia|eja|ina|s|i|it|id|ów|ow|y)?))(?![\p{L}\p{N}])/gu;

const CURRENCY_CLASS: Readonly<Record<string, string>> = {
  '€': 'eur', eur: 'eur', euro: 'eur', euros: 'eur', euroa: 'eur', euron: 'eur', euroja: 'eur', eurot: 'eur',
  $: 'usd', usd: 'usd', dollar: 'usd', dollars: 'usd', dollari: 'usd', dollaria: 'usd',
  dólares: 'usd', dolarów: 'usd', dolary: 'usd', '£': 'gbp', gbp: 'gbp', sek: 'sek', kr: 'sek', kronor: 'sek', kroner: 'sek', aud: 'aud', cad: 'cad',
  nok: 'nok', dkk: 'dkk', chf: 'chf', pln: 'pln', zł: 'pln', złotych: 'pln',
  btc: 'btc', bitcoin: 'btc', bitcoins: 'btc', bitcoinia: 'btc', bitcoineja: 'btc', bitcoinina: 'btc',
  // Estonian "40 bitcoini", "bitcoinid"; Polish "40 bitcoinów", "2 bitcoiny".
  bitcoini: 'btc', bitcoinit: 'btc', bitcoinid: 'btc', bitcoinów: 'btc', bitcoinow: 'btc', bitcoiny: 'btc',
  xmr: 'xmr', monero: 'xmr', eth: 'eth', ltc: 'ltc',
};

/** "1 900", "1,900" and "1.900" are one number; a decimal part keeps its digits. */
function numberKey(raw: string): string {
  const compact = raw.replace(/ /g, '');
  const grouped = /^\d{1,3}(?:[.,]\d{3})+$/.test(compact);
  if (grouped) return compact.replace(/[.,]/g, '');
  return compact.replace(',', '.').replace(/\.0+$/, '');
}

/** Distinct amounts with a currency, in order of appearance (at most 50). */
export function findAmounts(folded: string): Amount[] {
  const out: Amount[] = [];
  const seen = new Set<string>();
  for (const m of atWordStart(AMOUNT, folded)) {
    const currency = m[1] ?? m[5] ?? '';
    const number = m[2] ?? m[3] ?? '';
    const currencyClass = CURRENCY_CLASS[currency] ?? currency;
    // "300mila euro" is 300 000 €, not 300 €.
    const thousands = m[4] === undefined ? numberKey(number) : String(Number(numberKey(number)) * 1000);
    const key = `${thousands} ${currencyClass}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ text: m[0].trim(), key, currency: currencyClass });
    if (out.length >= 50) break;
  }
  return out;
}

const SPAN =
  /(\d{1,3})\s?-?\s?(h|hrs?|hours?|tunnin|tuntia|tunti|timmar|timmars|timme|days?|päivän|päivää|vuorokauden|vuorokautta|vrk|dagar|dagars|dygn|dygnet|stunden|std|tage|tagen|uur|dagen|heures?|jours?|ore|giorni|horas|días|dias|godzin|godziny|dni|timer|dage|døgn|døgnet|dager|tunni|tundi|päeva)(?![\p{L}\p{N}])/gu;

const DAY_UNITS = new Set([
  'day', 'days', 'päivän', 'päivää', 'vuorokauden', 'vuorokautta', 'vrk', 'dagar', 'dagars', 'dygn', 'dygnet', 'tage', 'tagen',
  'dagen', 'jour', 'jours', 'giorni', 'días', 'dias', 'dni', 'dage', 'døgn', 'døgnet', 'dager', 'päeva',
]);

/** Distinct time spans ("24 hours", "48 tunnin", "2 dagar"), in hours, in order (at most 20). */
export function findTimeSpans(folded: string): TimeSpan[] {
  const out: TimeSpan[] = [];
  const seen = new Set<number>();
  for (const m of atWordStart(SPAN, folded)) {
    const hours = Number(m[1]) * (DAY_UNITS.has(m[2] ?? '') ? 24 : 1);
    if (seen.has(hours)) continue;
    seen.add(hours);
    out.push({ text: m[0].trim(), hours });
    if (out.length >= 20) break;
  }
  return out;
}

// A time span or a date that something must happen within or by. One pattern per language
// family; Finnish puts the postposition after the span ("24 tunnin kuluessa").
export const DEADLINES: readonly RegExp[] = [
  /(?:within|in|next|only|have|got|another|further|additional)\s(?:the\s)?(?:next\s)?(?:\d{1,3}|one|two|three|four|five|six|seven|a)\s?-?\s?(?:h|hrs?|hours?|days?)(?![\p{L}\p{N}])/gu,
  /(?:\d{1,3}|yhden|kahden|kolmen|neljän|viiden|seitsemän)\s(?:tunnin|vuorokauden|päivän)\s(?:kuluessa|sisällä|sisään|aikana|päästä)(?![\p{L}\p{N}])/gu,
  /(?:aikaa|on|vielä)\s(?:\d{1,3}|yksi|kaksi|kolme|neljä|viisi|seitsemän)\s(?:tuntia|vuorokautta|päivää)(?![\p{L}\p{N}])/gu,
  /(?:inom|på|har du|har ni|ytterligare|ytterliggare)\s(?:\d{1,3}|en|ett|två|tre|fyra|fem|sex|sju)\s?(?:h|timmar|timme|dagar|dag|dygn)(?![\p{L}\p{N}])/gu,
  /(?:by|before|until)\s(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|tonight)(?![\p{L}\p{N}])/gu,
  /(?:senast|före|innan)\s(?:måndag|tisdag|onsdag|torsdag|fredag|lördag|söndag|i morgon|imorgon)(?![\p{L}\p{N}])/gu,
  /(?:maanantaihin|tiistaihin|keskiviikkoon|torstaihin|perjantaihin|lauantaihin|sunnuntaihin|huomiseen)\s(?:mennessä)(?![\p{L}\p{N}])/gu,
  /(?:before|by|until|no later than|senast|före|innan|viimeistään|deadline)\s(?:the\s)?(?:\d{1,2}[./]\d{1,2}(?:[./]\d{2,4})?|\d{4}-\d{2}-\d{2}|\d{1,2}(?:st|nd|rd|th)?\s(?:of\s)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december)[a-z]{0,7}|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,7}\s\d{1,2})(?![\p{N}])/gu,
  /\d{1,2}\.\d{1,2}\.(?:\d{2,4})?\s(?:mennessä|klo)(?![\p{L}\p{N}])/gu,
];

/**
 * For each pattern of DEADLINES, words one of which every match contains (a part of a group the
 * pattern cannot do without). A text that holds none of them cannot match, and is not scanned
 * with that pattern: `includes` is a fast search, each pattern a slow one. `null`: the pattern
 * needs nothing that most texts lack ("in", a digit and "h"), so it always runs.
 */
export const DEADLINE_NEEDS: readonly (readonly string[] | null)[] = [
  null,
  ['kuluessa', 'sisällä', 'sisään', 'aikana', 'päästä'],
  ['tuntia', 'vuorokautta', 'päivää'],
  ['inom', 'på', 'har du', 'har ni', 'ytterlig'],
  ['day', 'tomorrow', 'tonight'],
  ['dag', 'morgon'],
  ['mennessä'],
  ['before', 'by', 'until', 'no later than', 'senast', 'före', 'innan', 'viimeistään', 'deadline'],
  ['mennessä', 'klo'],
];

/** Deadline expressions, in the order the patterns list them (at most 10). */
export function findDeadlines(folded: string): string[] {
  const out: string[] = [];
  for (let p = 0; p < DEADLINES.length; p++) {
    const pattern = DEADLINES[p]!;
    const needs = DEADLINE_NEEDS[p];
    if (needs && !needs.some((word) => folded.includes(word))) continue;
    for (const m of atWordStart(pattern, folded)) {
      const text = m[0].trim();
      if (!out.includes(text)) out.push(text);
      if (out.length >= 10) return out;
    }
  }
  return out;
}

// "pay $50", "send 0.2 btc", "send 1300 usd", "maksakaa 500 euroa", "betala 1 900 kronor": a pay verb directly
// followed by an amount is a demand whatever the words around it.
const AMOUNT_DEMAND =
  /(?:pay|send|transfer|maksa|maksakaa|maksat|maksatte|maksamaan|siirrä|lähetä|betala|betalar|skicka|överför|zahlen|zahle|überweisen|senden|betaal|stuur|payez|envoyez|versez|transférez|paga|pagare|invia|pague|envía|zapłać|wpłać|przelej|betal|overfør|makske)\s(?:me\s|us\s|only\s|just\s|the\ssum\sof\s|vain\s|bara\s|sie\s|mir\s|moi\s|mi\s|mig\s|meg\s)?(?:(?:[€$£]|eur|usd|aud|cad|gbp|sek)\s?(?:\d{1,3}(?:[ ,.]\d{3}){1,3}|\d{1,9})|(?:\d{1,3}(?:[ .,]\d{3}){1,3}|\d{1,9})(?:[.,]\d{1,8})?\s?(?:€|\$|£|eur[a-z]{0,3}|usd|dollars?|sek|kr|kronor|btc|xmr|eth|ltc))(?![\p{L}\p{N}])/gu;

/** Pay-verb-plus-amount demands, in order (at most 5). */
export function findAmountDemands(folded: string): string[] {
  const out: string[] = [];
  for (const m of atWordStart(AMOUNT_DEMAND, folded)) {
    const text = m[0].trim();
    if (!out.includes(text)) out.push(text);
    if (out.length >= 5) break;
  }
  return out;
}

// "unless 40 bitcoins are transferred", "wenn nicht 40 Bitcoins überwiesen werden", "als er geen
// 40 bitcoins worden overgemaakt", "si 2 btc ne sont pas…": a condition put on a price in a coin.
// The condition words alone ("unless you object", "als er geen bezwaar is") are every notice's.
const CONDITIONAL_COIN_PRICE =
  /(?:unless|wenn nicht|als er geen|als er niet|om inte|hvis ikke|ellei|jeśli nie|jeżeli nie|si|se|if)\s(?:the\s|die\s|de\s|les\s|i\s)?(?:\d{1,3}(?:[ .,]\d{3}){1,3}|\d{1,9})(?:[.,]\d{1,8})?\s?(?:btc|xmr|eth|ltc|bitcoin(?:s|a|ia|i|ów|ow)?|monero)(?![\p{L}\p{N}])/gu;

/** A condition put on a price in a coin (the first one found), or undefined. */
export function findConditionalCoinPrice(folded: string): string | undefined {
  for (const m of atWordStart(CONDITIONAL_COIN_PRICE, folded)) return m[0].trim();
  return undefined;
}
