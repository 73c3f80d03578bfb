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
    expect(await problems(`declare const el: Element, text: string, url: string;\n${code}\n`, 'components/Example.tsx')).toContain(rule);
  });

  it('lets text through: textContent, Preact text children, createElement', async () => {
    const code = "declare const el: Element, text: string;\nel.textContent = text;\nconst x = <p>{text}</p>;\ndocument.createElement('div');\n";
    expect(await problems(code, 'components/Example.tsx')).toEqual([]);
  });

  it('keeps IndexedDB and Dexie out of the code that runs in web pages, but not out of the background', async () => {
    const code = "import Dexie from 'dexie';\nindexedDB.open('x');\nexport const d = Dexie;\n";
    expect(await problems(code, 'lib/page/example.ts')).toEqual(expect.arrayContaining(['no-restricted-imports', 'no-restricted-globals']));
    expect(await problems(code, 'lib/db/example.ts')).toEqual([]);
  });
});
