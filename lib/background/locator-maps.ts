/**
 * Locator maps for the cards the background sends: the outlines are read from the extension's own
 * package (`maps/world.json`, copied there by wxt.config.ts) the first time a card needs a map, and
 * each card's map is kept once drawn. A tab receives only the path strings of its card's map.
 */
import type { Card } from '../core/knowledge/pack-schema';
import { readPackagedJson } from './packaged-packs';
import { loadWorld, locatorMap, type LocatorMap, type Place, type World, type WorldFile } from '../core/maps/locator';

/** Maps drawn lately, by card id: a reader opens the same few cards again and again. */
const KEEP = 64;

/** Where on the map a card is: its own `geo`, or for a country card the country its ISO key names. */
export function placeOf(card: Card): Place | undefined {
  const iso = card.sameAs?.find((k) => k.startsWith('iso3166:'))?.slice('iso3166:'.length);
  if (card.geo) {
    const { country, lat, lon } = card.geo;
    return {
      ...(iso && card.kind === 'country' ? { country: iso } : {}),
      ...(country ? { country } : {}),
      ...(lat !== undefined && lon !== undefined ? { lat, lon } : {}),
    };
  }
  return card.kind === 'country' && iso ? { country: iso } : undefined;
}

/** The outlines as the build packages them (wxt.config.ts). */
const readPackaged = () => readPackagedJson('maps/world.json') as Promise<WorldFile>;

export function createLocatorMaps(read: () => Promise<WorldFile> = readPackaged) {
  let world: Promise<World> | undefined;
  const drawn = new Map<string, LocatorMap | undefined>();
  return {
    async mapFor(card: Card): Promise<LocatorMap | undefined> {
      const place = placeOf(card);
      if (!place) return undefined;
      const key = `${card.id}:${JSON.stringify(place)}`;
      if (drawn.has(key)) return drawn.get(key);
      world ??= read().then(loadWorld);
      // A failed read is tried again at the next card: the card still opens, without its map.
      const loaded = await world.catch((error: unknown) => {
        world = undefined;
        console.warn('Backstory: the map outlines could not be read', error);
        return undefined;
      });
      if (!loaded) return undefined;
      const map = locatorMap(loaded, place);
      drawn.set(key, map);
      if (drawn.size > KEEP) drawn.delete(drawn.keys().next().value!);
      return map;
    },
  };
}
