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
  private above = new WeakSet<Node>();

  /** The marks whose text is drawn; remembers where the others are. */
  keep(marks: readonly Mark[]): Mark[] {
    const seen = new Map<Element, boolean>();
    const above = new WeakSet<Node>();
    const kept = marks.filter((mark) => {
      const el = elementOf(mark.range.startContainer);
      if (!el) return true;
      let drawn = seen.get(el);
      if (drawn === undefined) {
        drawn = isDrawn(el);
        seen.set(el, drawn);
        if (!drawn)
          for (
            let n: Node | null = el;
            n && !above.has(n);
            n = n.nodeType === 11 ? (n as ShadowRoot).host : n.parentNode
          )
            above.add(n);
      }
      return drawn;
    });
    this.above = above;
    return kept;
  }

  /** Whether a change of attributes on `target` may have shown text left unmarked. */
  mayReveal(target: Node): boolean {
    return this.above.has(target);
  }
}
