import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, parseSettings, SettingsSchema } from '../../../utils/app/settings/schema';
import {
  addListSource,
  addWatchEntry,
  dismissMessage,
  isDismissed,
  removeListSource,
  removeWatchEntry,
  setCountryAndLanguage,
  setHideBodyByDefault,
  undoDismissal,
} from '../../../utils/app/settings/update';

const KEY = 'A'.repeat(43) + '=';
const source = { id: 'clinic', name: 'Clinic list', manifestUrl: 'https://lists.example.fi/manifest.json', keys: [{ keyId: 'k1', publicKey: KEY }] };

describe('settings schema', () => {
  it('has gentle defaults: body hidden, nothing watched or dismissed, locale-driven country', () => {
    expect(DEFAULT_SETTINGS).toEqual({ schema: 1, hideBodyByDefault: true, watchList: [], dismissed: [], listSources: [], locked: [] });
  });

  it('keeps every good field when one field is corrupt', () => {
    const { settings, problems } = parseSettings({
      country: 'FI',
      language: 'klingon',
      hideBodyByDefault: false,
      watchList: ['bad entry with spaces', 'Extortion@Example.com'],
      bogus: 1,
    });
    expect(settings.country).toBe('FI');
    expect(settings.language).toBeUndefined();
    expect(settings.hideBodyByDefault).toBe(false);
    expect(settings.watchList).toEqual(['extortion@example.com']);
    expect(problems.map((p) => p.field).sort()).toEqual(['bogus', 'language', 'watchList[0]']);
  });

  it('falls back to defaults for garbage', () => {
    expect(parseSettings('x').settings).toEqual(DEFAULT_SETTINGS);
    expect(parseSettings(undefined).problems).toEqual([]);
  });

  it('round-trips through the schema', () => {
    const s = dismissMessage(DEFAULT_SETTINGS, 'gmail:1:abc', new Date('2026-01-02T03:04:05Z'), 'x@example.com');
    expect(SettingsSchema.parse(JSON.parse(JSON.stringify(s)))).toEqual(s);
  });
});

describe('settings updates', () => {
  it('adds and removes watch entries with clear errors', () => {
    const added = addWatchEntry(DEFAULT_SETTINGS, '  Bad.Sender@Example.COM ');
    expect(added.ok && added.value.watchList).toEqual(['bad.sender@example.com']);
    if (!added.ok) return;
    const dup = addWatchEntry(added.value, 'bad.sender@example.com');
    expect(dup.ok ? '' : dup.error.message).toContain('already on your watch list');
    const bad = addWatchEntry(DEFAULT_SETTINGS, 'not an address');
    expect(bad.ok ? '' : bad.error.message).toContain('must be an email address');
    const removed = removeWatchEntry(added.value, 'bad.sender@example.com');
    expect(removed.ok && removed.value.watchList).toEqual([]);
  });

  it('remembers a dismissal and can undo it', () => {
    const s = dismissMessage(DEFAULT_SETTINGS, 'gmail:1:abc', new Date());
    expect(isDismissed(s, 'gmail:1:abc')).toBe(true);
    expect(isDismissed(undoDismissal(s, 'gmail:1:abc'), 'gmail:1:abc')).toBe(false);
    expect(dismissMessage(s, 'gmail:1:abc', new Date()).dismissed).toHaveLength(1);
  });

  it('adds a list source with its key, refusing duplicates and http', () => {
    const added = addListSource(DEFAULT_SETTINGS, source);
    expect(added.ok).toBe(true);
    if (!added.ok) return;
    const again = addListSource(added.value, { ...source, id: 'other' });
    expect(again.ok ? '' : again.error.message).toContain('already a list source');
    const http = addListSource(DEFAULT_SETTINGS, { ...source, manifestUrl: 'http://lists.example.fi/m.json' });
    expect(http.ok ? '' : http.error.message).toContain('manifestUrl');
    const badKey = addListSource(DEFAULT_SETTINGS, { ...source, keys: [{ keyId: 'k', publicKey: 'abc' }] });
    expect(badKey.ok ? '' : badKey.error.message).toContain('Ed25519');
    const removed = removeListSource(added.value, 'clinic');
    expect(removed.ok && removed.value.listSources).toEqual([]);
  });

  it('refuses to change what policy has locked', () => {
    const locked = { ...DEFAULT_SETTINGS, locked: ['country', 'hideBodyByDefault', 'watchList', 'listSources'] as const };
    const s = { ...locked, locked: [...locked.locked] };
    expect(setCountryAndLanguage(s, { country: 'SE' }).ok).toBe(false);
    expect(setCountryAndLanguage(s, { language: 'sv' }).ok).toBe(true);
    expect(setHideBodyByDefault(s, false).ok).toBe(false);
    expect(addWatchEntry(s, 'a@b.fi').ok).toBe(false);
    expect(addListSource(s, source).ok).toBe(false);
  });
});

describe('user list sources for sync', () => {
  it('become kind "user" sources pinned to their own list id and keys', async () => {
    const { toUserListSource } = await import('../../../utils/app/settings/sources');
    const { ListSourceSchema } = await import('../../../utils/app/sync/source');
    const parsed = ListSourceSchema.parse(toUserListSource({ ...source, keys: [{ keyId: 'k1', publicKey: KEY, epoch: 3 }] }));
    expect(parsed).toMatchObject({ id: 'clinic', kind: 'user', manifestUrl: source.manifestUrl, trust: { listId: 'clinic', keyEpoch: 3, threshold: 1 } });
    expect(parsed.trust.keys).toEqual([{ publicKey: KEY, label: 'k1' }]);
  });

  it('may not take the built-in list id', () => {
    const r = addListSource(DEFAULT_SETTINGS, { ...source, id: 'vahti-default' });
    expect(r.ok ? '' : r.error.message).toContain('built-in');
  });
});
