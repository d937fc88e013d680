/**
 * One bounded download: https only, a hard byte cap counted while streaming (decompressed
 * bytes, so a gzip bomb stops at the cap), a timeout that aborts well before the browser would
 * kill a service worker, conditional requests with ETag, and every failure classified as a
 * ListError. It returns bytes; it must not parse, verify or store them.
 */
import { listError, listErrors } from '../../core/list/errors';
import type { ListError } from '../../core/list/errors';
import { err, ok } from '../../core/result';
import type { Result } from '../../core/result';
import { checkListUrl } from './url-policy';

/** The subset of `fetch` this module uses, injected so tests and the background choose it. */
export type FetchLike = (input: string, init: RequestInit) => Promise<Response>;

export type FetchCappedOptions = {
  maxBytes: number;
  timeoutMs: number;
  /** ETag of the copy we hold; a 304 answer then means "unchanged". */
  etag?: string;
  fetch: FetchLike;
  /** What is being fetched, for messages ("manifest", "list file"). */
  what?: string;
};

export type Fetched =
  | { kind: 'body'; bytes: Uint8Array; etag: string | undefined; finalUrl: string }
  | { kind: 'not_modified' };

/** A ListError plus the server's Retry-After, which the scheduler honours. */
export type FetchFailure = ListError & { retryAfter?: string };

export async function fetchCapped(url: string, options: FetchCappedOptions): Promise<Result<Fetched, FetchFailure>> {
  const what = options.what ?? 'list';
  const checked = checkListUrl(url);
  if (!checked.ok) return checked;

  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, options.timeoutMs);
  const timeoutError = (): ListError => listErrors.timeout(Math.ceil(options.timeoutMs / 1000), what);

  try {
    let response: Response;
    try {
      response = await options.fetch(checked.value.href, {
        method: 'GET',
        signal: controller.signal,
        redirect: 'follow',
        credentials: 'omit',
        // Always ask the server. Without our own If-None-Match (a host that does not expose ETag
        // to extensions) the browser revalidates its cached copy itself; with it, the browser
        // passes the 304 through to us.
        cache: 'no-cache',
        headers: options.etag !== undefined ? { 'If-None-Match': options.etag } : {},
      });
    } catch (cause) {
      return err(timedOut ? timeoutError() : listErrors.network(describe(cause)));
    }

    // A redirect to plain http (or anywhere that is not allowed) is as bad as starting there.
    if (response.url !== '') {
      const final = checkListUrl(response.url);
      if (!final.ok) {
        controller.abort();
        return final;
      }
    }

    if (response.status === 304) {
      controller.abort();
      return options.etag !== undefined
        ? ok({ kind: 'not_modified' })
        : err(listError('http_status', `The server answered "not modified" for the ${what}, but no copy was asked for.`));
    }
    if (response.status < 200 || response.status > 299) {
      controller.abort();
      const retryAfter = response.headers.get('retry-after') ?? undefined;
      const failure: FetchFailure = listErrors.httpStatus(response.status, what);
      return err(retryAfter !== undefined ? { ...failure, retryAfter } : failure);
    }

    const declared = Number(response.headers.get('content-length') ?? Number.NaN);
    if (Number.isFinite(declared) && declared > options.maxBytes) {
      controller.abort();
      return err(listErrors.tooLarge(what, options.maxBytes));
    }
    if (!response.body) return err(listErrors.malformed(what, 'the response has no body'));

    const reader = response.body.getReader();
    const chunks: Uint8Array[] = [];
    let total = 0;
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        total += value.byteLength;
        if (total > options.maxBytes) {
          controller.abort();
          await reader.cancel().catch(() => undefined);
          return err(listErrors.tooLarge(what, options.maxBytes));
        }
        chunks.push(value);
      }
    } catch (cause) {
      return err(timedOut ? timeoutError() : listErrors.network(`the download of the ${what} broke off: ${describe(cause)}`));
    }

    const bytes = new Uint8Array(total);
    let offset = 0;
    for (const chunk of chunks) {
      bytes.set(chunk, offset);
      offset += chunk.byteLength;
    }
    return ok({ kind: 'body', bytes, etag: response.headers.get('etag') ?? undefined, finalUrl: response.url || checked.value.href });
  } finally {
    clearTimeout(timer);
  }
}

function describe(cause: unknown): string {
  if (cause instanceof Error) {
    const inner = (cause as Error & { cause?: unknown }).cause;
    const detail = inner instanceof Error ? `${cause.message}: ${inner.message}` : cause.message;
    return detail.slice(0, 200);
  }
  return 'unknown error';
}
