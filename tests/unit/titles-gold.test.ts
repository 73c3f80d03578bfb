/**
 * Titles in twelve languages, against gold sentences written as news writes them (not to fit the
 * templates): every title that names one state's or organisation's office found and resolved to its
 * holder on the item's date, and nothing else resolved. Precision and recall per language, at least 0.95 each.
 */
import { describe, expect, it } from 'vitest';
import gold from '../fixtures/titles/gold.json';
import gold2 from '../fixtures/titles/gold-2.json';
import goldOrgs from '../fixtures/titles/gold-orgs.json';
import { packsReading } from '../../lib/core/titles/packs-reading';
import { mentionsWithTitles } from '../../lib/core/titles/find-with-titles';
import { bundledPacks } from '../../lib/node/bundled-packs';

interface GoldItem {
  lang: string;
  date: string;
  text: string;
  titles: { surface: string; person: string; office: string }[];
}

const { matcher, offices } = packsReading(bundledPacks().filter((p) => p.enabledByDefault !== false));
/**
 * Three sets by three authors, each written without reading the templates: two of states' offices,
 * one of organisations' heads (nicknames such as "Kremlchef" are out of scope).
 */
const items = [...gold, ...gold2, ...goldOrgs] as GoldItem[];

/** Found and expected agree when they name the same holder and office and overlap in the text. */
function score(lang: string) {
  let tp = 0;
  let found = 0;
  let expected = 0;
  const misses: string[] = [];
  for (const item of items.filter((i) => i.lang === lang)) {
    const got = mentionsWithTitles(matcher, item.text, lang, offices, item.date).filter((m) => m.office);
    found += got.length;
    expected += item.titles.length;
    const used = new Set<number>();
    for (const t of item.titles) {
      const at = item.text.indexOf(t.surface);
      const k = got.findIndex(
        (m, j) =>
          !used.has(j) &&
          m.entity === t.person &&
          m.office === t.office &&
          m.start < at + t.surface.length &&
          at < m.end,
      );
      if (k >= 0) {
        used.add(k);
        tp++;
      } else misses.push(`missed «${t.surface}» = ${t.person} in «${item.text}»`);
    }
    got.forEach((m, j) => {
      if (!used.has(j)) misses.push(`wrong «${item.text.slice(m.start, m.end)}» = ${m.entity} in «${item.text}»`);
    });
  }
  return { precision: found ? tp / found : 1, recall: expected ? tp / expected : 1, found, expected, misses };
}

describe('titles in twelve languages, against gold sentences', () => {
  it.each(['ar', 'en', 'tr', 'ru', 'uk', 'fr', 'de', 'es', 'pt', 'it', 'fa', 'he'])('%s', (lang) => {
    const s = score(lang);
    console.log(
      `titles ${lang}: precision ${s.precision.toFixed(3)} recall ${s.recall.toFixed(3)} (${s.expected} expected, ${s.found} found)`,
    );
    expect(s.expected).toBeGreaterThanOrEqual(18);
    expect(s.precision, s.misses.join('\n')).toBeGreaterThanOrEqual(0.95);
    expect(s.recall, s.misses.join('\n')).toBeGreaterThanOrEqual(0.95);
  });
});
