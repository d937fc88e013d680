import { describe, expect, it } from 'vitest';
import { parseManagedPolicy } from '../../../utils/app/policy/parse';

const key = 'A'.repeat(43) + '=';
const source = (id: string, manifestUrl = `https://lists.example.org/${id}/manifest.json`) => ({
  id,
  name: `List ${id}`,
  manifestUrl,
  keys: [{ keyId: 'k1', publicKey: key, epoch: 1 }],
});

describe('parseManagedPolicy', () => {
  it('accepts a complete, valid policy without problems', () => {
    const { policy, problems } = parseManagedPolicy({
      listSources: [source('clinic')],
      useDefaultList: true,
      updateInterval: { minHours: 2, maxHours: 24 },
      defaultCountry: 'FI',
      defaultLanguage: 'fi',
      helpdesk: { name: 'Klinikan IT-tuki', phone: '+358 9 123 4567', url: 'https://tuki.example.fi/' },
      hideBodyByDefault: true,
      webmailHosts: ['Webmail.Example.fi'],
      watchList: ['extortion@example.net'],
      allowDismiss: false,
      lockedSettings: ['country', 'hideBodyByDefault'],
    });
    expect(problems).toEqual([]);
    expect(policy.webmailHosts).toEqual(['webmail.example.fi']);
    expect(policy.listSources?.[0]?.keys[0]?.epoch).toBe(1);
    expect(policy.lockedSettings).toEqual(['country', 'hideBodyByDefault']);
  });

  it('keeps the valid settings when one is invalid, and names the bad one', () => {
    const { policy, problems } = parseManagedPolicy({ allowDismiss: 'no', hideBodyByDefault: true });
    expect(policy).toEqual({ hideBodyByDefault: true });
    expect(problems).toHaveLength(1);
    expect(problems[0]?.path).toBe('allowDismiss');
  });

  it('drops one bad list source and keeps the others, naming the entry and field', () => {
    const { policy, problems } = parseManagedPolicy({
      listSources: [source('good'), source('bad', 'http://lists.example.org/manifest.json')],
    });
    expect(policy.listSources?.map((s) => s.id)).toEqual(['good']);
    expect(problems.map((p) => p.path)).toEqual(['listSources[1].manifestUrl']);
    expect(problems[0]?.message).toContain('https://');
  });

  it('allows plain http only for loopback list servers', () => {
    expect(parseManagedPolicy({ listSources: [source('local', 'http://127.0.0.1:8080/m.json')] }).problems).toEqual([]);
    expect(parseManagedPolicy({ listSources: [source('lan', 'http://192.168.1.2/m.json')] }).problems).toHaveLength(1);
  });

  it('reports a repeated list source id instead of silently merging', () => {
    const { policy, problems } = parseManagedPolicy({ listSources: [source('a'), source('a')] });
    expect(policy.listSources).toHaveLength(1);
    expect(problems[0]?.path).toBe('listSources[1].id');
  });

  it('reports unknown settings, so a typo is visible', () => {
    const { policy, problems } = parseManagedPolicy({ hideBodyByDefualt: true });
    expect(policy).toEqual({});
    expect(problems[0]?.path).toBe('hideBodyByDefualt');
    expect(problems[0]?.message).toContain('hideBodyByDefault');
  });

  it.each([
    ['webmailHosts', ['https://webmail.example.fi/']],
    ['updateInterval', { minHours: 30, maxHours: 2 }],
    ['helpdesk', { name: 'Support' }],
    ['defaultCountry', 'fi'],
    ['lockedSettings', ['everything']],
    ['listSources', [{ ...source('x'), keys: [{ keyId: 'k', publicKey: 'not-a-key' }] }]],
  ])('rejects an invalid %s with a problem', (settingKey, value) => {
    const { policy, problems } = parseManagedPolicy({ [settingKey]: value });
    expect(problems.length).toBeGreaterThan(0);
    expect(problems[0]?.path.startsWith(settingKey)).toBe(true);
    // The bad value itself never reaches the applied policy.
    expect(JSON.stringify(policy)).not.toContain(JSON.stringify(value));
  });

  it('treats a policy that is not an object as one problem', () => {
    expect(parseManagedPolicy('{"useDefaultList": true}').problems).toEqual([
      { path: '(policy)', message: 'must be an object of settings' },
    ]);
    expect(parseManagedPolicy(undefined)).toEqual({ policy: {}, problems: [] });
  });
});

describe('parseManagedPolicy: reserved ids', () => {
  it('refuses a policy list source that takes the default list\'s id', () => {
    const { policy, problems } = parseManagedPolicy({ listSources: [source('vahti-default'), source('clinic')] });
    expect(policy.listSources?.map((s) => s.id)).toEqual(['clinic']);
    expect(problems).toEqual([{ path: 'listSources[0].id', message: expect.stringContaining('default list') }]);
  });
});

describe('parseManagedPolicy: watch list', () => {
  it('keeps addresses and domains, and names an entry that is neither instead of dropping it silently', () => {
    const { policy, problems } = parseManagedPolicy({ watchList: ['Ransom@Extortion.example', 'extortion.example', '1MX99GWJPjFZHwj3F18L9BJecgz6L2dSQt'] });
    expect(policy.watchList).toEqual(['ransom@extortion.example', 'extortion.example']);
    expect(problems).toEqual([{ path: 'watchList[2]', message: expect.stringContaining('email address') }]);
  });
});
