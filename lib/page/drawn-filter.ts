/**
 * Text the page does not draw is never marked: otherwise a page could plant names where the reader
 * cannot see them and look at which ones Backstory marks (`CSS.highlights` is readable by the page),
 * learning the reader's own cards and "not this here" choices. Undrawn: `display: none` here or
 * above, `visibility: hidden`, a closed `<details>`, a host's children no `<slot>` shows.
 *
 * The check runs when marks are drawn (in an animation frame, when the browser brings style up to
 * date anyway), not while the page is read: asking for style in our reading slices would force that
 * work into them. What is left out is remembered with every node above it, so that a change of
 * attributes that may show it (a class, a style, `hidden`, `open`) is told apart cheaply.
 */
import type { Mark } from './marks';

function elementOf(node: Node): Element | null {
  const parent = node.parentNode;
  if (!parent) return null;
  // Text right under a shadow root is drawn as its host is.
  return parent.nodeType === 11 ? ((parent as ShadowRoot).host ?? null) : (parent as Element);
}

function isDrawn(el: Element): boolean {
  if (el.checkVisibility({ visibilityProperty: true })) return true;
  // An element that only lays out its children has no box of its own, yet its text is drawn.
  return getComputedStyle(el).display === 'contents';
}

export class DrawnFilter {
  /**
   * What is known of each element with marks, asked once: a redraw (one a frame while a page is
   * read) then costs no style queries. Forgotten when a change may have shown hidden text.
   */
  private known = new WeakMap<Element, boolean>();
  private above = new WeakSet<Node>();

  /** The marks whose text is drawn; remembers where the others are. */
  keep(marks: readonly Mark[]): Mark[] {
    return marks.filter((mark) => {
      const el = elementOf(mark.range.startContainer);
      if (!el) return true;
      let drawn = this.known.get(el);
      if (drawn === undefined) {
        drawn = isDrawn(el);
        this.known.set(el, drawn);
        if (!drawn)
          for (
            let n: Node | null = el;
            n && !this.above.has(n);
            n = n.nodeType === 11 ? (n as ShadowRoot).host : n.parentNode
          )
            this.above.add(n);
      }
      return drawn;
    });
  }

  /**
   * Whether a change on `target` (its attributes, or the window's size for the root) may have shown
   * text left unmarked; if so, what was known is forgotten, to be asked again at the next redraw.
   * (Text that the page hides after it was marked stays marked: the page has seen that mark already.)
   */
  mayReveal(target: Node): boolean {
    if (!this.above.has(target)) return false;
    this.known = new WeakMap();
    this.above = new WeakSet();
    return true;
  }
}
