/**
 * Size limits of the message features that cross from a content script to the background. A
 * module of plain numbers, so that the content script can cut to them without bundling zod.
 */
export const FEATURE_LIMITS = {
  address: 320,
  name: 256,
  subject: 2_000,
  bodyText: 512 * 1024,
  link: 2_048,
  links: 1_000,
} as const;
