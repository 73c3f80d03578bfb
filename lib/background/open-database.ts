/**
 * Opens the extension's database, or, where IndexedDB cannot be opened (a private window that
 * forbids it, a profile that is full or damaged), the same database in memory with fake-indexeddb:
 * the same code then serves the bundled packs, and Backstory says so in its popup. Nothing the reader
 * changes there outlives the browser session.
 */
import { DB_NAME, BackstoryDB } from './database';

export type Storage = 'indexeddb' | 'memory';

export async function openDatabase(
  make: () => BackstoryDB = () => new BackstoryDB(),
): Promise<{ db: BackstoryDB; storage: Storage }> {
  const db = make();
  try {
    await db.open();
    return { db, storage: 'indexeddb' };
  } catch (error) {
    console.warn('Backstory: IndexedDB cannot be opened here; using the bundled packs in memory.', error);
    db.close();
    const { indexedDB, IDBKeyRange } = await import('fake-indexeddb');
    const memory = new BackstoryDB(DB_NAME, { indexedDB, IDBKeyRange });
    await memory.open();
    return { db: memory, storage: 'memory' };
  }
}
