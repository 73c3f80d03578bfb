/**
 * The reader's changes to cards. Every change is validated as a whole card first; a change that
 * would make a card invalid is refused with the field and the problem, and nothing is written.
 * Every write stamps `editedAt`, so an import can tell the reader's newer changes from the file's.
 * The writes themselves go through the write path (./writes).
 */
import * as v from 'valibot';
import { applyEdits, diffEdits, USER_PACK, type CardEdits } from '../core/knowledge/pack-merge';
import { formatIssues } from '../core/base/issues';
import { CardSchema, type Card } from '../core/knowledge/pack-schema';
import type { EditResult } from '../core/write-results';
import { searchKeys } from './database';
import { commit, type WriteTarget } from './writes';

export type { EditResult };

function validate(card: unknown): EditResult {
  const result = v.safeParse(CardSchema, card);
  if (result.success) return { ok: true, card: result.output };
  return { ok: false, errors: formatIssues(result.issues, '(card)') };
}

/** Changes fields of a card; fields set back to the pack's value stop counting as edits. */
export async function editCard(
  target: WriteTarget,
  id: string,
  changes: CardEdits,
  now = new Date(),
): Promise<EditResult> {
  return commit<EditResult>(target, ['cards'], async (db) => {
    const row = await db.cards.get(id);
    if (!row) return { result: { ok: false, errors: [`(card): no card ${id}`] }, changed: false };
    const checked = validate({ ...row.card, ...changes, id });
    if (!checked.ok) return { result: checked, changed: false };
    const edits: CardEdits = row.base ? diffEdits(row.base, checked.card) : {};
    const card = row.base ? applyEdits(row.base, edits) : checked.card;
    // Saving what is already there changes nothing: no write, no newer date, no rescan in every tab.
    if (JSON.stringify([edits, card]) === JSON.stringify([row.edits, row.card]))
      return { result: { ok: true, card }, changed: false };
    await db.cards.put({ ...row, edits, card, search: searchKeys(card), editedAt: now.toISOString() });
    return { result: { ok: true, card }, changed: true };
  });
}

/** Back to the card as its pack ships it. */
export async function revertCard(target: WriteTarget, id: string, now = new Date()): Promise<void> {
  await commit(target, ['cards'], async (db) => {
    const row = await db.cards.get(id);
    if (!row?.base) return { result: undefined, changed: false };
    await db.cards.put({
      ...row,
      edits: {},
      card: row.base,
      search: searchKeys(row.base),
      editedAt: now.toISOString(),
    });
    return { result: undefined, changed: true };
  });
}

/** A card the reader writes: it belongs to no pack, and no pack update touches it. */
export async function createCard(target: WriteTarget, card: Card, now = new Date()): Promise<EditResult> {
  const checked = validate(card);
  if (!checked.ok) return checked;
  return commit<EditResult>(target, ['cards'], async (db) => {
    if (await db.cards.get(card.id))
      return { result: { ok: false, errors: [`id: a card ${card.id} exists already`] }, changed: false };
    await db.cards.add({
      id: card.id,
      packId: USER_PACK,
      packVersion: '',
      base: null,
      edits: {},
      card: checked.card,
      search: searchKeys(checked.card),
      editedAt: now.toISOString(),
    });
    return { result: { ok: true, card: checked.card }, changed: true };
  });
}

/** Deletes one of the reader's own cards; a pack's card stays (it can only be reverted). */
export async function deleteCard(target: WriteTarget, id: string): Promise<void> {
  await commit(target, ['cards'], async (db) => {
    const row = await db.cards.get(id);
    if (row?.packId !== USER_PACK) return { result: undefined, changed: false };
    await db.cards.delete(id);
    return { result: undefined, changed: true };
  });
}
