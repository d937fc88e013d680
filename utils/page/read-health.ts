/**
 * Noticing that a webmail changed under Vahti: a page shows an opened message (the adapter's
 * `openedContainers`) that the adapter cannot turn into a message with a body, or a message
 * whose sender it cannot read. Such a state is reported only once it has lasted `graceMs`, so a
 * page still filling a message in (Proton writes its body frame a moment later) is not reported;
 * a page that is readable again is reported at once. Counts and kinds only, never mail content.
 */
import type { OpenedMessage, ProviderId } from './provider';

export type ReadProblem = 'sender' | 'body';

export interface ReadHealth {
  providerId: ProviderId;
  /** Empty when the page is readable (again). */
  problems: ReadProblem[];
}

/** The containers no found message stands for (neither is inside the other). */
export function unreadContainers(containers: readonly Element[], messages: readonly OpenedMessage[]): Element[] {
  return containers.filter(
    (c) => !messages.some((m) => m.element === c || c.contains(m.element) || m.element.contains(c)),
  );
}

export interface ReadHealthWatch {
  /** Called after each scan with what that scan could not read. */
  observe(providerId: ProviderId, problems: ReadonlySet<ReadProblem>): void;
  stop(): void;
}

export function createReadHealthWatch(options: {
  view: Window;
  graceMs: number;
  report: (health: ReadHealth) => void;
  /** Scans again when the grace time is over, to confirm the problem is still there. */
  rescan: () => void;
}): ReadHealthWatch {
  const { view, graceMs } = options;
  let reported = '';
  let pending: { key: string; since: number } | null = null;
  let timer: number | undefined;

  const clearTimer = () => {
    if (timer !== undefined) view.clearTimeout(timer);
    timer = undefined;
  };

  return {
    observe(providerId, problems) {
      const list = (['body', 'sender'] as const).filter((p) => problems.has(p));
      const key = `${providerId}:${list.join(',')}`;
      if (list.length === 0 || key === reported) {
        pending = null;
        clearTimer();
        if (list.length === 0 && reported && !reported.endsWith(':')) {
          reported = key;
          options.report({ providerId, problems: [] });
        }
        return;
      }
      const now = view.performance.now();
      if (pending?.key !== key) {
        pending = { key, since: now };
        clearTimer();
        timer = view.setTimeout(() => {
          timer = undefined;
          options.rescan();
        }, graceMs + 5); // a little late rather than early, so the rescan sees the grace time over
        return;
      }
      if (now - pending.since >= graceMs) {
        pending = null;
        reported = key;
        options.report({ providerId, problems: list });
      }
    },
    stop: clearTimer,
  };
}
