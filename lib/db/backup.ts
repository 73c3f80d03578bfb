/**
 * A full backup of the database and its restore, with dexie-export-import. A backup is first
 * restored into a scratch database — so the library itself revives it, shared references and all —
 * and every card there is checked against the card schema; only then is it restored for real, in
 * one transaction. A damaged or tampered backup is refused whole.
 */
import { exportDB, importDB, importInto } from 'dexie-export-import';
import { checkBackupCards, checkBackupFile } from './backup-check';
import { bumpRevision, type BackstoryDB } from './database';

export function backupDatabase(db: BackstoryDB): Promise<Blob> {
  return exportDB(db, { prettyJson: false });
}

export async function restoreDatabase(db: BackstoryDB, file: Blob): Promise<{ ok: true } | { ok: false; errors: string[] }> {
  const fileErrors = checkBackupFile(await file.text());
  if (fileErrors.length) return { ok: false, errors: fileErrors };
  const scratch = await importDB(file, { name: `${db.name}-restore-check` });
  let errors: string[];
  try {
    errors = checkBackupCards(await scratch.table('cards').toArray());
  } finally {
    scratch.close();
    await scratch.delete();
  }
  if (errors.length) return { ok: false, errors };
  await importInto(db, file, { clearTablesBeforeImport: true, acceptVersionDiff: true, acceptMissingTables: true });
  await bumpRevision(db);
  return { ok: true };
}
