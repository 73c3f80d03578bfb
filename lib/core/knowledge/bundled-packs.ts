/** The packs that ship inside the extension, validated before they go anywhere near the database. */
import core from '../../../assets/packs/core.json';
import countries from '../../../assets/packs/countries.json';
import world from '../../../assets/packs/world.json';
import { validatePack, type Pack, type PackSource } from './pack-schema';

/** Shipped packs, in the order their cards win overlaps: the hand-written story, the world's who's who, then the generated countries. */
export const BUNDLED_PACK_FILES: Record<string, unknown> = {
  'core.json': core,
  'world.json': world,
  'countries.json': countries,
};

/** Packs a script generates from data packages (`npm run build:countries`): their facts are the package's. */
export const GENERATED_PACK_IDS: ReadonlySet<string> = new Set(['countries']);

function validated(file: string, json: unknown): Pack {
  const result = validatePack(json);
  if (!result.ok) throw new Error(`Bundled pack ${file} is invalid:\n${result.errors.join('\n')}`);
  return result.pack;
}

/** Every bundled pack, validated: for tools and tests. */
export function bundledPacks(): Pack[] {
  return Object.entries(BUNDLED_PACK_FILES).map(([file, json]) => validated(file, json));
}

/**
 * The bundled packs as the background needs them at each start: id and version to compare with
 * the database, and the validated pack only when it has to be installed. A service worker wakes
 * often; validating hundreds of cards each time would be wasted work.
 */
export function bundledPackSources(): PackSource[] {
  return Object.entries(BUNDLED_PACK_FILES).map(([file, json]) => {
    const raw = json as { id?: unknown; version?: unknown };
    return { id: String(raw.id), version: String(raw.version), load: () => validated(file, json) };
  });
}
