import { i18n } from '#i18n';

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
