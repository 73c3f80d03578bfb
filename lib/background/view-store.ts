/**
 * Where the background keeps its reading view between service-worker starts: a database of its own
 * (a cache, derived from the main one, so it is in no backup and any loss is only a rebuild). One
 * row, for one data revision; a woken worker loads it instead of building the matcher again.
 */
import Dexie, { type Table } from 'dexie';
import type { StoredMatcher } from '../core/text/matcher';

/** Bumped when the matcher's stored form or its rules change: a stored view of another format is rebuilt. */
export const VIEW_FORMAT = 3;
export const VIEW_DB_NAME = 'backstory-view';

export interface StoredView {
  key: 'current';
  format: number;
  revision: number;
  matcher: StoredMatcher;
  /** Index into KINDS of each entity, aligned with the matcher's entities. */
  kinds: Uint8Array;
  redirect: [string, string][];
  members: [string, string[]][];
}

class ViewDB extends Dexie {
  views!: Table<StoredView, string>;
  constructor(options?: ConstructorParameters<typeof Dexie>[1]) {
    super(VIEW_DB_NAME, options);
    this.version(1).stores({ views: 'key' });
  }
}

export interface ViewStore {
  /** The stored view, if there is one of this format. */
  load(): Promise<StoredView | undefined>;
  save(view: Omit<StoredView, 'key' | 'format'>): Promise<void>;
}

export function openViewStore(options?: ConstructorParameters<typeof Dexie>[1]): ViewStore {
  const db = new ViewDB(options);
  return {
    async load() {
      const row = await db.views.get('current');
      return row?.format === VIEW_FORMAT ? row : undefined;
    },
    async save(view) {
      await db.views.put({ key: 'current', format: VIEW_FORMAT, ...view });
    },
  };
}

/**
 * The store with its first load already begun: a woken worker starts reading its view at once,
 * beside opening the main database, not after it. Later loads read again.
 */
export function loadingEarly(store: ViewStore): ViewStore {
  let early: ReturnType<ViewStore['load']> | undefined = store.load();
  // Not awaited if the main database turns out to need no view store: no unhandled rejection.
  early.catch(() => undefined);
  return {
    load() {
      const first = early;
      early = undefined;
      return first ?? store.load();
    },
    save: (view) => store.save(view),
  };
}
