/**
 * The start indexes in extension storage (lib/core/mentions/start-index.ts): written by the background,
 * read by a tab as it starts. Chromium answers a read of storage in the browser process, without
 * waking a stopped service worker. `storage.session`, not `local`: each write to an area is sent,
 * old and new values, to every context listening to its changes, and every tab listens to `local`
 * for the settings (settings-store.ts); a content script may read `session` once the background
 * has opened it to them (openStartIndexes), and it is kept in memory, so it is written again after
 * the browser restarts (start-index-writer.ts).
 */
import { browser } from 'wxt/browser';
import { LANGS, type Lang } from '../core/text/lang-codes';
import { siteKey } from '../core/sender-site';
import { START_REVISION_KEY, START_SITES_KEY, startIndexKey } from '../core/mentions/start-index';

/** Lets content scripts read the session area (Chromium keeps it to the extension's own pages by default). */
export async function openStartIndexes(): Promise<void> {
  await browser.storage.session.setAccessLevel({ accessLevel: 'TRUSTED_AND_UNTRUSTED_CONTEXTS' });
}

/** Writes each language's index (base64) of `revision`, and removes those of languages without one. */
export async function writeStartIndexes(indexes: ReadonlyMap<Lang, string>, revision: number): Promise<void> {
  const stale = LANGS.filter((l) => !indexes.has(l)).map(startIndexKey);
  await browser.storage.session.set({
    ...Object.fromEntries([...indexes].map(([lang, text]) => [startIndexKey(lang), text])),
    [START_REVISION_KEY]: revision,
  });
  if (stale.length) await browser.storage.session.remove(stale);
}

/** The revision of the indexes stored, if any: none after the browser restarted. */
export async function storedStartRevision(): Promise<number | undefined> {
  const revision = (await browser.storage.session.get(START_REVISION_KEY))[START_REVISION_KEY];
  return typeof revision === 'number' ? revision : undefined;
}

/** The sites that have exclusions, where a tab does not mark from the index. */
export async function writeStartSites(sites: readonly string[]): Promise<void> {
  await browser.storage.session.set({ [START_SITES_KEY]: sites });
}

/**
 * The stored index for a page in `lang` on `site`, still encoded (a tab decodes it only if it uses
 * it), or undefined where there is none or the site has exclusions.
 */
export async function readStartIndex(lang: Lang, site: string): Promise<string | undefined> {
  // An about: frame whose site cannot be told is read as one with exclusions: nothing is read for it.
  if (!site) return undefined;
  const key = startIndexKey(lang);
  const stored = await browser.storage.session.get([key, START_SITES_KEY]);
  const sites = stored[START_SITES_KEY];
  if (Array.isArray(sites) && sites.includes(siteKey(site))) return undefined;
  const text = stored[key];
  return typeof text === 'string' ? text : undefined;
}
