/**
 * The bundled packs for tools and tests in Node, validated. The extension itself never imports this
 * module (it would carry megabytes of cards in its scripts): its background reads the index and,
 * when a version is new, the packaged file (lib/background/packaged-packs.ts).
 */
import core from '../../assets/packs/core.json';
import countries from '../../assets/packs/countries.json';
import whereAndWhat from '../../assets/packs/where-and-what.json';
import world from '../../assets/packs/world.json';
import { PACK_INDEX } from '../core/knowledge/pack-index';
import { validatePack, type Pack, type PackSource } from '../core/knowledge/pack-schema';

export { GENERATED_PACK_IDS } from '../core/knowledge/pack-index';

const FILES: Record<string, unknown> = {
  'core.json': core,
  'world.json': world,
  'where-and-what.json': whereAndWhat,
  'countries.json': countries,
};

/** Every bundled pack file's parsed JSON, in the index's order (the order their cards win overlaps). */
export const BUNDLED_PACK_FILES: Record<string, unknown> = Object.fromEntries(
  PACK_INDEX.map(({ file }) => {
    if (!(file in FILES))
      throw new Error(`assets/packs/index.json names ${file}, which lib/node/bundled-packs.ts does not import`);
    return [file, FILES[file]];
  }),
);

function validated(file: string, json: unknown): Pack {
  const result = validatePack(json);
  if (!result.ok) throw new Error(`Bundled pack ${file} is invalid:\n${result.errors.join('\n')}`);
  return result.pack;
}

/** Every bundled pack, validated. */
export function bundledPacks(): Pack[] {
  return Object.entries(BUNDLED_PACK_FILES).map(([file, json]) => validated(file, json));
}

/** The bundled packs as install sources, as the background has them (id and version up front). */
export function bundledPackSources(): PackSource[] {
  return PACK_INDEX.map(({ file, id, version }) => ({ id, version, load: () => validated(file, FILES[file]) }));
}
