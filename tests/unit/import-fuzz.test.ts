import 'fake-indexeddb/auto';
import { expect, it } from 'vitest';
import { BackstoryDB } from '../../lib/db/database';
import { installPacks } from '../../lib/db/install-packs';
import { bundledPacks } from '../../lib/knowledge/bundled-packs';

it('probe', async () => {
  for (const packs of [bundledPacks(), bundledPacks().filter((p) => p.id === 'core')]) {
    const db = new BackstoryDB('probe' + packs.length);
    await installPacks(db, packs);
    let t = performance.now();
    let rows: unknown[] = [];
    for (let i = 0; i < 20; i++) rows = await Promise.all(db.tables.map((tb) => tb.toArray()));
    console.log('toArray', (performance.now() - t) / 20);
    t = performance.now();
    let s = '';
    for (let i = 0; i < 20; i++) s = JSON.stringify(rows);
    console.log('stringify', (performance.now() - t) / 20, s.length);
    await db.delete();
  }
  expect(1).toBe(1);
});
