import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createLocatorMaps, placeOf } from '../../lib/background/locator-maps';
import { validatePack, type Card } from '../../lib/core/knowledge/pack-schema';
import { mergeCards } from '../../lib/core/knowledge/identity';
import { loadWorld, locatorMap, MAP_HEIGHT, MAP_WIDTH, type WorldFile } from '../../lib/core/maps/locator';
import { bundledPack, bundledPacks } from '../../lib/node/bundled-packs';

const file = JSON.parse(readFileSync('assets/maps/world.json', 'utf8')) as WorldFile;
const world = loadWorld(file);
const inFrame = ([x, y]: [number, number]) => x >= 0 && x <= MAP_WIDTH && y >= 0 && y <= MAP_HEIGHT;
/** The points of an SVG path, to check where the drawing lies. */
const points = (d: string) =>
  [...d.matchAll(/(-?[\d.]+),(-?[\d.]+)/g)].map((m) => [Number(m[1]), Number(m[2])] as [number, number]);

describe('locator maps', () => {
  it('outline the country among its neighbours, inside the frame, with the world inset', () => {
    const map = locatorMap(world, { country: 'LB' })!;
    expect(map.focus.length).toBeGreaterThan(100);
    // Lebanon's neighbours and the sea's far shore are drawn too, clipped to the frame.
    expect(map.land.length).toBeGreaterThan(map.focus.length);
    for (const p of points(map.focus)) expect(inFrame(p)).toBe(true);
    // The country fills much of the frame but not all: a small one is shown with its region around it.
    const xs = points(map.focus).map((p) => p[0]);
    expect(Math.max(...xs) - Math.min(...xs)).toBeLessThan(MAP_WIDTH * 0.6);
    expect(map.inset.world.length).toBeGreaterThan(1000);
    expect(map.dot).toBeUndefined();
  });

  it('puts the dot where the place is, and takes in a place far from its country’s mainland', () => {
    const kharkiv = locatorMap(world, { country: 'UA', lat: 49.99, lon: 36.23 })!;
    const kyiv = locatorMap(world, { country: 'UA', lat: 50.45, lon: 30.52 })!;
    // Same country, same frame: Kharkiv lies east of Kyiv, both inside the outline's frame.
    expect(kharkiv.dot![0]).toBeGreaterThan(kyiv.dot![0]);
    expect(inFrame(kharkiv.dot!) && inFrame(kyiv.dot!)).toBe(true);
    const honolulu = locatorMap(world, { country: 'US', lat: 21.31, lon: -157.86 })!;
    expect(inFrame(honolulu.dot!)).toBe(true);
  });

  it('draws Russia whole across the 180th meridian, from the coarse outlines', () => {
    const map = locatorMap(world, { country: 'RU' })!;
    const xs = points(map.focus).map((p) => p[0]);
    expect(Math.min(...xs)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...xs)).toBeLessThanOrEqual(MAP_WIDTH);
    // Russia's outline spans the frame, and a map that wide needs no more than a few kilobytes.
    expect(Math.max(...xs) - Math.min(...xs)).toBeGreaterThan(MAP_WIDTH * 0.6);
    expect(map.focus.length).toBeLessThan(locatorMap(world, { country: 'UA' })!.focus.length * 4);
  });

  it('draws a point with no country around it, and nothing for a code the outlines do not have', () => {
    const strait = locatorMap(world, { lat: 26.57, lon: 56.25 })!;
    expect(strait.focus).toBe('');
    expect(strait.dot).toEqual([MAP_WIDTH / 2, MAP_HEIGHT / 2]);
    expect(strait.land.length).toBeGreaterThan(100);
    expect(locatorMap(world, { country: 'ZZ' })).toBeUndefined();
  });

  it('are drawn for country cards and placed cards, not for others, and kept once drawn', async () => {
    const countries = bundledPack('countries');
    const sudan = countries.cards.find((c) => c.id === 'country-sd')!;
    const s400 = bundledPacks()
      .find((p) => p.id === 'core')!
      .cards.find((c) => c.id === 's-400')!;
    expect(placeOf(sudan)).toEqual({ country: 'SD' });
    expect(placeOf(s400)).toBeUndefined();
    const elFasher: Card = {
      ...sudan,
      id: 'el-fasher',
      kind: 'place',
      sameAs: undefined,
      geo: { country: 'SD', lat: 13.63, lon: 25.35 },
    };
    expect(placeOf(elFasher)).toEqual({ country: 'SD', lat: 13.63, lon: 25.35 });
    let reads = 0;
    const maps = createLocatorMaps(async () => {
      reads++;
      return file;
    });
    expect(await maps.mapFor(s400)).toBeUndefined();
    const first = await maps.mapFor(elFasher);
    expect(first?.dot).toBeDefined();
    expect(await maps.mapFor(elFasher)).toBe(first);
    expect((await maps.mapFor(sudan))?.dot).toBeUndefined();
    expect(reads).toBe(1);
  });

  it('a card without its outlines still opens: a failed read gives no map, and is tried again', async () => {
    const sudan = bundledPacks()
      .find((p) => p.id === 'countries')!
      .cards.find((c) => c.id === 'country-sd')!;
    let fail = true;
    const maps = createLocatorMaps(async () => {
      if (fail) throw new Error('missing');
      return file;
    });
    expect(await maps.mapFor(sudan)).toBeUndefined();
    fail = false;
    expect((await maps.mapFor(sudan))?.focus.length).toBeGreaterThan(100);
  });
});

describe('a card’s place', () => {
  const pack = (geo: unknown) => ({
    ...bundledPack('core'),
    cards: [{ ...bundledPack('core').cards[0]!, geo }],
  });
  it('takes a country code, a point or both, and names what is wrong', () => {
    expect(validatePack(pack({ country: 'SD', lat: 13.6, lon: 25.3 })).ok).toBe(true);
    expect(validatePack(pack({ lat: 13.6, lon: 25.3 })).ok).toBe(true);
    const errors = (g: unknown) => {
      const r = validatePack(pack(g));
      return r.ok ? [] : r.errors.join('\n');
    };
    expect(errors({ lat: 13.6 })).toMatch(/geo.*lat and lon go together/);
    expect(errors({})).toMatch(/geo.*a country, a point, or both/);
    expect(errors({ country: 'Sudan' })).toMatch(/geo\.country.*ISO 3166-1/);
    expect(errors({ lat: 95, lon: 0 })).toMatch(/geo\.lat/);
  });

  it('comes through a merge: the point of the card that has one, the country of the first that says', () => {
    const base = bundledPack('core').cards[0]!;
    const curated: Card = { ...base, id: 'kharkiv', kind: 'place', geo: { country: 'UA' } };
    const generated: Card = {
      ...base,
      id: 'city-706483',
      kind: 'place',
      geo: { lat: 49.98, lon: 36.25, country: 'UA' },
    };
    expect(mergeCards(curated, [generated]).geo).toEqual({ lat: 49.98, lon: 36.25, country: 'UA' });
    expect(mergeCards({ ...base, geo: undefined }, [{ ...base, id: 'x', geo: undefined }]).geo).toBeUndefined();
  });
});
