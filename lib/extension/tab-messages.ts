/** Backstory's background and pages talking to the content script in a tab. */
import { browser } from 'wxt/browser';
import {
  checkTabReply,
  type TabMessage,
  type TabMessageOf,
  type TabMessageType,
  type PageSummary,
  type TabReplyOf,
} from '../core/protocol';

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

/**
 * Sends a message to a tab. Undefined when nothing there took it (browser pages, the web store: no
 * content script runs); otherwise its reply, checked against the message's reply schema (throws
 * `reply to page/summary does not match: …` when it is not).
 */
async function toTab<K extends TabMessageType>(
  tabId: number,
  message: TabMessageOf<K> & { type: K },
  frame?: typeof TOP_FRAME,
): Promise<{ reply: TabReplyOf<K> } | undefined> {
  let reply: unknown;
  try {
    // Without a frame, every frame gets it (each runs its own content script).
    reply = await (frame ? browser.tabs.sendMessage(tabId, message, frame) : browser.tabs.sendMessage(tabId, message));
  } catch {
    return undefined;
  }
  return { reply: checkTabReply(message.type, reply) };
}

/** The page's summary, or undefined where no content script runs (browser pages, the web store). */
export async function pageSummary(tabId: number): Promise<PageSummary | undefined> {
  return (await toTab(tabId, { type: 'page/summary' }, TOP_FRAME))?.reply;
}

/** A command or a card to open, for the page's top frame; nothing happens where no content script runs. */
export async function tellTab(tabId: number, message: TabMessage): Promise<void> {
  await toTab(tabId, message, TOP_FRAME);
}

/** Tells every tab's content script that cards or packs changed: each fetches the new matcher once. */
export async function broadcastDataChanged(): Promise<void> {
  const tabs = await browser.tabs.query({});
  const sent = await Promise.allSettled(tabs.map((t) => t.id !== undefined && toTab(t.id, { type: 'data/changed' })));
  // A tab that answered wrongly is reported, but does not fail the change that is being broadcast.
  for (const result of sent) if (result.status === 'rejected') console.error('Backstory:', result.reason);
}
