/**
 * Release packages: what `npm run zip` ships, and the promises a store reviewer and a helpdesk
 * check first — minimal permissions, a clean `web-ext lint`, the fixed extension ids.
 * Runs on the build `npm test` made (`.output` or VAHTI_OUT_DIR) and packs into a temp folder.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHROMIUM_EXTENSION_KEY, GECKO_EXTENSION_ID } from '../../utils/app/extension-ids';

const root = resolve(import.meta.dirname, '../..');
const outDir = resolve(root, process.env.VAHTI_OUT_DIR ?? '.output');
const manifest = (target: string) => JSON.parse(readFileSync(join(outDir, target, 'manifest.json'), 'utf8'));

// Every permission is a promise to users and reviewers; a new one must be added here on purpose.
// `scripting` registers the content script on a webmail host a person or policy adds
// (Roundcube); access to such a host is optional and asked for per host, never granted up front.
const WEBMAILS = [
  'https://mail.aol.com/*',
  'https://mail.google.com/*',
  'https://mail.proton.me/*',
  'https://mail.yahoo.com/*',
  'https://outlook.cloud.microsoft/*',
  'https://outlook.live.com/*',
  'https://outlook.office.com/*',
  'https://outlook.office365.com/*',
];
const PINNED_ACCESS = {
  permissions: ['alarms', 'scripting', 'storage'],
  host_permissions: [],
  optional_host_permissions: ['https://*/*'],
  content_script_matches: WEBMAILS,
};
const PINNED = { 'chrome-mv3': PINNED_ACCESS, 'firefox-mv3': PINNED_ACCESS } as const;

describe('built manifests', () => {
  it.each(Object.keys(PINNED) as (keyof typeof PINNED)[])('%s asks only for the pinned permissions', (target) => {
    const m = manifest(target);
    const sorted = (values: string[] | undefined) => [...(values ?? [])].sort();
    expect({
      permissions: sorted(m.permissions),
      host_permissions: sorted(m.host_permissions),
      optional_host_permissions: sorted(m.optional_host_permissions),
      content_script_matches: sorted(m.content_scripts.flatMap((c: { matches: string[] }) => c.matches)),
    }).toEqual(PINNED[target]);
  });

  it('keeps the fixed ids that policies name', () => {
    expect(manifest('chrome-mv3').key).toBe(CHROMIUM_EXTENSION_KEY);
    expect(manifest('firefox-mv3').browser_specific_settings.gecko.id).toBe(GECKO_EXTENSION_ID);
  });
});

describe('Firefox package', () => {
  it('passes web-ext lint with no errors, warnings or notices', () => {
    let output: string;
    try {
      output = execFileSync(
        process.execPath,
        [join(root, 'node_modules/web-ext/bin/web-ext.js'), 'lint', '--source-dir', join(outDir, 'firefox-mv3'), '--output', 'json'],
        { cwd: root, encoding: 'utf8' },
      );
    } catch (error) {
      // web-ext exits non-zero when it finds errors; the JSON report is still on stdout.
      output = (error as { stdout: string }).stdout;
    }
    const report = JSON.parse(output);
    const found = [...report.errors, ...report.warnings, ...report.notices].map(
      (e: { code: string; message: string }) => `${e.code}: ${e.message}`,
    );
    expect(found).toEqual([]);
  });
});

describe('npm run zip', () => {
  it('names a development package so, and keeps private keys out of the source archive', () => {
    const packDir = mkdtempSync(join(tmpdir(), 'vahti-zip-'));
    execFileSync('npm', ['run', 'zip', '--silent'], {
      cwd: root,
      env: { ...process.env, VAHTI_OUT_DIR: packDir, WXT_VAHTI_RELEASE: '' },
      stdio: 'pipe',
      timeout: 180_000,
    });
    const version = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version;
    const files = readdirSync(packDir).filter((f) => f.endsWith('.zip')).sort();
    expect(files).toEqual([
      `vahti-${version}-chrome-development.zip`,
      `vahti-${version}-firefox-development.zip`,
      `vahti-${version}-sources-development.zip`,
    ]);

    const listing = (zip: string) =>
      execFileSync('unzip', ['-Z1', join(packDir, zip)], { encoding: 'utf8' }).split('\n').filter(Boolean);
    expect(listing(`vahti-${version}-chrome-development.zip`)).toContain('manifest.json');
    const sources = listing(`vahti-${version}-sources-development.zip`);
    // Reviewers rebuild from the sources: they need the build inputs and none of the outputs.
    expect(sources).toEqual(expect.arrayContaining(['package.json', 'package-lock.json', 'wxt.config.ts', 'README.md']));
    expect(sources.some((f) => f.startsWith('node_modules/') || f.startsWith('.output'))).toBe(false);
    expect(sources.filter((f) => f.endsWith('.private'))).toEqual([]);
  }, 240_000);

  it('packages nothing for a release until a release build can be made, and says why', () => {
    const packDir = mkdtempSync(join(tmpdir(), 'vahti-zip-release-'));
    let output: string;
    try {
      execFileSync('npm', ['run', 'zip', '--silent'], {
        cwd: root,
        env: { ...process.env, VAHTI_OUT_DIR: packDir, WXT_VAHTI_RELEASE: '1', WXT_VAHTI_DEFAULT_LIST_URL: '' },
        stdio: 'pipe',
        encoding: 'utf8',
        timeout: 180_000,
      });
      throw new Error('the release zip was made without release keys');
    } catch (error) {
      const { stdout, stderr } = error as { stdout?: string; stderr?: string };
      output = `${stdout ?? ''}${stderr ?? ''}`;
    }
    expect(output).toContain('the maintainers have not run the key ceremony yet');
    expect(output).toContain('WXT_VAHTI_DEFAULT_LIST_URL is not set');
    expect(readdirSync(packDir, { recursive: true }).filter((f) => String(f).endsWith('.zip'))).toEqual([]);
  }, 240_000);
});
