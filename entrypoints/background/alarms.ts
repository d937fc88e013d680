/**
 * The sync alarm. Alarms may not survive a browser restart, so it is re-created at every worker
 * start; an hourly period is a safety net if a wake is ever missed. Only timing, no sync logic.
 */
import { browser } from 'wxt/browser';

export const SYNC_ALARM = 'vahti-list-sync';
/** Browsers refuse alarms sooner than 30 s in packed extensions. */
const MIN_DELAY_MS = 30_000;

export async function scheduleSyncAlarm(at: number, now = Date.now()): Promise<void> {
  await browser.alarms.create(SYNC_ALARM, { when: Math.max(at, now + MIN_DELAY_MS), periodInMinutes: 60 });
}

/** At worker start: make sure an alarm exists (jittered into the next minute when none does). */
export async function ensureSyncAlarm(random: () => number, now = Date.now()): Promise<void> {
  const existing = await browser.alarms.get(SYNC_ALARM);
  if (existing) return;
  await scheduleSyncAlarm(now + MIN_DELAY_MS + random() * 60_000, now);
}
