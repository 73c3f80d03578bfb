/**
 * What the options page reads and changes, as plain functions for its components, which never hold
 * the database. It runs in the extension's origin, so it opens the database itself: reads follow it
 * (liveQuery: whoever changes it, the page shows it), and writes go through the write path, which
 * tells open tabs.
 */
import type { Card } from '../core/knowledge/pack-schema';
import type { Exclusion } from '../core/transfer-schema';
import type { PackSummary } from '../core/write-results';
import { createCard, deleteCard, editCard, revertCard } from './card-edits';
import { createCardSearch } from './card-search';
import { packInfo, type BackstoryDB } from './database';
import { setPackEnabled } from './install-packs';
import { removeExclusion, type Notify } from './writes';
import { watchQuery as watch } from './watch-query';

export function optionsData(db: BackstoryDB, notify: Notify) {
  const target = { db, notify };
  const packs = async (): Promise<PackSummary[]> =>
    Promise.all(
      (await db.packs.toArray()).map(async (row) => ({
        ...packInfo(row),
        cards: await db.cards.where('packId').equals(row.id).count(),
      })),
    );
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
