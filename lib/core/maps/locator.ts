/**
 * A locator map for a card, drawn from the outlines in assets/maps/world.json (Natural Earth, see
 * scripts/build-map.ts) with d3-geo: the country outlined among its neighbours, the place's dot,
 * and a small world inset with a ring where the map is. Pure: the background draws it and sends
 * the card only the path strings, so no tab holds the world's outlines.
 */
import {
  geoArea,
  geoAzimuthalEqualArea,
  geoBounds,
  geoCentroid,
  geoCircle,
  geoDistance,
  geoNaturalEarth1,
  geoPath,
} from 'd3-geo';
import { feature } from 'topojson-client';
import type { Feature, FeatureCollection, Geometry, MultiPolygon, Polygon } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';

/** The map's size in SVG units; the card scales it to its width. */
export const MAP_WIDTH = 320;
export const MAP_HEIGHT = 140;
export const INSET_WIDTH = 80;
export const INSET_HEIGHT = 42;
const PAD = 10;
/** A place with no country to frame: a circle of this many degrees around it (about 330 km). */
const POINT_RADIUS = 3;
/** The least a map shows around its middle, in degrees (about 250 km): Lebanon with its neighbours. */
const MIN_RADIUS = 2.2;
/** Views wider than this (radians from the middle to a corner, about 1,700 km) use the coarse outlines. */
const COARSE_ABOVE = 0.27;
/** The inset's projection: the whole world, as scripts/build-map.ts draws it. */
export const INSET_PROJECTION = geoNaturalEarth1().fitSize([INSET_WIDTH, INSET_HEIGHT], { type: 'Sphere' });
/** Parts of a country smaller than this share of its largest part are left out of the frame (Alaska's is 21%). */
const MAIN_PART = 0.25;

export interface LocatorMap {
  width: number;
  height: number;
  /** Every other unit in view, one path. */
  land: string;
  /** The country the place is in (or the country itself); empty if the data has none. */
  focus: string;
  dot?: [number, number];
  inset: { width: number; height: number; world: string; at: [number, number]; r: number };
}

export interface Place {
  /** ISO 3166-1 alpha-2. */
  country?: string;
  lat?: number;
  lon?: number;
}

interface Unit {
  id: string | undefined;
  /** Made when first drawn: a map draws a few dozen of the 241 units. */
  feature: () => Feature<Geometry>;
  /** Its centre and the angle (radians) from there that takes in all of it: a quick test of what is in view. */
  centre: [number, number];
  reach: number;
}

interface Outlines {
  units: Unit[];
  byId: Map<string, Unit>;
}

export interface World {
  detail: Outlines;
  coarse: Outlines;
  inset: string;
}

/** What scripts/build-map.ts works out for each unit, so that loading the file is only parsing it. */
export interface UnitReach {
  c: [number, number];
  r: number;
}
type CountriesTopology = Topology<{ countries: GeometryCollection }>;
/** assets/maps/world.json, as scripts/build-map.ts writes it. */
export interface WorldFile {
  detail: CountriesTopology;
  coarse: CountriesTopology;
  /** Per unit of each, in order: its centre's longitude and latitude and its reach (UnitReach), flat. */
  reach: { detail: number[]; coarse: number[] };
  inset: string;
}

/** A unit's centre and reach (see Unit), rounded to what the test of what is in view needs. */
export function unitReach(f: Feature<Geometry>): UnitReach {
  const c = geoCentroid(f);
  const [[w, s], [e, n]] = geoBounds(f);
  const corners: [number, number][] = [
    [w, s],
    [w, n],
    [e, s],
    [e, n],
  ];
  const r = Math.max(...corners.map((corner) => geoDistance(c, corner)));
  // A tenth of a degree for the centre, a hundredth of a radian for the reach, rounded up by both.
  return {
    c: [Number(c[0].toFixed(1)), Number(c[1].toFixed(1))],
    r: Number((Math.ceil(r * 100) / 100 + 0.01).toFixed(2)),
  };
}

function outlines(topology: CountriesTopology, reach: readonly number[]): Outlines {
  const units = topology.objects.countries.geometries.map((g, i): Unit => {
    let made: Feature<Geometry> | undefined;
    const make = () => (made ??= feature(topology, g) as Feature<Geometry>);
    const centre: [number, number] = [reach[3 * i]!, reach[3 * i + 1]!];
    return { id: g.id === undefined ? undefined : String(g.id), feature: make, centre, reach: reach[3 * i + 2]! };
  });
  return { units, byId: new Map(units.flatMap((u) => (u.id ? [[u.id, u] as const] : []))) };
}

