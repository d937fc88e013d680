/** Input that cannot be read as an email. The message is meant for a person, as it is. */
export class MailParseError extends Error {
  override readonly name = 'MailParseError';
}
