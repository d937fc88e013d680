import { describe, expect, it } from 'vitest';
import { applyPolicy, chosenFields, clampPeriodMs, ownSettings, toListSource } from '../../../utils/app/policy/apply';
import { parseManagedPolicy } from '../../../utils/app/policy/parse';
import { ListSourceSchema } from '../../../utils/app/sync/source';
import { parseSettings } from '../../../utils/app/settings/schema';
import { setCountryAndLanguage, setHideBodyByDefault, addWatchEntry } from '../../../utils/app/settings/update';

const key = 'A'.repeat(43) + '=';
const policySource = (id: string) => ({ id, name: `List ${id}`, manifestUrl: `https://lists.example.org/${id}/manifest.json`, keys: [{ keyId: 'k1', publicKey: key, epoch: 3 }] });

function settingsFrom(raw: Record<string, unknown>) {
  return { settings: parseSettings(raw).settings, chosen: chosenFields(raw) };
}

describe('applyPolicy', () => {
  it('without a policy, is the person\'s settings unchanged and nothing managed', () => {
    const { settings, chosen } = settingsFrom({ country: 'SE', watchList: ['a@b.fi'] });
    const config = applyPolicy(settings, {}, chosen);
    expect(config.settings).toEqual(settings);
    expect(config.managed).toEqual([]);
    expect(config.useDefaultList).toBe(true);
    expect(config.allowDismiss).toBe(true);
    expect(config.policySources).toEqual([]);
  });

  it('adds policy list sources, hosts and watch entries to the person\'s own', () => {
    const user = { ...policySource('mine'), manifestUrl: 'https://mine.example.org/m.json' };
    const { settings, chosen } = settingsFrom({ watchList: ['own@example.fi'], listSources: [user] });
    const { policy } = parseManagedPolicy({ listSources: [policySource('clinic')], watchList: ['Bad@Extortion.example', 'own@example.fi'], webmailHosts: ['webmail.clinic.example'] });
    const config = applyPolicy(settings, policy, chosen);
    expect(config.settings.listSources.map((s) => s.id)).toEqual(['mine']);
    expect(config.policySources.map((s) => [s.id, s.kind])).toEqual([['clinic', 'policy']]);
    expect(config.watchList).toEqual(['own@example.fi', 'bad@extortion.example']);
    // The person's stored watch list is not mixed with the policy's.
    expect(config.settings.watchList).toEqual(['own@example.fi']);
    expect(config.policyWebmailHosts).toEqual(['webmail.clinic.example']);
    expect(config.managed).toEqual(expect.arrayContaining(['listSources', 'watchList', 'webmailHosts']));
  });

  it('a policy source replaces a person\'s source with the same id', () => {
    const { settings, chosen } = settingsFrom({ listSources: [{ ...policySource('clinic'), manifestUrl: 'https://evil.example/m.json' }] });
    const config = applyPolicy(settings, { listSources: [policySource('clinic')] }, chosen);
    expect(config.settings.listSources).toEqual([]);
    expect(config.policySources[0]?.manifestUrl).toBe('https://lists.example.org/clinic/manifest.json');
  });

  it('policy sources are valid sync sources pinned to their own keys', () => {
    const source = toListSource(policySource('clinic'));
    expect(ListSourceSchema.parse(source)).toEqual(source);
    expect(source.trust).toEqual({ listId: 'clinic', keyEpoch: 3, keys: [{ publicKey: key, label: 'k1' }], threshold: 1 });
  });

  it('overrides useDefaultList, interval bounds, helpdesk and dismissal', () => {
    const { settings, chosen } = settingsFrom({});
    const helpdesk = { name: 'IT', phone: '+358 9 1' };
    const config = applyPolicy(settings, { useDefaultList: false, updateInterval: { minHours: 2, maxHours: 4 }, helpdesk, allowDismiss: false }, chosen);
    expect(config).toMatchObject({ useDefaultList: false, updateInterval: { minHours: 2, maxHours: 4 }, helpdesk, allowDismiss: false });
    expect(config.managed).toEqual(expect.arrayContaining(['useDefaultList', 'updateInterval', 'helpdesk', 'allowDismiss']));
  });

  it('country, language and hide-body are defaults only where the person has not chosen', () => {
    const policy = { defaultCountry: 'FI', defaultLanguage: 'fi' as const, hideBodyByDefault: false };
    const fresh = settingsFrom({});
    expect(applyPolicy(fresh.settings, policy, fresh.chosen).settings).toMatchObject({ country: 'FI', language: 'fi', hideBodyByDefault: false, locked: [] });

    const chose = settingsFrom({ country: 'SE', language: 'sv', hideBodyByDefault: true });
    expect(applyPolicy(chose.settings, policy, chose.chosen).settings).toMatchObject({ country: 'SE', language: 'sv', hideBodyByDefault: true });
  });

  it('locked settings take the policy value even over a choice, and update.ts refuses to change them', () => {
    const chose = settingsFrom({ country: 'SE', hideBodyByDefault: true, watchList: ['own@example.fi'] });
    const config = applyPolicy(chose.settings, { defaultCountry: 'FI', hideBodyByDefault: false, lockedSettings: ['country', 'hideBodyByDefault', 'watchList'] }, chose.chosen);
    expect(config.settings).toMatchObject({ country: 'FI', hideBodyByDefault: false, locked: ['country', 'hideBodyByDefault', 'watchList'] });
    expect(config.managed).toEqual(expect.arrayContaining(['country', 'hideBodyByDefault', 'watchList']));
    const refusals = [
      setCountryAndLanguage(config.settings, { country: 'SE' }),
      setHideBodyByDefault(config.settings, true),
      addWatchEntry(config.settings, 'x@example.fi'),
    ];
    for (const r of refusals) expect(r.ok ? 'accepted' : r.error.code).toBe('locked');
    // Unlocked settings still change.
    expect(setCountryAndLanguage(config.settings, { language: 'en' }).ok).toBe(true);
  });

  it('maps regional country codes the guidance does not know to the EU catalogue', () => {
    const fresh = settingsFrom({});
    expect(applyPolicy(fresh.settings, { defaultCountry: 'NO' }, fresh.chosen).settings.country).toBe('EU');
  });
});

