/**
 * A real list server for sync tests: node:http on 127.0.0.1 with scripted replies per path and
 * the faults a list client meets in the wild (connection reset, 5xx with Retry-After, a body that
 * stalls, an endless chunked body, a truncated body, captive-portal HTML with 200, redirects).
 * It serves whatever bytes a test hands it; it knows nothing about manifests or signing.
 */
import { createServer } from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import type { AddressInfo } from 'node:net';
import { Readable } from 'node:stream';

export type Reply =
  /** A normal response. With `etag`, a matching `If-None-Match` gets 304. */
  | { kind: 'body'; body: Uint8Array | string; status?: number; headers?: Record<string, string>; etag?: string }
  /** Drop the TCP connection without any response. */
  | { kind: 'reset' }
  /** Announce the full length, send only the first `sendBytes`, then drop the connection. */
  | { kind: 'truncate'; body: Uint8Array | string; sendBytes: number }
  /** Send the first `sendBytes` and then nothing until the server closes or `release()` is called. */
  | { kind: 'stall'; body: Uint8Array | string; sendBytes: number }
  /** A chunked body that never ends (until the client aborts). */
  | { kind: 'endless'; chunkBytes?: number }
  | { kind: 'redirect'; location: string; status?: number };

export type RequestRecord = { path: string; ifNoneMatch: string | undefined; at: number };

export type ListServer = {
  /** e.g. `http://127.0.0.1:41234` */
  origin: string;
  url: (path: string) => string;
  /** The reply for every later request to `path` (replaces any queue). */
  set: (path: string, reply: Reply) => void;
  /** Replies used once each, in order, before falling back to the `set` reply. */
  queue: (path: string, ...replies: Reply[]) => void;
  /** Let stalled responses finish sending their bodies. */
  release: () => void;
  requests: RequestRecord[];
  close: () => Promise<void>;
};

const toBytes = (body: Uint8Array | string): Buffer =>
  typeof body === 'string' ? Buffer.from(body, 'utf8') : Buffer.from(body);

export const CAPTIVE_PORTAL_HTML =
  '<!DOCTYPE html><html><head><title>Hotel Wi-Fi</title></head><body><form>Accept the terms to continue</form></body></html>';

export async function startListServer(): Promise<ListServer> {
  const fixed = new Map<string, Reply>();
  const queued = new Map<string, Reply[]>();
  const sockets = new Set<Socket>();
  const stalled = new Set<() => void>();
  const requests: RequestRecord[] = [];

  const replyFor = (path: string): Reply | undefined => {
    const q = queued.get(path);
    if (q && q.length > 0) return q.shift();
    return fixed.get(path);
  };

  const handle = (req: IncomingMessage, res: ServerResponse): void => {
    // As a list host should (threat model §3.1): public data, readable from an extension without
    // host permissions; ETag exposed and If-None-Match allowed so conditional requests work.
    res.setHeader('access-control-allow-origin', '*');
    res.setHeader('access-control-expose-headers', 'ETag, Retry-After');
    if (req.method === 'OPTIONS') {
      res.writeHead(204, { 'access-control-allow-headers': 'If-None-Match', 'access-control-max-age': '600' }).end();
      return;
    }
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    const ifNoneMatch = req.headers['if-none-match'];
    requests.push({ path, ifNoneMatch, at: Date.now() });
    const reply = replyFor(path);
    if (!reply) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    switch (reply.kind) {
      case 'body': {
        if (reply.etag !== undefined && ifNoneMatch === reply.etag) {
          res.writeHead(304, { etag: reply.etag }).end();
          return;
        }
        const bytes = toBytes(reply.body);
        res.writeHead(reply.status ?? 200, {
          'content-type': 'application/json',
          'content-length': String(bytes.length),
          ...(reply.etag !== undefined ? { etag: reply.etag } : {}),
          ...reply.headers,
        });
        res.end(bytes);
        return;
      }
      case 'reset':
        req.socket.destroy();
        return;
      case 'truncate': {
        const bytes = toBytes(reply.body);
        res.writeHead(200, { 'content-type': 'application/json', 'content-length': String(bytes.length) });
        const partial = new Readable({ read() {} });
        partial.push(bytes.subarray(0, reply.sendBytes));
        partial.pipe(res);
        // Give the bytes a moment to leave before the connection drops.
        setTimeout(() => req.socket.destroy(), 50);
        return;
      }
      case 'stall': {
        const bytes = toBytes(reply.body);
        res.writeHead(200, { 'content-type': 'application/json', 'content-length': String(bytes.length) });
        const slow = new Readable({ read() {} });
        slow.push(bytes.subarray(0, reply.sendBytes));
        slow.pipe(res);
        const finish = (): void => {
          stalled.delete(finish);
          if (res.destroyed) return;
          slow.push(bytes.subarray(reply.sendBytes));
          slow.push(null);
        };
        stalled.add(finish);
        res.on('close', () => stalled.delete(finish));
        return;
      }
      case 'endless': {
        res.writeHead(200, { 'content-type': 'application/json' });
        const chunk = Buffer.alloc(reply.chunkBytes ?? 16 * 1024, 0x61);
        // pipe() applies back-pressure, so memory stays flat however long the client reads.
        const endless = new Readable({
          read() {
            this.push(chunk);
          },
        });
        endless.pipe(res);
        res.on('close', () => endless.destroy());
        return;
      }
      case 'redirect':
        res.writeHead(reply.status ?? 302, { location: reply.location }).end();
        return;
    }
  };

  const server = createServer(handle);
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;

  return {
    origin,
    url: (path) => origin + path,
    set: (path, reply) => {
      fixed.set(path, reply);
      queued.delete(path);
    },
    queue: (path, ...replies) => {
      queued.set(path, [...(queued.get(path) ?? []), ...replies]);
    },
    release: () => {
      for (const finish of [...stalled]) finish();
    },
    requests,
    close: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
