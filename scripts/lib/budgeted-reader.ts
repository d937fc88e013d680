/**
 * Reads scan files in a worker thread with a time budget per file. The caps in
 * mime-bounds.ts keep every known input fast, but the parser is a dependency and the next
 * slow input is not known yet: a helpdesk scanning a folder must still get through it. A file
 * that is not done within the budget gets an error, its worker is stopped, and the next file
 * starts in a new one. The budget starts when the worker begins the file, not while a new
 * worker starts up.
 */
import { Worker } from 'node:worker_threads';
import { MailParseError } from '../../utils/core/mail/eml';
import type { WorkerReply } from './parse-protocol';
import { readMessage, type Scanned } from './read-message';

export const DEFAULT_FILE_BUDGET_MS = 30_000;

// The worker is TypeScript like the rest of the tools; its entry registers the loader first.
const WORKER_URL = new URL('./parse-worker-entry.mjs', import.meta.url);

export type ReadResult = { scanned: Scanned } | { error: string };

export class BudgetedReader {
  private worker: Worker | null = null;
  private ready: Promise<Worker> | null = null;
  private nextId = 1;
  /** Set when no worker could be started: files are then read on the main thread, unbudgeted. */
  private inProcess = false;

  constructor(
    private readonly budgetMs: number,
    private readonly warn: (line: string) => void,
  ) {}

  /** Without a worker the scan still works, only without the time budget; it says so once. */
  private async readInProcess(file: string): Promise<ReadResult> {
    try {
      return { scanned: await readMessage(file) };
    } catch (e) {
      return { error: e instanceof MailParseError ? e.message : `unexpected failure: ${e instanceof Error ? e.message : String(e)}` };
    }
  }

  private start(): Promise<Worker> {
    if (this.ready) return this.ready;
    const worker = new Worker(WORKER_URL);
    // The worker must not keep the process alive once the scan is done.
    worker.unref();
    this.worker = worker;
    this.ready = new Promise((resolve, reject) => {
      const onMessage = (m: WorkerReply): void => {
        if (!('ready' in m)) return;
        worker.off('message', onMessage);
        worker.off('error', reject);
        resolve(worker);
      };
      worker.on('message', onMessage);
      worker.once('error', reject);
    });
    return this.ready;
  }

  private async stop(): Promise<void> {
    const worker = this.worker;
    this.worker = null;
    this.ready = null;
    if (worker) await worker.terminate();
  }

  async read(file: string): Promise<ReadResult> {
    if (this.inProcess) return this.readInProcess(file);
    let worker: Worker;
    try {
      worker = await this.start();
    } catch (e) {
      this.inProcess = true;
      await this.stop();
      this.warn(`scan: warning: no parse worker (${e instanceof Error ? e.message : String(e)}); files are read without a time limit`);
      return this.readInProcess(file);
    }
    const id = this.nextId++;
    let timer: NodeJS.Timeout | undefined;
    const reply = new Promise<ReadResult | 'timeout' | { crashed: string }>((resolve) => {
      const onMessage = (m: WorkerReply): void => {
        if ('ready' in m || m.id !== id) return;
        done();
        resolve('scanned' in m ? { scanned: m.scanned } : { error: m.error });
      };
      const onError = (e: Error): void => {
        done();
        resolve({ crashed: e.message });
      };
      const done = (): void => {
        clearTimeout(timer);
        worker.off('message', onMessage);
        worker.off('error', onError);
      };
      worker.on('message', onMessage);
      worker.once('error', onError);
      timer = setTimeout(() => {
        done();
        resolve('timeout');
      }, this.budgetMs);
      worker.postMessage({ id, file });
    });
    const result = await reply;
    if (result === 'timeout') {
      await this.stop();
      const seconds = this.budgetMs / 1000;
      return { error: `took longer than ${seconds.toLocaleString('en')} s to read, so it was stopped (the other files are still scanned; --time-limit sets the budget)` };
    }
    if ('crashed' in result) {
      // Out of memory or a bug in the parser: this file only; the next one gets a new worker.
      await this.stop();
      return { error: `unexpected failure while reading: ${result.crashed}` };
    }
    return result;
  }

  async close(): Promise<void> {
    await this.stop();
  }
}
