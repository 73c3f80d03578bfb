import { i18n } from '#i18n';
import type { Kind } from '../lib/core/knowledge/pack-schema';

/** The bundled packs' names in the interface language; a pack the reader imported keeps its own. */
const PACK_NAMES = {
  core: () => i18n.t('options.packName.core'),
  world: () => i18n.t('options.packName.world'),
  'where-and-what': () => i18n.t('options.packName.whereAndWhat'),
  offices: () => i18n.t('options.packName.offices'),
  countries: () => i18n.t('options.packName.countries'),
  places: () => i18n.t('options.packName.places'),
} as Record<string, (() => string) | undefined>;

export const packName = (pack: { id: string; name: string }) => PACK_NAMES[pack.id]?.() ?? pack.name;

/** What a bundled pack covers, in a sentence; a pack the reader imported says it in its name. */
const PACK_COVERS = {
  core: () => i18n.t('options.packCovers.core'),
  world: () => i18n.t('options.packCovers.world'),
  'where-and-what': () => i18n.t('options.packCovers.whereAndWhat'),
  offices: () => i18n.t('options.packCovers.offices'),
  countries: () => i18n.t('options.packCovers.countries'),
  places: () => i18n.t('options.packCovers.places'),
} as Record<string, (() => string) | undefined>;

export const packCovers = (id: string): string | undefined => PACK_COVERS[id]?.();

/** What a bundled pack's data requires be said of where it comes from, shown with the pack. */
const PACK_CREDITS = {
  core: () => [i18n.t('options.creditCards')],
  world: () => [i18n.t('options.creditCards')],
  'where-and-what': () => [i18n.t('options.creditCards'), i18n.t('options.creditPlaces'), i18n.t('options.creditMaps')],
  offices: () => [i18n.t('options.creditCards')],
  countries: () => [i18n.t('options.creditCountries'), i18n.t('options.creditMaps')],
  places: () => [i18n.t('options.creditPlaces'), i18n.t('options.creditRegions'), i18n.t('options.creditMaps')],
} as Record<string, (() => string[]) | undefined>;

export const packCredits = (id: string): string[] => PACK_CREDITS[id]?.() ?? [];

/**
 * The kinds of cards in the interface language, from the locale files: Backstory's own pages follow
 * the browser's language, while a card on a web page names its kind in the card's (card-strings.ts).
 */
const KIND_NAMES: Record<Kind, () => string> = {
  person: () => i18n.t('kind.person'),
  place: () => i18n.t('kind.place'),
  country: () => i18n.t('kind.country'),
  organisation: () => i18n.t('kind.organisation'),
  'armed-group': () => i18n.t('kind.armedGroup'),
  'political-party': () => i18n.t('kind.politicalParty'),
  'weapon-system': () => i18n.t('kind.weaponSystem'),
  programme: () => i18n.t('kind.programme'),
  agreement: () => i18n.t('kind.agreement'),
  event: () => i18n.t('kind.event'),
  office: () => i18n.t('kind.office'),
};

export const kindName = (kind: Kind): string => KIND_NAMES[kind]();
