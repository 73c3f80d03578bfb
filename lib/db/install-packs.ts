/**
 * Brings bundled packs into the database. Runs at every background start, not only on install, so
 * a database that was deleted or half-written heals itself; a pack already at its version is a no-op.
 * Each pack goes in one transaction: either the whole pack is in, or the database is as it was.
 */
import { planPackMerge, type CardRow } from '../knowledge/pack-merge';
import type { Pack, PackSource } from '../knowledge/pack-schema';
import { bumpRevision, searchKeys, type BackstoryDB, type StoredCard } from './database';

/** Rows per bulk write: large packs go in slices inside the one transaction, never a put at a time. */
const CHUNK = 2000;

export const toStored = (row: CardRow): StoredCard => ({ ...row, search: searchKeys(row.card) });

export async function installPacks(db: BackstoryDB, packs: readonly (Pack | PackSource)[], now = new Date()): Promise<{ installed: string[] }> {
  const installed: string[] = [];
  for (const source of packs) {
    const changed = await db.transaction('rw', db.cards, db.packs, db.meta, async () => {
      const current = await db.packs.get(source.id);
      if (current?.version === source.version) return false;
      const pack = 'load' in source ? source.load() : source;
      const ids = pack.cards.map((c) => c.id);
      const owned = await db.cards.where('packId').equals(pack.id).toArray();
      const sameIds = (await db.cards.bulkGet(ids)).filter((row): row is StoredCard => !!row && row.packId !== pack.id);
      const plan = planPackMerge([...owned, ...sameIds], pack);
      await db.cards.bulkDelete(plan.remove);
      const rows = plan.put.map(toStored);
      for (let i = 0; i < rows.length; i += CHUNK) await db.cards.bulkPut(rows.slice(i, i + CHUNK));
      await db.packs.put({
        id: pack.id,
        name: pack.name,
        version: pack.version,
        enabled: current?.enabled ?? pack.enabledByDefault ?? true,
        installedAt: now.toISOString(),
        stopPhrases: pack.stopPhrases,
      });
      await bumpRevision(db);
      return true;
    });
    if (changed) installed.push(source.id);
  }
  return { installed };
}

/** Switches a pack on or off; its cards stay in the database either way. */
export async function setPackEnabled(db: BackstoryDB, id: string, enabled: boolean): Promise<void> {
  await db.transaction('rw', db.packs, db.meta, async () => {
    const pack = await db.packs.get(id);
    if (!pack) throw new Error(`no pack ${id}`);
    if (pack.enabled === enabled) return;
    await db.packs.update(id, { enabled });
    await bumpRevision(db);
  });
}

/** Enabled packs and their cards, with the reader's own cards: what the matcher marks. */
export async function enabledContent(db: BackstoryDB) {
  const packs = (await db.packs.toArray()).filter((p) => p.enabled);
  const rows = await db.cards.where('packId').anyOf([...packs.map((p) => p.id), 'user']).toArray();
  return { packs, cards: rows.map((row) => row.card) };
}
