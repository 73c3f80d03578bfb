// Lint rules that guard Backstory's promises in the code that ships: cards are text only (no HTML
// or code built from strings), nothing goes over the network, and the content script never opens
// IndexedDB (there it would be the web page's database). Style is left to the formatter and review.
import tseslint from 'typescript-eslint';

const NO_HTML = 'cards and pages render text only: build elements with Preact or the DOM, never from HTML strings';
const NO_NETWORK = 'Backstory makes no network requests';

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
    { selector: "NewExpression[callee.name=/^(XMLHttpRequest|WebSocket|EventSource|WebTransport|RTCPeerConnection)$/]", message: NO_NETWORK },
    { selector: "ImportExpression[source.type!='Literal']", message: 'no code loaded from a computed address' },
  ],
  '@typescript-eslint/no-explicit-any': 'error',
};

export default tseslint.config(
  { ignores: ['dist/**', '.wxt/**', '.output/**', 'output/**', 'node_modules/**'] },
  {
    files: ['entrypoints/**/*.{ts,tsx}', 'components/**/*.{ts,tsx}', 'lib/**/*.{ts,tsx}'],
    // The globals no-implied-eval follows (a string handed to a timer is code too).
    languageOptions: { parser: tseslint.parser, globals: { window: 'readonly', self: 'readonly', globalThis: 'readonly', setTimeout: 'readonly', setInterval: 'readonly' } },
    plugins: { '@typescript-eslint': tseslint.plugin },
    rules: productRules,
  },
  {
    // What runs in web pages: IndexedDB there belongs to the page, so data comes from the background.
    files: ['entrypoints/content/**/*.ts', 'lib/page/**/*.{ts,tsx}', 'lib/text/**/*.ts'],
    rules: {
      'no-restricted-globals': ['error', { name: 'indexedDB', message: 'in a content script this is the web page’s database; ask the background' }],
      'no-restricted-imports': ['error', { paths: [{ name: 'dexie', message: 'the database lives in the extension’s origin; ask the background' }], patterns: [{ group: ['**/db/*'], message: 'the database lives in the extension’s origin; ask the background' }] }],
    },
  },
);