/** The outlines, ready to draw from, once per loaded file. */
export function loadWorld(file: WorldFile): World {
  return {
    detail: outlines(file.detail, file.reach.detail),
    coarse: outlines(file.coarse, file.reach.coarse),
    inset: file.inset,
  };
}

/** The largest parts of a country: what its map frames (mainland France, not French Guiana). */
function mainParts(f: Feature<Geometry>): Feature<Geometry> {
  const g = f.geometry;
  if (g.type !== 'MultiPolygon') return f;
  const parts = (g as MultiPolygon).coordinates.map((c) => ({ c, area: geoArea({ type: 'Polygon', coordinates: c }) }));
  const largest = Math.max(...parts.map((p) => p.area));
  const kept: MultiPolygon = {
    type: 'MultiPolygon',
    coordinates: parts.filter((p) => p.area >= largest * MAIN_PART).map((p) => p.c),
  };
  return { ...f, geometry: kept };
}

/** The map for a place or a country; undefined when there is nothing to draw (no such country, no point). */
export function locatorMap(world: World, place: Place): LocatorMap | undefined {
  const unit = place.country ? world.detail.byId.get(place.country) : undefined;
  const point: [number, number] | undefined =
    place.lat !== undefined && place.lon !== undefined ? [place.lon, place.lat] : undefined;
  if (!unit && !point) return undefined;
  const frame: Feature<Geometry>[] = [];
  if (unit) frame.push(mainParts(unit.feature()));
  if (point && (!unit || !insideFrame(frame[0]!, point)))
    frame.push({
      type: 'Feature',
      properties: {},
      geometry: geoCircle().center(point).radius(POINT_RADIUS)() as Polygon,
    });
  // A small country is shown with some of its neighbours around it.
  const middle = geoCentroid({ type: 'FeatureCollection', features: frame });
  frame.push({ type: 'Feature', properties: {}, geometry: geoCircle().center(middle).radius(MIN_RADIUS)() as Polygon });
  const target: FeatureCollection<Geometry> = { type: 'FeatureCollection', features: frame };
  const centre = geoCentroid(target);
  const projection = geoAzimuthalEqualArea()
    .rotate([-centre[0], -centre[1]])
    .clipAngle(90)
    .fitExtent(
      [
        [PAD, PAD],
        [MAP_WIDTH - PAD, MAP_HEIGHT - PAD],
      ],
      target,
    );
  projection.clipExtent([
    [0, 0],
    [MAP_WIDTH, MAP_HEIGHT],
  ]);
  // What the frame's corners are from its centre: units farther than that plus their own reach are out of view.
  const view = Math.max(
    ...[
      [0, 0],
      [MAP_WIDTH, 0],
      [0, MAP_HEIGHT],
      [MAP_WIDTH, MAP_HEIGHT],
    ].map(([x, y]) => {
      const ll = projection.invert?.([x!, y!]);
      return ll && Number.isFinite(ll[0]) ? geoDistance(centre, ll) : Math.PI / 2;
    }),
  );
  const path = geoPath(projection).digits(1);
  // A wide view takes the coarse outlines: Russia's map needs no more detail than its pixels show.
  const level = view > COARSE_ABOVE ? world.coarse : world.detail;
  const shown = (unit?.id && level.byId.get(unit.id)) || unit;
  const others = level.units.filter((u) => u.id !== unit?.id && geoDistance(centre, u.centre) <= view + u.reach);
  const land = path({ type: 'FeatureCollection', features: others.map((u) => u.feature()) }) ?? '';
  const focus = shown ? (path(shown.feature()) ?? '') : '';
  const dot = point ? projection(point) : undefined;
  const at = INSET_PROJECTION(centre) ?? [INSET_WIDTH / 2, INSET_HEIGHT / 2];
  // The ring on the inset: as wide as the map's view, but never too small to see.
  const r = Math.min(12, Math.max(2.5, (view / Math.PI) * INSET_WIDTH));
  return {
    width: MAP_WIDTH,
    height: MAP_HEIGHT,
    land,
    focus,
    ...(dot ? { dot: [round(dot[0]), round(dot[1])] as [number, number] } : {}),
    inset: {
      width: INSET_WIDTH,
      height: INSET_HEIGHT,
      world: world.inset,
      at: [round(at[0]), round(at[1])],
      r: round(r),
    },
  };
}

function insideFrame(f: Feature<Geometry>, point: [number, number]): boolean {
  const [[w, s], [e, n]] = geoBounds(f);
  const [lon, lat] = point;
  const inLon = w <= e ? lon >= w && lon <= e : lon >= w || lon <= e;
  return inLon && lat >= s && lat <= n;
}

const round = (n: number) => Math.round(n * 10) / 10;
