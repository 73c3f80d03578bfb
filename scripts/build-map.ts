/**
 * Builds assets/maps/world.json, the outlines the locator maps on place and country cards are drawn
 * from (lib/core/maps/locator.ts): Natural Earth's 1:50m countries as packaged by `world-atlas`,
 * simplified (topojson-simplify, by spherical area) to what a card-sized map can show, each country
 * keyed by its ISO 3166-1 alpha-2 code. Two levels of detail, since a map of Russia needs far fewer
 * points per country than a map of Lebanon, and the world inset drawn once here. The borders are
 * Natural Earth's, which draw lines of actual control (Crimea within Russia, the Golan Heights
 * within Israel, Western Sahara apart): cards say where a border is disputed; the map does not
 * redraw it.
 *
 * Run: npm run build:map
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { geoPath } from 'd3-geo';
import countries from 'i18n-iso-countries';
import { feature, quantize } from 'topojson-client';
import { presimplify, simplify, sphericalTriangleArea } from 'topojson-simplify';
import type { GeometryCollection, Topology } from 'topojson-specification';
import atlas50m from 'world-atlas/countries-50m.json';
import atlas110m from 'world-atlas/countries-110m.json';
import land110m from 'world-atlas/land-110m.json';
import type { Feature, Geometry } from 'geojson';
import { INSET_PROJECTION, unitReach } from '../lib/core/maps/locator';

const OUT = fileURLToPath(new URL('../assets/maps/world.json', import.meta.url));
/**
 * A point goes when the triangle it makes with its neighbours covers less than this many steradians
 * (2e-5: about 800 km²; see `thin` for short lines). The detailed outlines (1:50m) keep a country
 * the size of Lebanon recognisable; the coarse ones (1:110m, which leaves out the smallest states) are for maps as wide
 * as a large country; the inset is the land alone, 80 units wide.
 */
const DETAIL = 2e-5;
/** The least share of the threshold a short line gets: a small country keeps ten times the detail. */
const FLOOR = 1 / 10;
const COARSE = 1e-4;
const INSET = 2e-4;
/** Grid steps per axis: 1e5 is 0.0036° of longitude (400 m at the equator), for the detailed outlines. */
const FINE_GRID = 1e5;
const COARSE_GRID = 1e4;
/** Natural Earth's units without an ISO 3166-1 number that have a code all the same. */
const CODES_BY_NAME: Record<string, string> = { Kosovo: 'XK' };

type Countries = GeometryCollection<{ name: string }>;

/**
 * Simplified as `simplify` does (a point goes when its weight is under the threshold), but short
 * lines keep more of their points: the threshold falls with the square of a line's extent below
 * 10°, so the coasts and borders of small countries (Lebanon, Qatar, the Gaza Strip's) keep their
 * shape while Russia's long ones lose what a map of Russia cannot show.
 */
function thin(weighted: Topology, minWeight: number, floor: number): Topology {
  const arcs = weighted.arcs.map((arc) => {
    const xs = arc.map((p) => p[0]!);
    const ys = arc.map((p) => p[1]!);
    const extent = Math.max(Math.max(...xs) - Math.min(...xs), Math.max(...ys) - Math.min(...ys));
    const threshold = minWeight * Math.max(floor, Math.min(1, (extent / 10) ** 2));
    return arc.filter((p) => p[2]! >= threshold).map((p) => [p[0]!, p[1]!]);
  });
  return { ...weighted, arcs } as Topology;
}

function outlines(
  atlas: unknown,
  minWeight: number,
  floor: number,
  grid: number,
): Topology<{ countries: GeometryCollection }> {
  const simplified = thin(
    presimplify(atlas as Topology<{ countries: Countries }>, sphericalTriangleArea),
    minWeight,
    floor,
  );
  const geometries = (simplified.objects.countries as Countries).geometries.map((g) => {
    const name = (g.properties as { name: string }).name;
    const code = g.id !== undefined ? countries.numericToAlpha2(String(g.id)) : CODES_BY_NAME[name];
    // Units with no code (Somaliland, Northern Cyprus, Siachen…) stay on the map as land, unnamed.
    const { properties: _drop, ...rest } = g;
    return code ? { ...rest, id: code } : { ...rest, id: undefined };
  });
  // Quantised again (presimplify left plain coordinates): integers on a grid, delta-coded.
  return quantize(
    { ...simplified, objects: { countries: { type: 'GeometryCollection', geometries } } } as unknown as Topology<{}>,
    grid,
  ) as Topology<{ countries: GeometryCollection }>;
}

/** Each unit's centre and reach, flat, so that the background only parses the file (lib/core/maps/locator.ts). */
function reachOf(topology: Topology<{ countries: GeometryCollection }>): number[] {
  return topology.objects.countries.geometries.flatMap((g) => {
    const { c, r } = unitReach(feature(topology, g) as Feature<Geometry>);
    return [c[0], c[1], r];
  });
}

const land = simplify(
  presimplify(land110m as unknown as Topology<{ land: GeometryCollection }>, sphericalTriangleArea),
  INSET,
);
const inset =
  geoPath(INSET_PROJECTION).digits(1)(feature(land, (land.objects as { land: GeometryCollection }).land)) ?? '';
const detail = outlines(atlas50m, DETAIL, FLOOR, FINE_GRID);
const coarse = outlines(atlas110m, COARSE, 1, COARSE_GRID);
const out = { detail, coarse, reach: { detail: reachOf(detail), coarse: reachOf(coarse) }, inset };
writeFileSync(OUT, JSON.stringify(out));
console.log(
  `${OUT}: ${JSON.stringify(out).length} bytes (detail ${JSON.stringify(out.detail).length}, coarse ${JSON.stringify(out.coarse).length}, inset ${inset.length})`,
);
