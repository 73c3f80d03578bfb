/**
 * What the library page reads from the database, which it opens itself (it runs in the extension's
 * origin, as the options page does): the catalogue, a chunk at a time so the first rows show at
 * once, and names by their start for cards of packs that are switched off (the background's matcher
 * finds the names of the cards that are on).
 */
import { catalogueEntry, type CatalogueEntry } from '../core/library-catalogue';
import { fold } from '../core/text/normalise';
import type { PackInfo } from '../core/write-results';
import { packInfo, type BackstoryDB } from './database';
import { watchQuery } from './watch-query';

/** Names found by their start: as many as the card manager lists. */
const MAX_STARTING = 50;

/** The first chunk fills the first screen (20 rows) and comes at once; the rest in chunks of 2,000, a few dozen for 50,000 cards. */
const FIRST_CHUNK = 60;
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
      const key = fold(query);
      if (!key) return [];
      return (await db.cards.where('search').startsWith(key).distinct().limit(MAX_STARTING).primaryKeys()) as string[];
    },
    /** Calls back with the packs now and whenever one changes (switched off in the options, updated); returns the unsubscribe. */
    watchPacks: (onChange: (packs: PackInfo[]) => void) =>
      watchQuery(async () => (await db.packs.toArray()).map(packInfo), onChange),
  };
}
