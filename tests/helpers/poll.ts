/**
 * Asking a browser again until an answer is the one wanted, for the Firefox e2e tests (puppeteer
 * has no auto-waiting expectations). Each returns the last answer when time runs out, so the
 * test's own assertion says what was wrong.
 */
const INTERVAL_MS = 200;

/** Reads until `want` holds or `timeoutMs` passes; a failing read fails the test at once. */
export async function poll<T>(read: () => Promise<T>, want: (v: T) => boolean, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = await read();
    if (want(v) || Date.now() > deadline) return v;
    await new Promise((r) => setTimeout(r, INTERVAL_MS));
  }
}

/**
 * Like `poll`, for reads that fail while the page is still changing (a frame being replaced, a
 * navigation under way): a failed read counts as "not yet", and the last answer may be undefined.
 */
export async function pollThroughErrors<T>(read: () => Promise<T>, want: (v: T) => boolean, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = await read().catch(() => undefined);
    if ((v !== undefined && want(v)) || Date.now() > deadline) return v as T;
    await new Promise((r) => setTimeout(r, INTERVAL_MS));
  }
}
