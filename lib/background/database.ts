/**
 * The Dexie database `backstory`. It lives in the extension's origin (background and extension
 * pages): a content script's indexedDB would be the web page's, readable and clearable by the page.
 *
 * The schema is a ladder of versions that only grows: each step is written once and never edited
 * afterwards, and a test opens a database written by every earlier step (tests/fixtures/db/).
 */
import Dexie, { type EntityTable, type Table, type Transaction } from 'dexie';
import { cardAliases } from '../core/knowledge/card-aliases';
import type { CardRow } from '../core/knowledge/pack-merge';
import type { Exclusion } from '../core/transfer-schema';
import type { Card, Pack } from '../core/knowledge/pack-schema';
import { fold } from '../core/text/normalise';
import type { PackInfo } from '../core/write-results';

export interface StoredCard extends CardRow {
  /** Every name of the card, folded: the card manager finds بأردوغان under Erdoğan through it. */
  search: string[];
  /** When the reader last changed the row (ISO timestamp); import compares it with the file's date. Absent on older rows. */
  editedAt?: string;
}

export interface StoredPack {
  id: string;
  name: string;
  version: string;
  enabled: boolean;
  /**
   * True once the reader switched the pack on or off. Until then `enabled` is the pack's default, and
   * a release that changes the default (the countries pack, now on) changes it too.
   */
  chosen?: boolean;
  installedAt: string;
  stopPhrases?: Pack['stopPhrases'];
  /** Who wrote or generated it, under which licence, and when its cards were last reviewed, as the pack says. */
  author?: string;
  licence?: string;
  reviewed?: string;
}

/** A pack's row as Backstory's pages show it: its name, version, whether it is on, and where it comes from. */
export const packInfo = ({ id, name, version, enabled, author, licence, reviewed }: StoredPack): PackInfo => ({
  id,
  name,
  version,
  enabled,
  author,
  licence,
  reviewed,
});

/**
 * Set by a restore, cleared once every bundled pack has been checked against the restored cards: if
 * the check could not run at once, the background's next start runs it.
 */
export const PACKS_UNVERIFIED = 'packs-unverified';

export interface MetaEntry {
  key: string;
  value: unknown;
}

export const DB_NAME = 'backstory';

/** The folded names a card is searched by. */
export function searchKeys(card: Card): string[] {
  return [...new Set(cardAliases(card).map((a) => fold(a.text)))].filter(Boolean);
}

interface Step {
  version: number;
  stores: Record<string, string | null>;
  upgrade?: (tx: Transaction) => Promise<unknown>;
}

export const SCHEMA_LADDER: readonly Step[] = [
  // 1: cards as packs ship them.
  { version: 1, stores: { cards: 'id, packId', packs: 'id', meta: 'key' } },
  // 2: the reader's edits kept apart from the pack's card, and folded names for search.
  {
    version: 2,
    stores: { cards: 'id, packId, *search' },
    upgrade: (tx) =>
      tx
        .table('cards')
        .toCollection()
        .modify((row: Record<string, unknown>) => {
          const card = row.card as Card;
          row.base = card;
          row.edits = {};
          row.search = searchKeys(card);
        }),
  },
  // 3: "not this entity here": an alias the reader stopped marking for one entity on one site.
  { version: 3, stores: { exclusions: '[site+entity+alias], site' } },
];

export const SCHEMA_VERSION = SCHEMA_LADDER[SCHEMA_LADDER.length - 1]!.version;

export class BackstoryDB extends Dexie {
  cards!: EntityTable<StoredCard, 'id'>;
  packs!: EntityTable<StoredPack, 'id'>;
  meta!: Table<MetaEntry, string>;
  exclusions!: Table<Exclusion, [string, string, string]>;

  /** `upTo` stops the ladder early: tests use it to write databases as earlier versions did. */
  constructor(name = DB_NAME, options: ConstructorParameters<typeof Dexie>[1] & { upTo?: number } = {}) {
    const { upTo = SCHEMA_VERSION, ...dexieOptions } = options;
    super(name, dexieOptions);
    for (const step of SCHEMA_LADDER) {
      if (step.version > upTo) break;
      const v = this.version(step.version).stores(step.stores);
      if (step.upgrade) v.upgrade(step.upgrade);
    }
  }
}

/**
 * Bumped on every write that changes what is matched or shown; the matcher is cached per revision.
 * Read as a whole number a tab can send back (a damaged row reads 0, and the next bump moves on).
 */
export async function getRevision(db: BackstoryDB): Promise<number> {
  const value = (await db.meta.get('revision'))?.value;
  return typeof value === 'number' && Number.isFinite(value) && value >= 0
    ? Math.min(Math.floor(value), Number.MAX_SAFE_INTEGER - 1)
    : 0;
}
