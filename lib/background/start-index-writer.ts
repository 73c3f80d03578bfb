/**
 * Keeps the tabs' start indexes in storage current (Chromium only: there a stopped service worker
 * takes longer to wake than a page takes to read them; Firefox's background page is always up): each
 * language's index after every view the background builds and stores, again at a start that finds
 * none of the current revision (the session area is emptied when the browser restarts), and the
 * list of sites with exclusions after every read of them.
 */
import { buildStartIndexes } from './start-indexes';
import { getRevision, type BackstoryDB } from './database';
import { enabledContent } from './install-packs';
import type { Content } from './matcher-cache';
import type { SetupData } from './setup-cache';
import {
  openStartIndexes,
  storedStartRevision,
  writeStartIndexes,
  writeStartSites,
} from '../extension/start-index-store';

export function startIndexWriter() {
  /** The newest revision whose indexes were asked for: an older build finishing late writes nothing. */
  let newest = -1;
  /** The sites last written, as JSON; undefined until the first write of this worker. */
  let sitesWritten: string | undefined;
  // Each start: the session area is the extension's own pages' alone until it is opened.
  openStartIndexes().catch(() => undefined);

  async function write(content: Content, revision: number): Promise<void> {
    newest = Math.max(newest, revision);
    const indexes = await buildStartIndexes(content, revision);
    if (revision === newest) await writeStartIndexes(indexes, revision);
  }

  return {
    afterStore: write,
    /** Once the start's packs are in: written if the stored ones are not of the current revision. */
    async ensure(db: BackstoryDB): Promise<void> {
      const revision = await getRevision(db);
      if (newest >= revision || (await storedStartRevision()) === revision) return;
      await write(await enabledContent(db), revision);
    },
    onSetupRead({ exclusions }: SetupData): void {
      const sites = [...new Set(exclusions.map((e) => e.site))].sort();
      const json = JSON.stringify(sites);
      if (json === sitesWritten) return;
      sitesWritten = json;
      writeStartSites(sites).catch(() => (sitesWritten = undefined));
    },
  };
}
