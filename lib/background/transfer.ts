/**
 * Export and import of the reader's own data: their cards, their edits to pack cards, their
 * exclusions and their settings. Import checks the whole file first and lists every error with its
 * path; only a file with no error is applied — settings and database as one unit, all or nothing.
 *
 * Import never silently loses the reader's newer work: edits merge field by field, and an own card
 * or edited field the reader changed after the file was exported (or at an unknown time) stays the
 * reader's, unless the reader asks for the file's version.
 */
import * as v from 'valibot';
import { applyEdits, diffEdits, USER_PACK, type CardEdits } from '../core/knowledge/pack-merge';
import { isoDay } from '../core/base/dates';
import { formatIssues } from '../core/base/issues';
import { CardSchema } from '../core/knowledge/pack-schema';
import { parseExport, type ExportFile } from '../core/transfer-schema';
import type { Settings } from '../core/settings';
import type { ImportOptions, ImportResult } from '../core/write-results';
import { searchKeys, type BackstoryDB, type StoredCard } from './database';
import { commit, databaseOf, type WriteTarget } from './writes';

export type { ImportOptions, ImportResult };

export async function exportData(db: BackstoryDB, settings: Settings, now = new Date()): Promise<ExportFile> {
  const rows = await db.cards.toArray();
  const mine = rows.filter((r) => r.packId === USER_PACK).map((r) => r.card);
  const edits: ExportFile['backstory']['edits'] = {};
  for (const r of rows) if (r.packId !== USER_PACK && Object.keys(r.edits).length) edits[r.id] = r.edits;
  const day = isoDay(now);
  return {
    format: 1,
    id: 'my-backstory',
    name: 'My Backstory cards',
    version: day.replaceAll('-', '.'),
    languages: ['ar', 'en'],
    author: 'Exported from Backstory',
    licence: 'All rights reserved by the reader',
    reviewed: day,
    cards: mine,
    backstory: { exportedAt: now.toISOString(), edits, exclusions: await db.exclusions.toArray(), settings },
  };
}

/** Where the settings live: read first, so a failed database write can put them back. */
export interface SettingsStore {
  read(): Promise<Settings>;
  write(settings: Settings): Promise<unknown>;
}

function cardErrors(card: unknown, at: string): string[] {
  const r = v.safeParse(CardSchema, card);
  return r.success ? [] : formatIssues(r.issues, at, at.split('.'));
}

/** Rows are written by this code and files validated into the schema's key order: equal values serialise alike. */
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

interface Plan {
  errors: string[];
  put: StoredCard[];
  cards: number;
  edits: number;
  kept: number;
}

/**
 * What importing `file` over `existing` writes. `exportedAt`: the file's date, no later than now (a
 * file dated in the future must not outrank the reader's edits). Imported rows take that date as
 * their `editedAt`: their content is as new as the file.
 */
function planImport(
  file: ExportFile,
  existing: ReadonlyMap<string, StoredCard>,
  exportedAt: string,
  takeFile: boolean,
): Plan {
  const plan: Plan = { errors: [], put: [], cards: 0, edits: 0, kept: 0 };
  // A row with no (or no readable) date counts as the reader's: it may be newer.
  const newerThanFile = (row: StoredCard) =>
    row.editedAt === undefined || !(Date.parse(row.editedAt) <= Date.parse(exportedAt));
  const mineWins = (row: StoredCard) => !takeFile && newerThanFile(row);

  file.cards.forEach((card, i) => {
    const row = existing.get(card.id);
    if (row && row.packId !== USER_PACK)
      plan.errors.push(
        `cards[${i}].id: "${card.id}" is a card of the pack ${row.packId}; changes to it belong in backstory.edits`,
      );
    else if (row && same(row.card, card)) plan.cards++;
    else if (row && mineWins(row)) plan.kept++;
    else {
      plan.cards++;
      plan.put.push({
        id: card.id,
        packId: USER_PACK,
        packVersion: '',
        base: null,
        edits: {},
        card,
        search: searchKeys(card),
        editedAt: exportedAt,
      });
    }
  });

  for (const [id, fileEdits] of Object.entries(file.backstory.edits) as [string, Record<string, unknown>][]) {
    const row = existing.get(id);
    if (!row || !row.base) {
      plan.errors.push(`backstory.edits.${id}: no card "${id}" from an installed pack`);
      continue;
    }
    const local = row.edits as Record<string, unknown>;
    const merged: Record<string, unknown> = { ...local };
    let kept = 0;
    for (const [key, value] of Object.entries(fileEdits)) {
      if (value === undefined) continue;
      if (Object.hasOwn(local, key) && !same(local[key], value) && mineWins(row)) kept++;
      else merged[key] = value;
    }
    plan.kept += kept;
    const fields = Object.keys(fileEdits).length;
    if (fields === 0 || kept < fields) plan.edits++;
    const card = applyEdits(row.base, merged as CardEdits);
    const problems = cardErrors(card, `backstory.edits.${id}`);
    if (problems.length) {
      // The file's edits may be fine alone and clash only with the reader's own (a fact naming a source the reader's list lacks).
      const alone = cardErrors(applyEdits(row.base, fileEdits as CardEdits), `backstory.edits.${id}`).length === 0;
      plan.errors.push(...(alone ? problems.map((p) => `${p} (with your own edits to this card kept)`) : problems));
      continue;
    }
    const edits = diffEdits(row.base, card);
    if (same(edits, row.edits)) continue;
    // A row that still holds edits of the reader's own is as new as the newer of the two.
    const localRemains = Object.entries(edits).some(
      ([key, value]) => !Object.hasOwn(fileEdits, key) || !same(fileEdits[key], value),
    );
    const editedAt = localRemains && newerThanFile(row) ? row.editedAt : exportedAt;
    plan.put.push({ ...row, edits, card, search: searchKeys(card), editedAt });
  }
  return plan;
}

