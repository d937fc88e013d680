/**
 * When to ask a list server again: Safe Browsing's backoff on errors, the server's Retry-After,
 * the manifest's minimum wait on success, jitter so installations do not arrive together, and
 * the limit on the manual "check now". Pure arithmetic on injected time and randomness; it must
 * not set alarms or read storage.
 */
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

export const SCHEDULE = {
  backoffBaseMs: 15 * MINUTE,
  maxDelayMs: 24 * HOUR,
  /** Used until a manifest names its own minimum wait. */
  defaultPeriodMs: 6 * HOUR,
  /** No list is polled more often than this, whatever a manifest says. */
  minPeriodMs: 1 * HOUR,
  /** Extra random share added to a success period. */
  periodJitter: 0.1,
  /** A manual check is allowed once per this interval per source. */
  manualGapMs: 5 * MINUTE,
  /** First check after install or wake: a random moment in the first minute. */
  firstCheckMaxMs: 1 * MINUTE,
} as const;

/** Safe Browsing v4: min(2^(n-1) * 15 min * (1 + rand), 24 h), n = consecutive failures ≥ 1. */
export function backoffDelayMs(consecutiveFailures: number, rand: number): number {
  const n = Math.max(1, Math.floor(consecutiveFailures));
  // 2^(n-1) overflows into Infinity long after the cap; the cap still applies.
  return Math.min(2 ** (n - 1) * SCHEDULE.backoffBaseMs * (1 + clampRand(rand)), SCHEDULE.maxDelayMs);
}

/** Retry-After as delta-seconds or an HTTP date; undefined when absent or unreadable. */
export function parseRetryAfterMs(header: string | undefined, nowMs: number): number | undefined {
  if (header === undefined) return undefined;
  const trimmed = header.trim();
  if (/^\d+$/.test(trimmed)) return Math.min(Number(trimmed) * 1000, SCHEDULE.maxDelayMs);
  const at = Date.parse(trimmed);
  if (Number.isNaN(at)) return undefined;
  return Math.min(Math.max(0, at - nowMs), SCHEDULE.maxDelayMs);
}

export type CheckOutcome =
  | { ok: true; minWaitSeconds: number | undefined }
  | { ok: false; consecutiveFailures: number; retryAfter?: string };

/** The time of the next automatic check after a check that ended with `outcome`. */
export function nextCheckAt(nowMs: number, outcome: CheckOutcome, rand: number): number {
  if (outcome.ok) {
    const wanted = outcome.minWaitSeconds !== undefined ? outcome.minWaitSeconds * 1000 : SCHEDULE.defaultPeriodMs;
    const period = Math.min(Math.max(wanted, SCHEDULE.minPeriodMs), SCHEDULE.maxDelayMs);
    return nowMs + period * (1 + SCHEDULE.periodJitter * clampRand(rand));
  }
  const backoff = backoffDelayMs(outcome.consecutiveFailures, rand);
  const retryAfter = parseRetryAfterMs(outcome.retryAfter, nowMs) ?? 0;
  return nowMs + Math.max(backoff, retryAfter);
}

export type ManualCheckDecision = { allowed: true } | { allowed: false; retryInMs: number };

/**
 * A person may press "check now" once per `manualGapMs`, and not while the server has asked us
 * to wait (Retry-After) or while backing off from a server error — pressing repeatedly must not
 * turn into hammering a struggling server.
 */
export function manualCheckDecision(
  nowMs: number,
  state: { lastManualCheckAt: number | undefined; notBefore: number | undefined },
): ManualCheckDecision {
  const gapEnds = state.lastManualCheckAt !== undefined ? state.lastManualCheckAt + SCHEDULE.manualGapMs : 0;
  const until = Math.max(gapEnds, state.notBefore ?? 0);
  return until > nowMs ? { allowed: false, retryInMs: until - nowMs } : { allowed: true };
}

export function firstCheckDelayMs(rand: number): number {
  return SCHEDULE.firstCheckMaxMs * clampRand(rand);
}

function clampRand(rand: number): number {
  return Number.isFinite(rand) ? Math.min(Math.max(rand, 0), 1) : 0;
}
