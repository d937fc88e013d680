// fetchCapped against a real local HTTP server: every fault ends in a classified error.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CAPTIVE_PORTAL_HTML, startListServer } from '../../helpers/list-server';
import type { ListServer } from '../../helpers/list-server';
import { fetchCapped } from '../../../utils/app/sync/fetch-capped';
import { checkListUrl } from '../../../utils/app/sync/url-policy';

let server: ListServer;
beforeAll(async () => {
  server = await startListServer();
});
afterAll(async () => {
  await server.close();
});

const opts = { maxBytes: 64 * 1024, timeoutMs: 2_000, fetch: globalThis.fetch };

describe('fetchCapped', () => {
  it('returns the exact bytes and the ETag', async () => {
    server.set('/ok', { kind: 'body', body: '{"a":1}', etag: '"v1"' });
    const r = await fetchCapped(server.url('/ok'), opts);
    expect(r.ok && r.value.kind === 'body' && new TextDecoder().decode(r.value.bytes)).toBe('{"a":1}');
    expect(r.ok && r.value.kind === 'body' && r.value.etag).toBe('"v1"');
  });

  it('sends If-None-Match and reports 304 as not modified', async () => {
    server.set('/etag', { kind: 'body', body: '{}', etag: '"v7"' });
    const r = await fetchCapped(server.url('/etag'), { ...opts, etag: '"v7"' });
    expect(r).toEqual({ ok: true, value: { kind: 'not_modified' } });
    expect(server.requests.at(-1)?.ifNoneMatch).toBe('"v7"');
  });

  it('treats a 304 it did not ask for as an error', async () => {
    server.set('/304', { kind: 'body', body: '', status: 304 });
    const r = await fetchCapped(server.url('/304'), opts);
    expect(!r.ok && r.error.code).toBe('http_status');
  });

  it('stops an endless chunked body at the cap', async () => {
    server.set('/endless', { kind: 'endless' });
    const r = await fetchCapped(server.url('/endless'), { ...opts, maxBytes: 200_000 });
    expect(!r.ok && r.error.code).toBe('too_large');
  });

  it('refuses a declared length over the cap without reading it', async () => {
    server.set('/big', { kind: 'body', body: 'x'.repeat(70_000) });
    const r = await fetchCapped(server.url('/big'), opts);
    expect(!r.ok && r.error.code).toBe('too_large');
  });

  it('times out on a stalling body', async () => {
    server.set('/stall', { kind: 'stall', body: 'x'.repeat(1000), sendBytes: 10 });
    const started = Date.now();
    const r = await fetchCapped(server.url('/stall'), { ...opts, timeoutMs: 300 });
    expect(!r.ok && r.error.code).toBe('timeout');
    expect(Date.now() - started).toBeLessThan(5_000);
    server.release();
  });

  it('classifies a connection reset and a truncated body as network errors', async () => {
    server.set('/reset', { kind: 'reset' });
    const reset = await fetchCapped(server.url('/reset'), opts);
    expect(!reset.ok && reset.error.code).toBe('network');
    server.set('/trunc', { kind: 'truncate', body: 'y'.repeat(5000), sendBytes: 1000 });
    const trunc = await fetchCapped(server.url('/trunc'), opts);
    expect(!trunc.ok && trunc.error.code).toBe('network');
  });

  it('reports 500 and 503 with Retry-After', async () => {
    server.set('/500', { kind: 'body', body: 'oops', status: 500 });
    const r500 = await fetchCapped(server.url('/500'), opts);
    expect(!r500.ok && r500.error.code).toBe('http_status');
    server.set('/503', { kind: 'body', body: 'busy', status: 503, headers: { 'retry-after': '120' } });
    const r503 = await fetchCapped(server.url('/503'), opts);
    expect(!r503.ok && r503.error).toMatchObject({ code: 'http_status', retryAfter: '120' });
  });

  it('passes a captive portal page through as bytes (the caller rejects it)', async () => {
    server.set('/portal', { kind: 'body', body: CAPTIVE_PORTAL_HTML, headers: { 'content-type': 'text/html' } });
    const r = await fetchCapped(server.url('/portal'), opts);
    expect(r.ok && r.value.kind === 'body' && r.value.bytes.length).toBe(CAPTIVE_PORTAL_HTML.length);
  });

  it('refuses a response whose final URL (after redirects) is plain http', async () => {
    server.set('/moved', { kind: 'body', body: '{}' });
    // Node's fetch cannot reach a non-loopback http host here, so the redirect's end is simulated
    // by reporting the URL a browser would show after following it.
    const redirected = async (input: string, init: RequestInit): Promise<Response> => {
      const response = await fetch(input, init);
      Object.defineProperty(response, 'url', { value: 'http://lists.example/list.json' });
      return response;
    };
    const r = await fetchCapped(server.url('/moved'), { ...opts, fetch: redirected });
    expect(!r.ok && r.error.code).toBe('not_https');
  });

  it('fails with network when nobody listens', async () => {
    const r = await fetchCapped('http://127.0.0.1:1/x', opts);
    expect(!r.ok && r.error.code).toBe('network');
  });
});

describe('checkListUrl', () => {
  it('allows https anywhere and http only on loopback', () => {
    expect(checkListUrl('https://lists.example/m.json').ok).toBe(true);
    expect(checkListUrl('http://127.0.0.1:8080/m.json').ok).toBe(true);
    expect(checkListUrl('http://localhost/m.json').ok).toBe(true);
    expect(checkListUrl('http://[::1]/m.json').ok).toBe(true);
    for (const bad of ['http://lists.example/m.json', 'file:///etc/passwd', 'javascript:alert(1)', 'ftp://x/y']) {
      const r = checkListUrl(bad);
      expect(!r.ok && r.error.code).toBe('not_https');
    }
    const creds = checkListUrl('https://user:pw@lists.example/');
    expect(!creds.ok && creds.error.code).toBe('malformed');
  });
});
