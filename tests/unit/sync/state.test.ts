import { describe, expect, it } from 'vitest';
import { bucketCountFor, bucketOf, digestOf, rowsIn, splitList, toBuckets } from '../../../utils/app/sync/entries';
import { isAboveFloor, maxFloor } from '../../../utils/app/sync/state';
import { recordAfterCheck } from '../../../utils/app/sync/sync-source';
import { SignatureListSchema } from '../../../utils/core/list/schema';
import { ListStatusSchema, buildListStatus } from '../../../utils/app/sync/status';

describe('version floor', () => {
  it('orders by key epoch first, then version', () => {
    expect(isAboveFloor({ keyEpoch: 1, version: 6 }, { keyEpoch: 1, version: 5 })).toBe(true);
    expect(isAboveFloor({ keyEpoch: 1, version: 5 }, { keyEpoch: 1, version: 5 })).toBe(false);
    expect(isAboveFloor({ keyEpoch: 2, version: 1 }, { keyEpoch: 1, version: 9e15 })).toBe(true);
    expect(isAboveFloor({ keyEpoch: 1, version: 9e15 }, { keyEpoch: 2, version: 0 })).toBe(false);
    expect(isAboveFloor({ keyEpoch: 1, version: 0 }, undefined)).toBe(true);
    expect(maxFloor({ keyEpoch: 1, version: 7 }, { keyEpoch: 1, version: 3 })).toEqual({ keyEpoch: 1, version: 7 });
    expect(maxFloor(undefined, { keyEpoch: 1, version: 3 })).toEqual({ keyEpoch: 1, version: 3 });
  });
});

describe('bookkeeping after a check', () => {
  const state = { sourceId: 's', consecutiveFailures: 2 };
  it('a failure counts up, records the error without Retry-After, and backs off', () => {
    const r = recordAfterCheck(state, { ok: false, error: { code: 'http_status', message: 'HTTP 503', retryAfter: '600' } }, 1000, 0);
    expect(r).toMatchObject({ consecutiveFailures: 3, lastError: { code: 'http_status', message: 'HTTP 503' }, notBefore: 601_000 });
    expect(r.lastError).not.toHaveProperty('retryAfter');
    expect(r.nextCheckAt).toBe(1000 + 60 * 60_000);
  });
  it('a success resets failures and clears the error', () => {
    const r = recordAfterCheck(state, { ok: true, value: { kind: 'up_to_date', version: 3, keyEpoch: 1, minWaitSeconds: 7200, etag: '"e"' } }, 0, 0);
    expect(r).toMatchObject({ consecutiveFailures: 0, lastSuccessAt: 0, etag: '"e"', nextCheckAt: 7_200_000 });
    expect('lastError' in r && r.lastError === undefined).toBe(true);
  });
});

describe('list layout and digest', () => {
  const list = SignatureListSchema.parse({
    schema: 1,
    listId: 'x',
    version: 1,
    name: 'X',
    campaigns: [{ id: 'c', name: 'C', languages: ['en'], severity: 'high', firstSeen: '2020-01-01' }],
    senders: [
      { campaign: 'c', match: 'address', value: 'Bad@Scam-Mailer.example' },
      { campaign: 'c', match: 'domain', value: 'scam-mailer.example' },
      { campaign: 'c', match: 'display-name', value: 'Vastaamo*' },
    ],
    payments: [{ campaign: 'c', coin: 'btc', address: '16Sg7k6eZaQ9WZifokXMZnUEDdDRo6dyiu' }],
  });

  it('puts exact entries in rows and keeps display names and signatures in the text part', () => {
    const { rows, text } = splitList(list);
    expect(rows.map((r) => r.key).sort()).toEqual(['btc:16Sg7k6eZaQ9WZifokXMZnUEDdDRo6dyiu', 'domain:scam-mailer.example', 'sender:bad@scam-mailer.example']);
    expect(text.payments).toEqual([]);
    expect(text.senders).toEqual([{ campaign: 'c', match: 'display-name', value: 'Vastaamo*' }]);
  });

  it('the digest ignores row order but sees any changed, missing or extra row', () => {
    const { rows, text } = splitList(list);
    const json = JSON.stringify(text);
    const d = digestOf(rows, json);
    expect(digestOf([...rows].reverse(), json)).toBe(d);
    expect(digestOf(rows.slice(1), json)).not.toBe(d);
    expect(digestOf([...rows, rows[0]!], json)).not.toBe(d);
    expect(digestOf(rows.map((r, i) => (i === 0 ? { ...r, key: r.key + 'x' } : r)), json)).not.toBe(d);
    expect(digestOf(rows, json.replace('Vastaamo', 'Vastaamx'))).not.toBe(d);
  });
});

