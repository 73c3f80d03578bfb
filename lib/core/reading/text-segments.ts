/**
 * Reads a document's text as runs ("segments") of adjacent text nodes that no block element
 * separates, so a name split by inline markup (<a>Recep Tayyip</a> Erdoğan) is still one name, while
 * text in two paragraphs never joins. Each segment keeps its nodes and their offsets to map matches
 * back.
 *
 * The walk is written against a tiny tree interface, so the content script (the live DOM,
 * lib/page/dom-tree.ts) and the scan CLI (parse5's tree of saved HTML, lib/node/html-text.ts)
 * extract exactly the same text. Pure: no DOM here.
 */
import { BLOCK_TAGS, SHADOW_ROOT_TAG, SKIPPED_TAGS, isEditableAttribute } from './skip-rules';

/** What a node is, as the walk needs to know: a shadow root counts as an element (SHADOW_ROOT_TAG). */
export const NodeKind = { Element: 1, Text: 3, Other: 0 } as const;

export interface TreeAdapter<N> {
  /**
   * The node's children, an element's open shadow root first. Each call below is one question to
   * the tree: in a Firefox content script each crosses a security wrapper, so the walk asks few.
   */
  children(node: N, tag: string): readonly N[];
  kind(node: N): number;
  /** A text node's text. */
  data(node: N): string;
  /** An element's lower-case name. */
  tag(node: N): string;
  attribute(node: N, name: string): string | null | undefined;
  /**
   * Whether an element is drawn at all, as far as the walk can tell. Saved HTML knows only what its
   * markup hides; the live page reads everything and leaves undrawn text unmarked when it draws
   * (lib/page/drawn-filter.ts), where asking the browser costs no style work of our own.
   */
  rendered(node: N, tag: string): boolean;
}

export interface Segment<N = Text> {
  text: string;
  /**
   * The language the page declares for the run: the `lang` of its nearest block (or of the root's
   * ancestors, given by the caller). Inline `lang` is not read: asking every element would cost a
   * call across the content script's wrapper per element, and a run is matched as a whole anyway.
   */
  lang?: string;
  nodes: N[];
  /** starts[i] is the offset of nodes[i] in `text`. */
  starts: number[];
}

/**
 * Nodes walked between two chances for the caller to stop, at most: a page can hold thousands of
 * elements with no text between two segments (menus, icons), and in a Firefox content script every
 * node costs a call through its wrapper, so one step of the walk would otherwise be one long task.
 */
const WALK_STEP = 128;

/**
 * Segments in document order, produced lazily so a caller can stop between any two (idle-time
 * slices). `null` is yielded after every WALK_STEP nodes walked without a segment: no text yet,
 * only a place to stop.
 */
export function* iterateSegments<N>(root: N, tree: TreeAdapter<N>, rootLang?: string): Generator<Segment<N> | null> {
  let current: Segment<N> = { text: '', nodes: [], starts: [] };
  let walked = 0;
  // An explicit stack rather than recursion: some pages nest thousands of elements deep.
  const stack: { node: N; exit: boolean; lang: string | undefined }[] = [{ node: root, exit: false, lang: rootLang }];
  while (stack.length) {
    const { node, exit, lang } = stack.pop()!;
    if (++walked >= WALK_STEP) {
      walked = 0;
      yield null;
    }
    let boundary = exit;
    if (!exit) {
      const kind = tree.kind(node);
      if (kind === NodeKind.Text) {
        if (current.nodes.length === 0 && lang) current.lang = lang;
        current.starts.push(current.text.length);
        current.nodes.push(node);
        current.text += tree.data(node);
        continue;
      }
      if (kind !== NodeKind.Element) continue;
      const tag = tree.tag(node);
      const skipped =
        node !== root &&
        (SKIPPED_TAGS.has(tag) ||
          (tag !== SHADOW_ROOT_TAG && isEditableAttribute(tree.attribute(node, 'contenteditable'))));
      if (skipped || (tag !== SHADOW_ROOT_TAG && !tree.rendered(node, tag))) {
        boundary = true;
      } else {
        const block = BLOCK_TAGS.has(tag);
        if (block) stack.push({ node, exit: true, lang });
        // A shadow root has no attributes: its text is in its host's language.
        const own = block && tag !== SHADOW_ROOT_TAG ? tree.attribute(node, 'lang') : undefined;
        const inner = own === undefined || own === null ? lang : own.trim() || undefined;
        const kids = tree.children(node, tag);
        for (let i = kids.length - 1; i >= 0; i--) stack.push({ node: kids[i]!, exit: false, lang: inner });
        boundary = block;
      }
    }
    if (boundary && current.nodes.length) {
      if (/\S/.test(current.text)) {
        walked = 0;
        yield current;
      }
      current = { text: '', nodes: [], starts: [] };
    }
  }
  if (current.nodes.length && /\S/.test(current.text)) yield current;
}

export function collectSegments<N>(root: N, tree: TreeAdapter<N>, rootLang?: string): Segment<N>[] {
  return [...iterateSegments(root, tree, rootLang)].filter((s) => s !== null);
}
