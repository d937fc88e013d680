// The person's own settings as the background keeps them: only fields they chose, bad fields
// dropped one by one (never the whole object), fields kept elsewhere left out, and a refusal
// that names the field.
import { describe, expect, it } from 'vitest';
import { OwnSettingsSchema, parseOwnSettings, pickOwnSettings, settingsProblem } from '../../../utils/app/settings/own';

describe('parseOwnSettings', () => {
  it('keeps the chosen valid fields only, and says what it dropped', () => {
    const { own, problems } = parseOwnSettings({
      schema: 1,
      country: 'EE',
      language: 'xx',
      hideBodyByDefault: 'yes',
      watchList: ['Example.FI', 'nope'],
      dismissed: [],
      listSources: [],
      locked: ['country'],
      unknown: 1,
    });
    expect(own).toEqual({ country: 'EE', watchList: ['example.fi'] });
    expect(problems.map((p) => p.field)).toEqual(['language', 'hideBodyByDefault', 'watchList[1]']);
  });

  it('gives nothing chosen for what is not an object, with a problem, and for nothing without one', () => {
    expect(parseOwnSettings([1, 2])).toEqual({ own: {}, problems: [{ field: '(settings)', message: 'was not an object; defaults used' }] });
    expect(parseOwnSettings(undefined)).toEqual({ own: {}, problems: [] });
  });

  it('does not count a field left undefined as chosen', () => {
    expect(parseOwnSettings({ country: undefined, hideBodyByDefault: false }).own).toEqual({ hideBodyByDefault: false });
  });
});

describe('pickOwnSettings and settingsProblem', () => {
  it('picks the person\'s own fields of what the options page shows', () => {
    expect(pickOwnSettings({ schema: 1, language: 'fi', hideBodyByDefault: true, dismissed: [], listSources: [], locked: [] })).toEqual({ language: 'fi', hideBodyByDefault: true });
  });

  it('names the field and the entry that is wrong', () => {
    const failed = OwnSettingsSchema.safeParse({ watchList: ['ok.example', 'bad entry'] });
    expect(failed.success).toBe(false);
    expect(settingsProblem(failed.error!)).toBe('watchList[1]: must be an email address (name@example.fi) or a domain (example.fi)');
    const extra = OwnSettingsSchema.safeParse({ listSources: [] });
    expect(settingsProblem(extra.error!)).toContain('listSources');
  });
});
