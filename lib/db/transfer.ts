/**
 * Export and import of the reader's own data: their cards, their edits to pack cards, their
 * exclusions and their settings. Import checks the whole file first and lists every error with its
 * path; only a file with no error is applied, in one transaction — all of it or none of it.
 */
import * as v from 'valibot';
import { applyEdits, diffEdits, USER_PACK } from '../knowledge/pack-merge';
import { CardSchema, type Card } from '../knowledge/pack-schema';
import { parseExport, type ExportFile } from '../knowledge/transfer-schema';
import type { Settings } from '../settings';
import { bumpRevision, searchKeys, type BackstoryDB, type StoredCard } from './database';

export async function exportData(db: BackstoryDB, settings: Settings, now = new Date()): Promise<ExportFile> {
  const rows = await db.cards.toArray();
  const mine = rows.filter((r) => r.packId === USER_PACK).map((r) => r.card);
  const edits: ExportFile['backstory']['edits'] = {};
  for (const r of rows) if (r.packId !== USER_PACK && Object.keys(r.edits).length) edits[r.id] = r.edits;
  const day = now.toISOString().slice(0, 10);
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

export type ImportResult =
  | { ok: true; cards: number; edits: number; exclusions: number }
  | { ok: false; errors: string[] };

function cardErrors(card: unknown, at: string): string[] {
  const r = v.safeParse(CardSchema, card);
  return r.success ? [] : r.issues.map((i) => `${at}${i.path?.map((p) => (typeof p.key === 'number' ? `[${p.key}]` : `.${String(p.key)}`)).join('') ?? ''}: ${i.message}`);
}

/**
 * Imports `text`. Nothing is written unless every check passes; `writeSettings` runs only after the
 * database transaction committed.
 */
export async function importData(db: BackstoryDB, text: string, writeSettings: (s: Settings) => Promise<unknown>): Promise<ImportResult> {
  const parsed = parseExport(text);
  if (!parsed.ok) return parsed;
  const file = parsed.file;
  const errors: string[] = [];
  const existing = new Map((await db.cards.bulkGet([...file.cards.map((c) => c.id), ...Object.keys(file.backstory.edits)])).filter((r): r is StoredCard => !!r).map((r) => [r.id, r]));

  file.cards.forEach((card, i) => {
    const row = existing.get(card.id);
    if (row && row.packId !== USER_PACK) errors.push(`cards[${i}].id: "${card.id}" is a card of the pack ${row.packId}; changes to it belong in backstory.edits`);
  });
  const edited: { row: StoredCard; card: Card }[] = [];
  for (const [id, edits] of Object.entries(file.backstory.edits)) {
    const row = existing.get(id);
    if (!row || !row.base) {
      errors.push(`backstory.edits.${id}: no card "${id}" from an installed pack`);
      continue;
    }
    const card = applyEdits(row.base, edits as Partial<Card>);
    const problems = cardErrors(card, `backstory.edits.${id}`);
    if (problems.length) errors.push(...problems);
    else edited.push({ row, card });
  }
  if (errors.length) return { ok: false, errors };

  await db.transaction('rw', db.cards, db.exclusions, db.meta, async () => {
    await db.cards.bulkPut(file.cards.map((card) => ({ id: card.id, packId: USER_PACK, packVersion: '', base: null, edits: {}, card, search: searchKeys(card) })));
    await db.cards.bulkPut(edited.map(({ row, card }) => ({ ...row, edits: diffEdits(row.base, card), card, search: searchKeys(card) })));
    await db.exclusions.bulkPut(file.backstory.exclusions);
    await bumpRevision(db);
  });
  await writeSettings(file.backstory.settings);
  return { ok: true, cards: file.cards.length, edits: edited.length, exclusions: file.backstory.exclusions.length };
}
