/** Messages between the scan and its parse worker (parse-worker.ts, budgeted-reader.ts). */
import type { Scanned } from './read-message';

export type WorkerRequest = { id: number; file: string };

export type WorkerReply = { ready: true } | { id: number; scanned: Scanned } | { id: number; error: string };
