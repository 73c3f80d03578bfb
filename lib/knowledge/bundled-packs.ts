/** The packs that ship inside the extension, validated before they go anywhere near the database. */
import core from '../../assets/packs/core.json';
import { validatePack, type Pack } from './pack-schema';

export const BUNDLED_PACK_FILES: Record<string, unknown> = { 'core.json': core };

export function bundledPacks(): Pack[] {
  return Object.entries(BUNDLED_PACK_FILES).map(([file, json]) => {
    const result = validatePack(json);
    if (!result.ok) throw new Error(`Bundled pack ${file} is invalid:\n${result.errors.join('\n')}`);
    return result.pack;
  });
}
