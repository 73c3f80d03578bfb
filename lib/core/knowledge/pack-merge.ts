/**
 * The reader's edits to pack cards, kept apart from the card as its pack ships it:
 *
 * - every field the reader edited stays as the reader left it (edits are kept per top-level field
 *   and laid over the pack's card, whatever version of it comes later);
 * - a card no bundled pack ships any more goes — unless the reader edited it: then it stays, as the
 *   reader's own card, so nothing the reader wrote is ever lost.
 *
 * How a release of packs is merged into the database is planned in packs-plan.ts.
 */
import type { Card } from './pack-schema';

/** Fields of a card the reader changed, with the reader's values. */
export type CardEdits = Partial<Omit<Card, 'id'>>;

export const USER_PACK = 'user';

export interface CardRow {
  id: string;
  packId: string;
  /**
   * The version of the pack the row was last written from: a card a new version ships unchanged is
   * not rewritten, so an update touches only the cards it changes.
   */
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
