import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Three projects: fast Node unit tests; components rendered with Preact in happy-dom (no browser);
// and end-to-end tests that drive the built extension in real Chromium and Firefox. The browsers
// are heavy on a 2-core machine, so e2e files run one at a time.
export default defineConfig({
  esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
  test: {
    reporters: ['default', './tests/summary-reporter.ts'],
    projects: [
      {
        extends: true,
        // Tests that install every bundled pack into fake-indexeddb, or build the matcher from all of
        // them, take seconds on a 2-core machine: a limit for a hung test, not a speed check.
        test: { name: 'unit', include: ['tests/unit/**/*.test.{ts,tsx}'], environment: 'node', testTimeout: 30_000 },
      },
      {
        extends: true,
        // `#i18n` is the module WXT generates (.wxt/i18n, by `wxt prepare` on install); the setup answers its browser calls.
        resolve: { alias: { '#i18n': fileURLToPath(new URL('.wxt/i18n/index.ts', import.meta.url)) } },
        test: {
          name: 'components',
          include: ['tests/components/**/*.test.{ts,tsx}'],
          environment: 'happy-dom',
          setupFiles: ['tests/components/setup.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.e2e.test.ts'],
          setupFiles: ['tests/e2e/no-network.setup.ts'],
          environment: 'node',
          pool: 'forks',
          poolOptions: { forks: { singleFork: true } },
          testTimeout: 60_000,
          hookTimeout: 90_000,
        },
      },
    ],
  },
});
