/**
 * The scan's parse worker: reads and parses the files the main thread names, one at a time,
 * and posts back the features or the error message. It exists so that the main thread can
 * stop a file that takes longer than its time budget (Worker.terminate interrupts even a busy
 * loop) and go on with the next file in a fresh worker. Holds no list and classifies nothing.
 */
import { parentPort } from 'node:worker_threads';
import { MailParseError } from '../../utils/core/mail/eml';
import { readMessage } from './read-message';
import type { WorkerReply, WorkerRequest } from './parse-protocol';

const port = parentPort;
if (port === null) throw new Error('parse-worker.ts runs only as a worker thread');

port.on('message', (request: WorkerRequest) => {
  readMessage(request.file).then(
    (scanned) => port.postMessage({ id: request.id, scanned } satisfies WorkerReply),
    (e: unknown) => {
      // A parse problem is expected input; anything else is a bug, but still one line, not a stack.
      const error = e instanceof MailParseError ? e.message : `unexpected failure: ${e instanceof Error ? e.message : String(e)}`;
      port.postMessage({ id: request.id, error } satisfies WorkerReply);
    },
  );
});
port.postMessage({ ready: true } satisfies WorkerReply);
