/**
 * A browser query with a time limit. `expect.poll` (vitest 4) awaits its callback without one,
 * and a Playwright query on a frame that the page is replacing can wait for a document that
 * never comes: the test then hangs until its own timeout and says nothing about why. Rejecting
 * instead lets `expect.poll` ask again, and its last failure names the query.
 */
export function within<T>(ms: number, what: string, query: () => Promise<T>): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${what} did not answer within ${ms} ms`)), ms);
    query().then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error instanceof Error ? error : new Error(String(error)));
      },
    );
  });
}

/**
 * The steps a long end-to-end test has passed, printed only when it fails: a test that runs
 * into its timeout says nothing about where it stood. `mark` is cheap enough to leave in.
 */
export function stepTrace() {
  const started = Date.now();
  const steps: string[] = [];
  return {
    mark(step: string) {
      steps.push(`${String(Date.now() - started).padStart(6)} ms  ${step}`);
    },
    report(): string {
      return steps.length === 0 ? 'no step was reached' : `steps reached:\n${steps.join('\n')}`;
    },
  };
}
