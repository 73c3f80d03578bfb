/**
 * Keyboard travel through the mentions in reading order (Alt+Shift+N / P), and opening an entity
 * chosen in the panel or the popup: both open the card at a mention, scrolled to and focused.
 */
import { stepAround } from '../core/page/travel';
import type { CardPresenter } from './card-presenter';
import type { MarkLayer } from './mark-layer';

export class MentionTravel {
  /** The mention last travelled to, in the order of `MarkLayer.wanted()`. */
  private cursor = -1;

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
    this.cursor = stepAround(this.cursor, step, all.length);
    this.cards.openFromKeyboard(all[this.cursor]!);
  }

  /** The card at the first mention of `id`, if the page has one. */
  openEntity(id: string): void {
    const all = this.marks.wanted();
    const index = all.findIndex((m) => m.entity === id);
    if (index < 0) return;
    this.cursor = index;
    this.cards.openFromKeyboard(all[index]!);
  }
}

/** The reader is typing: keyboard commands must not move anything. */
function isTyping(doc: Document): boolean {
  const el = doc.activeElement as HTMLElement | null;
  if (!el) return false;
  return el.isContentEditable || ['input', 'textarea', 'select'].includes(el.localName);
}
