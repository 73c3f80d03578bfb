/**
 * Finds the mentions on a page and keeps up with it. The text is read in idle-time slices of a few
 * milliseconds and sent, a slice's blocks at a time, to the background, which finds the mentions
 * (the matcher lives there, once, not in every tab); the answer is turned into marks in a task of its
 * own. No task of ours holds the main thread long enough for a reader to feel it, on however large
 * a page; changed parts of the page are rescanned block by block.
 */
import type { Mention } from '../core/text/matcher';
import { MAX_RUNS } from '../core/protocol';
import { splitRun } from '../core/reading/text-runs';
import type { TextRun } from './page-data';
import { markRange, type Mark } from './marks';
import { probeMeasure, probeStep } from './probes';
import { BLOCK_TAGS } from '../core/reading/skip-rules';
import { composedCompare, composedContains } from './composed-tree';
import { iterateSegments, type Segment, type TreeAdapter } from '../core/reading/text-segments';
import { domTree, isShadowRoot } from './dom-tree';

/** Longest slice of work before yielding: far below the 50 ms that makes a long task. */
export const SLICE_MS = 8;
const MAX_BARE_HOSTS = 256;
/** Text sent in one request at most: one short task for the background, one for us to mark. */
const MAX_BATCH_CHARS = 200_000;
/**
 * The first request of a reading is small: the reader waits for its marks, and a short text is read,
 * sent, matched and marked sooner. The rest follows in slices of the usual size.
 */
const FIRST_BATCH_CHARS = 4_000;

/**
 * The root being read: its marks held back while it had marks already (a rescan). Which it is, is
 * decided when its first answer is marked, not when it is read: a reading of the same root before
 * it may still have marks on their way (read in the same request), and they count.
 */
interface Reading {
  root: Node;
  decided: boolean;
  found: Mark[] | undefined;
}

