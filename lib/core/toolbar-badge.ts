/**
 * What the toolbar button says about a tab: how many names Backstory marked on its page, or that it
 * is paused or off there. Every frame runs its own content script and reports on its own; the tab's
 * badge adds up the frames that mark, and the top frame's state decides on or off (an ad frame's
 * settings are the same settings, but a frame of another site may be off while the article is on).
 */
export type PageState = 'on' | 'paused' | 'off-here';

export interface FrameReport {
  state: PageState;
  /** Distinct names marked in the frame. */
  names: number;
}

export interface BadgeLook {
  /** The badge's text: the number of names, empty for none (and when off). */
  text: string;
  /** Paused everywhere or off on this site: the button is drawn grey and says which. */
  state: PageState;
}

/** The badge has room for four characters; past that the count says only "many". */
export const MAX_SHOWN = 999;

const TOP = 0;

export class TabBadges {
  private readonly tabs = new Map<number, Map<number, FrameReport>>();

  /**
   * A frame's report. `fresh`: the top frame has just started on a new page, so what the tab's
   * frames said about the page before is forgotten.
   */
  report(tabId: number, frameId: number, report: FrameReport, fresh = false): BadgeLook {
    let frames = this.tabs.get(tabId);
    if (!frames || (fresh && frameId === TOP)) this.tabs.set(tabId, (frames = new Map()));
    frames.set(frameId, report);
    return badgeLook(frames);
  }

  /** The tab was closed. */
  forget(tabId: number): void {
    this.tabs.delete(tabId);
  }
}

export function badgeLook(frames: ReadonlyMap<number, FrameReport>): BadgeLook {
  const state = frames.get(TOP)?.state ?? 'on';
  if (state !== 'on') return { text: '', state };
  let names = 0;
  for (const f of frames.values()) if (f.state === 'on') names += f.names;
  return { text: names === 0 ? '' : names > MAX_SHOWN ? `${MAX_SHOWN}+` : String(names), state };
}