const readRows = async (db: BackstoryDB, file: ExportFile) =>
  new Map(
    (await db.cards.bulkGet([...file.cards.map((c) => c.id), ...Object.keys(file.backstory.edits)]))
      .filter((r): r is StoredCard => !!r)
      .map((r) => [r.id, r]),
  );

/** Thrown inside the transaction to roll it back when the rows read there refuse the file. */
class Refused extends Error {
  constructor(readonly errors: string[]) {
    super('refused');
  }
}

/**
 * Milliseconds of an ISO timestamp. The schema lets through offsets Date.parse reads as NaN
 * (`+05`); one it still cannot read counts as the oldest date, so such a file outranks nothing.
 */
function timeOf(iso: string): number {
  const time = Date.parse(iso.replace(/([+-]\d{2})$/, '$1:00'));
  return Number.isNaN(time) ? 0 : time;
}

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * Imports `text`. Nothing is written unless every check passes. Then the settings are written
 * first and the database after, in one transaction that reads the rows it merges; if that fails,
 * the settings read before are written back.
 */
export async function importData(
  target: WriteTarget,
  text: string,
  settings: SettingsStore,
  options: ImportOptions = {},
): Promise<ImportResult> {
  const db = databaseOf(target);
  const parsed = parseExport(text);
  if (!parsed.ok) return parsed;
  const file = parsed.file;
  const exportedAt = new Date(Math.min(timeOf(file.backstory.exportedAt), Date.now())).toISOString();
  const takeFile = options.onConflict === 'take-file';

  // A first look, outside any transaction: a file this database refuses never touches the settings.
  const errors = planImport(file, await readRows(db, file), exportedAt, takeFile).errors;
  if (errors.length) return { ok: false, errors };

  let old: Settings;
  try {
    old = await settings.read();
    await settings.write(file.backstory.settings);
  } catch (error) {
    return { ok: false, errors: [`(settings): could not be written: ${message(error)}; nothing was imported`] };
  }

  try {
    const plan = await commit(target, ['cards', 'exclusions'], async (db) => {
      const plan = planImport(file, await readRows(db, file), exportedAt, takeFile);
      if (plan.errors.length) throw new Refused(plan.errors);
      await db.cards.bulkPut(plan.put);
      await db.exclusions.bulkPut(file.backstory.exclusions);
      return { result: plan, changed: true };
    });
    return {
      ok: true,
      cards: plan.cards,
      edits: plan.edits,
      exclusions: file.backstory.exclusions.length,
      kept: plan.kept,
    };
  } catch (error) {
    const errors =
      error instanceof Refused
        ? error.errors
        : [`(database): could not be written: ${message(error)}; nothing was imported`];
    try {
      await settings.write(old);
    } catch (restoreError) {
      errors.push(
        `(settings): the imported settings stay, as the previous ones could not be put back: ${message(restoreError)}`,
      );
    }
    return { ok: false, errors };
  }
}
