/** The live DOM as the shared text walk (lib/core/reading/text-segments.ts) sees it, for the content script. */
import { SHADOW_ROOT_TAG, mayHostShadowRoot } from '../core/reading/skip-rules';
import { NodeKind, type TreeAdapter } from '../core/reading/text-segments';

/**
 * The live DOM, for the content script. An element's open shadow root comes before its children,
 * as the browser draws it, and is reported to `onShadowRoot`; closed ones stay the page's own.
 * Custom elements met without one are reported too, to be looked at again later.
 */
export function domTree(
  onShadowRoot: (root: ShadowRoot) => void = () => {},
  onBareCustomElement: (el: Element) => void = () => {},
): TreeAdapter<Node> {
  return {
    children(node, tag) {
      const out: Node[] = [];
      const shadow = mayHostShadowRoot(tag) ? (node as Element).shadowRoot : null;
      if (shadow) {
        onShadowRoot(shadow);
        out.push(shadow);
      } else if (tag.includes('-')) {
        // A custom element not yet given its shadow root: its definition may still be on the way.
        onBareCustomElement(node as Element);
      }
      for (let c = node.firstChild; c; c = c.nextSibling) out.push(c);
      return out;
    },
    // Only the walk's own children() hands out a document fragment: an open shadow root.
    kind: (node) => {
      const type = node.nodeType;
      return type === 3 ? NodeKind.Text : type === 1 || type === 11 ? NodeKind.Element : NodeKind.Other;
    },
    data: (node) => (node as Text).data,
    tag: (node) => (node as Element).localName ?? SHADOW_ROOT_TAG,
    attribute: (node, name) => (node as Element).getAttribute(name),
    rendered: () => true,
  };
}

export function isShadowRoot(node: Node): node is ShadowRoot {
  return node.nodeType === 11 && 'host' in node;
}
