import 'fake-indexeddb/auto';
import { readdirSync, readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { editCard, createCard, revertCard } from '../../lib/background/card-edits';
import { BackstoryDB, getRevision, SCHEMA_VERSION, type StoredCard } from '../../lib/background/database';
import { enabledContent, installPacks, setPackEnabled } from '../../lib/background/install-packs';
import { bundledPack, bundledPacks } from '../../lib/node/bundled-packs';
import type { Card, Pack } from '../../lib/core/knowledge/pack-schema';
import { fold } from '../../lib/core/text/normalise';

let n = 0;
const open: BackstoryDB[] = [];
const fresh = (options?: ConstructorParameters<typeof BackstoryDB>[1]) => {
  const db = new BackstoryDB(`life-${n++}`, options);
  open.push(db);
  return db;
};
afterEach(async () => {
  for (const db of open.splice(0)) await db.delete();
});

const core = () => bundledPack('core');
const dump = async (db: BackstoryDB) => ({
  cards: await db.cards.toArray(),
  packs: await db.packs.toArray(),
  meta: await db.meta.toArray(),
});

describe('schema ladder', () => {
  const fixtures = readdirSync('tests/fixtures/db').filter((f) => /^v\d+\.json$/.test(f));

  it('has a fixture written by every earlier version', () => {
    const versions = fixtures.map((f) => Number(f.slice(1, -5))).sort();
    expect(versions).toEqual(Array.from({ length: SCHEMA_VERSION - 1 }, (_, i) => i + 1));
  });

  for (const file of fixtures) {
    it(`upgrades a database written by ${file} with nothing lost`, async () => {
      const fixture = JSON.parse(readFileSync(`tests/fixtures/db/${file}`, 'utf8')) as {
        tables: Record<string, Record<string, unknown>[]>;
      };
      const name = `ladder-${file}`;
      const old = new BackstoryDB(name, { upTo: Number(file.slice(1, -5)) });
      await old.transaction('rw', old.tables, async () => {
        for (const [table, rows] of Object.entries(fixture.tables)) await old.table(table).bulkAdd(rows);
      });
      old.close();

      const db = new BackstoryDB(name);
      open.push(db);
      await db.open();
      expect(db.verno).toBe(SCHEMA_VERSION);
      expect(await db.packs.toArray()).toEqual(fixture.tables.packs);
      expect(await db.meta.toArray()).toEqual(fixture.tables.meta);
      const cards = new Map((await db.cards.toArray()).map((c) => [c.id, c]));
      expect(cards.size).toBe(fixture.tables.cards!.length);
      for (const old of fixture.tables.cards!) {
        const row = cards.get(old.id as string)!;
        expect(row.card).toEqual(old.card); // what the reader sees, unchanged
        // Written before edits were kept apart (v1): the card is its own base. Later: kept as written.
        expect(row.base).toEqual('base' in old ? old.base : old.card);
        expect(row.edits).toEqual(old.edits ?? {});
        expect(row.search.length).toBeGreaterThan(0);
      }
      expect(await db.exclusions.count()).toBe(0);
      // The new index works on upgraded rows: بأردوغان's folded name finds Erdoğan.
      expect((await db.cards.where('search').equals(fold('أردوغان')).toArray()).map((c) => c.id)).toEqual(['erdogan']);
    });
  }
});

describe('pack updates keep the reader’s edits', () => {
  it('brings in new and changed cards, drops removed ones, and keeps every edited field', async () => {
    const db = fresh();
    await installPacks(db, [core()]);
    const mySummary = { en: 'My own words on the S-400.', ar: 'كلماتي عن إس-400.' };
    expect(await editCard(db, 's-400', { summary: mySummary })).toMatchObject({ ok: true });
    expect(await editCard(db, 'ypg', { label: { en: 'YPG (my label)' } })).toMatchObject({ ok: true });

    const next: Pack = core();
    next.version = '9999.1.1';
    const s400 = next.cards.find((c) => c.id === 's-400')!;
    s400.label = { en: 'S-400 (new label)', ar: 'إس-400' };
    s400.facts = s400.facts.slice(0, 1);
    next.cards = next.cards.filter((c) => c.id !== 'pkk' && c.id !== 'ypg');
    const added: Card = { ...structuredClone(s400), id: 'new-card', label: { en: 'A new card' } };
    next.cards.push(added);
    await installPacks(db, [next]);

    const row = (await db.cards.get('s-400'))!;
    expect(row.card.summary).toEqual(mySummary); // the reader's field stays
    expect(row.card.label.en).toBe('S-400 (new label)'); // the pack's change comes in
    expect(row.card.facts).toHaveLength(1);
    expect(Object.keys(row.edits)).toEqual(['summary']);
    expect(await db.cards.get('pkk')).toBeUndefined(); // dropped, never edited: gone
    const ypg = (await db.cards.get('ypg'))!; // dropped but edited: kept as the reader's own
    expect(ypg).toMatchObject({ packId: 'user', base: null });
    expect(ypg.card.label.en).toBe('YPG (my label)');
    expect((await db.cards.get('new-card'))?.card.label.en).toBe('A new card');
  });

  it('reverts a card to its pack version', async () => {
    const db = fresh();
    await installPacks(db, [core()]);
    await editCard(db, 'pkk', { summary: { en: 'Edited.' } });
    await revertCard(db, 'pkk');
    const row = (await db.cards.get('pkk'))!;
    expect(row.card).toEqual(row.base);
    expect(row.edits).toEqual({});
  });

  it('refuses an edit that breaks the card, names the field, and writes nothing', async () => {
    const db = fresh();
    await installPacks(db, [core()]);
    const before = await dump(db);
    const result = await editCard(db, 's-400', {
      facts: [{ asOf: 'July 2019', text: { en: 'x' }, sources: ['nope'] }],
    });
    expect(result).toMatchObject({ ok: false });
    expect(!result.ok && result.errors.join('\n')).toMatch(/facts\[0\]\.asOf: expected a date like 2019-07-12/);
    expect(await dump(db)).toEqual(before);
  });

  it('keeps the reader’s own cards through every pack update', async () => {
    const db = fresh();
    await installPacks(db, [core()]);
    const mine = { ...structuredClone(core().cards[0]!), id: 'my-card', label: { en: 'Mine' } };
    expect(await createCard(db, mine)).toMatchObject({ ok: true });
    await installPacks(db, [{ ...core(), version: '9999.2' }]);
    expect((await db.cards.get('my-card'))?.card.label.en).toBe('Mine');
  });
});

describe('packs can be switched off and on', () => {
  it('leaves a switched-off pack’s cards out of what is matched, and bumps the revision', async () => {
    const db = fresh();
    await installPacks(db, [core()]);
    const r = await getRevision(db);
    await setPackEnabled(db, 'core', false);
    expect((await enabledContent(db)).cards).toEqual([]);
    expect(await getRevision(db)).toBe(r + 1);
    await setPackEnabled(db, 'core', true);
    expect((await enabledContent(db)).cards.length).toBe(core().cards.length);
  });
});

describe('a large pack', () => {
  it('installs 10,000 cards in one all-or-nothing transaction', async () => {
    const db = fresh();
    const template = core().cards[0]!;
    const big: Pack = {
      ...core(),
      id: 'big',
      version: '1',
      cards: Array.from({ length: 10_000 }, (_, i) => ({
        ...template,
        id: `gen-${i}`,
        label: { en: `Generated ${i}` },
      })),
    };
    const t0 = performance.now();
    await installPacks(db, [big]);
    const ms = performance.now() - t0;
    console.log(`10,000-card pack installed in ${ms.toFixed(0)} ms (fake-indexeddb, Node)`);
    expect(await db.cards.where('packId').equals('big').count()).toBe(10_000);
  }, 120_000);
});
