/**
 * How a new version of a pack meets the reader's database. Pure: given the rows a pack owns now and
 * the pack as it ships, it says what to write and what to remove.
 *
 * - new and changed cards come in, as the pack has them;
 * - every field the reader edited stays as the reader left it (edits are kept per top-level field
 *   and laid over the new pack card);
 * - cards the pack dropped go — unless the reader edited them: then they stay, as the reader's own
 *   card, so nothing the reader wrote is ever lost.
 */
import type { Card, Pack } from './pack-schema';

/** Fields of a card the reader changed, with the reader's values. */
export type CardEdits = Partial<Omit<Card, 'id'>>;

export const USER_PACK = 'user';

export interface CardRow {
  id: string;
  packId: string;
  packVersion: string;
  /** The card as its pack ships it; null for the reader's own cards. */
  base: Card | null;
  edits: CardEdits;
  /** What the reader sees: `base` with `edits` laid over it. */
  card: Card;
}

export function applyEdits(base: Card, edits: CardEdits): Card {
  return { ...base, ...edits, id: base.id };
}

export const isEdited = (row: Pick<CardRow, 'edits'>) => Object.keys(row.edits).length > 0;

export interface MergePlan {
  put: CardRow[];
  remove: string[];
}

/**
 * `owned`: the rows now in the database for this pack's ids or owned by this pack. Rows of other
 * packs or of the reader that share an id with a pack card are left alone: the reader's card wins.
 */
export function planPackMerge(owned: readonly CardRow[], pack: Pack): MergePlan {
  const byId = new Map(owned.map((row) => [row.id, row]));
  const put: CardRow[] = [];
  const remove: string[] = [];
  const shipped = new Set<string>();
  for (const card of pack.cards) {
    shipped.add(card.id);
    const row = byId.get(card.id);
    if (row && row.packId !== pack.id) continue;
    const edits = row?.edits ?? {};
    put.push({ id: card.id, packId: pack.id, packVersion: pack.version, base: card, edits, card: applyEdits(card, edits) });
  }
  for (const row of owned) {
    if (row.packId !== pack.id || shipped.has(row.id)) continue;
    if (isEdited(row)) put.push({ ...row, packId: USER_PACK, base: null, edits: {}, card: row.card });
    else remove.push(row.id);
  }
  return { put, remove };
}

/** The edits that make `base` into `wanted`: only fields that differ from the pack's. */
export function diffEdits(base: Card | null, wanted: Card): CardEdits {
  if (!base) return {};
  const edits: Record<string, unknown> = {};
  for (const key of Object.keys({ ...base, ...wanted }) as (keyof Card)[]) {
    if (key === 'id') continue;
    if (JSON.stringify(base[key]) !== JSON.stringify(wanted[key])) edits[key] = wanted[key];
  }
  return edits as CardEdits;
}
