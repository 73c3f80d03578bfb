/**
 * Brings bundled packs into the database. Runs at every background start, not only on install, so
 * a database that was deleted or half-written heals itself; packs already at their version are
 * neither read nor validated (a woken service worker must stay fast).
 * All packs to install are planned together (a card may move between them) and written in one
 * transaction: either the whole release is in, or the database is as it was.
 */
import type { CardRow } from '../core/knowledge/pack-merge';
import type { Pack, PackSource } from '../core/knowledge/pack-schema';
import { planPacks } from '../core/knowledge/packs-plan';
import { PACKS_UNVERIFIED, searchKeys, type BackstoryDB, type StoredCard, type StoredPack } from './database';
import { commit, databaseOf, type WriteTarget } from './writes';

/** Rows per bulk write: large packs go in slices inside the one transaction, never a put at a time. */
const CHUNK = 2000;

export const toStored = (row: CardRow): StoredCard => ({ ...row, search: searchKeys(row.card) });

export interface InstallOptions {
  now?: Date;
  /**
   * A pack to install with more cards than this is left out of the one transaction and handed back
   * (`deferred`) for installChunked: the others, and every request waiting for them, need not wait for it.
   */
  chunkedAbove?: number;
  /** Cards per slice of installChunked (tests make it small). */
  chunk?: number;
  /**
   * Read every pack and reinstall any whose cards in the database do not match it (a row missing,
   * owned by another pack, or with another `base`), even at its version: for a damaged or restored
   * database. Slow; the normal start trusts the versions in the packs table.
   */
  verify?: boolean;
}

/** The rows a plan over `packs` needs: those they own, and those with an id they ship. */
async function rowsOf(db: BackstoryDB, packs: readonly Pack[]): Promise<StoredCard[]> {
  // One range read per pack: `anyOf` walks a cursor row by row, many times slower on a large pack.
  const owned = (await Promise.all(packs.map((p) => db.cards.where('packId').equals(p.id).toArray()))).flat();
  const same = await db.cards.bulkGet(packs.flatMap((p) => p.cards.map((c) => c.id)));
  return [...owned, ...same.filter((row): row is StoredCard => !!row)];
}

/** A pack's cards, or a source's count of them when its index gives one (0 when not). */
const cardCount = (s: Pack | PackSource) => ('load' in s ? (s.cards ?? 0) : s.cards.length);

/** Thrown inside the transaction when it needs packs not read yet; they are read and it runs again. */
class NeedsPacks extends Error {
  constructor(readonly sources: readonly (Pack | PackSource)[]) {
    super('packs to read first');
  }
}

