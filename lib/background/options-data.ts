/**
 * What the options page reads and changes, as plain functions for its components, which never hold
 * the database. It runs in the extension's origin, so it opens the database itself: reads follow it
 * (liveQuery: whoever changes it, the page shows it), and writes go through the write path, which
 * tells open tabs.
 */
import type { Card } from '../core/knowledge/pack-schema';
import type { Exclusion } from '../core/transfer-schema';
import type { KindCounts, PackSummary } from '../core/write-results';
import { createCard, deleteCard, editCard, revertCard } from './card-edits';
import { createCardSearch } from './card-search';
import { getRevision, packInfo, type BackstoryDB } from './database';
import { setPackEnabled } from './install-packs';
import { removeExclusion, type Notify } from './writes';
import { watchQuery as watch } from './watch-query';

/**
 * Cards read at a time when counting them by kind, with a pause between reads: no read holds a write
 * up, and in Firefox, where the options page shares its thread with the background, no long task of
 * this page holds up the marks of a page being read (with 58,000 cards, 2,000 a read made the warm
 * first marks of bench:browser twice as slow while the options page was open).
 */
const CHUNK = 250;

/** Every pack's cards by kind, in one pass over the cards in id order, a chunk at a time. */
async function kindsByPack(db: BackstoryDB): Promise<Map<string, KindCounts>> {
  const byPack = new Map<string, KindCounts>();
  let last: string | undefined;
  for (;;) {
    const rows = await (last === undefined ? db.cards.orderBy(':id') : db.cards.where(':id').above(last))
      .limit(CHUNK)
      .toArray();
    for (const { packId, card } of rows) {
      const kinds = byPack.get(packId) ?? {};
      kinds[card.kind] = (kinds[card.kind] ?? 0) + 1;
      byPack.set(packId, kinds);
    }
    if (rows.length < CHUNK) return byPack;
    last = rows[rows.length - 1]!.id;
    await new Promise((resume) => setTimeout(resume));
  }
}

export function optionsData(db: BackstoryDB, notify: Notify) {
  const target = { db, notify };
  // No index gives a card's kind, so counting them reads every card: done again only once the data's
  // revision has moved. The packs are read again on every write to a pack's cards, and the slices of
  // a large pack's install (thousands of cards each) move no revision until the last.
  let counted: { revision: number; kinds: Map<string, KindCounts> } | undefined;
  const kindsAt = async (revision: number) => {
    if (counted?.revision === revision) return counted.kinds;
    counted = { revision, kinds: await kindsByPack(db) };
    return counted.kinds;
  };
  const packs = async (): Promise<PackSummary[]> => {
    const kinds = await kindsAt(await getRevision(db));
    return Promise.all(
      (await db.packs.toArray()).map(async (row) => ({
        ...packInfo(row),
        cards: await db.cards.where('packId').equals(row.id).count(),
        kinds: kinds.get(row.id) ?? {},
      })),
    );
  };
  return {
    watchPacks: (onChange: (packs: PackSummary[]) => void) => watch(packs, onChange),
    setPackEnabled: (id: string, enabled: boolean) => setPackEnabled(target, id, enabled),
    cards: {
      search: createCardSearch(db),
      get: (id: string) => db.cards.get(id),
      create: (card: Card) => createCard(target, card),
      edit: (card: Card) => editCard(target, card.id, card),
      revert: (id: string) => revertCard(target, id),
      remove: (id: string) => deleteCard(target, id),
      watchExclusions: (onChange: (exclusions: Exclusion[]) => void) => watch(() => db.exclusions.toArray(), onChange),
      removeExclusion: (exclusion: Exclusion) => removeExclusion(target, exclusion),
    },
  };
}
