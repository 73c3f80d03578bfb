import { execFile } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { extractHtmlText } from '../../lib/node/html-text';

const run = promisify(execFile);
const scan = (...args: string[]) =>
  run('node_modules/.bin/vite-node', ['scripts/scan.ts', ...args], { encoding: 'utf8' });

interface Line {
  file: string;
  date: string;
  dated: boolean;
  mentions: { id: string; label: string; surface: string; start: number; end: number; office?: string }[];
}

describe('npm run scan', () => {
  it('prints one JSON line per file, with offsets into the extracted text', async () => {
    const seed = 'tests/fixtures/articles/seed.ar.txt';
    const demo = 'tests/fixtures/demo-ar.html';
    const { stdout } = await scan(seed, demo);
    const [a, b] = stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Line);
    expect(a!.file).toBe(seed);
    // 56 names, and «الرئيس الروسي» resolved to Putin (no --date: today's holder, who is the same).
    expect(a!.mentions).toHaveLength(57);
    const text = readFileSync(seed, 'utf8');
    for (const m of a!.mentions) expect(text.slice(m.start, m.end)).toBe(m.surface);
    expect(a!.mentions.find((m) => m.id === 'pkk')).toMatchObject({
      label: "Kurdistan Workers' Party (PKK)",
      surface: 'حزب العمال الكردستاني',
    });

    const extracted = extractHtmlText(readFileSync(demo, 'utf8')).text;
    for (const m of b!.mentions) expect(extracted.slice(m.start, m.end)).toBe(m.surface);
    // The comment box, inputs, editable draft and scripts of the demo page hold names too: none is reported.
    expect(extracted).not.toContain('مسودة');
    expect(extracted).not.toContain('siteConfig');
  }, 30_000);

  it('resolves titles by --date: the same sentence names Çavuşoğlu in 2021 and Fidan in 2024', async () => {
    const file = join(tmpdir(), 'titles.ar.txt');
    writeFileSync(file, 'وقال وزير الخارجية التركي إن الرئيس الروسي سيزور أنقرة.\n');
    const titles = async (date: string) => {
      const line = JSON.parse((await scan('--date', date, file)).stdout) as Line;
      expect(line).toMatchObject({ date, dated: true });
      return line.mentions.filter((m) => m.office).map((m) => `${m.surface}=${m.id} (${m.office})`);
    };
    expect(await titles('2021-09-29')).toEqual([
      'وزير الخارجية التركي=mevlut-cavusoglu (office-turkey-foreign-minister)',
      'الرئيس الروسي=putin (office-russia-head-of-state)',
    ]);
    expect(await titles('2024-06-01')).toEqual([
      'وزير الخارجية التركي=hakan-fidan (office-turkey-foreign-minister)',
      'الرئيس الروسي=putin (office-russia-head-of-state)',
    ]);
    await expect(scan('--date', '29/09/2021', file)).rejects.toMatchObject({ code: 2 });
  }, 30_000);

  it('checks a pack author’s own pack against an article, and refuses a broken one with the reason', async () => {
    const dir = tmpdir();
    const pack = JSON.parse(readFileSync('assets/packs/core.json', 'utf8')) as { cards: { id: string }[] };
    pack.cards = pack.cards.filter((c) => c.id === 'sochi');
    writeFileSync(join(dir, 'sochi.json'), JSON.stringify(pack));
    const { stdout } = await scan('--pack', join(dir, 'sochi.json'), 'tests/fixtures/articles/seed.ar.txt');
    expect((JSON.parse(stdout) as Line).mentions.map((m) => m.surface)).toEqual(['سوتشي', 'سوتشي']);

    (pack.cards[0] as Record<string, unknown>).kind = 'city';
    writeFileSync(join(dir, 'broken.json'), JSON.stringify(pack));
    const failed = await scan('--pack', join(dir, 'broken.json'), 'tests/fixtures/articles/seed.ar.txt').catch(
      (e: { code: number; stderr: string }) => e,
    );
    expect(failed).toMatchObject({ code: 2 });
    expect((failed as { stderr: string }).stderr).toMatch(/cards\[0\]\.kind: Invalid type/);
  }, 30_000);
});

describe('reading saved HTML as the browser reads the page', () => {
  it('reads an open declarative shadow root before the light children, and never a closed one', () => {
    const html =
      '<!doctype html><body><p>a</p>' +
      '<div><template shadowrootmode="open"><p>in the root</p><slot></slot></template><span>light</span></div>' +
      '<div><template shadowrootmode="closed"><p>closed</p><slot></slot></template>after</div>' +
      '<ul><template shadowrootmode="open"><p>no root on a list</p></template><li>item</li></ul></body>';
    expect(extractHtmlText(html).segments.map((s) => s.text)).toEqual(['a', 'in the root', 'light', 'after', 'item']);
  });

  it('gives each run the language of its nearest block, through shadow roots, else the page’s', () => {
    const html =
      '<!doctype html><html lang="en"><body><p>page</p><div lang="fr"><p>bloc <span lang="de">inline</span></p>' +
      '<div><template shadowrootmode="open"><p>racine</p></template></div><p lang="">none</p></div>' +
      '<p lang="he-IL">שלום</p></body></html>';
    expect(extractHtmlText(html).segments.map((s) => [s.text, s.lang])).toEqual([
      ['page', 'en'],
      ['bloc inline', 'fr'],
      ['racine', 'fr'],
      ['none', undefined],
      ['שלום', 'he-IL'],
    ]);
  });

  it('leaves out what the markup itself hides: the hidden attribute, an inline display: none, a host’s children no slot shows', () => {
    const html =
      '<!doctype html><body><p>shown</p><p hidden>hidden</p><p style="color: red; display:none">styled away</p>' +
      '<div><template shadowrootmode="open"><p>root</p></template><p>not slotted</p></div>' +
      '<p style="display: block">block</p></body>';
    expect(extractHtmlText(html).segments.map((s) => s.text)).toEqual(['shown', 'root', 'block']);
  });
});
