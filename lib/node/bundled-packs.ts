/**
 * The bundled packs for tools and tests in Node, validated. The extension itself never imports this
 * module (it would carry megabytes of cards in its scripts): its background reads the index and,
 * when a version is new, the packaged file (lib/background/packaged-packs.ts).
 */
import core from '../../assets/packs/core.json';
import countries from '../../assets/packs/countries.json';
import offices from '../../assets/packs/offices.json';
import places from '../../assets/packs/places.json';
import whereAndWhat from '../../assets/packs/where-and-what.json';
import world from '../../assets/packs/world.json';
import { PACK_INDEX } from '../core/knowledge/pack-index';
import { validatePack, type Pack, type PackSource } from '../core/knowledge/pack-schema';

export { GENERATED_PACK_IDS } from '../core/knowledge/pack-index';

const FILES: Record<string, unknown> = {
  'core.json': core,
  'world.json': world,
  'where-and-what.json': whereAndWhat,
  'offices.json': offices,
  'countries.json': countries,
  'places.json': places,
};

/** Every bundled pack file's parsed JSON, in the index's order (the order their cards win overlaps). */
export const BUNDLED_PACK_FILES: Record<string, unknown> = Object.fromEntries(
  PACK_INDEX.map(({ file }) => {
    if (!(file in FILES))
      throw new Error(`assets/packs/index.json names ${file}, which lib/node/bundled-packs.ts does not import`);
    return [file, FILES[file]];
  }),
);

/** Each file validated once per process (the places pack takes seconds); callers get their own copy to change. */
const checked = new Map<string, Pack>();

function validated(file: string, json: unknown): Pack {
  let pack = checked.get(file);
  if (!pack) {
    const result = validatePack(json);
    if (!result.ok) throw new Error(`Bundled pack ${file} is invalid:\n${result.errors.join('\n')}`);
    checked.set(file, (pack = result.pack));
  }
  return structuredClone(pack);
}

/** Which packs to leave out: tests of the database leave out the 6,500 generated places, which fake-indexeddb takes seconds to write. */
export interface PackChoice {
  except?: readonly string[];
}

const chosen = (choice: PackChoice) => PACK_INDEX.filter((e) => !choice.except?.includes(e.id));

/** Every bundled pack, validated. */
export function bundledPacks(choice: PackChoice = {}): Pack[] {
  return chosen(choice).map(({ file }) => validated(file, BUNDLED_PACK_FILES[file]));
}

/** One bundled pack, validated, by its id. */
export function bundledPack(id: string): Pack {
  const entry = PACK_INDEX.find((e) => e.id === id);
  if (!entry) throw new Error(`no bundled pack ${id}`);
  return validated(entry.file, FILES[entry.file]);
}

/** The bundled packs as install sources, as the background has them (id and version up front). */
export function bundledPackSources(choice: PackChoice = {}): PackSource[] {
  return chosen(choice).map(({ file, id, version }) => ({ id, version, load: () => validated(file, FILES[file]) }));
}
