/** The card manager's search: any name, in any script and with its grammar, finds the card. */
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { createCard } from '../../lib/background/card-edits';
import { createCardSearch } from '../../lib/background/card-search';
import { BackstoryDB } from '../../lib/background/database';
import { installPacks } from '../../lib/background/install-packs';
import { namedIn, rankResults } from '../../lib/core/card-search';
import { bundledPack, bundledPacks } from '../../lib/node/bundled-packs';
import { matcherFor } from '../../lib/core/knowledge/pack-matcher';
import type { Card } from '../../lib/core/knowledge/pack-schema';

let n = 0;
const dbs: BackstoryDB[] = [];
async function profile(db = new BackstoryDB(`card-search-${n++}`)) {
  dbs.push(db);
  await installPacks(
    db,
    bundledPacks().filter((p) => p.id === 'core'),
  );
  return db;
}
afterEach(async () => {
  for (const db of dbs.splice(0)) await db.delete();
});

const core = () => bundledPack('core');
const ownCard = (id: string, en: string, aliases: Card['aliases'] = {}): Card => ({
  ...core().cards[0]!,
  id,
  label: { en },
  aliases,
});
const ids = (rows: readonly { id: string }[]) => rows.map((r) => r.id);

describe('card search', () => {
  it('finds Erdoğan from بأردوغان, a name with a clitic the matcher reads off', async () => {
    const search = createCardSearch(await profile());
    expect(ids(await search('بأردوغان'))).toContain('erdogan');
  });

  it('finds Erdoğan by a Russian name, inflected too', async () => {
    const search = createCardSearch(await profile());
    expect(ids(await search('Эрдоган'))).toContain('erdogan');
    expect(ids(await search('Эрдогану'))).toContain('erdogan');
  });

  it('finds a card by the start of a name while it is being typed, without accents', async () => {
    const search = createCardSearch(await profile());
    expect(ids(await search('erdo'))).toContain('erdogan');
    expect(await search('')).toEqual([]);
    expect(await search(' … ')).toEqual([]);
  });

  it('ranks a card the query names whole before a card whose name merely starts with the query', async () => {
    const db = await profile();
    const search = createCardSearch(db);
    // The prefix lookup alone would list only this card: its name starts with what was typed.
    expect(await createCard(db, ownCard('erdogan-street', 'Эрдогану улица', { ru: ['Эрдогану улица'] }))).toMatchObject(
      { ok: true },
    );
    const found = ids(await search('Эрдогану'));
    expect(found.slice(0, 2)).toEqual(['erdogan', 'erdogan-street']);
  });

  it('builds its matcher when asked, before the first query, which then reads only the cards it shows', async () => {
    // Reads of the cards table by primary key: building the matcher reads every card that way.
    let everyCardReads = 0;
    const db = new BackstoryDB(`card-search-${n++}`);
    db.use({
      stack: 'dbcore',
      name: 'count-card-reads',
      create: (down) => ({
        ...down,
        table: (name) => {
          const table = down.table(name);
          if (name !== 'cards') return table;
          return {
            ...table,
            query: (req) => {
              if (req.query.index.isPrimaryKey) everyCardReads++;
              return table.query(req);
            },
          };
        },
      }),
    });
    const search = createCardSearch(await profile(db));
    await search.prepare();
    const built = everyCardReads;
    expect(built).toBeGreaterThan(0);
    expect(ids(await search('بأردوغان'))).toContain('erdogan');
    expect(everyCardReads).toBe(built);
    // Asked again for the same data, it builds nothing.
    await search.prepare();
    expect(everyCardReads).toBe(built);
  });

  it('finds a card written after the first search (the matcher follows the data revision)', async () => {
    const db = await profile();
    const search = createCardSearch(db);
    expect(ids(await search('Zanzibar Quartet'))).toEqual([]);
    await createCard(db, ownCard('zq', 'Zanzibar Quartet'));
    expect(ids(await search('the Zanzibar Quartet played'))).toEqual(['zq']);
  });
});

describe('the pure parts', () => {
  it('reads each named card once, in the order the query names them', () => {
    const m = matcherFor(core().cards);
    expect(namedIn(m, 'Erdoğan met Erdogan in Ankara')).toEqual(['erdogan', ...namedIn(m, 'Ankara')]);
  });

  it('puts named cards first, each card once, at most the limit', () => {
    const row = (id: string) => ({ id });
    expect(rankResults([row('b'), row('a')], [row('a'), row('c')])).toEqual([row('b'), row('a'), row('c')]);
    expect(rankResults([row('a')], [row('b'), row('c')], 2)).toEqual([row('a'), row('b')]);
  });
});
