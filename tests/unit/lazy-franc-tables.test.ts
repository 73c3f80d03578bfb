import { readFileSync, mkdtempSync, writeFileSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { francAll } from 'franc-min';
import { deferFrancTables } from '../../scripts/lib/lazy-franc-tables';

describe('deferFrancTables', () => {
  const source = readFileSync('node_modules/franc-min/index.js', 'utf8');

  it('gives the pinned franc-min whose tables are built at its first use, with the same answers', async () => {
    // The transformed module beside a copy of franc's own files, evaluated as the build would ship it.
    const dir = mkdtempSync(join(tmpdir(), 'franc-'));
    cpSync('node_modules/franc-min', dir, { recursive: true });
    writeFileSync(join(dir, 'index.js'), deferFrancTables(source));
    const lazy = (await import(pathToFileURL(join(dir, 'index.js')).href)) as { francAll: typeof francAll };
    for (const text of [
      'Le président a annoncé hier une nouvelle réforme des retraites.',
      'Der Präsident kündigte gestern eine neue Rentenreform an.',
      'The president announced a new pension reform yesterday.',
    ])
      expect(lazy.francAll(text).slice(0, 3)).toEqual(francAll(text).slice(0, 3));
  });

  it('stops the build when franc-min no longer has the shape it knows', () => {
    expect(() => deferFrancTables(source.replace('for (script in data) {', 'for (const s in data) {'))).toThrow(
      'franc-min has changed',
    );
  });
});
