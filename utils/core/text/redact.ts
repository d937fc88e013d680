/**
 * Redacted forms of matched values, for reasons that are shown in the UI and may end up in
 * logs or helpdesk exports. Owns only the shapes; must not decide what gets redacted.
 *
 * A payment address keeps enough characters to compare with the email by eye
 * ("1BoatS…Ttpy"); an email address keeps its first character and its domain
 * ("j…@example.com"), because the domain is what tells a campaign apart and the local part
 * may be the victim's own name. A person's name keeps only its initials.
 */

const ELLIPSIS = '…';

export function redactAddress(address: string): string {
  const s = address.trim();
  if (s.length <= 12) return s.length <= 4 ? ELLIPSIS : `${s.slice(0, 2)}${ELLIPSIS}${s.slice(-2)}`;
  return `${s.slice(0, 6)}${ELLIPSIS}${s.slice(-4)}`;
}

/** A person's name as its initials: "Maija Mäkelä" → "M… M…". */
export function redactName(name: string): string {
  return name
    .trim()
    .split(/\s+/)
    .filter(Boolean)
    .map((word) => `${String.fromCodePoint(word.codePointAt(0)!)}${ELLIPSIS}`)
    .join(' ')
    .slice(0, 200);
}

export function redactEmail(email: string): string {
  const s = email.trim();
  const at = s.lastIndexOf('@');
  if (at === -1) return redactAddress(s);
  const local = s.slice(0, at);
  const domain = s.slice(at + 1);
  const first = local.length > 0 ? String.fromCodePoint(local.codePointAt(0)!) : '';
  return `${first}${ELLIPSIS}@${domain}`.slice(0, 200);
}
