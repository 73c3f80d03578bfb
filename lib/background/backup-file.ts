/**
 * Reads a full backup file: dexie-export-import's JSON format, parsed here rather than by that
 * library, because the library revives typed values (`$types`: blobs, images, dates) from the file
 * before anything is checked. Only plain JSON is accepted, of a Backstory database, of a schema
 * version this Backstory knows, with exactly that version's tables.
 */
import * as v from 'valibot';
import { formatIssues } from '../core/base/issues';
import { parsePlainJson } from '../core/base/plain-json';
import { MAX_IMPORT_BYTES } from '../core/transfer-schema';
import { storesAt } from './backup-ladder';
import { DB_NAME, SCHEMA_LADDER, SCHEMA_VERSION } from './database';

/** A full backup holds every pack card too: allow more than a reader's own export. */
export const MAX_BACKUP_BYTES = 20 * MAX_IMPORT_BYTES;

/** Far deeper than any Backstory row (a card's alias sits about 10 levels down). */
export const MAX_DEPTH = 32;

/** A file with thousands of problems is listed by its first ones. */
export const MAX_ERRORS = 100;

export type Checked<T> = { ok: true; value: T } | { ok: false; errors: string[] };

/** The rows of each table of a backup, by table name, and the schema version they were written at. */
export interface BackupTables {
  version: number;
  tables: Map<string, unknown[]>;
}

const Envelope = v.object({
  formatName: v.literal('dexie'),
  formatVersion: v.literal(1),
  data: v.object({
    databaseName: v.string(),
    databaseVersion: v.pipe(v.number(), v.integer()),
    tables: v.array(v.object({ name: v.string(), schema: v.string(), rowCount: v.number() })),
    data: v.array(v.object({ tableName: v.string(), inbound: v.literal(true), rows: v.array(v.unknown()) })),
  }),
});

/** dexie-export-import's marks for values its import would revive (images, blobs…): Backstory writes none. */
const TYPED_VALUES: ReadonlyMap<string, string> = new Map([['$types', 'typed values are not allowed in a backup']]);
const TYPED_HINT =
  '(file): this backup holds typed values, as backups made by an earlier version of Backstory do; nothing was restored. Open it in the Backstory that made it, export your cards, edits and settings there, and import that file here.';

/** One line: Dexie adds the inner error's text after a line break. */
export const describeError = (error: unknown) =>
  error instanceof Error ? `${error.name}: ${error.message.split('\n')[0]!.trim()}` : String(error);

/** The size is checked before the file is read: a huge file is refused without being loaded. */
export async function readBackup(file: Blob): Promise<Checked<BackupTables>> {
  if (file.size > MAX_BACKUP_BYTES)
    return {
      ok: false,
      errors: [`(file): larger than ${MAX_BACKUP_BYTES / 1024 / 1024} MB; Backstory restores backups up to that size`],
    };
  let text: string;
  try {
    text = await file.text();
  } catch (error) {
    return { ok: false, errors: [`(file): ${describeError(error)}`] };
  }
  return parseBackup(text);
}

export function parseBackup(text: string): Checked<BackupTables> {
  const plain = parsePlainJson(text, { maxDepth: MAX_DEPTH, refuse: TYPED_VALUES, maxErrors: MAX_ERRORS });
  if (!plain.ok) {
    const typed = plain.errors.filter((e) => e.endsWith(TYPED_VALUES.get('$types')!));
    // Typed values in every row: a backup written by an earlier Backstory (with dexie-export-import)
    // or by another program. Say what to do once, and show where, briefly.
    if (typed.length > 0) return { ok: false, errors: [TYPED_HINT, ...typed.slice(0, 3)] };
    return plain;
  }
  const json = plain.json;
  if ((json as { formatName?: unknown } | null)?.formatName !== 'dexie')
    return { ok: false, errors: ['(file): not a Backstory backup'] };
  const envelope = v.safeParse(Envelope, json);
  if (!envelope.success) return { ok: false, errors: formatIssues(envelope.issues, '(file)') };
  const { databaseName, databaseVersion: version, data } = envelope.output.data;
  const errors: string[] = [];
  if (databaseName !== DB_NAME)
    errors.push(`data.databaseName: a backup of the database ${JSON.stringify(databaseName)}, not of Backstory`);
  if (version > SCHEMA_VERSION)
    errors.push(`data.databaseVersion: written by a newer Backstory (schema ${version}); update Backstory first`);
  else if (!SCHEMA_LADDER.some((step) => step.version === version))
    errors.push(`data.databaseVersion: no Backstory schema has the version ${version}`);
  if (errors.length) return { ok: false, errors };

  const expected = storesAt(version);
  const tables = new Map<string, unknown[]>();
  data.forEach(({ tableName, rows }, i) => {
    if (!expected.has(tableName)) errors.push(`data.data[${i}].tableName: unknown table ${JSON.stringify(tableName)}`);
    else if (tables.has(tableName))
      errors.push(`data.data[${i}].tableName: a second table ${JSON.stringify(tableName)}`);
    else tables.set(tableName, rows);
  });
  for (const name of expected.keys()) if (!tables.has(name)) errors.push(`data.data: no table ${JSON.stringify(name)}`);
  return errors.length ? { ok: false, errors } : { ok: true, value: { version, tables } };
}
