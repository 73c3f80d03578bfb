/**
 * The world's regions the library is browsed by (assets/world-regions.json, built by
 * `npm run build:regions` from Unicode CLDR): each continent, its parts, and the countries in each,
 * as UN M.49 and ISO 3166-1 codes. A card is in a region when its country is.
 */
import regions from '../../assets/world-regions.json';

export interface WorldRegions {
  source: string;
  /** CLDR's copyright and permission notice, which its licence asks to travel with the data. */
  notice: string;
  continents: { code: string; regions: { code: string; countries: string[] }[] }[];
}

export const WORLD_REGIONS: WorldRegions = regions;

const regionOfCountry = new Map<string, { region: string; continent: string }>();
for (const continent of WORLD_REGIONS.continents)
  for (const region of continent.regions)
    for (const country of region.countries)
      regionOfCountry.set(country, { region: region.code, continent: continent.code });

/** Whether a card of this country is in `region` (a continent or one of its parts). */
export function countryIsIn(country: string | undefined, region: string): boolean {
  const at = country ? regionOfCountry.get(country) : undefined;
  return !!at && (at.region === region || at.continent === region);
}
