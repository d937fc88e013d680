/**
 * Decodes HTML character references (`&amp;`, `&#228;`, `&#xE4;`) in text and attribute values
 * of email HTML. It knows the named references that occur in mail, not the full HTML table:
 * an unknown name is left as written, which is what a reader would see in the worst case anyway.
 * Must not interpret markup; it only turns references into characters.
 */

const NAMED: Readonly<Record<string, string>> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0',
  shy: '\u00ad', zwnj: '\u200c', zwj: '\u200d', lrm: '\u200e', rlm: '\u200f',
  ensp: '\u2002', emsp: '\u2003', thinsp: '\u2009',
  euro: '€', cent: '¢', pound: '£', yen: '¥', curren: '¤', dollar: '$',
  copy: '©', reg: '®', trade: '™', deg: '°', plusmn: '±', times: '×', divide: '÷',
  sect: '§', para: '¶', middot: '·', bull: '•', hellip: '…', prime: '′',
  ndash: '–', mdash: '—', lsquo: '‘', rsquo: '’', sbquo: '‚', ldquo: '“', rdquo: '”', bdquo: '„',
  laquo: '«', raquo: '»', lsaquo: '‹', rsaquo: '›', iexcl: '¡', iquest: '¿',
  num: '#', excl: '!', percnt: '%', commat: '@', colon: ':', semi: ';', lpar: '(', rpar: ')',
  period: '.', comma: ',', sol: '/', bsol: '\\', lowbar: '_', equals: '=', plus: '+', quest: '?',
  auml: 'ä', Auml: 'Ä', ouml: 'ö', Ouml: 'Ö', uuml: 'ü', Uuml: 'Ü', aring: 'å', Aring: 'Å',
  aelig: 'æ', AElig: 'Æ', oslash: 'ø', Oslash: 'Ø', szlig: 'ß', ccedil: 'ç', Ccedil: 'Ç',
  aacute: 'á', Aacute: 'Á', agrave: 'à', Agrave: 'À', acirc: 'â', atilde: 'ã',
  eacute: 'é', Eacute: 'É', egrave: 'è', Egrave: 'È', ecirc: 'ê', euml: 'ë',
  iacute: 'í', igrave: 'ì', icirc: 'î', iuml: 'ï',
  oacute: 'ó', Oacute: 'Ó', ograve: 'ò', ocirc: 'ô', otilde: 'õ',
  uacute: 'ú', ugrave: 'ù', ucirc: 'û', ntilde: 'ñ', Ntilde: 'Ñ', yacute: 'ý', yuml: 'ÿ',
  scaron: 'š', Scaron: 'Š', zcaron: 'ž', Zcaron: 'Ž',
};

/** Names a browser also decodes without the closing semicolon (legacy references). */
const WITHOUT_SEMICOLON = new Set(['amp', 'lt', 'gt', 'quot', 'nbsp', 'copy', 'reg', 'auml', 'ouml', 'uuml', 'aring', 'Auml', 'Ouml', 'Uuml', 'Aring']);

const LONGEST_NAME = 8;

function isAsciiAlnum(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

function fromCodePoint(cp: number): string {
  // The HTML spec maps NUL, surrogates and out-of-range values to the replacement character.
  if (cp === 0 || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return '\ufffd';
  return String.fromCodePoint(cp);
}

/** Decodes character references; runs in one pass over `s`. */
export function decodeEntities(s: string): string {
  if (!s.includes('&')) return s;
  let out = '';
  let i = 0;
  while (i < s.length) {
    const amp = s.indexOf('&', i);
    if (amp < 0) {
      out += s.slice(i);
      break;
    }
    out += s.slice(i, amp);
    const decoded = decodeAt(s, amp);
    if (decoded) {
      out += decoded.text;
      i = decoded.end;
    } else {
      out += '&';
      i = amp + 1;
    }
  }
  return out;
}

function decodeAt(s: string, amp: number): { text: string; end: number } | null {
  let j = amp + 1;
  if (s[j] === '#') {
    j++;
    const hex = s[j] === 'x' || s[j] === 'X';
    if (hex) j++;
    const start = j;
    let cp = 0;
    // At most 8 digits: enough for any code point, and a cap keeps the number exact.
    while (j < s.length && j - start < 8) {
      const c = s.charCodeAt(j);
      const digit = c >= 48 && c <= 57 ? c - 48 : hex && c >= 97 && c <= 102 ? c - 87 : hex && c >= 65 && c <= 70 ? c - 55 : -1;
      if (digit < 0) break;
      cp = cp * (hex ? 16 : 10) + digit;
      j++;
    }
    if (j === start) return null;
    if (s[j] === ';') j++;
    return { text: fromCodePoint(cp), end: j };
  }
  let end = j;
  while (end < s.length && end - j < LONGEST_NAME + 1 && isAsciiAlnum(s.charCodeAt(end))) end++;
  const name = s.slice(j, end);
  if (s[end] === ';') {
    const value = NAMED[name];
    if (value !== undefined && Object.hasOwn(NAMED, name)) return { text: value, end: end + 1 };
  }
  // Legacy form: the longest known prefix, without a semicolon (`&nbspfoo`, `&amp`).
  for (let k = Math.min(name.length, LONGEST_NAME); k >= 2; k--) {
    const prefix = name.slice(0, k);
    if (WITHOUT_SEMICOLON.has(prefix)) return { text: NAMED[prefix] ?? '', end: j + k };
  }
  return null;
}
