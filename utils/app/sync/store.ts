/**
 * The contract between the sync logic and whatever stores lists (Dexie in the background, a
 * map in unit tests). Installing is all-or-nothing and re-checks the version floor inside its
 * transaction, so two syncs racing, or a worker killed mid-way, can never leave a mixed or
 * older list. Types only.
 */
import type { SignatureList } from '../../core/list/schema';
import type { ManifestPayload } from '../../core/signing/manifest';
import type { SourceState } from './state';

export type InstallRequest = {
  sourceId: string;
  /** A list that passed every check (signature, expiry, floor, length, hash, schema). */
  list: SignatureList;
  manifest: ManifestPayload;
  manifestBytes: Uint8Array;
  etag: string | undefined;
  origin: 'bundled' | 'network';
  now: number;
};

/** `superseded`: the store already holds this version or a newer one; nothing was written. */
export type InstallResult = 'installed' | 'superseded';

export type CheckRecord = Partial<
  Pick<
    SourceState,
    | 'lastAttemptAt'
    | 'lastSuccessAt'
    | 'consecutiveFailures'
    | 'lastError'
    | 'lastErrorAt'
    | 'nextCheckAt'
    | 'lastManualCheckAt'
    | 'notBefore'
    | 'checkStartedAt'
    | 'etag'
  >
>;

export interface ListStore {
  getState(sourceId: string): Promise<SourceState | undefined>;
  install(request: InstallRequest): Promise<InstallResult>;
  /** Bookkeeping of a check; never touches the installed list or the floor. A key set to undefined is cleared. */
  recordCheck(sourceId: string, record: CheckRecord): Promise<void>;
}
