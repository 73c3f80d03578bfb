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
import { cardChunks } from './card-chunks';
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
  for await (const rows of cardChunks(db, CHUNK)) {
    for (const { packId, card } of rows) {
      const kinds = byPack.get(packId) ?? {};
      kinds[card.kind] = (kinds[card.kind] ?? 0) + 1;
      byPack.set(packId, kinds);
    }
    await new Promise((resume) => setTimeout(resume));
  }
  return byPack;
}

/**
 * How long the packs must stay unchanged before their cards are counted: a change of data sets the
 * background reading every enabled card to build its view, and in Chromium this page's reads of the
 * same table queued beside it held up the marks of an edit on an open page by seconds.
 */
const COUNT_AFTER_MS = 1500;

export function optionsData(db: BackstoryDB, notify: Notify, countAfterMs = COUNT_AFTER_MS) {
  const target = { db, notify };
  // No index gives a card's kind, so counting them reads every card: done again only once the data's
  // revision has moved, and after the packs are shown (with the counts before, if any), so the list
  // never waits for it. The packs are read again on every write to a pack's cards, and the slices of
  // a large pack's install (thousands of cards each) move no revision until the last.
  let counted: { revision: number; kinds: Map<string, KindCounts> } | undefined;
  let counting = false;
  /** Each watcher's way to show the packs again, with the new counts. */
  const tellers = new Set<() => void>();
  const count = async () => {
    if (counting) return;
    counting = true;
    try {
      // Again while the revision moves under a count.
      for (let revision = await getRevision(db); counted?.revision !== revision; revision = await getRevision(db)) {
        counted = { revision, kinds: await kindsByPack(db) };
        for (const tell of tellers) tell();
      }
    } finally {
      counting = false;
    }
  };
  const packs = async (): Promise<Omit<PackSummary, 'kinds'>[]> =>
    Promise.all(
      (await db.packs.toArray()).map(async (row) => ({
        ...packInfo(row),
        cards: await db.cards.where('packId').equals(row.id).count(),
      })),
    );
  const watchPacks = (onChange: (packs: PackSummary[]) => void) => {
    let shown: Omit<PackSummary, 'kinds'>[] | undefined;
    let stopped = false;
    const tell = () => {
      if (shown && !stopped) onChange(shown.map((p) => ({ ...p, kinds: counted?.kinds.get(p.id) ?? {} })));
    };
    tellers.add(tell);
    let timer: ReturnType<typeof setTimeout> | undefined;
    const stop = watch(packs, (next) => {
      shown = next;
      tell();
      clearTimeout(timer);
      timer = setTimeout(() => count().catch((error: unknown) => console.error(error)), countAfterMs);
    });
    return () => {
      stopped = true;
      clearTimeout(timer);
      tellers.delete(tell);
      stop();
    };
  };
  const search = createCardSearch(db);
  return {
    watchPacks,
    setPackEnabled: (id: string, enabled: boolean) => setPackEnabled(target, id, enabled),
    cards: {
      search,
      prepare: search.prepare,
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
