/**
 * A full backup of the database, and its restore. The file is dexie-export-import's JSON format,
 * written and read here: the library's export marks values with `$types` (undefined, shared
 * objects) and its import revives such values from the file before anything is checked.
 *
 * A restore is all or nothing: the file is read, parsed and checked whole, row by row; a backup of
 * an earlier schema is run through the upgrade ladder and checked again; then every table is
 * cleared and written in one transaction. Whatever fails, the database is as it was, and the
 * caller gets the problems as `path: message` lines, never an exception.
 */
import { checkRows } from './backup-rows';
import { describeError, MAX_ERRORS, readBackup } from './backup-file';
import { upgradeRows } from './backup-upgrade';
import type { RestoreResult } from '../core/write-results';
import {
  getRevision,
  PACKS_UNVERIFIED,
  SCHEMA_VERSION,
  searchKeys,
  type BackstoryDB,
  type StoredCard,
} from './database';
import { commit, databaseOf, type WriteTarget } from './writes';

export type { RestoreResult };

/** Rows per bulk write: a large table goes in slices, inside the one transaction. */
const CHUNK = 2000;

export async function backupDatabase(db: BackstoryDB): Promise<Blob> {
  const data = await db.transaction('r', db.tables, () =>
    Promise.all(
      db.tables.map(async (table) => ({ tableName: table.name, inbound: true, rows: await table.toArray() })),
    ),
  );
  const tables = db.tables.map((table) => ({
    name: table.name,
    schema: [table.schema.primKey, ...table.schema.indexes].map((index) => index.src).join(','),
    rowCount: data.find((t) => t.tableName === table.name)!.rows.length,
  }));
  // JSON.stringify leaves out undefined properties: the file holds plain JSON only.
  const file = {
    formatName: 'dexie',
    formatVersion: 1,
    data: { databaseName: db.name, databaseVersion: db.verno, tables, data },
  };
  return new Blob([JSON.stringify(file)], { type: 'application/json' });
}

export async function restoreDatabase(target: WriteTarget, file: Blob): Promise<RestoreResult> {
  const result = await restore(target, file);
  if (result.ok || result.errors.length <= MAX_ERRORS) return result;
  return {
    ok: false,
    errors: [
      ...result.errors.slice(0, MAX_ERRORS),
      `(file): ${result.errors.length - MAX_ERRORS} more problems not listed`,
    ],
  };
}

async function restore(target: WriteTarget, file: Blob): Promise<RestoreResult> {
  const db = databaseOf(target);
  try {
    const read = await readBackup(file);
    if (!read.ok) return read;
    const { version } = read.value;
    const checked = checkRows(version, read.value.tables);
    if (!checked.ok) return checked;
    let tables = checked.value;
    if (version < SCHEMA_VERSION) {
      try {
        tables = await upgradeRows(db, version, tables);
      } catch (error) {
        return { ok: false, errors: [`(upgrade): nothing was restored: ${describeError(error)}`] };
      }
      const upgraded = checkRows(SCHEMA_VERSION, tables);
      if (!upgraded.ok) return upgraded;
      tables = upgraded.value;
    }
    try {
      await writeAll(target, tables);
    } catch (error) {
      return { ok: false, errors: [`(database): nothing was restored: ${describeError(error)}`] };
    }
    return { ok: true };
  } catch (error) {
    return { ok: false, errors: [`(restore): nothing was restored: ${describeError(error)}`] };
  }
}

/** Clears and writes every table in one transaction; nothing else can write in between. */
async function writeAll(target: WriteTarget, tables: ReadonlyMap<string, readonly unknown[]>): Promise<void> {
  // Folded names are derived from the card: computed again rather than taken from the file.
  const cards = (tables.get('cards') ?? []).map((row) => ({
    ...(row as StoredCard),
    search: searchKeys((row as StoredCard).card),
  }));
  const rows = new Map(tables).set('cards', cards);
  await commit(target, 'all', async (db) => {
    // A tab that holds the restored revision would keep its matcher: the revision only ever grows.
    const before = await getRevision(db);
    for (const table of db.tables) await table.clear();
    for (const table of db.tables) {
      const all = rows.get(table.name) ?? [];
      for (let i = 0; i < all.length; i += CHUNK) await table.bulkAdd(all.slice(i, i + CHUNK));
    }
    // The bundled packs are checked against what came back; until then, at every start.
    await db.meta.put({ key: PACKS_UNVERIFIED, value: true });
    return { result: undefined, changed: true, revisionAbove: before };
  });
}
