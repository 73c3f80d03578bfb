/**
 * The card manager's search over the database: every card, of enabled packs or not, by any of its
 * names. The matcher over every card is built once per data revision, so a card written anywhere
 * (this page, an import, a pack update in the background) is found at the next keystroke.
 *
 * Building it means reading every card (about 1.5 s for the 9,400 bundled ones in either browser)
 * and folding every name (4.5–4.8 s in all in Chromium), so it begins when the reader focuses the
 * search box (`prepare`), not at the first keystroke. Not as the page opens: the options page often
 * stays open while the reader browses, and a build there slowed the marks of open tabs (Firefox's
 * warm first marks in bench:browser, 33 ms to 63). It is read a chunk at a time and built in slices:
 * in Firefox this page shares its thread with the background, which answers tabs meanwhile.
 */
import { MAX_RESULTS, namedIn, rankResults, searchKey } from '../core/card-search';
import { matcherAliases } from '../core/knowledge/pack-matcher';
import type { Card } from '../core/knowledge/pack-schema';
import { matcherSteps, type Matcher } from '../core/text/matcher';
import { getRevision, type BackstoryDB, type StoredCard } from './database';
import { cardChunks } from './card-chunks';
import { nextMessage, runInSlices } from './run-in-slices';

export interface CardSearch {
  /** Cards for what the reader typed, best first; none for an empty query. */
  (query: string): Promise<StoredCard[]>;
  /** Builds the matcher for the current data now, if it is not built or being built. */
  prepare(): Promise<void>;
}

/**
 * The longest slice of the build, shorter than the background's own (20 ms): in Firefox a request
 * from a tab that arrives during a slice waits for its end, and this build is not the tab's work.
 */
const SLICE_MS = 5;

/** Cards read at a time: no read of ours holds up a write of the background's for long. */
const CHUNK = 500;

async function everyCard(db: BackstoryDB): Promise<Card[]> {
  const cards: Card[] = [];
  for await (const rows of cardChunks(db, CHUNK)) for (const row of rows) cards.push(row.card);
  return cards;
}

export function createCardSearch(db: BackstoryDB): CardSearch {
  let cached: { revision: number; matcher: Promise<Matcher> } | undefined;

  const matcher = async () => {
    const revision = await getRevision(db);
    if (cached?.revision !== revision) {
      const built = everyCard(db).then((cards) =>
        runInSlices(matcherSteps(matcherAliases(cards)), SLICE_MS, nextMessage),
      );
      cached = { revision, matcher: built };
      // A failed build is tried again at the next query, not kept.
      built.catch(() => cached?.matcher === built && (cached = undefined));
    }
    return cached.matcher;
  };

  const searchCards = async (query: string): Promise<StoredCard[]> => {
    const key = searchKey(query);
    if (!key) return [];
    const ids = namedIn(await matcher(), query);
    const named = (await db.cards.bulkGet(ids)).filter((r): r is StoredCard => !!r);
    const prefixed = await db.cards.where('search').startsWith(key).distinct().limit(MAX_RESULTS).toArray();
    return rankResults(named, prefixed);
  };
  return Object.assign(searchCards, { prepare: async () => void (await matcher()) });
}
