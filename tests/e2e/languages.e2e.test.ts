import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bundledPacks } from '../../lib/core/knowledge/bundled-packs';
import { packsMatcher, packsView } from '../../lib/core/knowledge/pack-matcher';
import { byDensity } from '../../lib/core/page/mark-filters';
import { DEFAULT_SETTINGS } from '../../lib/core/settings';
import { extractHtmlText } from '../../lib/node/html-text';
import { scanSegments } from '../../lib/node/scan';
import type { BrowserName } from '../../scripts/lib/browsers';
import { readMarks } from '../../scripts/lib/page-probes';
import { extensionSession } from './session';

// One page with a paragraph in each language, each with its `lang`: the content script reads the
// language the page declares block by block, as `npm run scan` does, and applies each language's
// rules only there.
describe.each<BrowserName>(['chromium', 'firefox'])('a page in twelve languages in %s', (browserName) => {
  const s = extensionSession(browserName, 'tests/fixtures', 'languages.html');
  const packs = bundledPacks().filter((p) => p.enabledByDefault !== false);
  const kinds = new Map(packsView(packs).cards.map((c) => [c.id, c.kind]));
  const found = scanSegments(
    packsMatcher(packs),
    new Map(),
    extractHtmlText(readFileSync('tests/fixtures/languages.html', 'utf8')),
  ).map((m) => ({ ...m, entity: m.id, kind: kinds.get(m.id)! }));

  it('marks what `npm run scan` reports, with each block read in its own language', async () => {
    const marked = (await s.page.evaluate(readMarks)).map((m) => m.text);
    expect(marked).toEqual(byDensity(found, DEFAULT_SETTINGS.density).map((m) => m.surface));
  });

  it('finds the names in their inflected and prefixed forms, and leaves the traps alone', () => {
    const surfaces = found.map((m) => m.surface);
    for (const name of [
      'Estados Unidos',
      'Turquía',
      'Iran',
      'Rússia',
      'پوتین‌ها',
      'טורקיה',
      'ארה"ב',
      'Сирії',
      'Туреччини',
      'РПК',
      'ي ب ك',
      'ERMENİSTAN',
    ])
      expect(surfaces).toContain(name);
    // The ships, the French demonym and adjective, Ukrainian "left", Hebrew "the tradition".
    for (const trap of ['US', 'USS', 'syrien', 'ліві', 'מסורה', 'סור']) expect(surfaces).not.toContain(trap);
    // German genitive Syriens is Syria in the German block only, not « les Syriens » in the French one.
    expect(found.filter((m) => m.surface === 'Syriens')).toHaveLength(1);
  });
});
