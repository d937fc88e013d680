/**
 * One update cycle for one list source: manifest → signature and meaning → list file →
 * length, hash and schema → one atomic install, then the bookkeeping that schedules the next
 * check. Fail-closed for new data (any failed check writes no list data) and fail-safe for
 * protection (the installed list stays). Network, clock, randomness and the store are
 * injected; this module never touches browser APIs.
 */
import { listErrors, type ListError } from '../../core/list/errors';
import { listByteCap, verifyListFile } from '../../core/signing/verify-list';
import { verifyManifest } from '../../core/signing/verify-manifest';
import { SIGNING_LIMITS } from '../../core/signing/manifest';
import { err, ok, type Result } from '../../core/result';
import { fetchCapped, type FetchFailure, type FetchLike } from './fetch-capped';
import { nextCheckAt, parseRetryAfterMs } from './schedule';
import type { ListSource } from './source';
import { emptyState, isAboveFloor, type SourceState } from './state';
import type { CheckRecord, ListStore } from './store';
import { checkListUrl } from './url-policy';

export type SyncDeps = {
  fetch: FetchLike;
  now: () => number;
  random: () => number;
  store: ListStore;
  /** Per download; well under the 30 s after which a browser may kill a waiting worker. */
  timeoutMs?: number;
};

export type SyncOutcome =
  | { kind: 'installed'; version: number; keyEpoch: number }
  | { kind: 'up_to_date'; version: number | undefined }
  | { kind: 'skipped'; reason: string }
  | { kind: 'failed'; error: ListError };

export const DEFAULT_FETCH_TIMEOUT_MS = 20_000;

const errorDetail = (cause: unknown): string => (cause instanceof Error ? `${cause.name}: ${cause.message}` : String(cause)).slice(0, 200);

type CheckResult = { kind: 'installed' | 'up_to_date'; version: number; keyEpoch: number; minWaitSeconds: number; etag: string | undefined };

/** True when what is installed is below the floor (after corruption recovery): the floor version must be fetched again. */
function installedBelowFloor(state: SourceState): boolean {
  if (state.floor === undefined) return false;
  const installed = state.installed;
  return installed === undefined || isAboveFloor(state.floor, { keyEpoch: installed.keyEpoch, version: installed.version });
}

async function check(source: ListSource, manifestUrl: string, state: SourceState, deps: SyncDeps, now: number): Promise<Result<CheckResult, FetchFailure>> {
  const timeoutMs = deps.timeoutMs ?? DEFAULT_FETCH_TIMEOUT_MS;
  const mustRefetch = installedBelowFloor(state);
  const manifestFetch = await fetchCapped(manifestUrl, {
    maxBytes: SIGNING_LIMITS.manifestBytes,
    timeoutMs,
    etag: !mustRefetch && state.manifestBytes !== undefined ? state.etag : undefined,
    fetch: deps.fetch,
    what: 'manifest',
  });
  if (!manifestFetch.ok) return manifestFetch;

  // 304: the server still serves the manifest we hold. Re-verify it, so that an expired one
  // (a frozen server) is reported instead of silently counted as "up to date".
  const unchanged = manifestFetch.value.kind === 'not_modified';
  const manifestBytes = manifestFetch.value.kind === 'body' ? manifestFetch.value.bytes : state.manifestBytes;
  if (manifestBytes === undefined) return err({ code: 'http_status', message: 'The server answered "not modified", but no manifest is stored.' });
  const etag = manifestFetch.value.kind === 'body' ? manifestFetch.value.etag : state.etag;
  const baseUrl = manifestFetch.value.kind === 'body' ? manifestFetch.value.finalUrl : manifestUrl;

  const verified = await verifyManifest(manifestBytes, source.trust, { now: new Date(now), floor: state.floor ?? null });
  if (!verified.ok) return verified;
  const manifest = verified.value.payload;
  const summary = { version: manifest.version, keyEpoch: manifest.keyEpoch, minWaitSeconds: manifest.minWaitSeconds, etag };
  if (unchanged || (verified.value.status === 'up_to_date' && !mustRefetch)) return ok({ kind: 'up_to_date', ...summary });

  const listUrl = new URL(manifest.list.path, baseUrl).href;
  const listUrlOk = checkListUrl(listUrl);
  if (!listUrlOk.ok) return listUrlOk;
  const listFetch = await fetchCapped(listUrl, { maxBytes: listByteCap(manifest), timeoutMs, fetch: deps.fetch, what: 'list file' });
  if (!listFetch.ok) return listFetch;
  if (listFetch.value.kind !== 'body') return err({ code: 'http_status', message: 'The server answered "not modified" for the list file.' });

  const list = await verifyListFile(manifest, listFetch.value.bytes);
  if (!list.ok) return list;

  let installed: Awaited<ReturnType<ListStore['install']>>;
  try {
    installed = await deps.store.install({
      sourceId: source.id,
      list: list.value,
      manifest,
      manifestBytes,
      etag,
      origin: 'network',
      now,
    });
  } catch (cause) {
    // Quota, a closed or blocked database: the install is one transaction, so nothing was kept.
    return err(listErrors.storage(errorDetail(cause)));
  }
  return ok({ kind: installed === 'installed' ? 'installed' : 'up_to_date', ...summary });
}

/** The bookkeeping after a check: pure, so backoff and status rules are testable alone. */
export function recordAfterCheck(state: SourceState, result: Result<CheckResult, FetchFailure>, now: number, rand: number): CheckRecord {
  if (result.ok) {
    return {
      checkStartedAt: undefined,
      lastAttemptAt: now,
      lastSuccessAt: now,
      consecutiveFailures: 0,
      lastError: undefined,
      lastErrorAt: undefined,
      notBefore: undefined,
      etag: result.value.etag,
      nextCheckAt: nextCheckAt(now, { ok: true, minWaitSeconds: result.value.minWaitSeconds }, rand),
    };
  }
  const { retryAfter, ...error } = result.error;
  const consecutiveFailures = state.consecutiveFailures + 1;
  const retryAfterMs = parseRetryAfterMs(retryAfter, now);
  return {
    checkStartedAt: undefined,
    lastAttemptAt: now,
    consecutiveFailures,
    lastError: error,
    lastErrorAt: now,
    notBefore: retryAfterMs !== undefined ? now + retryAfterMs : undefined,
    nextCheckAt: nextCheckAt(now, { ok: false, consecutiveFailures, retryAfter }, rand),
  };
}

export async function syncSource(source: ListSource, deps: SyncDeps): Promise<SyncOutcome> {
  if (source.manifestUrl === undefined) return { kind: 'skipped', reason: 'this list has no update address' };
  const now = deps.now();
  const state = (await deps.store.getState(source.id)) ?? emptyState(source.id);
  await deps.store.recordCheck(source.id, { checkStartedAt: now });
  let result: Result<CheckResult, FetchFailure>;
  try {
    result = await check(source, source.manifestUrl, state, deps, now);
  } catch (cause) {
    // Whatever else goes wrong must still end in a status a person can read.
    result = err(listErrors.internal(errorDetail(cause)));
  }
  await deps.store.recordCheck(source.id, recordAfterCheck(state, result, now, deps.random()));
  if (!result.ok) {
    const { retryAfter: _retryAfter, ...error } = result.error;
    return { kind: 'failed', error };
  }
  return result.value.kind === 'installed'
    ? { kind: 'installed', version: result.value.version, keyEpoch: result.value.keyEpoch }
    : { kind: 'up_to_date', version: result.value.version };
}
