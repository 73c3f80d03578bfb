/**
 * The reader's changes to cards. Every change is validated as a whole card first; a change that
 * would make a card invalid is refused with the field and the problem, and nothing is written.
 * Every write stamps `editedAt`, so an import can tell the reader's newer changes from the file's.
 */
import * as v from 'valibot';
import { applyEdits, diffEdits, USER_PACK, type CardEdits } from '../core/knowledge/pack-merge';
import { CardSchema, type Card } from '../core/knowledge/pack-schema';
import { bumpRevision, searchKeys, type BackstoryDB } from './database';

export type EditResult = { ok: true; card: Card } | { ok: false; errors: string[] };

function validate(card: unknown): EditResult {
  const result = v.safeParse(CardSchema, card);
  if (result.success) return { ok: true, card: result.output };
  return { ok: false, errors: result.issues.map((i) => `${i.path?.map((p) => p.key).join('.') ?? '(card)'}: ${i.message}`) };
}

/** Changes fields of a card; fields set back to the pack's value stop counting as edits. */
export async function editCard(db: BackstoryDB, id: string, changes: CardEdits, now = new Date()): Promise<EditResult> {
  return db.transaction('rw', db.cards, db.meta, async () => {
    const row = await db.cards.get(id);
    if (!row) return { ok: false, errors: [`(card): no card ${id}`] };
    const checked = validate({ ...row.card, ...changes, id });
    if (!checked.ok) return checked;
    const edits: CardEdits = row.base ? diffEdits(row.base, checked.card) : {};
    const card = row.base ? applyEdits(row.base, edits) : checked.card;
    await db.cards.put({ ...row, edits, card, search: searchKeys(card), editedAt: now.toISOString() });
    await bumpRevision(db);
    return { ok: true, card };
  });
}

/** Back to the card as its pack ships it. */
export async function revertCard(db: BackstoryDB, id: string, now = new Date()): Promise<void> {
  await db.transaction('rw', db.cards, db.meta, async () => {
    const row = await db.cards.get(id);
    if (!row?.base) return;
    await db.cards.put({ ...row, edits: {}, card: row.base, search: searchKeys(row.base), editedAt: now.toISOString() });
    await bumpRevision(db);
  });
}

/** A card the reader writes: it belongs to no pack, and no pack update touches it. */
export async function createCard(db: BackstoryDB, card: Card, now = new Date()): Promise<EditResult> {
  const checked = validate(card);
  if (!checked.ok) return checked;
  return db.transaction('rw', db.cards, db.meta, async () => {
    if (await db.cards.get(card.id)) return { ok: false, errors: [`id: a card ${card.id} exists already`] };
    await db.cards.add({ id: card.id, packId: USER_PACK, packVersion: '', base: null, edits: {}, card: checked.card, search: searchKeys(checked.card), editedAt: now.toISOString() });
    await bumpRevision(db);
    return { ok: true, card: checked.card };
  });
}
