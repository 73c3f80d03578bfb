import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { defineConfig } from 'wxt';
import packIndex from './assets/packs/index.json';
import { lazyFrancTables } from './scripts/lib/lazy-franc-tables';

/**
 * Backstory's own pages (popup, options) and its background may load nothing from anywhere but the
 * extension itself: no remote script, style, image, font or connection. The no-network promise then
 * holds even for a code path nobody thought of (a library that revives an image from a file, say).
 * Blob and data URLs stay allowed for what the pages make themselves (the export file a page offers
 * for download is a blob: URL, which the end-to-end tests read back).
 */
export const EXTENSION_PAGES_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' blob: data:",
  "font-src 'self'",
  "connect-src 'self' blob:",
  "media-src 'none'",
  "object-src 'none'",
  "frame-src 'none'",
  "worker-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

/** The toolbar button's icon at 1×, 1.5× and 2×. */
const TOOLBAR_ICONS = { 16: 'icon/16.png', 24: 'icon/24.png', 32: 'icon/32.png' };

// One source, two browsers: Chrome gets MV3 (service worker), Firefox MV2 (event page), WXT's defaults.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill', '@wxt-dev/i18n/module'],
  outDir: 'dist',
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // storage: the reader's settings, which reach every open tab through storage.onChanged.
    // Nothing else: the Dexie database needs no permission, and the content script's matches are
    // declared in its entrypoint. Each permission is justified in the README.
    permissions: ['storage'],
    // The toolbar's icon (public/icon, drawn by npm run build:icons; the manifest's other icons WXT
    // finds there itself). The badge and the grey "off" icon are set per tab (lib/background/toolbar.ts).
    // In Firefox the button starts in the toolbar rather than inside the extensions menu, so its count
    // of names on the page is seen; Chrome leaves pinning to the reader.
    ...(browser === 'firefox'
      ? { browser_action: { default_icon: TOOLBAR_ICONS, default_area: 'navbar' } }
      : { action: { default_icon: TOOLBAR_ICONS } }),
    content_security_policy: browser === 'firefox' ? EXTENSION_PAGES_CSP : { extension_pages: EXTENSION_PAGES_CSP },
    // Described in the interface language, as the browser's shortcut settings list them (locales/*.yml, `commands:`).
    commands: {
      'next-mention': {
        suggested_key: { default: 'Alt+Shift+N' },
        description: '__MSG_commands_nextMention__',
      },
      'previous-mention': {
        suggested_key: { default: 'Alt+Shift+P' },
        description: '__MSG_commands_previousMention__',
      },
      'toggle-panel': {
        suggested_key: { default: 'Alt+Shift+L' },
        description: '__MSG_commands_togglePanel__',
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
  hooks: {
    // The bundled packs ship as files the background reads when a version is new
    // (lib/background/packaged-packs.ts), never inside its script: without whitespace, and gzipped —
    // the places pack is 9.7 MB of JSON, more than the stores' linter parses (and a tenth of it gzipped).
    'build:publicAssets': async (wxt, files) => {
      const scratch = resolve('.wxt/packs');
      mkdirSync(scratch, { recursive: true });
      const packed = (file: string, json: unknown) => {
        const absoluteSrc = resolve(scratch, `${wxt.config.mode}-${file}.gz`);
        writeFileSync(absoluteSrc, gzipSync(JSON.stringify(json), { level: 9 }));
        files.push({ absoluteSrc, relativeDest: `packs/${file}.gz` });
      };
      for (const { file } of packIndex) packed(file, JSON.parse(readFileSync(`assets/packs/${file}`, 'utf8')));
      // The outlines locator maps are drawn from (scripts/build-map.ts), read by the background when a card needs one.
      files.push({ relativeDest: 'maps/world.json', contents: readFileSync('assets/maps/world.json', 'utf8') });
      // The scale-test build adds 200,000 made-up names (lib/core/knowledge/pack-index.ts).
      if (wxt.config.mode === 'e2e-large') {
        const { largePack, LARGE_PACK_FILE } = await import('./bench/large-pack');
        packed(LARGE_PACK_FILE, largePack());
      }
    },
  },
  vite: () => ({
    // franc's tables built at its first use, not while a woken service worker starts (see the plugin).
    plugins: [lazyFrancTables()],
    esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
    build: { sourcemap: false },
  }),
});
