import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

/**
 * Public half of the key that fixes the Chromium extension id to
 * `nagfimnmkgbbbeelljnligaodopglaip`, so that helpdesks can name it in browser policy and tests
 * can write managed policy before the first start. (Only the public key is committed; the store
 * signs release packages with its own key and keeps the same id.)
 */
export const CHROMIUM_EXTENSION_KEY =
  'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAuDiRgNYPKimlzUU0UdXc3BzICG9H5WCVNfgJ74cdttLnXCnSuDFC5E+DNrTrQbrm1Pg6n6S5KD2mBTcKOp5Ak1YK6qQRJ7qz6XQZBPSn6Z77cw5cPhV9uZ60itg/tEzVzc2EnPJS76s9xDNCleGlgRJO6JpcqRR+fwNbH5dI3A/xIBGXeVLHFa6/dTItlprF+D6q3NGcPqMQGYs0xzC9eWjqQFYupe1i5LOdeiHPXUkVa5EEzn/hLlP3QfB7V3iAc9YcCu8s0VgGnIioLnMUj8i/hzytii0OfRg56ewzpeirv0gPEXX8325VVonmreAd+W9MRMylY3d55V5WJrsyfwIDAQAB';
export const CHROMIUM_EXTENSION_ID = 'nagfimnmkgbbbeelljnligaodopglaip';
export const GECKO_EXTENSION_ID = 'vahti@vahti.invalid';

// Vahti's build. Explicit imports only (`imports: false`) so that layer boundaries stay
// visible to lint: `utils/` must never reach the browser, Dexie or the UI.
export default defineConfig({
  imports: false,
  manifestVersion: 3,
  // Parallel builds (tests, benchmarks, the demo) can each have their own output folder.
  outDir: process.env.VAHTI_OUT_DIR ?? '.output',
  vite: () => ({
    plugins: [preact()],
  }),
  manifest: ({ browser }) => ({
    name: 'Vahti',
    description: 'Warns you about extortion email in your webmail and shows what to do.',
    permissions: ['storage', 'alarms'],
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: { id: GECKO_EXTENSION_ID, strict_min_version: '128.0' },
          },
        }
      : { key: CHROMIUM_EXTENSION_KEY }),
  }),
});
