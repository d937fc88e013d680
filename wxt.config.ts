import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { hardenLibraries } from './scripts/build/harden-libraries';
import { CHROMIUM_EXTENSION_KEY, GECKO_EXTENSION_ID } from './utils/app/extension-ids';
import { parseReleaseFlag } from './utils/core/signing/release';

// A package's name says whether a release build made it; only a release build (which
// build:before refuses until the release keys and the update address are set) has none.
const packageSuffix = parseReleaseFlag(process.env.WXT_VAHTI_RELEASE) ? '' : '-development';


// Vahti's build. Explicit imports only (`imports: false`) so that layer boundaries stay
// visible to lint: `utils/` must never reach the browser, Dexie or the UI.
export default defineConfig({
  imports: false,
  manifestVersion: 3,
  // One promise-based `browser` in every context (Mozilla's webextension-polyfill, through WXT's
  // module): listeners answer by returning a promise, in Chromium as in Firefox.
  modules: ['@wxt-dev/webextension-polyfill'],
  // Parallel builds (tests, benchmarks, the demo) can each have their own output folder.
  outDir: process.env.VAHTI_OUT_DIR ?? '.output',
  zip: {
    artifactTemplate: `{{name}}-{{packageVersion}}-{{browser}}${packageSuffix}.zip`,
    sourcesTemplate: `{{name}}-{{packageVersion}}-sources${packageSuffix}.zip`,
    // Private keys never go into the source archive that is uploaded to a store.
    excludeSources: ['**/*.private'],
  },
  hooks: {
    // The signed default list in public/lists/default: refreshed if stale (dev builds), or
    // required to be current and release-signed (WXT_VAHTI_RELEASE=1). docs/maintainers.md.
    'build:before': async (wxt) => {
      // Refuses a release build without pinned release keys or an update address, and a bad value in any build.
      const { checkBuildSettings } = await import('./scripts/build/release-settings');
      const { release, defaultListUrl } = checkBuildSettings(process.env);
      wxt.logger.info(`${release ? 'release' : 'development'} build; default list updates from ${defaultListUrl ?? '(none: bundled copy only)'}`);
      const { ensureBundleForBuild } = await import('./scripts/list/bundle');
      await ensureBundleForBuild(release, wxt.logger);
      // The lexicons' compiled table and automaton, written into the code the worker loads, so
      // that a build never ships one made from other lexicons (scripts/build/prepare-cues.ts).
      const { writePreparedCues } = await import('./scripts/build/prepare-cues');
      if (writePreparedCues()) wxt.logger.info('utils/core/heuristics/cues.generated.ts was stale and is written again');
    },
  },
  vite: () => ({
    plugins: [hardenLibraries(), preact()],
  }),
  manifest: ({ browser }) => ({
    name: 'Vahti',
    // UI strings live in public/_locales/{en,fi,sv}; English is the fallback.
    default_locale: 'en',
    description: 'Warns you about extortion email in your webmail and shows what to do.',
    permissions: ['storage', 'alarms', 'scripting'],
    // Webmail hosts a user adds (Roundcube, ISP webmail) are asked for at run time (issue 4).
    optional_host_permissions: ['https://*/*'],
    // The in-page warning is this extension page in a frame, so webmails can't script or restyle it.
    // Chromium: only through the per-session dynamic URL, so a site cannot frame it at the fixed
    // URL its public key makes known (Firefox's extension URL is per install already).
    web_accessible_resources: [
      { resources: ['warning.html'], matches: ['https://*/*'], ...(browser === 'firefox' ? {} : { use_dynamic_url: true }) },
    ],
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: GECKO_EXTENSION_ID,
              // 140 is the first ESR that knows data_collection_permissions.
              strict_min_version: '140.0',
              // Vahti collects nothing: mail is judged on the device and no data is sent anywhere.
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : { key: CHROMIUM_EXTENSION_KEY, storage: { managed_schema: 'managed_schema.json' } }),
  }),
});
