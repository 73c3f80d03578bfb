/** Backstory's own pages talking to the content script in a tab. */
import { browser } from 'wxt/browser';
import type { PageSummary, TabMessage } from '../core/messages';

/**
 * The page itself, not its frames: every frame runs its own content script, and without this the
 * first frame to answer (an ad, an embed) would speak for the whole page.
 */
export const TOP_FRAME = { frameId: 0 };

/** The tab a page works on: `?tab=ID` when opened for a given tab, else the active tab of its window. */
export async function targetTab(search = location.search): Promise<number | undefined> {
  const param = new URLSearchParams(search).get('tab');
  if (param && /^\d+$/.test(param)) return Number(param);
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

/** The page's summary, or undefined where no content script runs (browser pages, the web store). */
export async function pageSummary(tabId: number): Promise<PageSummary | undefined> {
  try {
    return (await browser.tabs.sendMessage(tabId, { type: 'page/summary' } satisfies TabMessage, TOP_FRAME)) as PageSummary | undefined;
  } catch {
    return undefined;
  }
}

export async function tellTab(tabId: number, message: TabMessage): Promise<void> {
  await browser.tabs.sendMessage(tabId, message, TOP_FRAME).catch(() => undefined);
}

/** Tells every tab's content script that cards or packs changed: each fetches the new matcher once. */
export async function broadcastDataChanged(): Promise<void> {
  const tabs = await browser.tabs.query({});
  await Promise.all(tabs.map((t) => t.id !== undefined && browser.tabs.sendMessage(t.id, { type: 'data/changed' } satisfies TabMessage).catch(() => undefined)));
}
