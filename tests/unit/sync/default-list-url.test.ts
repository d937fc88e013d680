import { describe, expect, it } from 'vitest';
import { parseDefaultListUrl } from '../../../utils/app/sync/default-list-url';
import { buildListStatus } from '../../../utils/app/sync/status';
import { checkBuildSettings } from '../../../scripts/build/release-settings';
import { defaultListTrust } from '../../../utils/core/signing/keys';

const URL_OK = 'https://lists.example.org/vahti/manifest.json';

describe('the default list update address (WXT_VAHTI_DEFAULT_LIST_URL)', () => {
  it('is optional, must be a fetchable manifest address when set, and says what is wrong', () => {
    expect(parseDefaultListUrl(undefined)).toEqual({ ok: true, value: undefined });
    expect(parseDefaultListUrl('')).toEqual({ ok: true, value: undefined });
    expect(parseDefaultListUrl(URL_OK)).toEqual({ ok: true, value: URL_OK });
    expect(parseDefaultListUrl('http://127.0.0.1:8080/manifest.json').ok).toBe(true);
    const plain = parseDefaultListUrl('http://lists.example.org/manifest.json');
    expect(!plain.ok && plain.error).toMatch(/WXT_VAHTI_DEFAULT_LIST_URL is not usable: .*does not use https/);
    const folder = parseDefaultListUrl('https://lists.example.org/vahti/');
    expect(!folder.ok && folder.error).toMatch(/address of the published manifest\.json/);
  });

  it('is shown in the list status of the built-in list', () => {
    const source = { id: 'vahti-default', name: 'Vahti default list', kind: 'builtin' as const, trust: defaultListTrust({ release: false }) };
    expect(buildListStatus({ ...source, manifestUrl: URL_OK }, undefined, 0).updateAddress).toBe(URL_OK);
    expect(buildListStatus(source, undefined, 0).updateAddress).toBeUndefined();
  });
});

describe('build settings checked before every build', () => {
  it('a development build needs no address and no release keys', () => {
    expect(checkBuildSettings({})).toEqual({ release: false, defaultListUrl: undefined });
    expect(checkBuildSettings({ WXT_VAHTI_DEFAULT_LIST_URL: URL_OK }).defaultListUrl).toBe(URL_OK);
  });

  it('any build stops on a bad value instead of quietly ignoring it', () => {
    expect(() => checkBuildSettings({ WXT_VAHTI_RELEASE: 'yes' })).toThrow(/WXT_VAHTI_RELEASE must be 1/);
    expect(() => checkBuildSettings({ WXT_VAHTI_DEFAULT_LIST_URL: 'ftp://x/manifest.json' })).toThrow(/Build refused:\n- WXT_VAHTI_DEFAULT_LIST_URL/);
  });

  it('a release build is refused without release keys and without an update address, naming both', () => {
    const refusal = (() => {
      try {
        checkBuildSettings({ WXT_VAHTI_RELEASE: '1' });
      } catch (e) {
        return (e as Error).message;
      }
      throw new Error('the release build was not refused');
    })();
    expect(refusal).toContain('Release build refused');
    expect(refusal).toContain('the maintainers have not run the key ceremony yet');
    expect(refusal).toContain('WXT_VAHTI_DEFAULT_LIST_URL is not set');
    expect(() => checkBuildSettings({ WXT_VAHTI_RELEASE: '1', WXT_VAHTI_DEFAULT_LIST_URL: 'http://localhost:9/manifest.json' })).toThrow(
      /must use https in a release build/,
    );
  });
});
