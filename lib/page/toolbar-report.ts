/**
 * Tells the background what the toolbar button should say about this frame: how many names it
 * marked, or that Backstory is paused or off here. Only when that changes, and never on the way to
 * the first marks: the first report goes after the first full reading.
 */
import type { PageState } from '../core/toolbar-badge';
import type { Settings } from '../core/settings';
import { ask } from '../extension/ask';

export class ToolbarReport {
  private last: string | undefined;

  send(state: PageState, names: number): void {
    const key = `${state} ${names}`;
    if (key === this.last) return;
    // The first report of this page: the background forgets what the tab's frames said before.
    const fresh = this.last === undefined;
    this.last = key;
    // A background that cannot be reached (the extension updated under the page) costs only the badge.
    ask({ type: 'page/badge', state, names, ...(fresh ? { fresh } : {}) }).catch(() => undefined);
  }

  /** Off here: paused everywhere, or switched off for this site. */
  off(settings: Settings): void {
    this.send(settings.paused ? 'paused' : 'off-here', 0);
  }
}
