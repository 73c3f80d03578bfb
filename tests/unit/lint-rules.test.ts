import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

/**
 * The lint rules (eslint.config.js) that keep Backstory's promises, each shown to catch what it
 * forbids. `npm test` runs the same rules over the whole product source (`npm run lint`).
 */
const eslint = new ESLint({ cwd: process.cwd() });

async function problems(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages.map((m) => m.ruleId ?? m.message);
}

describe('lint rules for product code', () => {
  const forbidden: [string, string][] = [
    ['el.innerHTML = text;', 'no-restricted-properties'],
    ['el.outerHTML = text;', 'no-restricted-properties'],
    ["el.insertAdjacentHTML('beforeend', text);", 'no-restricted-properties'],
    ["new DOMParser().parseFromString(text, 'text/html');", 'no-restricted-properties'],
    ['document.write(text);', 'no-restricted-properties'],
    ['const x = <div dangerouslySetInnerHTML={{ __html: text }} />;', 'no-restricted-syntax'],
    ['eval(text);', 'no-eval'],
    ['new Function(text);', 'no-new-func'],
    ["setTimeout('run()', 1);", 'no-implied-eval'],
    ["fetch('https://example.com');", 'no-restricted-syntax'],
    ['new XMLHttpRequest();', 'no-restricted-syntax'],
    ["new WebSocket('wss://example.com');", 'no-restricted-syntax'],
    ["navigator.sendBeacon('https://example.com', text);", 'no-restricted-properties'],
    ['await import(url);', 'no-restricted-syntax'],
    ['const x: any = text;', '@typescript-eslint/no-explicit-any'],
  ];
  it.each(forbidden)('refuses `%s`', async (code, rule) => {
    expect(
      await problems(`declare const el: Element, text: string, url: string;\n${code}\n`, 'components/Example.tsx'),
    ).toContain(rule);
  });

  it('lets text through: textContent, Preact text children, createElement', async () => {
    const code =
      "declare const el: Element, text: string;\nel.textContent = text;\nconst x = <p>{text}</p>;\ndocument.createElement('div');\n";
    expect(await problems(code, 'components/Example.tsx')).toEqual([]);
  });

  it('keeps IndexedDB and Dexie out of the code that runs in web pages, but not out of the background', async () => {
    const code = "import Dexie from 'dexie';\nindexedDB.open('x');\nexport const d = Dexie;\n";
    expect(await problems(code, 'lib/page/example.ts')).toEqual(
      expect.arrayContaining(['no-restricted-imports', 'no-restricted-globals']),
    );
    expect(await problems(code, 'lib/background/example.ts')).toEqual([]);
  });

  it('keeps every read-write transaction in the write path, and lets reads through anywhere', async () => {
    const write =
      "declare const db: { transaction: (...args: unknown[]) => Promise<void> };\nawait db.transaction('rw', db, async () => undefined);\n";
    for (const file of [
      'lib/background/card-edits.ts',
      'components/Example.tsx',
      'entrypoints/options/main.tsx',
      'lib/page/example.ts',
    ]) {
      expect(await problems(write, file), file).toContain('no-restricted-syntax');
    }
    expect(await problems(write.replace("'rw'", "'rw!'"), 'lib/background/example.ts')).toContain(
      'no-restricted-syntax',
    );
    expect(await problems(write, 'lib/background/writes.ts')).toEqual([]);
    expect(await problems("fetch('https://example.com');\n", 'lib/background/writes.ts')).toContain(
      'no-restricted-syntax',
    ); // its other rules still hold
    expect(await problems(write.replace("'rw'", "'r'"), 'lib/background/example.ts')).toEqual([]);
  });
});

describe('lint rules that keep each folder in its room', () => {
  const imports = (from: string) => `import { x } from '${from}';
export const y = x;
`;
  const refused = async (code: string, file: string) =>
    expect(await problems(code, file), `${file}: ${code}`).toContain('no-restricted-imports');
  const allowed = async (code: string, file: string) =>
    expect(await problems(code, file), `${file}: ${code}`).toEqual([]);

  it('keeps lib/core pure: nothing that runs in one place only, no DOM, no browser API', async () => {
    for (const from of [
      '../background/database',
      '../page/marks',
      '../extension/ask',
      '../node/html-text',
      '../../components/Card',
      'dexie',
      'wxt/browser',
      'node:fs',
      'preact',
    ])
      await refused(imports(from), 'lib/core/example.ts');
    for (const global of [
      'document.title',
      'window.name',
      'browser.runtime',
      'chrome.runtime',
      'indexedDB',
      'localStorage',
      'performance.now()',
    ])
      expect(
        await problems(
          `export const y = ${global};
`,
          'lib/core/example.ts',
        ),
        global,
      ).toContain('no-restricted-globals');
    await allowed(imports('./knowledge/pack-schema'), 'lib/core/example.ts');
  });

  it('keeps the page away from the database and Node tools', async () => {
    for (const from of ['../background/database', '../node/html-text', 'dexie', 'fake-indexeddb', 'node:fs'])
      await refused(imports(from), 'lib/page/example.ts');
    await refused(imports('../../lib/background/requests'), 'entrypoints/content/example.ts');
    await allowed(imports('../core/protocol'), 'lib/page/example.ts');
    await allowed(imports('../../components/Card'), 'lib/page/example.ts');
  });

  it('gives components functions, never the database, the page or Node tools', async () => {
    for (const from of ['../lib/background/database', '../lib/page/marks', '../lib/node/scan', 'dexie'])
      await refused(imports(from), 'components/Example.tsx');
    await allowed(imports('../lib/core/protocol'), 'components/Example.tsx');
  });

  it('keeps page, UI and Node code out of the background, and the glue thin', async () => {
    for (const from of ['../page/marks', '../../components/Card', '../node/html-text'])
      await refused(imports(from), 'lib/background/example.ts');
    for (const from of ['../background/database', '../page/marks', 'dexie'])
      await refused(imports(from), 'lib/extension/example.ts');
    for (const from of ['../background/database', '../page/marks', '../extension/ask'])
      await refused(imports(from), 'lib/node/example.ts');
    await allowed(imports('../core/text/matcher'), 'lib/node/example.ts');
  });
});
