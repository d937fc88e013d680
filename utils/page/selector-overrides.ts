/**
 * The selector overrides in force on this page (from the verified lists, through the
 * background). Adapters look their markers up here: an override's selectors are tried first,
 * then the adapter's own, so a mended marker helps and a wrong one costs only a miss. Overrides
 * are validated again on arrival; any that fails is dropped and the adapter's own are used.
 */
import { readOverride, type OverrideKey, type OverrideProvider } from '../core/list/selector-syntax';

let current = new Map<string, readonly string[]>();

/** Replaces the overrides in force; returns how many were accepted. */
export function setSelectorOverrides(overrides: readonly unknown[]): number {
  const next = new Map<string, string[]>();
  for (const raw of overrides) {
    const o = readOverride(raw);
    if (!o) continue;
    const key = `${o.provider}.${o.key}`;
    next.set(key, [...(next.get(key) ?? []), ...o.selectors]);
  }
  current = next;
  return [...next.values()].length;
}

/** The selectors to try for one marker: overrides first, then the adapter's own. */
export function selectorsFor(provider: OverrideProvider, key: OverrideKey, own: readonly string[]): readonly string[] {
  const mended = current.get(`${provider}.${key}`);
  return mended ? [...mended, ...own] : own;
}
