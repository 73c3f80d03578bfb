/**
 * The reader's own input, turned into cards opened and closed: the pointer resting on a mark
 * (hit-tested at most once a frame), a click or tap, Escape, and a Tab that lands on a mention.
 * Only trusted events count: a page's synthetic events must not open cards it could then read.
 */
import { TabFocusGate } from '../core/page/tab-focus';
import type { CardPresenter } from './card-presenter';
import { guard } from './guard';
import { markAtPoint } from './hit-test';
import type { MarkLayer } from './mark-layer';
import type { OverlayHost } from './overlay-host';
import type { PageState } from './page-state';

export class ReaderInput {
  private readonly tabGate = new TabFocusGate();
  /** The animation frame that will hit-test the latest pointer position. */
  private frame = 0;

  constructor(
    private readonly doc: Document,
    private readonly win: Window,
    private readonly host: OverlayHost,
    private readonly marks: MarkLayer,
    private readonly cards: CardPresenter,
    private readonly state: PageState,
  ) {}

  /** Listens in the capture phase, so a page that stops its events' propagation does not blind us. */
  listen(): void {
    const w = this.win;
    w.addEventListener(
      'pointermove',
      guard((e: PointerEvent) => this.onPointerMove(e)),
      { passive: true, capture: true },
    );
    w.addEventListener(
      'click',
      guard((e: MouseEvent) => this.onClick(e)),
      { capture: true },
    );
    w.addEventListener(
      'keydown',
      guard((e: KeyboardEvent) => this.onKeyDown(e)),
      { capture: true },
    );
    this.doc.addEventListener(
      'focusin',
      guard((e: FocusEvent) => this.onFocusIn(e)),
      { capture: true },
    );
  }

  private onPointerMove(e: PointerEvent): void {
    if (!e.isTrusted || !this.state.active || e.pointerType !== 'mouse' || this.state.settings.trigger !== 'hover')
      return;
    if (this.host.contains(e.target as Node)) return;
    this.cards.point = { x: e.clientX, y: e.clientY };
    if (this.frame) return;
    // Hit-test at most once a frame, however fast the pointer events come.
    this.frame = this.win.requestAnimationFrame(() => {
      this.frame = 0;
      // Gone when a key or a focus opened a card since: that card stays.
      const p = this.cards.point;
      if (!p) return;
      const mark = markAtPoint(this.doc, this.marks.shown, p.x, p.y);
      if (this.cards.pinned && !mark) return;
      if (mark && mark !== this.cards.intent.current) this.cards.prefetch(mark);
      this.cards.intent.pointerOver(mark);
    });
  }

  private onClick(e: MouseEvent): void {
    if (!e.isTrusted || !this.state.active || this.host.contains(e.target as Node)) return;
    const mark = markAtPoint(this.doc, this.marks.shown, e.clientX, e.clientY);
    this.cards.point = { x: e.clientX, y: e.clientY };
    if (mark) this.cards.intent.openNow(mark);
    else this.cards.close();
  }

  private onKeyDown(e: KeyboardEvent): void {
    if (e.key === 'Tab' && e.isTrusted) this.tabGate.tabPressed(performance.now());
    if (e.key !== 'Escape') return;
    if (this.cards.intent.current) {
      this.cards.close();
      e.stopPropagation();
    } else if (this.host.panelOpen) {
      this.host.hidePanel();
      e.stopPropagation();
    }
  }

  /**
   * Tabbing to a link or other control that holds a mention opens its card, without taking focus.
   * Only the reader's own Tab: a page that focuses a mention itself must not open a card.
   */
  private onFocusIn(e: FocusEvent): void {
    const target = e.target as Element | null;
    if (!this.state.active || !target || this.host.contains(target) || target.nodeType !== 1) return;
    const byTab = this.tabGate.focusFollowsTab(e.isTrusted, performance.now());
    const inside = byTab ? this.marks.shown.within(target) : [];
    if (inside.length) {
      this.cards.point = undefined;
      this.cards.openedByFocus = true;
      this.cards.intent.openNow(inside[0]!);
    } else if (this.cards.openedByFocus) {
      this.cards.close();
    }
  }
}
