/**
 * What the library page reads from the database, which it opens itself (it runs in the extension's
 * origin, as the options page does): the catalogue, a chunk at a time so the first rows show at
 * once, and names by their start for cards of packs that are switched off (the background's matcher
 * finds the names of the cards that are on).
 */
import { catalogueEntry, type CatalogueEntry } from '../core/library-catalogue';
import { MAX_RESULTS, searchKey } from '../core/card-search';
import type { BackstoryDB } from './database';

/** Small enough that the first chunk is on screen within a frame or two; a few dozen for 50,000 cards. */
const FIRST_CHUNK = 300;
const CHUNK = 2000;

export function libraryData(db: BackstoryDB) {
  return {
    /** Calls `onChunk` with each chunk of the catalogue, in id order, as it is read. */
    async readCatalogue(onChunk: (entries: CatalogueEntry[]) => void): Promise<void> {
      let last: string | undefined;
      for (let size = FIRST_CHUNK; ; size = CHUNK) {
        const rows = await (last === undefined ? db.cards.orderBy(':id') : db.cards.where(':id').above(last))
          .limit(size)
          .toArray();
        if (rows.length === 0) return;
        onChunk(rows.map(catalogueEntry));
        last = rows[rows.length - 1]!.id;
        if (rows.length < size) return;
      }
    },
    /** Cards a name of which starts with the query, folded as the matcher folds: "إردو" finds Erdoğan. */
    async namesStartingWith(query: string): Promise<string[]> {
      const key = searchKey(query);
      if (!key) return [];
      return (await db.cards.where('search').startsWith(key).distinct().limit(MAX_RESULTS).primaryKeys()) as string[];
    },
    packs: () => db.packs.toArray().then((packs) => packs.map(({ id, name }) => ({ id, name }))),
  };
}
