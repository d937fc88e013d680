/**
 * Runs tasks one at a time, in the order they were queued. Used where two overlapping runs of
 * the same job would conflict (registering a content script twice, a quick second policy change
 * overtaken by the first). A failed task reports to `onError` and does not stop the queue.
 */
export function serialQueue(onError: (cause: unknown) => void): (task: () => Promise<void>) => Promise<void> {
  let tail = Promise.resolve();
  return (task) => {
    tail = tail.then(task).catch(onError);
    return tail;
  };
}
