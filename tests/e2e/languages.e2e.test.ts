import { describe, expect, it } from 'vitest';
import type { BrowserName } from '../../scripts/lib/browsers';
import { readMarks } from '../../scripts/lib/page-probes';
import { scannedMarks } from './scanned-marks';
import { extensionSession } from './session';

// One page with a paragraph in each language, each with its `lang`: the content script reads the
// language the page declares block by block, as `npm run scan` does, and applies each language's
// rules only there.
describe.each<BrowserName>(['chromium', 'firefox'])('a page in twelve languages in %s', (browserName) => {
  const s = extensionSession(browserName, 'tests/fixtures', 'languages.html');
  const { found, drawn } = scannedMarks('tests/fixtures/languages.html');

  it('marks what `npm run scan` reports, with each block read in its own language', async () => {
    const marked = (await s.page.evaluate(readMarks)).map((m) => m.text);
    expect(marked).toEqual(drawn);
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

// The full name in the headline, its surname alone some 5,000 characters on: the page reads them in
// different requests, and passes on the cards named so far, so the surname (flagged afterName) is
// marked as `npm run scan` marks it in the whole file.
describe.each<BrowserName>(['chromium', 'firefox'])('a surname after the full name in %s', (browserName) => {
  const s = extensionSession(browserName, 'tests/fixtures', 'after-name.html');
  const { drawn } = scannedMarks('tests/fixtures/after-name.html');

  it('marks the surname in a later request as the card the first one named', async () => {
    expect(drawn).toEqual(['Delcy Rodríguez', 'Rodríguez', 'Washington']);
    const marked = (await s.page.evaluate(readMarks)).map((m) => m.text);
    expect(marked).toEqual(drawn);
  });
});
