/**
 * How a release of bundled packs meets the reader's database, planned for all packs at once. Pure:
 * given the packs and the rows they or their card ids hold now, it says per card id which pack owns
 * it afterwards, what to write and what to remove. Planning pack by pack would lose a card that
 * moves from one pack to another in the same release: the old pack would drop it (or make it the
 * reader's own, without its `base`) before the new pack came to it.
 *
 * Who owns a card id:
 * - a reader's own card, or a row of a pack not in the plan, is left alone;
 * - a pack that owns it and still ships it keeps it;
 * - otherwise the first pack, in the order given, that ships it;
 * - no pack ships it: it goes, unless the reader edited it — then it stays as the reader's own card.
 *
 * A row carried to its owner keeps the reader's edits and every other field it has (fields other
 * code adds to rows, such as an `editedAt`), with the owner's card as its new `base`.
 */
import { applyEdits, isEdited, USER_PACK, type CardRow } from './pack-merge';
import * as v from 'valibot';
import { CardSchema, type Card, type Pack } from './pack-schema';

export interface PacksPlan {
  /** Rows to write; only rows that differ from what is stored. */
  put: CardRow[];
  remove: string[];
  /** Packs whose rows this plan changes: a pack gaining, losing or rewriting a row. */
  touched: Set<string>;
  /** Ids that left every pack in the plan (removed, or kept as the reader's own). */
  dropped: string[];
}

/** Cheap, exact enough: rows are written by this code, so equal rows serialise alike. */
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * `packs`: in the order their cards win overlaps. `rows`: every row owned by one of them, and every
 * row whose id one of them ships (a row may appear twice).
 */
export function planPacks(packs: readonly Pack[], rows: readonly CardRow[]): PacksPlan {
  const shipped = new Map<string, Map<string, Card>>(packs.map((p) => [p.id, new Map(p.cards.map((c) => [c.id, c]))]));
  const versions = new Map(packs.map((p) => [p.id, p.version]));
  const byId = new Map(rows.map((row) => [row.id, row]));
  const ids = new Set([...packs.flatMap((p) => p.cards.map((c) => c.id)), ...byId.keys()]);
  const plan: PacksPlan = { put: [], remove: [], touched: new Set(), dropped: [] };

  for (const id of ids) {
    const row = byId.get(id);
    if (row && !shipped.has(row.packId)) continue; // the reader's own, or a pack this plan does not know
    const owner =
      row && shipped.get(row.packId)!.has(id) ? row.packId : packs.find((p) => shipped.get(p.id)!.has(id))?.id;
    if (owner !== undefined) {
      const base = shipped.get(owner)!.get(id)!;
      const edits = row?.edits ?? {};
      const next: CardRow = {
        ...row,
        id,
        packId: owner,
        packVersion: versions.get(owner)!,
        base,
        edits,
        card: applyEdits(base, edits),
      };
      // Unchanged but for the version it came with: left as it is (CardRow.packVersion).
      if (row && same({ ...row, packVersion: next.packVersion }, next)) continue;
      // The reader's edits may not fit the new version (a fact of theirs cites a source the pack
      // renamed): the card is left as it was, edits and base, rather than stored broken.
      if (row && isEdited(row) && !v.safeParse(CardSchema, next.card).success) continue;
      plan.put.push(next);
      plan.touched.add(owner);
      if (row) plan.touched.add(row.packId);
    } else if (row) {
      plan.dropped.push(id);
      plan.touched.add(row.packId);
      if (isEdited(row)) plan.put.push({ ...row, packId: USER_PACK, base: null, edits: {}, card: row.card });
      else plan.remove.push(id);
    }
  }
  return plan;
}
