/**
 * Turns mentions found in segments into DOM Ranges and keeps them findable by text node, so a
 * pointer position (node + offset) resolves to its mention by bisection.
 */
import type { Mention } from '../core/text/matcher';
import { composedContains } from './composed-tree';
import type { Segment } from '../core/reading/text-segments';
import { isShadowRoot } from './dom-tree';

export interface Mark {
  entity: string;
  kind: string;
  range: Range;
  /** Where it was found, to index it by text node. */
  segment: Segment;
  mention: Mention;
}

/** The same mention of the same entity, in marks from two readings of an unchanged text. */
export function sameMention(a: Mark, b: Mark): boolean {
  const [x, y] = [a.range, b.range];
  return (
    a.entity === b.entity &&
    x.startContainer === y.startContainer &&
    x.startOffset === y.startOffset &&
    x.endContainer === y.endContainer &&
    x.endOffset === y.endOffset
  );
}

/** The node holding offset `at` of a segment; `preferEnd` picks the earlier node at a boundary. */
function locate(segment: Segment, at: number, preferEnd: boolean): [Text, number] {
  let lo = 0;
  let hi = segment.starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >>> 1;
    const s = segment.starts[mid]!;
    if (s < at || (s === at && !preferEnd)) lo = mid;
    else hi = mid - 1;
  }
  return [segment.nodes[lo]!, at - segment.starts[lo]!];
}

export function markRange(doc: Document, segment: Segment, mention: Mention): Range {
  const [startNode, startOffset] = locate(segment, mention.start, false);
  const [endNode, endOffset] = locate(segment, mention.end, true);
  const range = doc.createRange();
  range.setStart(startNode, startOffset);
  range.setEnd(endNode, endOffset);
  return range;
}

/** The marks on show, by the text nodes they touch, for hit-testing. */
export class MarkIndex {
  private readonly byNode = new Map<Text, Mark[]>();
  readonly all: Mark[] = [];
  /** Marks inside open shadow roots, and those roots: a caret lookup from the document may not reach them. */
  readonly shadowed: Mark[] = [];
  readonly shadowRoots = new Set<ShadowRoot>();

  add(mark: Mark): void {
    const { segment, mention } = mark;
    this.all.push(mark);
    const root = mark.range.startContainer.getRootNode();
    if (isShadowRoot(root)) {
      this.shadowed.push(mark);
      this.shadowRoots.add(root);
    }
    segment.nodes.forEach((node, i) => {
      const start = segment.starts[i]!;
      const end = start + node.data.length;
      if (end <= mention.start || start >= mention.end) return;
      let list = this.byNode.get(node);
      if (!list) this.byNode.set(node, (list = []));
      list.push(mark);
    });
  }

  /** The mark covering `offset` in `node`, if any. */
  at(node: Node, offset: number): Mark | undefined {
    const list = this.byNode.get(node as Text);
    if (!list) return undefined;
    return list.find(
      (m) =>
        m.range.comparePoint(node, offset) === 0 && !(m.range.endContainer === node && m.range.endOffset === offset),
    );
  }

  /** Marks inside an element or its open shadow trees, in document order. */
  within(el: Element): Mark[] {
    return this.all.filter((m) => composedContains(el, m.range.startContainer));
  }
}
