import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ManagedPolicySchema, POLICY_FIELDS, POLICY_KEYS } from '../../../utils/app/policy/schema';

// Chrome reads public/managed_schema.json; the extension validates with zod. The two must
// describe the same settings, or an administrator's valid-looking policy would be ignored.
const managedSchema = JSON.parse(readFileSync(new URL('../../../public/managed_schema.json', import.meta.url), 'utf8'));

type JsonSchema = { type: string; properties?: Record<string, JsonSchema>; items?: JsonSchema; enum?: string[] };

function unwrap(schema: z.ZodType): z.ZodType {
  let current: z.ZodType = schema;
  for (;;) {
    if (current instanceof z.ZodOptional || current instanceof z.ZodDefault || current instanceof z.ZodPipe) {
      current = (current instanceof z.ZodPipe ? current.in : current.unwrap()) as z.ZodType;
    } else return current;
  }
}

function compare(path: string, json: JsonSchema, zod: z.ZodType): string[] {
  const inner = unwrap(zod);
  if (inner instanceof z.ZodObject) {
    const zodKeys = Object.keys(inner.shape).sort();
    const jsonKeys = Object.keys(json.properties ?? {}).sort();
    if (json.type !== 'object' || zodKeys.join() !== jsonKeys.join()) return [`${path}: object keys ${jsonKeys} vs ${zodKeys}`];
    return zodKeys.flatMap((k) => compare(`${path}.${k}`, json.properties![k]!, inner.shape[k] as z.ZodType));
  }
  if (inner instanceof z.ZodArray) {
    if (json.type !== 'array' || !json.items) return [`${path}: expected array`];
    return compare(`${path}[]`, json.items, inner.element as z.ZodType);
  }
  if (inner instanceof z.ZodBoolean) return json.type === 'boolean' ? [] : [`${path}: expected boolean`];
  if (inner instanceof z.ZodNumber) return ['number', 'integer'].includes(json.type) ? [] : [`${path}: expected number`];
  if (inner instanceof z.ZodEnum) {
    return json.type === 'string' && [...(json.enum ?? [])].sort().join() === [...inner.options].sort().join()
      ? []
      : [`${path}: enum differs`];
  }
  return json.type === 'string' ? [] : [`${path}: expected string`];
}

describe('managed_schema.json', () => {
  it('names exactly the settings the extension understands, with matching shapes', () => {
    expect(Object.keys(managedSchema.properties).sort()).toEqual([...POLICY_KEYS].sort());
    const mismatches = POLICY_KEYS.flatMap((key) => compare(key, managedSchema.properties[key], POLICY_FIELDS[key] as z.ZodType));
    expect(mismatches).toEqual([]);
  });

  it('is what the zod schema accepts as a whole, too', () => {
    expect(ManagedPolicySchema.safeParse({ useDefaultList: false }).success).toBe(true);
  });
});
