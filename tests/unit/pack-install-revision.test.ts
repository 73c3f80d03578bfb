/** The data revision tabs cache their matcher by: it only ever goes up, and only through the write path. */
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createCard, deleteCard, editCard, revertCard } from '../../lib/background/card-edits';
import { BackstoryDB, getRevision } from '../../lib/background/database';
import { installPacks, setPackEnabled } from '../../lib/background/install-packs';
import { addExclusion, bumpRevision, commit, removeExclusion } from '../../lib/background/writes';
import { bundledPack, bundledPacks } from '../../lib/node/bundled-packs';

let n = 0;
const open: BackstoryDB[] = [];
const fresh = () => {
  const db = new BackstoryDB(`revision-${n++}`);
  open.push(db);
  return db;
};
afterEach(async () => {
  for (const db of open.splice(0)) await db.delete();
});

describe('the revision', () => {
  it('gives two bumps outside a transaction two different revisions', async () => {
    const db = fresh();
    await bumpRevision(db);
    const both = await Promise.all([bumpRevision(db), bumpRevision(db)]);
    expect(both.sort((a, b) => a - b)).toEqual([2, 3]);
    expect(await getRevision(db)).toBe(3);
  });

  it('is always a whole number a tab can send back, even after a damaged meta row', async () => {
    for (const damaged of [Number.NaN, Number.POSITIVE_INFINITY, -4, 2.5, '7', null]) {
      const db = fresh();
      await db.meta.put({ key: 'revision', value: damaged });
      const read = await getRevision(db);
      expect(Number.isSafeInteger(read) && read >= 0, `read ${String(damaged)}`).toBe(true);
      const next = await bumpRevision(db);
      expect(Number.isSafeInteger(next) && next > read, `bumped ${String(damaged)}`).toBe(true);
      expect(await getRevision(db)).toBe(next);
    }
  });

  it('goes above a floor the caller knew, so a restored older backup does not take it back', async () => {
    const db = fresh();
    for (let i = 0; i < 5; i++) await bumpRevision(db);
    const before = await getRevision(db);
    await db.meta.put({ key: 'revision', value: 2 }); // what restoring an older backup leaves
    expect(await bumpRevision(db, before)).toBe(before + 1);
    expect(await bumpRevision(db)).toBe(before + 2);
  });
});

describe('the write path', () => {
  const core = () => bundledPack('core');
  async function setUp() {
    const db = fresh();
    await installPacks(db, [core()]);
    const notify = vi.fn(async () => undefined);
    return { db, notify, target: { db, notify } };
  }

  it('moves the revision and tells the tabs once for each write that changed something', async () => {
    const { db, notify, target } = await setUp();
    const start = await getRevision(db);
    expect(await editCard(target, 'pkk', { summary: { en: 'Mine.' } })).toMatchObject({ ok: true });
    await revertCard(target, 'pkk');
    await createCard(target, { ...core().cards[0]!, id: 'mine', label: { en: 'Mine' } });
    await deleteCard(target, 'mine');
    await setPackEnabled(target, 'core', false);
    await addExclusion(target, { site: 'example.com', entity: 'turkey', alias: 'Türkiye' });
    expect(await db.exclusions.toArray()).toEqual([{ site: 'example.com', entity: 'turkey', alias: 'turkiye' }]);
    await removeExclusion(target, { site: 'example.com', entity: 'turkey', alias: 'turkiye' });
    expect(await db.exclusions.count()).toBe(0);
    expect(notify).toHaveBeenCalledTimes(7);
    expect(await getRevision(db)).toBe(start + 7);
  });

  it('neither moves the revision nor tells anyone when a write changes nothing or is refused', async () => {
    const { db, notify, target } = await setUp();
    const start = await getRevision(db);
    expect(await editCard(target, 'pkk', { reviewed: 'yesterday' })).toMatchObject({ ok: false });
    expect(await editCard(target, 'no-such-card', {})).toMatchObject({ ok: false });
    await revertCard(target, 'no-such-card');
    await setPackEnabled(target, 'core', true); // already on
    await deleteCard(target, 'pkk'); // a pack's card is reverted, never deleted
    expect(await installPacks(target, [core()])).toEqual({ installed: [] });
    expect(await db.cards.get('pkk')).toBeDefined();
    expect(notify).not.toHaveBeenCalled();
    expect(await getRevision(db)).toBe(start);
  });

  it('rolls back what a write did before it threw, and tells no one', async () => {
    const { db, notify, target } = await setUp();
    const start = await getRevision(db);
    const failing = commit(target, ['cards'], async (tx) => {
      await tx.cards.delete('pkk');
      throw new Error('refused');
    });
    await expect(failing).rejects.toThrow('refused');
    expect(await db.cards.get('pkk')).toBeDefined();
    expect(notify).not.toHaveBeenCalled();
    expect(await getRevision(db)).toBe(start);
  });

  it('keeps a write whose tabs cannot be told, and reports it as done', async () => {
    const { db } = await setUp();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const target = { db, notify: async () => Promise.reject(new Error('no tabs API')) };
    expect(await editCard(target, 'pkk', { summary: { en: 'Kept.' } })).toMatchObject({ ok: true });
    expect((await db.cards.get('pkk'))?.card.summary.en).toBe('Kept.');
    expect(warn).toHaveBeenCalledOnce();
    warn.mockRestore();
  });
});
