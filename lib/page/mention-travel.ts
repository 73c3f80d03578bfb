/**
 * Keyboard travel through the mentions in reading order (Alt+Shift+N / P), and opening an entity
 * chosen in the panel or the popup: both open the card at a mention, scrolled to and focused.
 */
import { stepAround } from '../core/page/travel';
import type { CardPresenter } from './card-presenter';
import type { MarkLayer } from './mark-layer';
import { sameMention, type Mark } from './marks';

export class MentionTravel {
  /**
   * The mention last travelled to. Kept as the mention, not its place in the list: while a large pack
   * installs, new marks arrive before it, and the next step must still go on from where the reader is.
   */
  private last: Mark | undefined;

  constructor(
    private readonly doc: Document,
    private readonly marks: MarkLayer,
    private readonly cards: CardPresenter,
  ) {}

  /** The next (1) or previous (-1) mention's card; never while the reader types. */
  step(step: 1 | -1): void {
    if (isTyping(this.doc)) return;
    const all = this.marks.wanted();
    if (!all.length) return;
    const next = all[stepAround(this.cursorIn(all), step, all.length)]!;
    this.last = next;
    this.cards.openFromKeyboard(next);
  }

  /** Where the last mention is in `all`; if a rescan dropped it, the mention just before where it was. */
  private cursorIn(all: readonly Mark[]): number {
    const last = this.last;
    if (!last) return -1;
    const same = all.findIndex((m) => sameMention(m, last));
    if (same >= 0) return same;
    const before = (m: Mark) => {
      try {
        return m.range.compareBoundaryPoints(Range.START_TO_START, last.range) < 0;
      } catch {
        return false; // in another root (a shadow tree): no order to compare
      }
    };
    return all.filter(before).length - 1;
  }

  /** The card at the first mention of `id`, if the page has one. */
  openEntity(id: string): void {
    const all = this.marks.wanted();
    const index = all.findIndex((m) => m.entity === id);
    if (index < 0) return;
    this.last = all[index];
    this.cards.openFromKeyboard(all[index]!);
  }
}

/** The reader is typing: keyboard commands must not move anything. */
function isTyping(doc: Document): boolean {
  const el = doc.activeElement as HTMLElement | null;
  if (!el) return false;
  return el.isContentEditable || ['input', 'textarea', 'select'].includes(el.localName);
}