describe('chosenFields', () => {
  it('names only fields that were stored', () => {
    expect([...chosenFields({ country: 'FI', language: undefined })]).toEqual(['country']);
    expect(chosenFields(undefined).size).toBe(0);
    expect(chosenFields(['x']).size).toBe(0);
  });
});

describe('clampPeriodMs', () => {
  const hour = 3_600_000;
  it('keeps the period inside the bounds', () => {
    expect(clampPeriodMs(6 * hour, { minHours: 1, maxHours: 4 })).toBe(4 * hour);
    expect(clampPeriodMs(0.5 * hour, { minHours: 2, maxHours: 4 })).toBe(2 * hour);
    expect(clampPeriodMs(3 * hour, { minHours: 2, maxHours: 4 })).toBe(3 * hour);
    expect(clampPeriodMs(6 * hour, undefined)).toBe(6 * hour);
  });
});

describe('ownSettings', () => {
  const policy = { defaultCountry: 'FI', hideBodyByDefault: false, lockedSettings: ['watchList' as const] };

  it('stores only the person\'s own values: untouched policy defaults stay unset', () => {
    const raw = { watchList: ['own@example.fi'] };
    const { settings, chosen } = settingsFrom(raw);
    const shown = applyPolicy(settings, policy, chosen).settings;
    const changed = { ...shown, language: 'sv' as const };
    const stored = ownSettings(changed, settings, policy, chosen);
    expect(stored.country).toBeUndefined();
    expect(stored.language).toBe('sv');
    expect('hideBodyByDefault' in stored).toBe(false);
    expect(stored.locked).toEqual([]);
    // Read back, it is still the organisation's default.
    const again = settingsFrom(stored);
    expect(applyPolicy(again.settings, policy, again.chosen).settings.hideBodyByDefault).toBe(false);
    expect(stored.watchList).toEqual(['own@example.fi']);
  });

  it('keeps a change the person made to a policy default', () => {
    const { settings, chosen } = settingsFrom({});
    const shown = applyPolicy(settings, policy, chosen).settings;
    const stored = ownSettings({ ...shown, country: 'SE', hideBodyByDefault: true }, settings, policy, chosen);
    expect(stored).toMatchObject({ country: 'SE', hideBodyByDefault: true });
  });

  it('never writes a locked value back, even if a page tried to change it', () => {
    const { settings, chosen } = settingsFrom({ watchList: ['own@example.fi'] });
    const shown = applyPolicy(settings, policy, chosen).settings;
    expect(ownSettings({ ...shown, watchList: [] }, settings, policy, chosen).watchList).toEqual(['own@example.fi']);
  });
});
