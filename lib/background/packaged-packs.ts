/**
 * The bundled packs as the background installs them: id and version from the small index, and the
 * pack itself read from the extension package (`packs/<file>.gz`, put there at build time by
 * wxt.config.ts) only when its version is new. The scripts stay small, so a woken service worker
 * starts without parsing megabytes of cards it already has in the database.
 */
import { browser } from 'wxt/browser';
import { PACK_INDEX } from '../core/knowledge/pack-index';
import { validatePackSteps, type Pack, type PackSource } from '../core/knowledge/pack-schema';
import { runInSlices } from './run-in-slices';

/** Where the build puts the bundled packs inside the extension. */
export const PACKAGED_PACKS_DIR = 'packs';

/**
 * A JSON file the build put into the extension's package (`path` from its root: `packs/core.json.gz`,
 * `maps/world.json`), gunzipped on the way when its name ends in `.gz`. The one read of a packaged
 * file: from the extension's own origin, the network is never involved.
 */
export async function readPackagedJson(path: string): Promise<unknown> {
  // WXT types the paths it saw in public/ when it prepared; these are added later, by the build hook.
  const url = (browser.runtime.getURL as (path: string) => string)(`/${path}`);
  // eslint-disable-next-line no-restricted-syntax -- the one read of a packaged file (see above)
  const response = await fetch(url);
  if (!response.ok || !response.body) throw new Error(`${path} is missing from the extension (${response.status})`);
  if (!path.endsWith('.gz')) return response.json();
  return new Response(response.body.pipeThrough(new DecompressionStream('gzip'))).json();
}

async function load(file: string): Promise<Pack> {
  // In slices: the places pack takes seconds to validate, and requests are answered meanwhile.
  const result = await runInSlices(validatePackSteps(await readPackagedJson(`${PACKAGED_PACKS_DIR}/${file}.gz`)));
  if (!result.ok) throw new Error(`Bundled pack ${file} is invalid:\n${result.errors.join('\n')}`);
  return result.pack;
}

export function packagedPackSources(): PackSource[] {
  return PACK_INDEX.map(({ file, id, version, cards }) => ({ id, version, cards, load: () => load(file) }));
}
