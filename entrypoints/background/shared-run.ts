/**
 * One run of some start-up work shared by every caller of a worker (a move of stored data into
 * IndexedDB): callers that come while it runs wait for the same run, and a failed run is tried
 * again by the next caller rather than remembered as failed.
 */
export function sharedRun(work: () => Promise<void>): () => Promise<void> {
  let running: Promise<void> | undefined;
  return () =>
    (running ??= work().catch((cause: unknown) => {
      running = undefined;
      throw cause;
    }));
}
