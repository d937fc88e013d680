import { describe, expect, it } from 'vitest';
import { SignatureListSchema } from '../../../utils/core/list/schema';

const minimal = {
  schema: 1,
  listId: 'test-list',
  version: 1,
  name: 'Test list',
  campaigns: [
    { id: 'c1', name: 'Campaign', languages: ['en'], severity: 'high', firstSeen: '2020-10-24' },
  ],
};

describe('SignatureListSchema', () => {
  it('accepts a minimal list and fills defaults', () => {
    const list = SignatureListSchema.parse(minimal);
    expect(list.senders).toEqual([]);
    expect(list.campaigns[0]?.guidance).toEqual([]);
  });

  it('rejects unknown keys, so a typo cannot silently disable a rule', () => {
    const result = SignatureListSchema.safeParse({ ...minimal, sender: [] });
    expect(result.success).toBe(false);
  });

  it('rejects a version that is not a safe integer', () => {
    expect(SignatureListSchema.safeParse({ ...minimal, version: 2 ** 53 }).success).toBe(false);
  });

  it('rejects a phrase group that can never be satisfied', () => {
    const list = {
      ...minimal,
      signatures: [{ id: 's1', campaign: 'c1', language: 'en', groups: [{ atLeast: 3, phrases: ['a b c', 'd e f'] }] }],
    };
    const result = SignatureListSchema.safeParse(list);
    expect(result.success).toBe(false);
    expect(JSON.stringify(result.error?.issues)).toContain('never match');
  });
});
