/**
 * A password quoted to the reader ("your password is lato2017", "Jeg kender din kode: hund1234"):
 * the password sextortion's proof of access, in any of the lexicons' languages. Finds only a
 * token right after a password word and an optional "is"/colon, that mixes letters and digits
 * (the shape of leaked passwords); never returns the token itself, only that one was quoted.
 * Fixed, bounded patterns: linear in the text.
 */

const PASSWORD_TOKEN =
  /(?:password|passwort|salasana(?:si)?|lösenord(?:et)?|wachtwoord|mot de passe|contraseña|clave|kennwort|hasło|adgangskode|kodeord|passord(?:et)?|parool|din kode|your code)(?: (?:is|was|ist|on|oli|är|var|est|es|era|to|brzmi|er|=))?:? ?([^\s]{4,40})/u;

const LETTER = /\p{L}/u;
const DIGIT = /\p{N}/u;

/** Whether `folded` quotes a password-like token after a password word. */
export function quotesPasswordToken(folded: string): boolean {
  const m = PASSWORD_TOKEN.exec(folded);
  if (m === null) return false;
  const token = m[1]!.replace(/[.,;:!?)"'»]+$/u, '');
  return token.length >= 4 && LETTER.test(token) && DIGIT.test(token) && !token.includes('://');
}
