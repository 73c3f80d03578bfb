/**
 * Only the reader's own Tab opens a card by focus. A page's `element.focus()` fires a trusted focus
 * event too, so what tells them apart is time: a focus counts only within TAB_FOCUS_MS of the
 * reader's own (trusted) Tab or Shift+Tab keydown, and each key press lets one focus through, so a
 * page cannot ride on it to focus several mentions.
 */
export const TAB_FOCUS_MS = 100;

export class TabFocusGate {
  private tabAt = Number.NEGATIVE_INFINITY;

  /** The reader pressed Tab at `now` (milliseconds, any clock that focus times share). */
  tabPressed(now: number): void {
    this.tabAt = now;
  }

  /** A focus at `now`: whether it follows the reader's Tab. Uses that key press up either way. */
  focusFollowsTab(trusted: boolean, now: number): boolean {
    const byTab = trusted && now - this.tabAt < TAB_FOCUS_MS;
    this.tabAt = Number.NEGATIVE_INFINITY;
    return byTab;
  }
}
