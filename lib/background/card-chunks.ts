/**
 * Every card in id order, `size` rows a read: a page of ours that reads them all (the options page's
 * counts and search) holds no write of the background's up for long.
 */
import type { BackstoryDB, StoredCard } from './database';

export async function* cardChunks(db: BackstoryDB, size: number): AsyncGenerator<StoredCard[]> {
  let last: string | undefined;
  for (;;) {
    const rows = await (last === undefined ? db.cards.orderBy(':id') : db.cards.where(':id').above(last))
      .limit(size)
      .toArray();
    if (rows.length) yield rows;
    if (rows.length < size) return;
    last = rows[rows.length - 1]!.id;
  }
}
