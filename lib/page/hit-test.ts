/**
 * Which mark is under a point. The caret position gives the text node and offset under the pointer;
 * browsers snap it to the nearest character even over blank space, so the point must also fall
 * inside one of the mark's line boxes.
 */
import type { Mark, MarkIndex } from './marks';

interface Caret {
  node: Node;
  offset: number;
}

type CaretFromPoint = (x: number, y: number, options?: { shadowRoots?: ShadowRoot[] }) => CaretPosition | null;

function caretAt(doc: Document, x: number, y: number, shadowRoots: ShadowRoot[] | undefined): Caret | undefined {
  // Firefox, and Chrome from 128; shadowRoots lets the caret land inside those open shadow trees.
  if (typeof doc.caretPositionFromPoint === 'function') {
    const pos = (doc.caretPositionFromPoint as CaretFromPoint).call(doc, x, y, shadowRoots && { shadowRoots });
    return pos ? { node: pos.offsetNode, offset: pos.offset } : undefined;
  }
  // Older Chrome.
  const range = (
    doc as Document & { caretRangeFromPoint?: (x: number, y: number) => Range | null }
  ).caretRangeFromPoint?.(x, y);
  return range ? { node: range.startContainer, offset: range.startOffset } : undefined;
}

const SLACK = 1; // px: line boxes of inline text end on fractional pixels

export function pointInMark(mark: Mark, x: number, y: number): boolean {
  for (const r of mark.range.getClientRects()) {
    if (x >= r.left - SLACK && x <= r.right + SLACK && y >= r.top - SLACK && y <= r.bottom + SLACK) return true;
  }
  return false;
}

export function markAtPoint(doc: Document, index: MarkIndex, x: number, y: number): Mark | undefined {
  // Most pages have no marks in shadow roots: no array to build on every pointer frame then.
  const caret = caretAt(doc, x, y, index.shadowRoots.size ? [...index.shadowRoots] : undefined);
  if (caret && caret.node.nodeType === 3) {
    // The caret sits between characters: the one under the pointer may be before or after it.
    const candidates = [
      index.at(caret.node, caret.offset),
      caret.offset > 0 ? index.at(caret.node, caret.offset - 1) : undefined,
    ];
    const found = candidates.find((m) => m && pointInMark(m, x, y));
    if (found) return found;
  }
  // A browser whose caret stops at the shadow host: the few marks in shadow trees, by their boxes.
  return index.shadowed.find((m) => pointInMark(m, x, y));
}
