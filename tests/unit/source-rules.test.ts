import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/** Product source: what ships in the extension. */
function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}
const product = ['entrypoints', 'components', 'lib'].flatMap(sources);

describe('product source rules', () => {
  it('builds no HTML or code from strings: cards render text only', () => {
    const hits = product.filter((f) => /innerHTML|outerHTML|dangerouslySetInnerHTML|insertAdjacentHTML|document\.write|new Function|\beval\(/.test(readFileSync(f, 'utf8')));
    expect(hits).toEqual([]);
  });

  it('makes no network requests', () => {
    const hits = product.filter((f) => /\bfetch\(|XMLHttpRequest|sendBeacon|new WebSocket|new EventSource/.test(readFileSync(f, 'utf8')));
    expect(hits).toEqual([]);
  });

  it('keeps IndexedDB out of content-script code (there it would be the page’s database)', () => {
    const contentSide = [...sources('entrypoints/content'), ...sources('lib/page'), ...sources('lib/text')];
    const hits = contentSide.filter((f) => /from ['"]dexie['"]|indexedDB|\/db\//.test(readFileSync(f, 'utf8')));
    expect(hits).toEqual([]);
  });
});
