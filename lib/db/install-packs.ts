/**
 * Brings bundled packs into the database. Runs at every background start, not only on install, so
 * a database that was deleted or half-written heals itself; a pack already at its version is a no-op.
 * Each pack goes in one transaction: either the whole pack is in, or the database is as it was.
 */
import type { Pack } from '../knowledge/pack-schema';
import { bumpRevision, type BackstoryDB, type StoredCard } from './database';

export async function installPacks(db: BackstoryDB, packs: readonly Pack[], now = new Date()): Promise<{ installed: string[] }> {
  const installed: string[] = [];
  for (const pack of packs) {
    const changed = await db.transaction('rw', db.cards, db.packs, db.meta, async () => {
      const current = await db.packs.get(pack.id);
      if (current?.version === pack.version) return false;
      const keep = new Set(pack.cards.map((c) => c.id));
      const dropped = (await db.cards.where('packId').equals(pack.id).primaryKeys()).filter((id) => !keep.has(id));
      await db.cards.bulkDelete(dropped);
      const rows: StoredCard[] = pack.cards.map((card) => ({ id: card.id, packId: pack.id, packVersion: pack.version, card }));
      await db.cards.bulkPut(rows);
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
    if (changed) installed.push(pack.id);
  }
  return { installed };
}

/** Enabled packs and their cards: what the matcher marks. */
export async function enabledContent(db: BackstoryDB) {
  const packs = (await db.packs.toArray()).filter((p) => p.enabled);
  const cards = (await db.cards.where('packId').anyOf(packs.map((p) => p.id)).toArray()).map((row) => row.card);
  return { packs, cards };
}
