/**
 * Reads a document's text as runs ("segments") of adjacent text nodes that no block element
 * separates, so a name split by inline markup (<a>Recep Tayyip</a> Erdoğan) is still one name, while
 * text in two paragraphs never joins. Each segment keeps its nodes and their offsets to map matches
 * back.
 *
 * The walk is written against a tiny tree interface, so the content script (live DOM) and the scan
 * CLI (parse5's tree of saved HTML) extract exactly the same text.
 */
import { BLOCK_TAGS, SHADOW_ROOT_TAG, SKIPPED_TAGS, isEditableAttribute } from './skip-rules';

export interface TreeAdapter<N> {
  children(node: N): Iterable<N>;
  /** 'text' with its data, 'element' with its lower-case name, or 'other' (comments…). */
  text(node: N): string | undefined;
  tag(node: N): string | undefined;
  attribute(node: N, name: string): string | null | undefined;
}

export interface Segment<N = Text> {
  text: string;
  nodes: N[];
  /** starts[i] is the offset of nodes[i] in `text`. */
  starts: number[];
}

/** Segments in document order, produced lazily so a caller can stop between any two (idle-time slices). */
export function* iterateSegments<N>(root: N, tree: TreeAdapter<N>): Generator<Segment<N>> {
  let current: Segment<N> = { text: '', nodes: [], starts: [] };
  // An explicit stack rather than recursion: some pages nest thousands of elements deep.
  const stack: { node: N; exit: boolean }[] = [{ node: root, exit: false }];
  while (stack.length) {
    const { node, exit } = stack.pop()!;
    let boundary = exit;
    if (!exit) {
      const data = tree.text(node);
      if (data !== undefined) {
        current.starts.push(current.text.length);
        current.nodes.push(node);
        current.text += data;
        continue;
      }
      const tag = tree.tag(node);
      if (tag === undefined) continue;
      if (node !== root && (SKIPPED_TAGS.has(tag) || isEditableAttribute(tree.attribute(node, 'contenteditable')))) {
        boundary = true;
      } else {
        const block = BLOCK_TAGS.has(tag);
        if (block) stack.push({ node, exit: true });
        const kids = [...tree.children(node)];
        for (let i = kids.length - 1; i >= 0; i--) stack.push({ node: kids[i]!, exit: false });
        boundary = block;
      }
    }
    if (boundary && current.nodes.length) {
      if (/\S/.test(current.text)) yield current;
      current = { text: '', nodes: [], starts: [] };
    }
  }
  if (current.nodes.length && /\S/.test(current.text)) yield current;
}

export function collectSegments<N>(root: N, tree: TreeAdapter<N>): Segment<N>[] {
  return [...iterateSegments(root, tree)];
}

/**
 * The live DOM, for the content script. An element's open shadow root comes before its children,
 * as the browser draws it; closed ones stay the page's own.
 */
export const domTree: TreeAdapter<Node> = {
  *children(node) {
    const shadow = node.nodeType === 1 ? (node as Element).shadowRoot : null;
    if (shadow) yield shadow;
    for (let c = node.firstChild; c; c = c.nextSibling) yield c;
  },
  text: (node) => (node.nodeType === 3 ? (node as Text).data : undefined),
  tag: (node) => (node.nodeType === 1 ? (node as Element).localName : isShadowRoot(node) ? SHADOW_ROOT_TAG : undefined),
  attribute: (node, name) => (node.nodeType === 1 ? (node as Element).getAttribute(name) : null),
};

export function isShadowRoot(node: Node): node is ShadowRoot {
  return node.nodeType === 11 && 'host' in node;
}
