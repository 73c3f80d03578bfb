/** Checks a full backup before anything of it is restored: its shape and size, then every card against the schema. */
import * as v from 'valibot';
import { CardSchema } from '../knowledge/pack-schema';
import { MAX_IMPORT_BYTES } from '../knowledge/transfer-schema';
import { SCHEMA_VERSION } from './database';

/** A full backup holds every pack card too: allow more than a reader's own export. */
export const MAX_BACKUP_BYTES = 20 * MAX_IMPORT_BYTES;

interface BackupShape {
  formatName?: unknown;
  data?: { databaseVersion?: unknown; data?: { tableName?: unknown }[] };
}

/** The file as a whole: size, JSON, a dexie-export-import backup of a Backstory database. */
export function checkBackupFile(text: string): string[] {
  if (text.length > MAX_BACKUP_BYTES) return [`(file): larger than ${MAX_BACKUP_BYTES / 1024 / 1024} MB`];
  let json: BackupShape;
  try {
    json = JSON.parse(text) as BackupShape;
  } catch (error) {
    return [`(file): not JSON: ${(error as Error).message}`];
  }
  const tables = new Set(json.data?.data?.map((t) => t.tableName));
  if (json.formatName !== 'dexie' || !['cards', 'packs', 'meta'].every((t) => tables.has(t))) return ['(file): not a Backstory backup'];
  if (typeof json.data?.databaseVersion !== 'number' || json.data.databaseVersion > SCHEMA_VERSION * 10) return ['(file): written by a newer Backstory; update first'];
  return [];
}

/** Every card row of a backup, as the backup library revived it, against the card schema. */
export function checkBackupCards(rows: readonly unknown[]): string[] {
  const errors: string[] = [];
  rows.forEach((row, i) => {
    const r = v.safeParse(CardSchema, (row as { card?: unknown } | null)?.card);
    if (!r.success) for (const issue of r.issues) errors.push(`cards[${i}].card${issue.path?.map((p) => (typeof p.key === 'number' ? `[${p.key}]` : `.${String(p.key)}`)).join('') ?? ''}: ${issue.message}`);
  });
  return errors;
}
