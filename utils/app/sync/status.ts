/**
 * What a person (or a helpdesk) sees about each list: which version is in use, how old it is,
 * whether its signature was checked, when it last updated, the last error in plain words, and
 * whether it is stale. Built from the stored state by a pure function; the popup renders it.
 */
import { z } from 'zod';
import { ListErrorSchema } from '../../core/list/errors';
import type { ListSource } from './source';
import { SourceKindSchema } from './source';
import type { SourceState } from './state';

export const SignatureStateSchema = z.enum([
  /** Downloaded, and its signature verified against this source's keys. */
  'verified',
  /** The copy bundled in the extension, verified against the pinned keys when installed. */
  'bundled',
  /** Nothing installed yet. */
  'none',
]);

export const ListStatusSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    kind: SourceKindSchema,
    /** Where updates come from (the manifest's address); absent for a built-in list without one. */
    updateAddress: z.string().optional(),
    listId: z.string().optional(),
    version: z.number().int().optional(),
    /** When the installed version was published (the manifest's generatedAt). */
    generatedAt: z.string().optional(),
    /** Milliseconds since generatedAt. */
    ageMs: z.number().optional(),
    signature: SignatureStateSchema,
    entryCount: z.number().int().nonnegative(),
    /** How long storing the installed version took, in milliseconds. */
    importMs: z.number().nonnegative().optional(),
    lastSuccessAt: z.number().optional(),
    lastAttemptAt: z.number().optional(),
    nextCheckAt: z.number().optional(),
    consecutiveFailures: z.number().int().nonnegative(),
    lastError: ListErrorSchema.optional(),
    /** True once the installed version's signature has expired: still used, but out of date. */
    stale: z.boolean(),
    staleSince: z.string().optional(),
  })
  .strict();

export type ListStatus = z.infer<typeof ListStatusSchema>;
export type SignatureState = z.infer<typeof SignatureStateSchema>;

export function buildListStatus(source: ListSource, state: SourceState | undefined, now: number): ListStatus {
  const installed = state?.installed;
  const generated = installed ? Date.parse(installed.generatedAt) : Number.NaN;
  const expires = installed ? Date.parse(installed.expires) : Number.NaN;
  // A built-in list with no update address changes only with the extension: it cannot go stale.
  const canUpdate = source.manifestUrl !== undefined;
  const stale = installed !== undefined && canUpdate && Number.isFinite(expires) && now >= expires;
  return {
    id: source.id,
    name: source.name,
    kind: source.kind,
    ...(source.manifestUrl !== undefined ? { updateAddress: source.manifestUrl } : {}),
    ...(installed
      ? {
          listId: installed.listId,
          version: installed.version,
          generatedAt: installed.generatedAt,
          ...(Number.isFinite(generated) ? { ageMs: Math.max(0, now - generated) } : {}),
        }
      : {}),
    signature: installed === undefined ? 'none' : installed.origin === 'bundled' ? 'bundled' : 'verified',
    entryCount: installed?.entryCount ?? 0,
    ...(installed?.importMs !== undefined ? { importMs: installed.importMs } : {}),
    ...(state?.lastSuccessAt !== undefined ? { lastSuccessAt: state.lastSuccessAt } : {}),
    ...(state?.lastAttemptAt !== undefined ? { lastAttemptAt: state.lastAttemptAt } : {}),
    ...(state?.nextCheckAt !== undefined ? { nextCheckAt: state.nextCheckAt } : {}),
    consecutiveFailures: state?.consecutiveFailures ?? 0,
    ...(state?.lastError !== undefined ? { lastError: state.lastError } : {}),
    stale,
    ...(stale && installed ? { staleSince: installed.expires } : {}),
  };
}