describe('list status', () => {
  const source = { id: 'user-x', name: 'X list', kind: 'user' as const, manifestUrl: 'https://lists.example/m.json', trust: { listId: 'x', keyEpoch: 1, keys: [{ publicKey: 'r/WRHV4rftavJlAB2QRYe770MzWFNKGd/sL3xl7eiBY=' }], threshold: 1 } };
  const installed = {
    listId: 'x', name: 'X', keyEpoch: 1, version: 4, generatedAt: '2026-01-01T00:00:00.000Z', expires: '2026-01-15T00:00:00.000Z',
    sha256: 'a'.repeat(64), entryCount: 10, bucketCount: 1, digest: 'd', installedAt: 0, origin: 'network' as const,
  };
  it('reports version, age, signature and a stale flag after expiry', () => {
    const fresh = buildListStatus(source, { sourceId: 'user-x', consecutiveFailures: 0, installed }, Date.parse('2026-01-02T00:00:00Z'));
    expect(fresh).toMatchObject({ version: 4, signature: 'verified', stale: false, ageMs: 86400_000, entryCount: 10 });
    const error = { code: 'expired' as const, message: 'The list expired.' };
    const old = buildListStatus(source, { sourceId: 'user-x', consecutiveFailures: 3, installed, lastError: error }, Date.parse('2026-02-01T00:00:00Z'));
    expect(old).toMatchObject({ stale: true, staleSince: installed.expires, lastError: error, consecutiveFailures: 3 });
    expect(ListStatusSchema.parse(old)).toEqual(old);
  });
  it('a built-in list without an update address never goes stale; nothing installed is "none"', () => {
    const builtin = { ...source, kind: 'builtin' as const, manifestUrl: undefined };
    expect(buildListStatus(builtin, { sourceId: 'd', consecutiveFailures: 0, installed: { ...installed, origin: 'bundled' } }, Date.parse('2027-01-01T00:00:00Z'))).toMatchObject({ stale: false, signature: 'bundled' });
    expect(buildListStatus(source, undefined, 0)).toMatchObject({ signature: 'none', entryCount: 0, stale: false });
  });
});

describe('buckets', () => {
  it('spread keys stably and keep every row exactly once', () => {
    const rows = Array.from({ length: 5000 }, (_, i) => ({ key: `btc:addr${i}`, campaignId: `c${i % 3}` }));
    const count = bucketCountFor(rows.length);
    expect(count).toBe(13);
    const buckets = toBuckets(rows, count);
    expect(buckets.reduce((n, b) => n + b.keys.length, 0)).toBe(rows.length);
    for (const b of buckets) {
      for (const row of rowsIn(b)) expect(bucketOf(row.key, count)).toBe(b.bucket);
      // Roughly even: no bucket holds more than twice its share.
      expect(b.keys.length).toBeLessThan((2 * rows.length) / count);
    }
    expect(bucketOf('btc:addr1', count)).toBe(bucketOf('btc:addr1', count));
    expect(bucketCountFor(0)).toBe(1);
    expect(bucketCountFor(10_000_000)).toBe(4096);
  });
});