/** `sources`: in the order their cards win overlaps. `options` may be just the install time. */
export async function installPacks(
  target: WriteTarget,
  sources: readonly (Pack | PackSource)[],
  options: Date | InstallOptions = {},
): Promise<{ installed: string[]; deferred?: (Pack | PackSource)[] }> {
  const {
    now = new Date(),
    verify = false,
    chunkedAbove = Infinity,
  } = options instanceof Date ? { now: options } : options;
  // Packs are read (a packaged file, in the extension) before the write transaction: an IndexedDB
  // transaction ends at the first await that is not the database's.
  const loaded = new Map<string, Pack>();
  const read = async (list: readonly (Pack | PackSource)[]) => {
    for (const source of list)
      if (!loaded.has(source.id)) loaded.set(source.id, 'load' in source ? await source.load() : source);
  };
  const packsOf = (list: readonly (Pack | PackSource)[]): Pack[] => {
    if (list.some((s) => !loaded.has(s.id))) throw new NeedsPacks(list);
    return list.map((s) => loaded.get(s.id)!);
  };
  const stillAsked = async (db: BackstoryDB) => (await db.meta.get(PACKS_UNVERIFIED))?.value === true;
  const versions = async (db: BackstoryDB) =>
    new Map((await db.packs.bulkGet(sources.map((s) => s.id))).flatMap((p) => (p ? [[p.id, p] as const] : [])));

  const before = databaseOf(target);
  const storedBefore = await versions(before);
  const needed =
    verify || (await stillAsked(before)) ? sources : sources.filter((s) => !isCurrent(storedBefore.get(s.id), s));
  // Every pack at its version (a woken worker, most starts): no write transaction at all.
  if (needed.length === 0) return { installed: [] };
  // A pack known to be large is not even read here: the others need not wait for it.
  const large = (s: Pack | PackSource) => cardCount(s) > chunkedAbove;
  await read(needed.filter((s) => !large(s)));
  const deferred = needed.filter(large);
  if (deferred.length) sources = sources.filter((s) => !deferred.includes(s));
  for (;;) {
    try {
      const { installed } = await commit(target, ['cards', 'packs'], async (db) => {
        // A restore asks for a check of every pack; done here, it is not asked for again.
        const asked = await stillAsked(db);
        const checkAll = verify || asked;
        const stored = await versions(db);
        const outdated = (source: { id: string; version: string }) => !isCurrent(stored.get(source.id), source);
        let packs = packsOf(checkAll ? sources : sources.filter(outdated));
        if (asked) await db.meta.delete(PACKS_UNVERIFIED);
        if (packs.length === 0) return { result: { installed: [] as string[] }, changed: false };
        let plan = planPacks(packs, await rowsOf(db, packs));
        // A card the update drops may be shipped by a pack already at its version (it lost an overlap):
        // only then are the other packs read, so the card goes to them and not away.
        if (plan.dropped.length > 0 && packs.length < sources.length) {
          packs = packsOf(sources);
          plan = planPacks(packs, await rowsOf(db, packs));
        }
        const installed = packs.filter((p) => outdated(p) || plan.touched.has(p.id));
        if (installed.length === 0) return { result: { installed: [] }, changed: false };

        await db.cards.bulkDelete(plan.remove);
        const rows = plan.put.map(toStored);
        for (let i = 0; i < rows.length; i += CHUNK) await db.cards.bulkPut(rows.slice(i, i + CHUNK));
        await db.packs.bulkPut(installed.map((pack) => packRow(pack, stored.get(pack.id), now)));
        return { result: { installed: installed.map((p) => p.id) }, changed: true };
      });
      return deferred.length ? { installed, deferred } : { installed };
    } catch (error) {
      // Nothing was written (the transaction rolled back): read what it needs, and run it again.
      if (!(error instanceof NeedsPacks)) throw error;
      await read(error.sources);
    }
  }
}

/**
 * Whether a pack's row is at the source's version and complete. Rows written before packs kept their
 * author, licence and reviewed date lack them: such a pack is installed again once (its cards are
 * already as they should be, so only its row is written) and the library can say where it comes from.
 */
const isCurrent = (row: StoredPack | undefined, source: { version: string }) =>
  row?.version === source.version && row.reviewed !== undefined;

/** A pack's row for its new version. */
function packRow(pack: Pack, stored: StoredPack | undefined, now: Date): StoredPack {
  return {
    id: pack.id,
    name: pack.name,
    version: pack.version,
    // The reader's choice stays; a default the reader never changed follows the release.
    ...(stored?.chosen ? { enabled: stored.enabled, chosen: true } : { enabled: pack.enabledByDefault ?? true }),
    installedAt: now.toISOString(),
    author: pack.author,
    licence: pack.licence,
    reviewed: pack.reviewed,
    // Left out rather than stored as undefined, which a backup cannot carry as plain JSON.
    ...(pack.stopPhrases ? { stopPhrases: pack.stopPhrases } : {}),
  };
}

/**
 * Installs one large pack in slices of CHUNK cards, each its own short transaction, so the database
 * stays open to every other reader and writer meanwhile (a tab asking for a card, the popup). Its
 * new version, what it no longer ships and the new revision come last, together: until then the
 * pack is at its old version (or absent) and the next start picks up where this one stopped.
 * A slice that finds its cards already as they should be writes nothing, so an update that changes
 * a few cards touches only those. Calls `onProgress(done, total)` after each slice.
 */
