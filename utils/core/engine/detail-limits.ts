/**
 * Size limits of the message details (date, recipients, shown headers) that a webmail content
 * script hands to the warning page for the evidence file. Plain numbers, so that the content
 * script can cut to them without bundling zod; the warning page's schema checks the same limits.
 * All fit inside the evidence input's own limits (`EvidenceInputSchema`).
 */
export const DETAIL_LIMITS = {
  /** The date as the webmail shows it. */
  date: 200,
  /** One recipient, `Name <address>` or either part. */
  recipient: 320,
  recipients: 50,
  headerName: 200,
  headerValue: 2_000,
  headers: 50,
} as const;
