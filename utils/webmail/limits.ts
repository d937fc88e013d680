/**
 * The size limits of `MessageFeatures`, copied as plain numbers so that the content script does
 * not bundle zod (the schema module builds zod objects at load). A unit test keeps them equal
 * to `FEATURE_LIMITS` in `utils/engine/features.ts`.
 */
export const LIMITS = {
  address: 320,
  name: 256,
  subject: 2_000,
  bodyText: 512 * 1024,
  link: 2_048,
  links: 1_000,
} as const;
