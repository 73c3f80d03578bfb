// Lint rules that guard Backstory's promises in the code that ships: cards are text only (no HTML
// or code built from strings), nothing goes over the network, and the content script never opens
// IndexedDB (there it would be the web page's database). Style is left to the formatter and review.
import tseslint from 'typescript-eslint';

const NO_HTML = 'cards and pages render text only: build elements with Preact or the DOM, never from HTML strings';
const NO_NETWORK = 'Backstory makes no network requests';
// Every database write goes through lib/background/writes.ts: it moves the revision and tells open tabs.
const ONE_WRITE_PATH = {
  selector: "CallExpression[callee.property.name='transaction'][arguments.0.value=/^(rw[!?]?|readwrite)$/]",
  message: 'database writes go through lib/background/writes.ts (commit): it bumps the revision and tells open tabs',
};

export const productRules = {
  'no-eval': 'error',
  'no-implied-eval': 'error',
  'no-new-func': 'error',
  'no-restricted-properties': [
    'error',
    { property: 'innerHTML', message: NO_HTML },
    { property: 'outerHTML', message: NO_HTML },
    { property: 'insertAdjacentHTML', message: NO_HTML },
    { property: 'createContextualFragment', message: NO_HTML },
    { property: 'parseFromString', message: NO_HTML },
    { property: 'setHTMLUnsafe', message: NO_HTML },
    { object: 'document', property: 'write', message: NO_HTML },
    { object: 'document', property: 'writeln', message: NO_HTML },
    { property: 'sendBeacon', message: NO_NETWORK },
  ],
  'no-restricted-syntax': [
    'error',
    { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: NO_HTML },
    { selector: "CallExpression[callee.name='fetch']", message: NO_NETWORK },
    {
      selector: 'NewExpression[callee.name=/^(XMLHttpRequest|WebSocket|EventSource|WebTransport|RTCPeerConnection)$/]',
      message: NO_NETWORK,
    },
    { selector: "ImportExpression[source.type!='Literal']", message: 'no code loaded from a computed address' },
    ONE_WRITE_PATH,
  ],
  '@typescript-eslint/no-explicit-any': 'error',
};

/**
 * Folders say where their code runs, and each may only import what runs there too:
 *   lib/core        pure logic that runs anywhere (Node, background, page, extension pages)
 *   lib/background  the extension's origin: the database, its one write path, request handlers
 *   lib/extension   browser-API glue shared by the content script and Backstory's own pages
 *   lib/page        the content script in web pages (DOM)
 *   lib/node        Node-only tools (saved HTML for npm run scan)
 *   components      Preact UI: Backstory's pages, and the card the page shows
 */
const AWAY = (folders, why) => folders.map((f) => ({ group: [`**/${f}/**`, `**/${f}`], message: why }));
const PURE_GLOBALS = [
  'document',
  'window',
  'navigator',
  'location',
  'indexedDB',
  'browser',
  'chrome',
  'localStorage',
  'getComputedStyle',
  'CSS',
  'requestAnimationFrame',
  'requestIdleCallback',
  'MutationObserver',
  'performance',
].map((name) => ({
  name,
  message: 'lib/core is pure: no DOM or browser API here (pass what is needed in)',
}));
const NO_DATABASE = {
  name: 'dexie',
  message: 'the database lives in the extension’s origin (lib/background); ask it through lib/core/protocol.ts',
};

export const folderRules = {
  core: {
    'no-restricted-globals': ['error', ...PURE_GLOBALS],
    'no-restricted-imports': [
      'error',
      {
        paths: [
          NO_DATABASE,
          { name: 'fake-indexeddb', message: 'lib/core is pure' },
          { name: 'preact', message: 'lib/core is pure: UI lives in components' },
          { name: '#i18n', message: 'lib/core is pure' },
        ],
        patterns: [
          ...AWAY(
            ['background', 'page', 'extension', 'node', 'components'],
            'lib/core runs anywhere: it imports nothing that runs in one place only',
          ),
          {
            group: ['wxt', 'wxt/*', 'webextension-polyfill', '@wxt-dev/*', 'node:*', '@floating-ui/*'],
            message: 'lib/core is pure: no browser, extension or Node API',
          },
        ],
      },
    ],
  },
  page: {
    'no-restricted-globals': [
      'error',
      { name: 'indexedDB', message: 'in a content script this is the web page’s database; ask the background' },
    ],
    'no-restricted-imports': [
      'error',
      {
        paths: [NO_DATABASE, { name: 'fake-indexeddb', message: 'the page asks the background' }],
        patterns: [
          ...AWAY(
            ['background'],
            'the page cannot reach the database: ask the background through lib/core/protocol.ts',
          ),
          ...AWAY(['node'], 'Node-only code does not run in a page'),
          { group: ['node:*'], message: 'Node-only code does not run in a page' },
        ],
      },
    ],
  },
  components: {
    'no-restricted-imports': [
      'error',
      {
        paths: [NO_DATABASE],
        patterns: [
          ...AWAY(['background'], 'components get functions from their entrypoint, never the database'),
          ...AWAY(['page', 'node'], 'components do not depend on the content script or Node tools'),
        ],
      },
    ],
  },
  background: {
    'no-restricted-imports': [
      'error',
      { patterns: AWAY(['page', 'components', 'node'], 'the background does not run page, UI or Node code') },
    ],
  },
  extension: {
    'no-restricted-imports': [
      'error',
      {
        paths: [NO_DATABASE],
        patterns: AWAY(
          ['background', 'page', 'components', 'node'],
          'lib/extension is thin browser glue over lib/core',
        ),
      },
    ],
  },
  node: {
    'no-restricted-imports': [
      'error',
      {
        patterns: AWAY(
          ['background', 'page', 'extension', 'components'],
          'Node tools share lib/core with the extension, nothing else',
        ),
      },
    ],
  },
};

export default tseslint.config(
  { ignores: ['dist/**', '.wxt/**', '.output/**', 'output/**', 'node_modules/**'] },
  {
    files: ['entrypoints/**/*.{ts,tsx}', 'components/**/*.{ts,tsx}', 'lib/**/*.{ts,tsx}'],
    // The globals no-implied-eval follows (a string handed to a timer is code too).
    languageOptions: {
      parser: tseslint.parser,
      globals: {
        window: 'readonly',
        self: 'readonly',
        globalThis: 'readonly',
        setTimeout: 'readonly',
        setInterval: 'readonly',
      },
    },
    plugins: { '@typescript-eslint': tseslint.plugin },
    rules: productRules,
  },
  { files: ['lib/core/**/*.{ts,tsx}'], rules: folderRules.core },
  // What runs in web pages: IndexedDB there belongs to the page, so data comes from the background.
  { files: ['entrypoints/content/**/*.ts', 'lib/page/**/*.{ts,tsx}'], rules: folderRules.page },
  { files: ['components/**/*.{ts,tsx}'], rules: folderRules.components },
  { files: ['lib/background/**/*.ts'], rules: folderRules.background },
  { files: ['lib/extension/**/*.ts'], rules: folderRules.extension },
  { files: ['lib/node/**/*.ts'], rules: folderRules.node },
  // The write path itself: the one place a read-write transaction is opened.
  {
    files: ['lib/background/writes.ts'],
    rules: { 'no-restricted-syntax': productRules['no-restricted-syntax'].filter((entry) => entry !== ONE_WRITE_PATH) },
  },
);
