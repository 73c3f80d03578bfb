/**
 * `npm run density` — how many marks the bundled packs put on the saved real pages, per 1,000 words:
 * with the story pack alone, with the packs that ship switched on, and with those at the default
 * density (countries marked at their first mention only). Counts what the content script would draw
 * at each setting, from the same text and matcher (`npm run scan`), page by page and in total.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { bundledPacks } from '../lib/node/bundled-packs';
import { packsMatcher, packsView } from '../lib/core/knowledge/pack-matcher';
import { byDensity } from '../lib/core/page/mark-filters';
import { DEFAULT_SETTINGS } from '../lib/core/settings';
import { extractHtmlText } from '../lib/node/html-text';
import { scanSegments } from '../lib/node/scan';

const DIR = 'tests/fixtures/real-pages';
const shipped = bundledPacks().filter((p) => p.enabledByDefault !== false);
const story = shipped.filter((p) => p.id === 'core');
const kinds = new Map(packsView(shipped).cards.map((c) => [c.id, c.kind]));
const storyMatcher = packsMatcher(story);
const shippedMatcher = packsMatcher(shipped);
const setups = [
  { name: 'story pack, all mentions', matcher: storyMatcher, density: 'all' as const },
  { name: 'shipped packs, all mentions', matcher: shippedMatcher, density: 'all' as const },
  {
    name: `shipped packs, default (${DEFAULT_SETTINGS.density})`,
    matcher: shippedMatcher,
    density: DEFAULT_SETTINGS.density,
  },
];

const rows: string[][] = [];
const totals = setups.map(() => 0);
let words = 0;
for (const file of readdirSync(DIR)
  .filter((f) => f.endsWith('.html'))
  .sort()) {
  const doc = extractHtmlText(readFileSync(`${DIR}/${file}`, 'utf8'));
  const n = doc.text.split(/\s+/).filter(Boolean).length;
  words += n;
  // Each matcher reads the page once; the densities thin what it found.
  const found = new Map(
    [storyMatcher, shippedMatcher].map((m) => [
      m,
      scanSegments(m, new Map(), doc).map((x) => ({ entity: x.id, kind: kinds.get(x.id) ?? '' })),
    ]),
  );
  const counts = setups.map((s, i) => {
    const marks = found.get(s.matcher)!;
    const shown = byDensity(marks, s.density).length;
    totals[i]! += shown;
    return shown;
  });
  rows.push([file, String(n), ...counts.map((c) => ((c * 1000) / Math.max(n, 1)).toFixed(1))]);
}
rows.push(['ALL', String(words), ...totals.map((c) => ((c * 1000) / words).toFixed(1))]);
console.log(`marks per 1,000 words: ${setups.map((s, i) => `[${i + 1}] ${s.name}`).join('; ')}`);
console.log(['page', 'words', '[1]', '[2]', '[3]'].join('\t'));
for (const r of rows) console.log(r.join('\t'));
console.log(JSON.stringify({ words, marks: totals, per1000: totals.map((c) => +((c * 1000) / words).toFixed(2)) }));
