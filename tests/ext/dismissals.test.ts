// The background's store of "This is not extortion" (IndexedDB, out of content scripts' reach):
// capped with the oldest going first, and the dismissals an earlier version kept in
// `storage.local` moved in once, so a dismissal written there later never counts.
import { beforeEach, describe, expect, it } from 'vitest';
import { VahtiDb } from '../../entrypoints/background/db';
import { DismissalStore } from '../../entrypoints/background/dismissals';
import { SETTINGS_LIMITS } from '../../utils/app/settings/schema';

let n = 0;
let store: DismissalStore;
beforeEach(() => {
  store = new DismissalStore(new VahtiDb(`dismissals-${++n}`));
});

const at = (i: number) => new Date(Date.UTC(2026, 0, 1) + i * 1000).toISOString();

describe('DismissalStore', () => {
  it('adds, lists oldest first, and removes', async () => {
    await store.add({ key: 'gmail:msg:2#b', at: at(2) });
    await store.add({ key: 'gmail:msg:1#a', at: at(1), sender: 'x@example.net' });
    expect(await store.has('gmail:msg:1#a')).toBe(true);
    expect((await store.list()).map((d) => d.key)).toEqual(['gmail:msg:1#a', 'gmail:msg:2#b']);
    await store.remove('gmail:msg:1#a');
    expect(await store.has('gmail:msg:1#a')).toBe(false);
  });

  it('refuses a malformed dismissal', async () => {
    await expect(store.add({ key: '', at: 'yesterday' })).rejects.toThrow();
    expect(await store.list()).toEqual([]);
  });

  it('keeps at most the cap, dropping the oldest', async () => {
    for (let i = 0; i < SETTINGS_LIMITS.dismissed + 2; i++) await store.add({ key: `k${i}`, at: at(i) });
    const keys = (await store.list()).map((d) => d.key);
    expect(keys).toHaveLength(SETTINGS_LIMITS.dismissed);
    expect(keys[0]).toBe('k2');
  }, 60_000);

  it('moves the old dismissals in once (valid ones), and ignores what is written to storage.local later', async () => {
    let stored: unknown = [{ key: 'gmail:msg:old#1', at: at(1) }, { key: 42 }];
    let drops = 0;
    const read = async () => stored;
    const drop = async () => {
      drops++;
      stored = undefined;
    };
    await store.moveInOnce(read, drop);
    expect((await store.list()).map((d) => d.key)).toEqual(['gmail:msg:old#1']);
    expect(drops).toBe(1);
    // Another context writes a dismissal where the old version kept them.
    stored = [{ key: 'gmail:msg:forged#1', at: at(2) }];
    await store.moveInOnce(read, drop);
    expect(await store.has('gmail:msg:forged#1')).toBe(false);
    expect(stored).toBeUndefined(); // and the forged copy is removed
  });
});
