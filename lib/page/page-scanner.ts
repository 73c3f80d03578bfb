/**
 * Finds the mentions on a page and keeps up with it. Work runs in idle-time slices of a few
 * milliseconds, so no task of ours holds the main thread long enough for a reader to feel it, on
 * however large a page; changed parts of the page are rescanned block by block.
 */
import { findMentions, type Matcher } from '../core/text/matcher';
import { markRange, type Mark } from './marks';
import { probeMeasure } from './probes';
import { BLOCK_TAGS } from '../core/reading/skip-rules';
import { composedCompare, composedContains } from './composed-tree';
import { iterateSegments, type Segment, type TreeAdapter } from '../core/reading/text-segments';
import { domTree, isShadowRoot } from './dom-tree';

/** Longest slice of work before yielding: far below the 50 ms that makes a long task. */
export const SLICE_MS = 8;
const MAX_BARE_HOSTS = 256;

/**
 * The language the page declares at `node`: the `lang` of its nearest element that has one, through
 * shadow hosts, else the document's. Asked once per root a scan starts from; the walk reads the rest.
 */
function declaredLangAt(node: Node, doc: Document): string | undefined {
  for (let n: Node | null = node; n; n = isShadowRoot(n) ? n.host : n.parentNode) {
    if (n.nodeType === 1) {
      const lang = (n as Element).getAttribute('lang');
      if (lang !== null) return lang.trim() || undefined;
    }
  }
  return doc.documentElement?.getAttribute('lang')?.trim() || undefined;
}

type Idle = (cb: (deadline: { timeRemaining(): number }) => void, opts?: { timeout: number }) => number;

export interface ScanStats {
  /** Main-thread time spent, all slices together. */
  busyMs: number;
  slices: number;
  longestSliceMs: number;
}

export class PageScanner {
  private marks: Mark[] = [];
  private ordered = true;
  private queue: Node[] = [];
  private segments: Iterator<Segment<Node>> | undefined;
  /** The root being read, and its marks, held back while it had marks already (a rescan). */
  private current: { root: Node; found: Mark[] | undefined } | undefined;
  private running: Promise<void> | undefined;
  readonly stats: ScanStats = { busyMs: 0, slices: 0, longestSliceMs: 0 };
  /** Called after every slice that found or dropped marks. */
  onChange: () => void = () => {};
  /** Called for each open shadow root the walk enters, so it can be styled and watched. */
  onShadowRoot: (root: ShadowRoot) => void = () => {};
  /** Custom elements read before they had a shadow root (a component defined late); at most a few hundred. */
  readonly bareCustomElements = new Set<Element>();
  private readonly tree: TreeAdapter<Node> = domTree(
    (root) => this.onShadowRoot(root),
    (el) => this.bareCustomElements.size < MAX_BARE_HOSTS && this.bareCustomElements.add(el),
  );

  constructor(
    private readonly doc: Document,
    private readonly win: Window,
    private readonly matcher: () => Matcher | undefined,
    private readonly kindOf: (entity: string) => string,
    /** False for a mention the reader said is not this entity on this site. */
    private readonly accept: (entity: string, surface: string) => boolean = () => true,
  ) {}

  /** Every mark, in document order. */
  all(): Mark[] {
    if (!this.ordered) {
      this.marks.sort((a, b) => composedCompare(a.range, b.range));
      this.ordered = true;
    }
    return this.marks;
  }

  clear(): void {
    this.marks = [];
    this.queue = [];
    this.segments = undefined;
    this.current = undefined;
    this.onChange();
  }

  /**
   * Queues `root` for scanning; resolves once the queue is empty. The marks it held stay drawn until
   * its new ones are all found, so a rescan never leaves a gap the reader could see or point into.
   */
  scan(root: Node): Promise<void> {
    // A root inside one already queued adds nothing; one that contains queued roots replaces them.
    if (!this.queue.some((q) => composedContains(q, root))) {
      this.queue = this.queue.filter((q) => !composedContains(root, q));
      this.queue.push(root);
    }
    this.running ??= this.run().finally(() => (this.running = undefined));
    return this.running;
  }

  /** The smallest block (or shadow root) that holds `node`: the unit a change is rescanned in. */
  blockOf(node: Node): Node {
    // A node already gone again (a flood of short-lived nodes) stands for itself, and is skipped as
    // disconnected; climbing from it would end at the top and rescan the whole page.
    if (!node.isConnected) return node;
    let el: Node | null = node.nodeType === 1 || isShadowRoot(node) ? node : node.parentNode;
    while (el && el !== this.doc.body && !isShadowRoot(el) && !this.isBlock(el)) el = el.parentNode;
    return el ?? this.doc.body;
  }

  isBlock(node: Node): boolean {
    return node.nodeType === 1 && BLOCK_TAGS.has((node as Element).localName);
  }

  /** Drops the marks of text that left the page (a removed block leaves its neighbours as they were). */
  pruneDetached(): void {
    const before = this.marks.length;
    this.marks = this.marks.filter((m) => m.range.startContainer.isConnected);
    if (this.marks.length !== before) this.onChange();
  }

  private dropWithin(root: Node): void {
    const before = this.marks.length;
    this.marks = this.marks.filter(
      (m) => m.range.startContainer.isConnected && !composedContains(root, m.range.startContainer),
    );
    if (this.marks.length !== before) this.onChange();
  }

  private async run(): Promise<void> {
    while (this.queue.length || this.segments) {
      await this.idle();
      this.slice();
    }
  }

  private idle(): Promise<void> {
    const ric = (this.win as Window & { requestIdleCallback?: Idle }).requestIdleCallback;
    return new Promise((resolve) =>
      ric ? ric.call(this.win, () => resolve(), { timeout: 200 }) : this.win.setTimeout(resolve, 0),
    );
  }

  private slice(): void {
    const matcher = this.matcher();
    const t0 = performance.now();
    let found = false;
    while (performance.now() - t0 < SLICE_MS) {
      if (!this.segments) {
        const root = this.queue.shift();
        if (!root) break;
        // A document in design mode is the reader's own text, all of it: nothing to mark.
        if (!root.isConnected || this.doc.designMode === 'on') {
          this.dropWithin(root);
          continue;
        }
        this.segments = iterateSegments<Node>(root, this.tree, declaredLangAt(root, this.doc));
        // A first reading shows its marks as they are found; a rescan swaps them in when it is done.
        const rescan = this.marks.some((m) => composedContains(root, m.range.startContainer));
        this.current = { root, found: rescan ? [] : undefined };
      }
      const next = this.segments.next();
      if (next.done) {
        this.segments = undefined;
        const done = this.current;
        this.current = undefined;
        if (done?.found) {
          this.dropWithin(done.root);
          this.marks.push(...done.found);
          found = true;
        }
        continue;
      }
      if (!matcher) continue;
      const segment = next.value as Segment<Text>;
      for (const mention of findMentions(matcher, segment.text, segment.lang)) {
        if (!this.accept(mention.entity, segment.text.slice(mention.start, mention.end))) continue;
        const mark = {
          entity: mention.entity,
          kind: this.kindOf(mention.entity),
          range: markRange(this.doc, segment, mention),
          segment,
          mention,
        };
        if (this.current?.found) this.current.found.push(mark);
        else {
          this.marks.push(mark);
          found = true;
        }
      }
    }
    const ms = performance.now() - t0;
    this.stats.busyMs += ms;
    this.stats.slices++;
    this.stats.longestSliceMs = Math.max(this.stats.longestSliceMs, ms);
    probeMeasure('slice', { start: t0, duration: ms });
    if (found) {
      this.ordered = false;
      this.onChange();
    }
  }
}
