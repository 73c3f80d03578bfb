/**
 * The marks on show: of everything the scanner found, those of the kinds the reader wants, in text
 * the page draws, thinned by density; drawn as highlights at most once a frame, and indexed for
 * hit-testing.
 */
import { byDensity, ofKinds } from '../core/page/mark-filters';
import { DrawnFilter } from './drawn-filter';
import { Highlighter } from './highlighter';
import { MarkIndex, type Mark } from './marks';
import type { PageScanner } from './page-scanner';
import type { PageState } from './page-state';
import { styleShadowRoot } from './shadow-styles';

export class MarkLayer {
  /** The marks drawn, for hit-testing and focus. */
  shown = new MarkIndex();
  /** Called after every redraw (the open panel lists what is drawn). */
  onRedraw: () => void = () => {};
  private readonly highlighter = new Highlighter();
  private readonly drawn = new DrawnFilter();
  private redrawFrame = 0;

  constructor(
    private readonly win: Window,
    private readonly scanner: PageScanner,
    private readonly state: PageState,
  ) {}

  /** Found marks of the kinds the reader wants, in text the page draws, in reading order: what keyboard travel and the panel use. */
  wanted(): Mark[] {
    return this.drawn.keep(ofKinds(this.scanner.all(), this.state.settings.kinds));
  }

  /** Whether a change of attributes on `target` may have shown text left unmarked as undrawn. */
  mayReveal(target: Node): boolean {
    return this.drawn.mayReveal(target);
  }

  /** A redraw at the next frame; asking again before then adds nothing. */
  scheduleRedraw(): void {
    if (this.redrawFrame) return;
    this.redrawFrame = this.win.requestAnimationFrame(() => {
      this.redrawFrame = 0;
      this.redraw();
    });
  }

  redraw(): void {
    // Drawn now: a frame already asked for has nothing left to do.
    if (this.redrawFrame) this.win.cancelAnimationFrame(this.redrawFrame);
    this.redrawFrame = 0;
    if (!this.state.active) return;
    // Filtered for what is drawn even at density "none": that remembers what a change may reveal.
    const visible = byDensity(this.wanted(), this.state.settings.density);
    this.shown = new MarkIndex();
    for (const m of visible) this.shown.add(m);
    for (const root of this.shown.shadowRoots) styleShadowRoot(root);
    this.highlighter.draw(visible);
    this.onRedraw();
  }

  /** The mark whose card is open, drawn as `backstory-active`; undefined clears it. */
  setActive(mark: Mark | undefined): void {
    this.highlighter.setActive(mark);
  }

  clear(): void {
    this.highlighter.clear();
    this.shown = new MarkIndex();
  }
}
