import preact from '@preact/preset-vite';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import { defineConfig } from 'vitest/config';

// The root holds no plugins: each project names its own, so the `unit` project cannot
// inherit WXT's fake `browser` and hide a layer leak.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          environment: 'node',
          include: ['tests/unit/**/*.test.ts'],
        },
      },
      {
        plugins: [preact()],
        test: {
          name: 'dom',
          environment: 'happy-dom',
          include: ['tests/dom/**/*.test.{ts,tsx}'],
        },
      },
      {
        plugins: [WxtVitest(), preact()],
        test: {
          name: 'ext',
          environment: 'happy-dom',
          setupFiles: ['tests/setup/indexeddb.ts'],
          include: ['tests/ext/**/*.test.ts'],
        },
      },
      {
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['tests/e2e/**/*.test.ts'],
          testTimeout: 120_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