export async function installChunked(
  target: WriteTarget,
  pack: Pack,
  options: { now?: Date; chunk?: number; onProgress?: (done: number, total: number) => void } = {},
): Promise<boolean> {
  const { now = new Date(), chunk = CHUNK, onProgress } = options;
  const db = databaseOf(target);
  const total = pack.cards.length;
  onProgress?.(0, total);
  for (let i = 0; i < total; i += chunk) {
    const slice = { ...pack, cards: pack.cards.slice(i, i + chunk) };
    await commit(target, ['cards'], async (db) => {
      const rows = await db.cards.bulkGet(slice.cards.map((c) => c.id));
      const plan = planPacks(
        [slice],
        rows.filter((r): r is StoredCard => !!r),
      );
      if (plan.put.length) await db.cards.bulkPut(plan.put.map(toStored));
      return { result: undefined, changed: false };
    });
    onProgress?.(Math.min(total, i + chunk), total);
  }
  // Planned from a read of its own (a long read inside the write would hold every other reader up),
  // then again inside the write for the few rows it touches, as they are then: an edit the reader
  // made in between is planned with, not written over.
  const first = planPacks([pack], await rowsOf(db, [pack]));
  const touched = new Set([...first.put.map((row) => row.id), ...first.remove]);
  return commit(target, ['cards', 'packs'], async (db) => {
    const stored = await db.packs.get(pack.id);
    const rows = (await db.cards.bulkGet([...touched])).filter((r): r is StoredCard => !!r);
    const plan = planPacks([{ ...pack, cards: pack.cards.filter((c) => touched.has(c.id)) }], rows);
    await db.cards.bulkDelete(plan.remove);
    if (plan.put.length) await db.cards.bulkPut(plan.put.map(toStored));
    await db.packs.put(packRow(pack, stored, now));
    return { result: true, changed: true };
  });
}

/** Switches a pack on or off; its cards stay in the database either way. */
export async function setPackEnabled(target: WriteTarget, id: string, enabled: boolean): Promise<void> {
  await commit(target, ['packs'], async (db) => {
    const pack = await db.packs.get(id);
    if (!pack) throw new Error(`no pack ${id}`);
    if (pack.enabled === enabled && pack.chosen) return { result: undefined, changed: false };
    // Choosing what was already the default is still a choice: a later default does not undo it.
    await db.packs.update(id, { enabled, chosen: true });
    return { result: undefined, changed: pack.enabled !== enabled };
  });
}

/** Enabled packs and their cards, with the reader's own cards: what the matcher marks. */
export async function enabledContent(db: BackstoryDB) {
  const packs = (await db.packs.toArray()).filter((p) => p.enabled);
  const rows = await db.cards
    .where('packId')
    .anyOf([...packs.map((p) => p.id), 'user'])
    .toArray();
  return { packs, rows, cards: rows.map((row) => row.card) };
}

/** Packs with more cards than this install in slices, after the others (installChunked). */
export const CHUNKED_ABOVE = 5_000;

/** A pack of ordinary size: installed at once, and the only kind installed where only memory works. */
export const ofOrdinarySize = (source: Pack | PackSource) => cardCount(source) <= CHUNKED_ABOVE;

/** How far a start's install of large packs is: cards written of those to write (0 of 0 when none). */
export interface InstallProgress {
  done: number;
  total: number;
}

/**
 * A start's install: the packs of ordinary size in one transaction (`ready`: requests wait for it,
 * and marks work from then on), then each large pack in slices (`done`), counted in `progress`.
 */
export function installBundled(
  target: WriteTarget,
  sources: readonly (Pack | PackSource)[],
  progress: InstallProgress,
  options: InstallOptions = {},
): { ready: Promise<unknown>; done: Promise<unknown> } {
  const first = installPacks(target, sources, { chunkedAbove: CHUNKED_ABOVE, ...options });
  const { chunk } = options;
  const done = first.then(async ({ deferred = [] }) => {
    let before = 0;
    progress.total = deferred.reduce((n, s) => n + cardCount(s), 0);
    for (const source of deferred) {
      const pack = 'load' in source ? await source.load() : source;
      await installChunked(target, pack, { chunk, onProgress: (done) => (progress.done = before + done) });
      before += pack.cards.length;
    }
    progress.done = progress.total = 0;
  });
  return { ready: first, done };
}
