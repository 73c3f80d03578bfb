/**
 * Keeps the reading up with the page after the first scan: a MutationObserver gathers the blocks
 * that changed and rescans only them after a short quiet period; open shadow roots the scan meets
 * are watched too; custom elements whose component was defined late are looked at again; and a
 * single-page navigation (a new address) is told to the controller.
 */
import { guard } from './guard';
import type { PageScanner } from './page-scanner';

/** Changes to the page are gathered this long before a rescan: a page that streams in text is scanned in batches. */
const MUTATION_DEBOUNCE_MS = 150;
/** Past this many changed blocks in one batch, rescanning the whole body is cheaper. */
const MAX_ROOTS = 200;
/** Attribute changes are watched only for what can show hidden text (unmarked until it is drawn). */
const OBSERVED: MutationObserverInit = {
  childList: true,
  subtree: true,
  characterData: true,
  attributeFilter: ['class', 'style', 'hidden', 'open'],
};
/** When custom elements read without a shadow root are looked at again, after the first reading. */
const LATE_COMPONENT_CHECKS_MS = [1500, 5000];

export interface WatcherHooks {
  /** Backstory is on for the page: nothing is watched otherwise. */
  isActive(): boolean;
  /** Our own `<backstory-card>` and what is in it: its changes are not the page's. */
  isOurs(node: Node): boolean;
  /** A class, style, `hidden` or `open` changed on `target`: text left unmarked as undrawn may show now. */
  onAttributeChange(target: Node): void;
  /** The address changed without a page load: a new article. */
  onNavigate(): void;
}

export class PageWatcher {
  private observer: MutationObserver | undefined;
  private readonly shadowRoots = new Set<ShadowRoot>();
  private pendingRoots = new Set<Node>();
  private pruneNeeded = false;
  private timer = 0;
  private url: string;

  constructor(
    private readonly doc: Document,
    private readonly win: Window,
    private readonly scanner: PageScanner,
    private readonly hooks: WatcherHooks,
  ) {
    this.url = win.location.href;
  }

  /** After the first reading: watch the body and every shadow root met so far, and look at late components. */
  start(): void {
    this.observe();
    this.recheckLateComponents();
  }

  stop(): void {
    this.observer?.disconnect();
    this.shadowRoots.clear();
  }

  /** An open shadow root met by the scan: its changes need our observer too. */
  watchShadowRoot(root: ShadowRoot): void {
    if (this.shadowRoots.has(root)) return;
    this.shadowRoots.add(root);
    if (this.hooks.isActive() && this.observer) this.observer.observe(root, OBSERVED);
  }

  /** Rescans what changed since the last time (also called on `popstate`, which no mutation may follow). */
  flush(): void {
    this.timer = 0;
    const roots = [...this.pendingRoots];
    this.pendingRoots.clear();
    if (this.pruneNeeded) this.scanner.pruneDetached();
    this.pruneNeeded = false;
    if (this.win.location.href !== this.url) {
      this.url = this.win.location.href;
      this.hooks.onNavigate();
    }
    if (roots.length > MAX_ROOTS) void this.scanner.scan(this.doc.body);
    else for (const root of roots) if (root.isConnected) void this.scanner.scan(root);
  }

  private observe(): void {
    this.observer ??= new MutationObserver((records) => this.gather(records));
    this.observer.observe(this.doc.body, OBSERVED);
    for (const root of this.shadowRoots) this.observer.observe(root, OBSERVED);
  }

  private gather(records: MutationRecord[]): void {
    for (const r of records) {
      if (this.hooks.isOurs(r.target)) continue;
      if (r.type === 'attributes') {
        this.hooks.onAttributeChange(r.target);
        continue;
      }
      if (r.type !== 'childList') {
        this.pendingRoots.add(this.scanner.blockOf(r.target));
        continue;
      }
      // An added block is read alone; added or removed inline content changes the run it sits in.
      for (const node of r.addedNodes) this.pendingRoots.add(this.scanner.blockOf(node));
      if ([...r.removedNodes].some((node) => !this.scanner.isBlock(node)))
        this.pendingRoots.add(this.scanner.blockOf(r.target));
      else if (r.removedNodes.length) this.pruneNeeded = true;
    }
    if (!this.timer)
      this.timer = this.win.setTimeout(
        guard(() => this.flush()),
        MUTATION_DEBOUNCE_MS,
      );
  }

  /**
   * Attaching a shadow root changes nothing the observer sees, so a component defined after the
   * first reading would stay unread: its custom elements are looked at again once the page has loaded
   * and a little later.
   */
  private recheckLateComponents(): void {
    const recheck = guard(() => {
      if (!this.hooks.isActive()) return;
      const bare = this.scanner.bareCustomElements;
      for (const el of bare) {
        if (!el.isConnected) bare.delete(el);
        else if (el.shadowRoot) {
          bare.delete(el);
          this.watchShadowRoot(el.shadowRoot);
          void this.scanner.scan(el.shadowRoot);
        }
      }
    });
    if (this.doc.readyState !== 'complete') this.win.addEventListener('load', recheck, { once: true });
    for (const ms of LATE_COMPONENT_CHECKS_MS) this.win.setTimeout(recheck, ms);
  }
}