/** What a slice read, in order: blocks to mark, and roots read to their end. */
type Step =
  | { segment: Segment<Text>; reading: Reading | undefined; pieces: [offset: number, text: string][] }
  | { done: Reading | undefined };

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
  private segments: Iterator<Segment<Node> | null> | undefined;
  private current: Reading | undefined;
  /** Moves on at every clear(): an answer for text read before it is dropped. */
  private generation = 0;
  private running: Promise<void> | undefined;
  /** The first slice, read while the settings were fetched; sent by the scan of its root, if one follows. */
  private ahead: { root: Node; steps: Step[]; generation: number } | undefined;
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
    /** The mentions in each run, found by the background. */
    private readonly find: (runs: TextRun[]) => Promise<Mention[][]>,
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
    this.forgetReading();
    this.generation++;
    this.onChange();
  }

  /** Nothing queued, nothing half read. */
  private forgetReading(): void {
    this.queue = [];
    this.segments = undefined;
    this.current = undefined;
  }

  /**
   * Queues `root` for scanning; resolves once the queue is empty. The marks it held stay drawn until
   * its new ones are all found, so a rescan never leaves a gap the reader could see or point into.
   */
  scan(root: Node): Promise<void> {
    // A root inside one already queued adds nothing; one that contains queued roots replaces them.
    // The root read ahead is being read already.
    if (this.ahead?.root !== root && !this.queue.some((q) => composedContains(q, root))) {
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

  /**
   * Reads the first slice of `root` now, and sends nothing: the page calls it while it waits for the
   * settings, so that once they say Backstory is on here, `scan(root)` sends the slice at once.
   * `dropAhead()` if they say it is off.
   */
  readAhead(root: Node): void {
    if (this.running || this.queue.length || this.segments) return;
    this.queue.push(root);
    this.ahead = { root, steps: this.read(FIRST_BATCH_CHARS), generation: this.generation };
  }

  /** The runs of the slice read ahead, as `scan` will send them. */
  aheadRuns(): TextRun[] {
    return this.ahead ? runsOf(this.ahead.steps) : [];
  }

  dropAhead(): void {
    if (!this.ahead || this.running) return;
    this.ahead = undefined;
    this.forgetReading();
  }

  private async run(): Promise<void> {
    // The first slice is read at once (or was, ahead), and small: the reader is waiting for the first marks.
    let first = true;
    while (this.queue.length || this.segments || this.ahead) {
      if (!first) await this.idle();
      const generation = this.generation;
      const ahead = this.ahead?.generation === generation ? this.ahead.steps : undefined;
      this.ahead = undefined;
      const steps = ahead ?? this.read(first ? FIRST_BATCH_CHARS : MAX_BATCH_CHARS);
      first = false;
      const runs = runsOf(steps);
      let found: Mention[][] = [];
      try {
        found = await this.find(runs);
        probeStep('first-found');
      } catch (error) {
        // The background could not answer (the extension reloaded, say): these blocks stay unmarked.
        console.warn('Backstory: could not read this part of the page', error);
      }
      await this.apply(steps, found, generation);
    }
  }

  private idle(): Promise<void> {
    const ric = (this.win as Window & { requestIdleCallback?: Idle }).requestIdleCallback;
    return new Promise((resolve) =>
      ric ? ric.call(this.win, () => resolve(), { timeout: 200 }) : this.win.setTimeout(resolve, 0),
    );
  }

  /** Reads blocks for one slice (or one request's worth, `maxChars` at most); matches nothing. */
  private read(maxChars: number): Step[] {
    const t0 = performance.now();
    const steps: Step[] = [];
    let chars = 0;
    let runs = 0;
    while (performance.now() - t0 < SLICE_MS && chars < maxChars && runs < MAX_RUNS) {
      if (!this.segments) {
        const root = this.queue.shift();
        if (!root) break;
        // A document in design mode is the reader's own text, all of it: nothing to mark.
        if (!root.isConnected || this.doc.designMode === 'on') {
          this.dropWithin(root);
          continue;
        }
        this.segments = iterateSegments<Node>(root, this.tree, declaredLangAt(root, this.doc));
        this.current = { root, decided: false, found: undefined };
      }
      const next = this.segments.next();
      if (next.done) {
        steps.push({ done: this.current });
        this.segments = undefined;
        this.current = undefined;
        continue;
      }
      // Only a pause in a long walk without text: the clock is looked at again.
      if (next.value === null) continue;
      const segment = next.value as Segment<Text>;
      const pieces = splitRun(segment.text);
      steps.push({ segment, reading: this.current, pieces });
      chars += segment.text.length;
      runs += pieces.length;
    }
    this.account(t0, 'read');
    return steps;
  }

  /**
   * Turns the background's answer into marks, for blocks still as they were read, in slices of
   * SLICE_MS like the reading. An answer to text read before a clear() is dropped.
   */
  private async apply(steps: readonly Step[], found: readonly Mention[][], generation: number): Promise<void> {
    let t0 = performance.now();
    let changed = false;
    let run = 0;
    for (const step of steps) {
      if (generation !== this.generation) return;
      if (performance.now() - t0 >= SLICE_MS) {
        this.applied(t0, changed);
        changed = false;
        await this.idle();
        if (generation !== this.generation) return;
        t0 = performance.now();
      }
      if ('done' in step) {
        if (step.done) this.decide(step.done);
        if (step.done?.found) {
          this.dropWithin(step.done.root);
          this.marks.push(...step.done.found);
          changed = true;
        }
        continue;
      }
      const { segment, reading, pieces } = step;
      if (reading) this.decide(reading);
      const mentions = pieces.flatMap(([offset], k) =>
        (found[run + k] ?? []).map((m) => (offset ? { ...m, start: m.start + offset, end: m.end + offset } : m)),
      );
      run += pieces.length;
      // Changed since it was read: the page watcher reads it again.
      if (!unchanged(segment)) continue;
      for (const mention of mentions) {
        if (mention.end > segment.text.length) continue;
        if (!this.accept(mention.entity, segment.text.slice(mention.start, mention.end))) continue;
        const mark = {
          entity: mention.entity,
          kind: this.kindOf(mention.entity),
          range: markRange(this.doc, segment, mention),
          segment,
          mention,
        };
        if (reading?.found) reading.found.push(mark);
        else {
          this.marks.push(mark);
          changed = true;
        }
      }
    }
    this.applied(t0, changed);
  }

  /** A first reading shows its marks as they are found; a rescan swaps them in when it is done. */
  private decide(reading: Reading): void {
    if (reading.decided) return;
    reading.decided = true;
    if (this.marks.some((m) => composedContains(reading.root, m.range.startContainer))) reading.found = [];
  }

  /** The end of one slice of marking. */
  private applied(t0: number, changed: boolean): void {
    this.account(t0, 'apply');
    if (changed) {
      this.ordered = false;
      this.onChange();
    }
  }

  private account(t0: number, phase: 'read' | 'apply'): void {
    const ms = performance.now() - t0;
    this.stats.busyMs += ms;
    this.stats.slices++;
    this.stats.longestSliceMs = Math.max(this.stats.longestSliceMs, ms);
    probeMeasure('slice', { start: t0, duration: ms, detail: phase });
  }
}

/** Each text node of the block still holds as many characters as when it was read. */
function unchanged(segment: Segment<Text>): boolean {
  const { nodes, starts, text } = segment;
  return nodes.every(
    (node, i) =>
      node.isConnected && node.data.length === (i + 1 < nodes.length ? starts[i + 1]! : text.length) - starts[i]!,
  );
}

/** The text runs of `steps`, one per piece of each block read. */
function runsOf(steps: readonly Step[]): TextRun[] {
  return steps.flatMap((s) => ('segment' in s ? s.pieces.map(([, text]) => ({ text, lang: s.segment.lang })) : []));
}
