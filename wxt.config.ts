import { defineConfig } from 'wxt';

// One source, two browsers: Chrome gets MV3 (service worker), Firefox MV2 (event page), WXT's defaults.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  outDir: 'dist',
  manifest: ({ browser }) => ({
    name: 'Backstory',
    description: 'Background cards for the people, places, groups and weapons in the news you read — offline, in your browser.',
    // No permissions yet: the Dexie database needs none, and the content script's matches are
    // declared in its entrypoint. Each one added later is justified in the README.
    permissions: [],
    commands: {
      'next-mention': {
        suggested_key: { default: 'Alt+Shift+N' },
        description: 'Open the card of the next marked name on the page',
      },
      'previous-mention': {
        suggested_key: { default: 'Alt+Shift+P' },
        description: 'Open the card of the previous marked name on the page',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'backstory@backstory.invalid',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : { minimum_chrome_version: '128' }),
  }),
  vite: () => ({
    esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
    build: { sourcemap: false },
  }),
});
