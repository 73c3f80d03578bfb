/**
 * Builds assets/world-regions.json, the regions the library is browsed by: the continents and their
 * parts (UN M.49, "Western Asia", "Eastern Africa"…) with the countries in each, from Unicode CLDR's
 * territory containment as packaged by `cldr-core`. Only the codes are stored; the library names
 * them in the reader's language with `Intl.DisplayNames`, which carries CLDR's names of the same
 * codes. CLDR's groupings (the EU, "Latin America") and deprecated codes are left out, so each
 * country is in exactly one part of one continent.
 *
 * Run: npm run build:regions
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import containment from 'cldr-core/supplemental/territoryContainment.json';
import type { WorldRegions } from '../lib/core/world-regions';

const OUT = fileURLToPath(new URL('../assets/world-regions.json', import.meta.url));
const LICENCE = fileURLToPath(new URL('../node_modules/cldr-core/LICENSE', import.meta.url));

const tree = containment.supplemental.territoryContainment as Record<string, { _contains: string[] }>;
const partsOf = (code: string) => tree[code]?._contains ?? [];

const continents = partsOf('001').map((continent) => ({
  code: continent,
  regions: partsOf(continent).map((region) => ({ code: region, countries: [...partsOf(region)].sort() })),
}));

const seen = new Map<string, string>();
for (const { regions } of continents)
  for (const { code, countries } of regions)
    for (const country of countries) {
      if (!/^[A-Z]{2}$/.test(country)) throw new Error(`region ${code} holds ${country}, not a country code`);
      if (seen.has(country)) throw new Error(`${country} is in both ${seen.get(country)} and ${code}`);
      seen.set(country, code);
    }

const out: WorldRegions = {
  source: `Unicode CLDR ${containment.supplemental.version._cldrVersion}, territory containment (cldr-core)`,
  notice: readFileSync(LICENCE, 'utf8').trim(),
  continents,
};
writeFileSync(OUT, `${JSON.stringify(out, null, 2)}\n`);
console.log(
  `wrote ${continents.length} continents, ${seen.size} countries and territories to assets/world-regions.json`,
);
