/**
 * Where the background keeps its reading view between service-worker starts: a database of its own
 * (a cache, derived from the main one, so it is in no backup and any loss is only a rebuild). One
 * row, for one data revision; a woken worker loads it instead of building the matcher again. Beside
 * it, where some pack is very large, a second row with the quick view of the other packs
 * (matcher-cache.ts), which a woken worker reads first. The
 * matcher and the kinds are one Blob of packed arrays (packed-fields.ts): read back as views into one
 * buffer, without a structured-clone pass over megabytes.
 */
import Dexie, { type Table } from 'dexie';
import { packFields, unpackFields } from '../core/base/packed-fields';
import { matcherFields, matcherOfFields } from '../core/text/matcher-fields';
import type { StoredMatcher } from '../core/text/matcher';
import type { OfficeTerm } from '../core/titles/title-resolve';

/** Bumped when the matcher's stored form or its rules change: a stored view of another format is rebuilt. */
export const VIEW_FORMAT = 11;
export const VIEW_DB_NAME = 'backstory-view';

/** The view as the matcher cache saves and loads it. */
export interface SavedView {
  revision: number;
  matcher: StoredMatcher;
  /** Index into KINDS of each entity, aligned with the matcher's entities. */
  kinds: Uint8Array;
  redirect: [string, string][];
  members: [string, string[]][];
  /** Each office's tenures (title resolution): a few hundred small records. */
  offices: [string, OfficeTerm[]][];
}

/** Its row: the arrays in one Blob, the few merged identities as they are. */
interface ViewRow {
  key: 'current' | 'quick';
  format: number;
  revision: number;
  /** None in a quick row that says there is no quick view. */
  arrays?: Blob;
  redirect: [string, string][];
  members: [string, string[]][];
  /** Each office's tenures (title resolution): a few hundred small records. */
  offices: [string, OfficeTerm[]][];
}

class ViewDB extends Dexie {
  views!: Table<ViewRow, string>;
  constructor(options?: ConstructorParameters<typeof Dexie>[1]) {
    super(VIEW_DB_NAME, options);
    this.version(1).stores({ views: 'key' });
  }
}

/**
 * Which stored view: the view of every enabled card, or its quick part (every pack but the very large),
 * which a woken worker answers its first request from while the full one loads (matcher-cache.ts).
 */
export type ViewPart = 'full' | 'quick';

export interface ViewStore {
  /**
   * The stored view, if there is one of this format and it reads back whole. A quick part is always
   * that of the full view stored beside it: they are saved together, in one transaction.
   */
  load(part?: ViewPart): Promise<SavedView | undefined>;
  /** What a woken worker reads first: the quick part where there is one, else the full view. */
  first(): Promise<FirstView | undefined>;
  /** The view, and its quick part where it has one (a quick part stored before is removed). */
  save(view: SavedView, quick?: SavedView): Promise<void>;
}

export interface FirstView {
  view: SavedView;
  part: ViewPart;
}

const KEYS: Record<ViewPart, ViewRow['key']> = { full: 'current', quick: 'quick' };

function rowOf(key: ViewRow['key'], view: SavedView): ViewRow {
  const { revision, redirect, members, offices } = view;
  const arrays = new Blob(packFields(matcherFields(view.matcher, view.kinds)));
  return { key, format: VIEW_FORMAT, revision, arrays, redirect, members, offices };
}

export function openViewStore(options?: ConstructorParameters<typeof Dexie>[1]): ViewStore {
  const db = new ViewDB(options);
  return {
    async first() {
      // Both rows in one read (a row's Blob is read only when asked): the quick one where it has
      // arrays, else the full one. A quick row is saved with its full view or not at all (save).
      const [full, quick] = await db.views.bulkGet([KEYS.full, KEYS.quick]);
      const quickView = await viewOf(quick);
      if (quickView) return { view: quickView, part: 'quick' };
      const fullView = await viewOf(full);
      return fullView && { view: fullView, part: 'full' };
    },
    load: async (part = 'full') => viewOf(await db.views.get(KEYS[part])),
    async save(view, quick) {
      if (quick && quick.revision !== view.revision) throw new Error('a quick view of another revision');
      // Both rows in one put (one transaction): without a quick view, a quick row with no arrays,
      // which reads as none, replaces any stored before.
      const none: ViewRow = {
        key: KEYS.quick,
        format: VIEW_FORMAT,
        revision: view.revision,
        redirect: [],
        members: [],
        offices: [],
      };
      await db.views.bulkPut([rowOf(KEYS.full, view), quick ? rowOf(KEYS.quick, quick) : none]);
    },
  };
}

/** A stored row's view, if it is of this format, has its arrays and they read back whole. */
async function viewOf(row: ViewRow | undefined): Promise<SavedView | undefined> {
  if (row?.format !== VIEW_FORMAT || !(row.arrays instanceof Blob)) return undefined;
  const arrays = unpackFields(await row.arrays.arrayBuffer());
  const read = arrays && matcherOfFields(arrays);
  // A row of this format has its offices; checked like the rest where they are used.
  const offices = Array.isArray(row.offices) ? row.offices : [];
  return read && { revision: row.revision, ...read, redirect: row.redirect, members: row.members, offices };
}

/**
 * The store with its first read (`first`) already begun: a woken worker starts reading its view at
 * once, beside opening the main database, not after it. Later reads read again.
 */
export function loadingEarly(store: ViewStore): ViewStore {
  let early: Promise<FirstView | undefined> | undefined = store.first();
  // Not awaited if the main database turns out to need no view store: no unhandled rejection.
  early.catch(() => undefined);
  return {
    first() {
      const begun = early;
      early = undefined;
      return begun ?? store.first();
    },
    load: (part) => store.load(part),
    save: (view, quick) => store.save(view, quick),
  };
}
