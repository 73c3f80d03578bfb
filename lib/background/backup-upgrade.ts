/**
 * Brings the rows of a backup written by an earlier schema up to the current one with the real
 * upgrade ladder: they are written into a scratch database at their own version, which is then
 * reopened at the current version so that Dexie runs each upgrade step, as it would have for the
 * reader's own database. The scratch database never outlives the call.
 */
import { keyText, primaryKeyPath, storesAt } from './backup-ladder';
import { BackstoryDB, SCHEMA_VERSION } from './database';
import { fillScratch } from './writes';

export const scratchName = (db: BackstoryDB) => `${db.name}-restore-check`;

export async function upgradeRows(
  db: BackstoryDB,
  version: number,
  tables: ReadonlyMap<string, readonly unknown[]>,
): Promise<Map<string, unknown[]>> {
  // The scratch database lives where `db` does (IndexedDB, or the in-memory fallback).
  const deps = { indexedDB: db._options.indexedDB, IDBKeyRange: db._options.IDBKeyRange };
  const name = scratchName(db);
  // Left behind by an attempt that was cut short (a closed tab): its version could refuse ours.
  await new BackstoryDB(name, deps).delete();
  try {
    const old = new BackstoryDB(name, { ...deps, upTo: version });
    try {
      await fillScratch(old, tables);
    } finally {
      old.close();
    }
    const current = new BackstoryDB(name, deps);
    try {
      await current.open();
      const read = await current.transaction('r', current.tables, () =>
        Promise.all(current.tables.map(async (t) => [t.name, await t.toArray()] as const)),
      );
      return new Map(read.map(([table, rows]) => [table, inFileOrder(table, rows, tables.get(table) ?? [], version)]));
    } finally {
      current.close();
    }
  } finally {
    await new BackstoryDB(name, deps).delete();
  }
}

/** Rows come back in key order; put them back in the file's order, so that errors name the file's row. */
function inFileOrder(table: string, rows: unknown[], fileRows: readonly unknown[], version: number): unknown[] {
  const oldSpec = storesAt(version).get(table);
  const newSpec = storesAt(SCHEMA_VERSION).get(table);
  if (!oldSpec || !newSpec) return rows;
  const before = primaryKeyPath(oldSpec);
  const after = primaryKeyPath(newSpec);
  const index = new Map(fileRows.map((row, i) => [keyText(before, row as Record<string, unknown>), i]));
  const at = (row: unknown) => index.get(keyText(after, row as Record<string, unknown>)) ?? Infinity;
  return [...rows].sort((a, b) => at(a) - at(b) || 0);
}
