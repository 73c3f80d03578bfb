/** The tables of the database at each step of the schema ladder, as a backup of that step holds them. */
import { SCHEMA_LADDER } from './database';

/** Every table at `version`, with its Dexie store spec (`id, packId, *search`). */
export function storesAt(version: number): Map<string, string> {
  const stores = new Map<string, string>();
  for (const step of SCHEMA_LADDER) {
    if (step.version > version) break;
    for (const [name, spec] of Object.entries(step.stores)) {
      if (spec === null) stores.delete(name);
      else stores.set(name, spec);
    }
  }
  return stores;
}

/** The properties a store's primary key is made of: `id`, or `site`, `entity`, `alias` for `[site+entity+alias]`. */
export function primaryKeyPath(spec: string): string[] {
  const first = spec
    .split(',')[0]!
    .trim()
    .replace(/^[&*+]+/, '');
  return first.startsWith('[') ? first.slice(1, -1).split('+') : [first];
}

/** A row's primary key as text, for finding two rows with the same key. */
export function keyText(path: readonly string[], row: Readonly<Record<string, unknown>>): string {
  return JSON.stringify(path.length === 1 ? row[path[0]!] : path.map((key) => row[key]));
}
