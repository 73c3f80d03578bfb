/**
 * Reads a page's text as runs ("segments") of adjacent text nodes that no block element separates,
 * so a name split by inline markup (<a>Recep Tayyip</a> Erdoğan) is still one name, while text in
 * two paragraphs never joins. Each segment keeps its nodes and their offsets to map matches back.
 */
import { BLOCK_TAGS, SKIPPED_TAGS, isEditableAttribute } from './skip-rules';

export interface Segment {
  text: string;
  nodes: Text[];
  /** starts[i] is the offset of nodes[i] in `text`. */
  starts: number[];
}

function skipped(el: Element): boolean {
  const tag = el.localName;
  if (SKIPPED_TAGS.has(tag)) return true;
  return isEditableAttribute(el.getAttribute('contenteditable'));
}

/** Walks `root` in document order; skipped subtrees are never entered. */
export function readSegments(root: Node): Segment[] {
  const segments: Segment[] = [];
  let current: Segment = { text: '', nodes: [], starts: [] };
  const flush = () => {
    if (current.nodes.length && /\S/.test(current.text)) segments.push(current);
    current = { text: '', nodes: [], starts: [] };
  };
  const doc = root.ownerDocument ?? (root as Document);
  if (doc.designMode === 'on') return segments;

  const visit = (node: Node) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        const text = child as Text;
        current.starts.push(current.text.length);
        current.nodes.push(text);
        current.text += text.data;
      } else if (child.nodeType === 1) {
        const el = child as Element;
        if (skipped(el)) {
          flush();
          continue;
        }
        const block = BLOCK_TAGS.has(el.localName);
        if (block) flush();
        visit(el);
        if (block) flush();
      }
    }
  };
  visit(root);
  flush();
  return segments;
}
