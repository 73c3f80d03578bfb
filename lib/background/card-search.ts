/**
 * The card manager's search over the database: every card, of enabled packs or not, by any of its
 * names. The matcher over every card is built once per data revision, so a card written anywhere
 * (this page, an import, a pack update in the background) is found at the next keystroke.
 */
import { matcherFor } from '../core/knowledge/pack-matcher';
import { MAX_RESULTS, namedIn, rankResults, searchKey } from '../core/card-search';
import type { Matcher } from '../core/text/matcher';
import { getRevision, type BackstoryDB, type StoredCard } from './database';

export function createCardSearch(db: BackstoryDB): (query: string) => Promise<StoredCard[]> {
  let cached: { revision: number; matcher: Promise<Matcher> } | undefined;

  const matcher = async () => {
    const revision = await getRevision(db);
    if (cached?.revision !== revision)
      cached = { revision, matcher: db.cards.toArray().then((rows) => matcherFor(rows.map((r) => r.card))) };
    return cached.matcher;
  };

  return async function searchCards(query: string): Promise<StoredCard[]> {
    const key = searchKey(query);
    if (!key) return [];
    const ids = namedIn(await matcher(), query);
    const named = (await db.cards.bulkGet(ids)).filter((r): r is StoredCard => !!r);
    const prefixed = await db.cards.where('search').startsWith(key).distinct().limit(MAX_RESULTS).toArray();
    return rankResults(named, prefixed);
  };
}
