/**
 * The card: when it opens and closes (hover intent), fetching it (the last few kept), showing it
 * at its mention, pinning it, and giving focus back when a card the keyboard opened is closed.
 */
import type { CardView } from '../../components/Card';
import { CardCache } from '../core/page/card-cache';
import type { CardResponse } from '../core/protocol';
import { ask } from '../extension/ask';
import { guard } from './guard';
import { HoverIntent } from './hover-intent';
import type { MarkLayer } from './mark-layer';
import type { Mark } from './marks';
import type { OverlayHost } from './overlay-host';
import type { PageState } from './page-state';
import { probeMeasure } from './probes';
import { isoDay } from '../core/base/dates';
import { officeHeader } from '../core/titles/office-header';
import { resolveTheme } from './theme';

/** How long a card opened from the keyboard may take to appear before it gets focus anyway (20 × 25 ms). */
const FOCUS_TRIES = 20;
const FOCUS_TRY_MS = 25;

export class CardPresenter {
  /** Opens after the pointer rests on a mark, closes after it leaves both mark and card. */
  readonly intent: HoverIntent<Mark>;
  /** Where the reader's pointer was, to place the card on the right line; none when a key opened it. */
  point: { x: number; y: number } | undefined;
  /** The open card came from tabbing to its mention: moving focus elsewhere closes it. */
  openedByFocus = false;
  private pinnedNow = false;
  private view: CardView | undefined;
  private returnFocus: HTMLElement | undefined;
  /** Counts shows and hides, so a card that arrives after a newer one was asked for is dropped. */
  private showSeq = 0;
  private readonly cache = new CardCache<CardResponse>((id) =>
    ask({ type: 'card/get', id }).then((answer) => (answer.card ? answer : undefined)),
  );

  constructor(
    private readonly doc: Document,
    private readonly win: Window,
    private readonly host: OverlayHost,
    private readonly marks: MarkLayer,
    private readonly state: PageState,
  ) {
    this.intent = new HoverIntent<Mark>(
      guard((mark: Mark) => this.show(mark)),
      () => this.hide(),
      { set: (fn, ms) => win.setTimeout(fn, ms), clear: (id) => win.clearTimeout(id) },
    );
    this.host.onPointerEnter = () => this.intent.pointerInCard(true);
    this.host.onPointerLeave = () => !this.pinnedNow && this.intent.pointerInCard(false);
  }

  get pinned(): boolean {
    return this.pinnedNow;
  }

  /** Asked for while the pointer rests, so the card (and a title's office) is at hand when the dwell is over. */
  prefetch(mark: Mark): void {
    for (const id of [mark.entity, mark.mention.office]) if (id) this.cache.get(id).catch(() => undefined);
  }

  /** New data or settings: cards fetched before, or on their way, are not kept. */
  forget(): void {
    this.cache.forget();
  }

  /** Opens `mark`'s card from the keyboard or a command: scrolled to, focused once shown. */
  openFromKeyboard(mark: Mark): void {
    mark.range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
    this.point = undefined;
    this.openedByFocus = false;
    const focused = this.doc.activeElement as HTMLElement | null;
    if (focused && !this.host.contains(focused)) this.returnFocus = focused;
    this.intent.openNow(mark);
    void this.focusWhenShown(mark);
  }

  /** Closes the card; focus inside it goes back to where the keyboard left it. */
  close(): void {
    const hadFocus = this.host.dialog && this.host.contains(this.doc.activeElement);
    this.pinnedNow = false;
    this.intent.closeNow();
    if (hadFocus) this.returnFocus?.focus();
    this.returnFocus = undefined;
  }

  private async focusWhenShown(mark: Mark): Promise<void> {
    for (let i = 0; i < FOCUS_TRIES && this.intent.current === mark && !this.host.dialog; i++)
      await new Promise((r) => this.win.setTimeout(r, FOCUS_TRY_MS));
    this.host.dialog?.focus();
  }

  /**
   * The page was read again with new data (a pack installed, a card edited) while a card was open
   * or on its way: it stays open at `next`, the same mention in the new reading, and is asked for
   * again; it closes when the mention or its card is gone. The reader is not left without the card
   * they were reading because data changed elsewhere.
   */
  carryOver(next: (open: Mark) => Mark | undefined): void {
    const open = this.intent.current;
    if (open === undefined) return;
    const found = next(open);
    if (!found) return this.intent.closeNow();
    this.intent.retarget(found);
    guard(() => this.show(found, true))();
  }

  /** `again`: the card is asked for anew for an open card, which closes if it is gone. */
  private async show(mark: Mark, again = false): Promise<void> {
    const t0 = performance.now();
    const seq = ++this.showSeq;
    const officeId = mark.mention.office;
    const [answer, office] = await Promise.all([
      this.cache.get(mark.entity),
      officeId ? this.officeOf(officeId) : undefined,
    ]);
    // A newer show or a close came while the card was on its way: drop this one.
    if (seq !== this.showSeq || this.intent.current !== mark) return;
    if (!answer?.card) {
      if (again) this.intent.closeNow();
      return;
    }
    this.marks.setActive(mark);
    const { settings, lang, published } = this.state;
    this.view = {
      card: answer.card,
      edited: answer.edited,
      ...(answer.map ? { map: answer.map } : {}),
      own: answer.own,
      lang,
      published,
      today: new Date(),
      theme: resolveTheme(settings.theme, this.doc, this.win),
      fontSize: settings.fontSize,
      pinned: this.pinnedNow,
      ...(office ? { office } : {}),
    };
    this.render(mark);
    // From the moment the card was asked for (dwell over, tap, key) to the frame that shows it.
    this.win.requestAnimationFrame(() => probeMeasure('card', { start: t0, end: performance.now() }));
  }

  /** A title's office for its card's header: the office on the article's date, and today's holder if another. */
  private async officeOf(id: string): Promise<CardView['office']> {
    const answer = await this.cache.get(id).catch(() => undefined);
    if (!answer?.card) return undefined;
    const header = officeHeader(answer.card, this.state.published, isoDay(new Date()));
    if (!header) return undefined;
    const now = header.today && (await this.cache.get(header.today.person).catch(() => undefined));
    return { ...header, ...(now?.card ? { todayName: now.card.label } : {}) };
  }

  private render(mark: Mark): void {
    if (!this.view) return;
    this.host.showCard(
      this.view,
      { range: mark.range, point: this.point },
      {
        onClose: () => this.close(),
        onNotThis: (trusted) => {
          // Only a real click by the reader: a click a script makes up is not trusted.
          if (!trusted) return;
          const surface = mark.range.toString();
          this.close();
          void ask({ type: 'exclusion/add', entity: mark.entity, surface });
        },
        onPin: () => {
          this.pinnedNow = !this.pinnedNow;
          this.view = this.view && { ...this.view, pinned: this.pinnedNow };
          this.render(mark);
        },
      },
    );
  }

  private hide(): void {
    this.showSeq++;
    this.openedByFocus = false;
    this.pinnedNow = false;
    this.view = undefined;
    this.marks.setActive(undefined);
    this.host.hideCard();
  }
}
