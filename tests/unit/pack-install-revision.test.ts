/** The data revision tabs cache their matcher by: it only ever goes up. */
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { BackstoryDB, bumpRevision, getRevision } from '../../lib/background/database';

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
