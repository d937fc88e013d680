/**
 * Finds Finnish personal identity codes (henkilötunnus, HETU) in text: DDMMYY, a century sign,
 * a three-digit individual number and a check character. A candidate counts only when its date
 * exists and its check character is right, so order numbers and phone numbers do not pass.
 * It never returns where a code came from beyond its offset, and callers show only `redacted`.
 */

const CHECK_CHARS = '0123456789ABCDEFHJKLMNPRSTUVWXY';

/** Century signs: `+` 1800s; `-` and (since the 2023 reform) Y X W V U 1900s; A and B C D E F 2000s. */
const CENTURY: Readonly<Record<string, number>> = {
  '+': 1800,
  '-': 1900, Y: 1900, X: 1900, W: 1900, V: 1900, U: 1900,
  A: 2000, B: 2000, C: 2000, D: 2000, E: 2000, F: 2000,
};

export type IdentityCode = {
  /** The code as written, upper-cased. Keep it inside the engine; show `redacted` instead. */
  value: string;
  /** Birth date and century sign kept, individual number and check character hidden. */
  redacted: string;
  /** Offset of the code in the searched text. */
  index: number;
};

// Literal pattern: six digits, a century sign, three digits, a check character, not glued to
// other letters or digits. The hyphen accepts the dash variants that NFKC leaves alone.
const CANDIDATE = /(?<![0-9A-Za-z])(\d{6})([-+\u2010\u2011\u2012\u2013\u2212A-FU-Ya-fu-y])(\d{3})([0-9A-Ya-y])(?![0-9A-Za-z])/g;

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** Is `code` (e.g. `131052-308T`) a valid identity code: real date and matching check character? */
export function isValidIdentityCode(code: string): boolean {
  if (code.length !== 11) return false;
  const upper = code.toUpperCase();
  const date = upper.slice(0, 6);
  const sign = upper[6] === '-' ? '-' : upper.charAt(6);
  const individual = upper.slice(7, 10);
  const check = upper.charAt(10);
  if (!/^\d{6}$/.test(date) || !/^\d{3}$/.test(individual)) return false;
  const century = CENTURY[sign];
  if (century === undefined) return false;
  const day = Number(date.slice(0, 2));
  const month = Number(date.slice(2, 4));
  const year = century + Number(date.slice(4, 6));
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return false;
  // 000 and 001 are never issued.
  if (Number(individual) < 2) return false;
  return CHECK_CHARS[Number(date + individual) % 31] === check;
}

/** Shown instead of the code: the birth date stays so a person can recognise whose code it is. */
export function redactIdentityCode(code: string): string {
  return `${code.slice(0, 7).toUpperCase()}****`;
}

/** All valid identity codes in `text`, in order of appearance, without duplicates. */
export function findIdentityCodes(text: string): IdentityCode[] {
  const found: IdentityCode[] = [];
  const seen = new Set<string>();
  for (const m of text.matchAll(CANDIDATE)) {
    const sign = m[2] ?? '';
    // Dash look-alikes are the 1900s hyphen written by a word processor.
    const normalSign = /^[\u2010-\u2013\u2212]$/.test(sign) ? '-' : sign;
    const value = `${m[1]}${normalSign}${m[3]}${m[4]}`.toUpperCase();
    if (!isValidIdentityCode(value) || seen.has(value)) continue;
    seen.add(value);
    found.push({ value, redacted: redactIdentityCode(value), index: m.index ?? 0 });
    if (found.length >= 100) break;
  }
  return found;
}
