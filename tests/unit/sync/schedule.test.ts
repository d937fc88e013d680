import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  SCHEDULE,
  backoffDelayMs,
  manualCheckDecision,
  nextCheckAt,
  parseRetryAfterMs,
} from '../../../utils/app/sync/schedule';

const MIN = 60_000;
const HOUR = 60 * MIN;

describe('backoff (Safe Browsing formula)', () => {
  it('doubles from 15 minutes and stays within the jitter band', () => {
    expect(backoffDelayMs(1, 0)).toBe(15 * MIN);
    expect(backoffDelayMs(1, 1)).toBe(30 * MIN);
    expect(backoffDelayMs(2, 0)).toBe(30 * MIN);
    expect(backoffDelayMs(3, 0.5)).toBe(60 * MIN * 1.5);
    expect(backoffDelayMs(6, 0)).toBe(8 * HOUR);
  });

  it('caps at 24 hours however many failures, and never returns a broken number', () => {
    expect(backoffDelayMs(7, 0.99)).toBe(24 * HOUR);
    expect(backoffDelayMs(5000, 0)).toBe(24 * HOUR);
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10_000 }), fc.double({ min: 0, max: 1, noNaN: true }), (n, r) => {
        const d = backoffDelayMs(n, r);
        const raw = 2 ** (n - 1) * 15 * MIN;
        return d <= 24 * HOUR && d >= Math.min(raw, 24 * HOUR) && d <= Math.min(raw * 2, 24 * HOUR);
      }),
    );
  });

  it('503 six times in a row: each next check follows the formula, then a success resets to the period', () => {
    const now = 1_000_000;
    const delays = [1, 2, 3, 4, 5, 6, 7].map((n) => nextCheckAt(now, { ok: false, consecutiveFailures: n }, 0) - now);
    expect(delays).toEqual([15, 30, 60, 120, 240, 480, 960].map((m) => m * MIN));
    expect(nextCheckAt(now, { ok: true, minWaitSeconds: 7200 }, 0) - now).toBe(2 * HOUR);
  });
});

describe('Retry-After', () => {
  it('reads seconds and HTTP dates, ignores junk and caps at 24 h', () => {
    const now = Date.parse('2026-01-01T00:00:00Z');
    expect(parseRetryAfterMs('120', now)).toBe(120_000);
    expect(parseRetryAfterMs('Thu, 01 Jan 2026 01:00:00 GMT', now)).toBe(HOUR);
    expect(parseRetryAfterMs('soon', now)).toBeUndefined();
    expect(parseRetryAfterMs(undefined, now)).toBeUndefined();
    expect(parseRetryAfterMs('99999999', now)).toBe(24 * HOUR);
  });

  it('wins over a shorter backoff', () => {
    const now = 0;
    expect(nextCheckAt(now, { ok: false, consecutiveFailures: 1, retryAfter: '7200' }, 0)).toBe(2 * HOUR);
    expect(nextCheckAt(now, { ok: false, consecutiveFailures: 1, retryAfter: '5' }, 0)).toBe(15 * MIN);
  });
});

describe('success period', () => {
  it("honours the manifest's minimum wait, but never polls more than hourly", () => {
    expect(nextCheckAt(0, { ok: true, minWaitSeconds: 60 }, 0)).toBe(HOUR);
    expect(nextCheckAt(0, { ok: true, minWaitSeconds: 4 * 3600 }, 0)).toBe(4 * HOUR);
    expect(nextCheckAt(0, { ok: true, minWaitSeconds: undefined }, 0)).toBe(SCHEDULE.defaultPeriodMs);
    expect(nextCheckAt(0, { ok: true, minWaitSeconds: 4 * 3600 }, 1)).toBeCloseTo(4 * HOUR * 1.1);
  });
});

describe('manual check', () => {
  it('allows one check per gap and refuses while the server asked us to wait', () => {
    expect(manualCheckDecision(0, { lastManualCheckAt: undefined, notBefore: undefined })).toEqual({ allowed: true });
    expect(manualCheckDecision(MIN, { lastManualCheckAt: 0, notBefore: undefined })).toEqual({
      allowed: false,
      retryInMs: SCHEDULE.manualGapMs - MIN,
    });
    expect(manualCheckDecision(SCHEDULE.manualGapMs, { lastManualCheckAt: 0, notBefore: undefined })).toEqual({
      allowed: true,
    });
    expect(manualCheckDecision(10 * MIN, { lastManualCheckAt: 0, notBefore: HOUR })).toEqual({
      allowed: false,
      retryInMs: 50 * MIN,
    });
  });
});
