import { describe, expect, it } from 'vitest';
import { browse, catalogueEntry, labelIn } from '../../lib/core/library-catalogue';
import type { Card } from '../../lib/core/knowledge/pack-schema';
import { countryIsIn, WORLD_REGIONS } from '../../lib/core/world-regions';
import { bundledPack } from '../../lib/node/bundled-packs';

const card = (id: string, kind: Card['kind'], more: Partial<Card> = {}): Card => ({
  id,
  kind,
  label: { en: id.toUpperCase(), ar: `ع-${id}` },
  aliases: { en: [id] },
  summary: { en: 'x' },
  facts: [],
  sources: [],
  reviewed: '2026-12-01',
  ...more,
});
const row = (c: Card, packId = 'world', edits = {}) => ({ id: c.id, packId, card: c, edits });

const entries = [
  catalogueEntry(
    row(card('kyiv', 'place', { geo: { country: 'UA' }, description: { en: 'Capital of Ukraine' } }), 'where-and-what'),
  ),
  catalogueEntry(row(card('ukraine', 'country', { sameAs: ['iso3166:UA'] }), 'countries')),
  catalogueEntry(
    row(
      card('natanz', 'place', { geo: { country: 'IR' }, description: { en: 'Nuclear enrichment site' } }),
      'where-and-what',
      { label: {} },
    ),
  ),
  catalogueEntry(row(card('himars', 'weapon-system', { description: { en: 'US rocket launcher' } }))),
];

describe("the library's catalogue", () => {
  it('keeps what the list shows and what it is browsed by, and whether the reader edited the card', () => {
    expect(entries[0]).toMatchObject({
      id: 'kyiv',
      kind: 'place',
      pack: 'where-and-what',
      country: 'UA',
      edited: false,
    });
    // A country card is in its own country.
    expect(entries[1]!.country).toBe('UA');
    expect(entries[2]!.edited).toBe(true);
    expect(entries[3]!.country).toBeUndefined();
    expect(labelIn(entries[0]!, 'ar')).toBe('ع-kyiv');
  });

  it('browses by kind, pack, region and country, together', () => {
    const ids = (f: Parameters<typeof browse>[1]) => browse(entries, f).map((e) => e.id);
    expect(ids({})).toEqual(['kyiv', 'ukraine', 'natanz', 'himars']);
    expect(ids({ kind: 'place' })).toEqual(['kyiv', 'natanz']);
    expect(ids({ country: 'UA' })).toEqual(['kyiv', 'ukraine']);
    expect(ids({ kind: 'place', country: 'IR' })).toEqual(['natanz']);
    expect(ids({ pack: 'world' })).toEqual(['himars']);
    // A region is a continent or a part of one (UN M.49, from CLDR): Ukraine is in Eastern Europe
    // (151) and Europe (150), Iran in Southern Asia (034) and Asia (142); a card with no country is in none.
    expect(ids({ region: '151' })).toEqual(['kyiv', 'ukraine']);
    expect(ids({ region: '150' })).toEqual(['kyiv', 'ukraine']);
    expect(ids({ region: '034' })).toEqual(['natanz']);
    expect(ids({ region: '142', kind: 'place' })).toEqual(['natanz']);
    expect(ids({ region: '145' })).toEqual([]);
  });

  it("finds by the matcher's names first, in its order, then by the start of words of a label or description", () => {
    const found = (text: string, named: string[] = [], filter = {}) =>
      browse(entries, filter, { text, named }).map((e) => e.id);
    expect(found('nucl')).toEqual(['natanz']);
    expect(found('ROCKET launcher')).toEqual(['himars']);
    // Inside a word is not the start of one.
    expect(found('ucle')).toEqual([]);
    expect(found('capital', ['himars', 'natanz'])).toEqual(['himars', 'natanz', 'kyiv']);
    // The filters hold for names too.
    expect(found('x', ['himars', 'kyiv'], { kind: 'place' })).toEqual(['kyiv']);
    // A card named twice (two of its names, or a card merged into it) is listed once.
    expect(found('x', ['natanz', 'kyiv', 'natanz'])).toEqual(['natanz', 'kyiv']);
    // Every entry with the word, the last one too, each once however often the word is in it.
    expect(found('ukrain')).toEqual(['kyiv', 'ukraine']);
    // A word's hit stays in its entry: the end of one entry's words and the start of the next's are not one word.
    const last = entries.at(-1)!.words.trim().split(' ').at(-1)!;
    const next = entries[0]!.words.trim().split(' ')[0]!;
    expect(found(`${last}${next}`)).toEqual([]);
  });
});

describe('the regions the library is browsed by', () => {
  it('puts every country with a card in exactly one part of one continent', () => {
    const where = new Map<string, string>();
    for (const c of WORLD_REGIONS.continents)
      for (const r of c.regions) for (const country of r.countries) where.set(country, `${c.code}/${r.code}`);
    for (const card of bundledPack('countries').cards) {
      const code = card.sameAs?.find((k) => k.startsWith('iso3166:'))?.slice('iso3166:'.length);
      if (code) expect(where.get(code), `${card.id} (${code})`).toBeDefined();
    }
    expect(where.get('SY')).toBe('142/145');
    expect(where.get('SD')).toBe('002/015');
    expect(countryIsIn('PS', '145')).toBe(true);
    expect(countryIsIn('PS', '150')).toBe(false);
    expect(countryIsIn(undefined, '145')).toBe(false);
  });
});
