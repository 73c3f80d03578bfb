/**
 * Tree questions that cross open shadow roots. `Node.contains` and `Range.compareBoundaryPoints`
 * stop at a shadow boundary (the latter throws across it), while Backstory reads the page as drawn:
 * light DOM and open shadow trees together.
 */

/** The node's parent, or the host when the node is a shadow root. */
function composedParent(node: Node): Node | null {
  return node.parentNode ?? ((node as ShadowRoot).host || null);
}

export function composedContains(root: Node, node: Node): boolean {
  for (let n: Node | null = node; n; n = composedParent(n)) if (n === root) return true;
  return false;
}

/** [node in the document tree, …, node in the innermost shadow tree]: where a node sits at each level. */
function levels(node: Node): Node[] {
  const out = [node];
  for (let root = node.getRootNode(); 'host' in root && (root as ShadowRoot).host; root = out[0]!.getRootNode())
    out.unshift((root as ShadowRoot).host);
  return out;
}

/** Orders two ranges by where they start in the composed tree (a host before what its shadow root holds). */
export function composedCompare(a: Range, b: Range): number {
  if (a.startContainer.getRootNode() === b.startContainer.getRootNode())
    return a.compareBoundaryPoints(Range.START_TO_START, b);
  const la = levels(a.startContainer);
  const lb = levels(b.startContainer);
  for (let i = 0; i < Math.min(la.length, lb.length); i++) {
    const x = la[i]!;
    const y = lb[i]!;
    if (x === y) continue;
    const position = x.compareDocumentPosition(y);
    if (position & Node.DOCUMENT_POSITION_CONTAINED_BY) return -1;
    if (position & Node.DOCUMENT_POSITION_CONTAINS) return 1;
    return position & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
  }
  return la.length - lb.length;
}
