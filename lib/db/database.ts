/**
 * The Dexie database `backstory`. It lives in the extension's origin (background and extension
 * pages): a content script's indexedDB would be the web page's, readable and clearable by the page.
 *
 * The schema is a ladder of versions that only grows: each step is written once, never edited.
 */
import Dexie, { type EntityTable, type Table } from 'dexie';
import type { Card, Pack } from '../knowledge/pack-schema';

export interface StoredCard {
  id: string;
  packId: string;
  packVersion: string;
  /** The card as the reader sees it: the pack's card with the reader's edits laid over it. */
  card: Card;
}

export interface StoredPack {
  id: string;
  name: string;
  version: string;
  enabled: boolean;
  installedAt: string;
  stopPhrases?: Pack['stopPhrases'];
}

export interface MetaEntry {
  key: string;
  value: unknown;
}

export const DB_NAME = 'backstory';

export class BackstoryDB extends Dexie {
  cards!: EntityTable<StoredCard, 'id'>;
  packs!: EntityTable<StoredPack, 'id'>;
  meta!: Table<MetaEntry, string>;

  constructor(name = DB_NAME, options?: ConstructorParameters<typeof Dexie>[1]) {
    super(name, options);
    this.version(1).stores({ cards: 'id, packId', packs: 'id', meta: 'key' });
  }
}

/** Bumped on every write that changes what is matched or shown; the matcher is cached per revision. */
export async function getRevision(db: BackstoryDB): Promise<number> {
  const entry = await db.meta.get('revision');
  return typeof entry?.value === 'number' ? entry.value : 0;
}

export async function bumpRevision(db: BackstoryDB): Promise<number> {
  const next = (await getRevision(db)) + 1;
  await db.meta.put({ key: 'revision', value: next });
  return next;
}
