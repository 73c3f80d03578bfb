/**
 * What every page's setup reads of the database — the data revision and the reader's exclusions —
 * kept in memory between pages. In Firefox each IndexedDB read costs a warm page 5–16 ms before its
 * first marks (its budget is 30); both change only when a write commits.
 *
 * Kept true two ways. Every commit in any of Backstory's contexts (the options page, the library,
 * the background's own) is announced by Dexie to the others (its `storagemutated` event, over a
 * BroadcastChannel), and what is kept is dropped then. And an answer given from memory is checked
 * after it is sent: if the revision had moved on (an announcement missed or still on its way), what
 * is kept is dropped and `onStale` tells the tabs to ask again.
 */
import Dexie, { type ObservabilitySet } from 'dexie';
import type { Exclusion } from '../core/transfer-schema';
import { getRevision, type BackstoryDB } from './database';

export interface SetupData {
  revision: number;
  /** Every site's exclusions: a reader adds a handful, never thousands. */
  exclusions: readonly Exclusion[];
}

export interface SetupCache {
  /** The revision and exclusions; `cached` when they came from memory (the caller then calls `verify` after answering). */
  read(): Promise<SetupData & { cached: boolean }>;
  /** Reads the revision again after an answer from memory; true when it had moved on (and the tabs are told). */
  verify(): Promise<boolean>;
  /** Stops listening for commits. */
  close(): void;
}

/** The revision and every site's exclusions, read from the database now. */
export async function readSetupData(db: BackstoryDB): Promise<SetupData> {
  const [revision, exclusions] = await Promise.all([getRevision(db), db.exclusions.toArray()]);
  return { revision, exclusions };
}

/** `onRead`: given what each read of the database found (not what is answered from memory). */
export function createSetupCache(
  db: BackstoryDB,
  onStale: () => unknown,
  onRead?: (data: SetupData) => unknown,
): SetupCache {
  let kept: Promise<SetupData> | undefined;
  let checking: Promise<boolean> | undefined;

  // Parts are named idb://<database>/<table>/<index> (Dexie's ObservabilitySet): only this
  // database's commits matter (the stored view's do not).
  const ours = `idb://${db.name}/`;
  const onCommit = (parts: ObservabilitySet) => {
    if (Object.keys(parts).some((part) => part.startsWith(ours))) kept = undefined;
  };
  Dexie.on.storagemutated.subscribe(onCommit);

  return {
    async read() {
      if (kept) {
        const held = kept;
        const data = await held.catch(() => undefined);
        if (data && kept === held) return { ...data, cached: true };
      }
      const reading = readSetupData(db);
      kept = reading;
      if (onRead) reading.then(onRead, () => undefined);
      // A failed read is not kept: the next page reads again.
      reading.catch(() => {
        if (kept === reading) kept = undefined;
      });
      return { ...(await reading), cached: false };
    },

    verify() {
      // One check at a time: pages that arrive together are answered by the same revision.
      checking ??= (async () => {
        try {
          const checked = kept;
          const held = await checked?.catch(() => undefined);
          const revision = await getRevision(db);
          // Nothing kept, the same revision, or already dropped and read again meanwhile: nothing to tell.
          if (!held || held.revision === revision || kept !== checked) return false;
          kept = undefined;
          await onStale();
          return true;
        } finally {
          checking = undefined;
        }
      })();
      return checking;
    },

    close: () => Dexie.on.storagemutated.unsubscribe(onCommit),
  };
}
