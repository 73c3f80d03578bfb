/**
 * Backstory's one write path. Every change to the database goes through `commit`: the only place
 * that opens a read-write transaction, moves the data revision (in the same transaction, so a tab
 * never sees new rows under an old revision) and then tells open tabs, which fetch the new matcher.
 * The modules that plan a write (card edits, pack installs, import, restore) hand `commit` a body;
 * ESLint refuses a `transaction('rw', …)` anywhere else in the product.
 */
import type { Exclusion } from '../core/transfer-schema';
import { fold } from '../core/text/normalise';
import { BackstoryDB, getRevision } from './database';

/** Tells whoever shows the data that it changed: open tabs in the extension, a fake in tests. */
export type Notify = () => Promise<void>;

/** A database and whom to tell after a write changed it. A bare database tells no one (tests, tools). */
export type WriteTarget = BackstoryDB | { db: BackstoryDB; notify?: Notify };

type TableName = 'cards' | 'packs' | 'meta' | 'exclusions';

/** What a write's body hands back. */
export interface Written<T> {
  result: T;
  /** False when there was nothing to change: no new revision, no one told. */
  changed: boolean;
  /** The new revision goes above this too: a restore replaces the meta table with the backup's. */
  revisionAbove?: number;
}

const targetOf = (target: WriteTarget) => (target instanceof BackstoryDB ? { db: target, notify: undefined } : target);

/** The database of a target, for what a write reads before it commits. */
export const databaseOf = (target: WriteTarget): BackstoryDB => targetOf(target).db;

/**
 * Runs `body` in one read-write transaction over `tables` (and meta, for the revision), or over
 * every table. What the body throws rolls it all back and reaches the caller.
 */
export async function commit<T>(
  target: WriteTarget,
  tables: readonly TableName[] | 'all',
  body: (db: BackstoryDB) => Promise<Written<T>>,
): Promise<T> {
  const { db, notify } = targetOf(target);
  const scope =
    tables === 'all' ? db.tables : [...new Set<TableName>([...tables, 'meta'])].map((name) => db.table(name));
  const written = await db.transaction('rw', scope, async () => {
    const out = await body(db);
    if (out.changed) await bumpRevision(db, out.revisionAbove);
    return out;
  });
  if (written.changed && notify) {
    // The data is written: a tab that cannot be told must not turn a kept write into a reported failure.
    await notify().catch((error: unknown) =>
      console.warn('Backstory: could not tell open tabs that the data changed', error),
    );
  }
  return written.result;
}

/**
 * One step above both the stored revision and `atLeast`. Read and write share one transaction, so
 * two bumps outside any transaction never hand out the same revision; inside `commit` it joins the
 * write's transaction. Exported for its own tests; product code changes data through `commit`.
 */
export async function bumpRevision(db: BackstoryDB, atLeast = 0): Promise<number> {
  return db.transaction('rw', db.meta, async () => {
    const floor = Number.isFinite(atLeast) ? Math.floor(atLeast) : 0;
    const next = Math.max(await getRevision(db), floor) + 1;
    await db.meta.put({ key: 'revision', value: next });
    return next;
  });
}

/**
 * Rows into a scratch database (a restore's upgrade check): no revision, no one told, as no tab
 * ever reads it. Kept here so that this file stays the only one that opens a write.
 */
export async function fillScratch(scratch: BackstoryDB, rows: ReadonlyMap<string, readonly unknown[]>): Promise<void> {
  await scratch.transaction('rw', scratch.tables, async () => {
    for (const table of scratch.tables) await table.bulkAdd([...(rows.get(table.name) ?? [])]);
  });
}

/** "Not this entity here": the name is stored folded, as the matcher reads pages. */
export async function addExclusion(target: WriteTarget, exclusion: Exclusion): Promise<void> {
  await commit(target, ['exclusions'], async (db) => {
    await db.exclusions.put({ ...exclusion, alias: fold(exclusion.alias) });
    return { result: undefined, changed: true };
  });
}

/** Undoes "not this entity here": the name is marked on that site again. */
export async function removeExclusion(target: WriteTarget, { site, entity, alias }: Exclusion): Promise<void> {
  await commit(target, ['exclusions'], async (db) => {
    await db.exclusions.delete([site, entity, alias]);
    return { result: undefined, changed: true };
  });
}
