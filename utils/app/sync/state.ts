/**
 * What the background remembers about each list source between worker runs: the installed
 * version and its version floor, the signed manifest it came with, a digest to detect local
 * corruption, and the bookkeeping of checks (last success, failures, last error, next check).
 * Read back through the schema, so a damaged record shows as damage instead of as a wrong
 * value. Shapes and pure comparisons only; the store lives in the background.
 */
import { z } from 'zod';
import { ListErrorSchema } from '../../core/list/errors';
import { VersionFloorSchema, type VersionFloor } from '../../core/signing/manifest';

export const InstalledListSchema = z
  .object({
    listId: z.string(),
    name: z.string(),
    keyEpoch: z.number().int(),
    version: z.number().int(),
    generatedAt: z.string(),
    /** The manifest's expiry: after it the list is still used but shown as stale. */
    expires: z.string(),
    minWaitSeconds: z.number().int().optional(),
    sha256: z.string(),
    entryCount: z.number().int().nonnegative(),
    /** How many buckets the exact keys were spread over (see utils/app/sync/entries.ts). */
    bucketCount: z.number().int().min(1),
    /** Digest of the stored rows and text part, checked at worker start. */
    digest: z.string(),
    installedAt: z.number(),
    /** How long writing this version into the store took (diagnostics and benchmarks). */
    importMs: z.number().nonnegative().optional(),
    origin: z.enum(['bundled', 'network']),
  })
  .strict();

export const SourceStateSchema = z
  .object({
    sourceId: z.string(),
    installed: InstalledListSchema.optional(),
    /** Highest version ever accepted for this source: never lowered, not even by the bundled list. */
    floor: VersionFloorSchema.optional(),
    /** The exact signed manifest envelope of the installed version. */
    manifestBytes: z.custom<Uint8Array>((v) => v instanceof Uint8Array, 'expected bytes').optional(),
    etag: z.string().optional(),
    lastAttemptAt: z.number().optional(),
    lastSuccessAt: z.number().optional(),
    consecutiveFailures: z.number().int().nonnegative().default(0),
    lastError: ListErrorSchema.optional(),
    lastErrorAt: z.number().optional(),
    nextCheckAt: z.number().optional(),
    lastManualCheckAt: z.number().optional(),
    /** Set from Retry-After: no check, manual or not, before this time. */
    notBefore: z.number().optional(),
    /**
     * Set when a check starts and cleared when it ends: still set at the next worker start
     * means the worker was killed mid-check, and the check is repeated at once.
     */
    checkStartedAt: z.number().optional(),
  })
  .strict();

export type InstalledList = z.infer<typeof InstalledListSchema>;
export type SourceState = z.infer<typeof SourceStateSchema>;

export const emptyState = (sourceId: string): SourceState => ({ sourceId, consecutiveFailures: 0 });

/** True when `candidate` may replace `current`: a newer key epoch, or the same epoch and a higher version. */
export function isAboveFloor(candidate: VersionFloor, current: VersionFloor | undefined): boolean {
  if (current === undefined) return true;
  if (candidate.keyEpoch !== current.keyEpoch) return candidate.keyEpoch > current.keyEpoch;
  return candidate.version > current.version;
}

/** The higher of two floors (never lowers). */
export function maxFloor(a: VersionFloor | undefined, b: VersionFloor): VersionFloor {
  return a !== undefined && !isAboveFloor(b, a) ? a : b;
}
