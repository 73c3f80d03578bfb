/**
 * Everything Backstory does in one page: read the text, mark mentions, and open the card for the
 * mention the reader points at, taps or reaches from the keyboard. This code goes into every page
 * the reader opens, so it stays lean: one matcher per data revision, scanning in idle-time slices,
 * rescanning only what changed, and cards fetched only when asked for (the last few kept).
 */
import type { PanelEntry } from '../../components/ArticlePanel';
import type { CardView } from '../../components/Card';
import type { Kind } from '../core/knowledge/pack-schema';
import type { CardResponse, EntitySummary, PageSummary, TabMessage } from '../core/messages';
import { activeOn, DEFAULT_SETTINGS, type Settings } from '../core/settings';
import { loadMatcher, type Matcher } from '../core/text/matcher';
import { fold } from '../core/text/normalise';
import { cardLangOf, type CardLang } from '../core/card-strings';
import { ask } from '../extension/ask';
import { DrawnFilter } from './drawn-filter';
import { Highlighter, highlightsSupported } from './highlighter';
import { markAtPoint } from './hit-test';
import { HoverIntent } from './hover-intent';
import { MarkIndex, type Mark } from './marks';
import { OverlayHost } from './overlay-host';
import { PageScanner } from './page-scanner';
import { probeError, probeMeasure } from './probes';
import { readPublishedDate } from './published-date';
import { loadSettings, watchSettings } from '../extension/settings-store';
import { styleShadowRoot } from './shadow-styles';
import { resolveTheme } from './theme';

const CARD_CACHE_SIZE = 10;
/** Changes to the page are gathered this long before a rescan: a page that streams in text is scanned in batches. */
const MUTATION_DEBOUNCE_MS = 150;
/** Past this many changed blocks in one batch, rescanning the whole body is cheaper. */
const MAX_ROOTS = 200;
/** Attribute changes are watched only for what can show hidden text (unmarked until it is drawn). */
const OBSERVED: MutationObserverInit = { childList: true, subtree: true, characterData: true, attributeFilter: ['class', 'style', 'hidden', 'open'] };
/**
 * A focus that follows the reader's own Tab or Shift+Tab within this long opens the card of what it
 * lands on; any other focus (a page's `element.focus()`, which is trusted too) opens nothing.
 */
const TAB_FOCUS_MS = 100;
/** When custom elements read without a shadow root are looked at again, after the first reading. */
const LATE_COMPONENT_CHECKS_MS = [1500, 5000];

export class PageController {
  private settings: Settings = DEFAULT_SETTINGS;
  private matcher: Matcher | undefined;
  private entities: Record<string, EntitySummary> = {};
  private revision: number | undefined;
  private readonly scanner: PageScanner;
  private shown = new MarkIndex();
  private readonly highlighter = new Highlighter();
  private readonly drawn = new DrawnFilter();
  private readonly host: OverlayHost;
  private readonly intent: HoverIntent<Mark>;
  private readonly cards = new Map<string, CardResponse>();
  private readonly pendingCards = new Map<string, Promise<CardResponse | undefined>>();
  private excluded = new Set<string>();
  private lang: CardLang = 'en';
  private published: string | undefined;
  private cursor = -1;
  private openedByFocus = false;
  /** When the reader last pressed Tab (performance.now()). */
  private tabAt = Number.NEGATIVE_INFINITY;
  private pinned = false;
  private view: CardView | undefined;
  private returnFocus: HTMLElement | undefined;
  private pointer: { x: number; y: number } | undefined;
  private frame = 0;
  private redrawFrame = 0;
  private showSeq = 0;
  private active = false;
  private listening = false;
  private observer: MutationObserver | undefined;
  private readonly shadowRoots = new Set<ShadowRoot>();
  private pendingRoots = new Set<Node>();
  private pruneNeeded = false;
  private mutationTimer = 0;
  private url: string;

  constructor(
    private readonly doc: Document,
    private readonly win: Window,
  ) {
    this.url = win.location.href;
    this.host = new OverlayHost(doc);
    this.scanner = new PageScanner(
      doc,
      win,
      () => this.matcher,
      (id) => this.entities[id]?.kind ?? 'organisation',
      (entity, surface) => !this.excluded.has(`${entity}|${fold(surface)}`),
    );
    this.scanner.onChange = () => this.scheduleRedraw();
    this.scanner.onShadowRoot = (root) => this.watchShadowRoot(root);
    this.intent = new HoverIntent<Mark>(
      (mark) => void this.show(mark),
      () => this.hide(),
      { set: (fn, ms) => win.setTimeout(fn, ms), clear: (id) => win.clearTimeout(id) },
    );
    this.host.onPointerEnter = () => this.intent.pointerInCard(true);
    this.host.onPointerLeave = () => !this.pinned && this.intent.pointerInCard(false);
  }

  /**
   * Runs one of our entry points so that an error of ours never reaches the page: it is logged, and
   * (in the test build) marked as `backstory:error` in the performance timeline, where tests look for it.
   */
  guard<A extends unknown[]>(fn: (...args: A) => unknown): (...args: A) => void {
    return (...args: A) => {
      try {
        const result = fn(...args);
        if (result instanceof Promise) result.catch((error: unknown) => this.report(error));
      } catch (error) {
        this.report(error);
      }
    };
  }

  private report(error: unknown): void {
    console.error('Backstory:', error);
    probeError(error);
  }

  async start(): Promise<void> {
    if (!highlightsSupported()) return;
    // A frame too small to read (tracking pixels, hidden widgets) waits: reading it would only cost a
    // copy of the matcher, and pages full of ads have dozens. If it grows (an embed sized after it
    // loads), it is read then.
    if (isTinyFrame(this.win)) {
      const grown = this.guard(() => {
        if (isTinyFrame(this.win)) return;
        this.win.removeEventListener('resize', grown);
        return this.start();
      });
      this.win.addEventListener('resize', grown);
      return;
    }
    this.applyLang(await loadSettings());
    watchSettings((next) => void this.applySettings(next));
    this.published = readPublishedDate(this.doc);
    if (activeOn(this.settings, siteHost(this.win))) await this.activate();
  }

  private applyLang(settings: Settings): void {
    this.settings = settings;
    this.intent.dwellMs = settings.dwellMs;
    const auto = this.doc.documentElement.lang || this.win.navigator.language || 'en';
    this.lang = cardLangOf(settings.cardLanguage === 'auto' ? auto : settings.cardLanguage);
  }

  private async activate(): Promise<void> {
    this.active = true;
    await this.refreshMatcher();
    this.listen();
    const t0 = performance.now();
    await this.scanner.scan(this.doc.body);
    // Drawn now rather than at the next frame: when the scan is reported done, its marks are on the page.
    this.redraw();
    // The scan's own main-thread time, summed over its slices.
    probeMeasure('scan', { start: t0, duration: this.scanner.stats.busyMs });
    this.observe();
    this.recheckLateComponents();
  }

  private deactivate(): void {
    this.active = false;
    this.observer?.disconnect();
    this.shadowRoots.clear();
    this.intent.closeNow();
    this.host.remove();
    this.scanner.clear();
    this.highlighter.clear();
    this.shown = new MarkIndex();
  }

  /** Settings changed in another tab or the options page: the page follows at once, no reload. */
  async applySettings(next: Settings): Promise<void> {
    const host = siteHost(this.win);
    const was = activeOn(this.settings, host);
    this.applyLang(next);
    const now = activeOn(next, host);
    this.forgetCards();
    if (was && !now) this.deactivate();
    else if (!was && now) await this.activate();
    else {
      this.intent.closeNow();
      this.redraw();
    }
  }

  /** New cards or packs: a new matcher, and the page scanned again with it. */
  private async refreshData(): Promise<void> {
    const before = this.revision;
    await this.refreshMatcher();
    if (this.revision === before) return;
    this.intent.closeNow();
    // The marks of the old data stay until the new reading replaces them: no blank moment.
    await this.scanner.scan(this.doc.body);
  }

  private async refreshMatcher(): Promise<void> {
    const answer = await ask({ type: 'matcher/get', have: this.revision });
    this.excluded = new Set((answer.exclusions ?? []).map((e) => `${e.entity}|${e.alias}`));
    if (answer.matcher && answer.entities) {
      this.matcher = loadMatcher(answer.matcher);
      this.entities = answer.entities;
      this.forgetCards();
    }
    this.revision = answer.revision;
  }

  /** Found marks of the kinds the reader wants, in text the page draws, in reading order: what keyboard travel and the panel use. */
  private wanted(): Mark[] {
    const kinds = new Set<string>(this.settings.kinds);
    return this.drawn.keep(this.scanner.all().filter((m) => kinds.has(m.kind)));
  }

  /** The marks drawn, by density: every mention, the first of each entity, or none. */
  private visible(): Mark[] {
    const marks = this.wanted();
    if (this.settings.density === 'none') return [];
    if (this.settings.density === 'all') return marks;
    const seen = new Set<string>();
    return marks.filter((m) => !seen.has(m.entity) && seen.add(m.entity));
  }

  private scheduleRedraw(): void {
    if (this.redrawFrame) return;
    this.redrawFrame = this.win.requestAnimationFrame(() => {
      this.redrawFrame = 0;
      this.redraw();
    });
  }

  private redraw(): void {
    // Drawn now: a frame already asked for has nothing left to do.
    if (this.redrawFrame) this.win.cancelAnimationFrame(this.redrawFrame);
    this.redrawFrame = 0;
    if (!this.active) return;
    const visible = this.visible();
    this.shown = new MarkIndex();
    for (const m of visible) this.shown.add(m);
    for (const root of this.shown.shadowRoots) styleShadowRoot(root);
    this.highlighter.draw(visible);
    if (this.host.panelOpen) void this.showPanel();
  }

  /** A MutationObserver rescans only the blocks that changed, after a short quiet period. */
  private observe(): void {
    this.observer ??= new MutationObserver((records) => {
      for (const r of records) {
        if (this.host.contains(r.target)) continue;
        if (r.type === 'attributes') {
          // A class, style, `hidden` or `open` above text left unmarked as undrawn may have shown it.
          if (this.drawn.mayReveal(r.target)) this.scheduleRedraw();
          continue;
        }
        if (r.type !== 'childList') {
          this.pendingRoots.add(this.scanner.blockOf(r.target));
          continue;
        }
        // An added block is read alone; added or removed inline content changes the run it sits in.
        for (const node of r.addedNodes) this.pendingRoots.add(this.scanner.blockOf(node));
        if ([...r.removedNodes].some((node) => !this.scanner.isBlock(node))) this.pendingRoots.add(this.scanner.blockOf(r.target));
        else if (r.removedNodes.length) this.pruneNeeded = true;
      }
      if (!this.mutationTimer) this.mutationTimer = this.win.setTimeout(this.guard(() => this.flushMutations()), MUTATION_DEBOUNCE_MS);
    });
    this.observer.observe(this.doc.body, OBSERVED);
    for (const root of this.shadowRoots) this.observer.observe(root, OBSERVED);
  }

  /**
   * Attaching a shadow root changes nothing the observer sees, so a component defined after the
   * first reading would stay unread: its custom elements are looked at again once the page has loaded
   * and a little later.
   */
  private recheckLateComponents(): void {
    const recheck = this.guard(() => {
      if (!this.active) return;
      for (const el of this.scanner.bareCustomElements) {
        if (!el.isConnected) this.scanner.bareCustomElements.delete(el);
        else if (el.shadowRoot) {
          this.scanner.bareCustomElements.delete(el);
          this.watchShadowRoot(el.shadowRoot);
          void this.scanner.scan(el.shadowRoot);
        }
      }
    });
    if (this.doc.readyState !== 'complete') this.win.addEventListener('load', recheck, { once: true });
    for (const ms of LATE_COMPONENT_CHECKS_MS) this.win.setTimeout(recheck, ms);
  }

  /** An open shadow root met by the scan: its changes need our observer (its marks get our styles when drawn). */
  private watchShadowRoot(root: ShadowRoot): void {
    if (this.shadowRoots.has(root)) return;
    this.shadowRoots.add(root);
    if (this.active && this.observer) this.observer.observe(root, OBSERVED);
  }

  private flushMutations(): void {
    this.mutationTimer = 0;
    const roots = [...this.pendingRoots];
    this.pendingRoots.clear();
    if (this.pruneNeeded) this.scanner.pruneDetached();
    this.pruneNeeded = false;
    if (this.win.location.href !== this.url) {
      // Single-page navigation: a new article, perhaps with a new date.
      this.url = this.win.location.href;
      this.published = readPublishedDate(this.doc);
      this.intent.closeNow();
    }
    if (roots.length > MAX_ROOTS) void this.scanner.scan(this.doc.body);
    else for (const root of roots) if (root.isConnected) void this.scanner.scan(root);
  }

  private listen(): void {
    if (this.listening) return;
    this.listening = true;
    const w = this.win;
    w.addEventListener('pointermove', this.guard((e: PointerEvent) => this.onPointerMove(e)), { passive: true, capture: true });
    w.addEventListener('click', this.guard((e: MouseEvent) => this.onClick(e)), { capture: true });
    w.addEventListener('keydown', this.guard((e: KeyboardEvent) => this.onKeyDown(e)), { capture: true });
    this.doc.addEventListener('focusin', this.guard((e: FocusEvent) => this.onFocusIn(e)), { capture: true });
    w.addEventListener('popstate', this.guard(() => this.flushMutations()));
  }

  private onPointerMove(e: PointerEvent): void {
    // Only the reader's own pointer: a page's synthetic events must not open cards it could then read.
    if (!e.isTrusted || !this.active || e.pointerType !== 'mouse' || this.settings.trigger !== 'hover') return;
    if (this.host.contains(e.target as Node)) return;
    this.pointer = { x: e.clientX, y: e.clientY };
    if (this.frame) return;
    // Hit-test at most once a frame, however fast the pointer events come.
    this.frame = this.win.requestAnimationFrame(() => {
      this.frame = 0;
      const p = this.pointer;
      if (!p) return;
      const mark = markAtPoint(this.doc, this.shown, p.x, p.y);
      if (this.pinned && !mark) return;
      // Fetched while the pointer rests, so the card is at hand when the dwell is over.
      if (mark && mark !== this.intent.current) this.card(mark.entity).catch(() => undefined);
      this.intent.pointerOver(mark);
    });
  }

  private onClick(e: MouseEvent): void {
    if (!e.isTrusted || !this.active || this.host.contains(e.target as Node)) return;
    const mark = markAtPoint(this.doc, this.shown, e.clientX, e.clientY);
    this.pointer = { x: e.clientX, y: e.clientY };
    if (mark) this.intent.openNow(mark);
    else this.closeCard();
  }

  private onKeyDown(e: KeyboardEvent): void {
    if (e.key === 'Tab' && e.isTrusted) this.tabAt = performance.now();
    if (e.key !== 'Escape') return;
    if (this.intent.current) {
      this.closeCard();
      e.stopPropagation();
    } else if (this.host.panelOpen) {
      this.host.hidePanel();
      e.stopPropagation();
    }
  }

  /**
   * Tabbing to a link or other control that holds a mention opens its card, without taking focus.
   * Only the reader's own Tab: a page that focuses a mention itself must not open a card.
   */
  private onFocusIn(e: FocusEvent): void {
    const target = e.target as Element | null;
    if (!this.active || !target || this.host.contains(target) || target.nodeType !== 1) return;
    const byTab = e.isTrusted && performance.now() - this.tabAt < TAB_FOCUS_MS;
    // One key press, one focus: a page cannot ride on the reader's Tab to focus several mentions.
    this.tabAt = Number.NEGATIVE_INFINITY;
    const inside = byTab ? this.shown.within(target) : [];
    if (inside.length) {
      this.pointer = undefined;
      this.openedByFocus = true;
      this.intent.openNow(inside[0]!);
    } else if (this.openedByFocus) {
      this.closeCard();
    }
  }

  /** Messages from the background (keyboard commands) and from Backstory's own pages (popup). */
  async handle(message: TabMessage): Promise<PageSummary | undefined> {
    if (message.type === 'page/summary') return this.summary();
    if (!this.active) return undefined;
    if (message.type === 'data/changed') {
      await this.refreshData();
      return undefined;
    }
    if (message.type === 'page/open') this.openEntity(message.id);
    else if (message.name === 'toggle-panel') await (this.host.panelOpen ? this.host.hidePanel() : this.showPanel(true));
    else this.travel(message.name === 'next-mention' ? 1 : -1);
    return undefined;
  }

  private summary(): PageSummary {
    const counts = new Map<string, { id: string; kind: string; count: number }>();
    if (this.active)
      for (const m of this.wanted()) {
        const entry = counts.get(m.entity) ?? { id: m.entity, kind: m.kind, count: 0 };
        entry.count++;
        counts.set(m.entity, entry);
      }
    return { host: siteHost(this.win), active: this.active, entities: [...counts.values()] };
  }

  /** Keyboard travel through the mentions in reading order; never while the reader types. */
  private travel(step: 1 | -1): void {
    if (isTyping(this.doc)) return;
    const all = this.wanted();
    if (!all.length) return;
    this.cursor = (this.cursor + step + all.length) % all.length;
    this.openMark(all[this.cursor]!);
  }

  private openEntity(id: string): void {
    const all = this.wanted();
    const index = all.findIndex((m) => m.entity === id);
    if (index < 0) return;
    this.cursor = index;
    this.openMark(all[index]!);
  }

  private openMark(mark: Mark): void {
    mark.range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
    this.pointer = undefined;
    this.openedByFocus = false;
    const focused = this.doc.activeElement as HTMLElement | null;
    if (focused && !this.host.contains(focused)) this.returnFocus = focused;
    this.intent.openNow(mark);
    void this.focusCardWhenShown(mark);
  }

  private async focusCardWhenShown(mark: Mark): Promise<void> {
    for (let i = 0; i < 20 && this.intent.current === mark && !this.host.dialog; i++) await new Promise((r) => this.win.setTimeout(r, 25));
    this.host.dialog?.focus();
  }

  private closeCard(): void {
    const hadFocus = this.host.dialog && this.host.contains(this.doc.activeElement);
    this.pinned = false;
    this.intent.closeNow();
    if (hadFocus) this.returnFocus?.focus();
    this.returnFocus = undefined;
  }

  private theme(): 'light' | 'dark' {
    return resolveTheme(this.settings.theme, this.doc, this.win);
  }

  private async show(mark: Mark): Promise<void> {
    const t0 = performance.now();
    const seq = ++this.showSeq;
    const answer = await this.card(mark.entity);
    // A newer show or a close came while the card was on its way: drop this one.
    if (seq !== this.showSeq || this.intent.current !== mark || !answer?.card) return;
    this.highlighter.setActive(mark);
    this.view = {
      card: answer.card,
      edited: answer.edited,
      own: answer.own,
      lang: this.lang,
      published: this.published,
      today: new Date(),
      theme: this.theme(),
      fontSize: this.settings.fontSize,
      pinned: this.pinned,
    };
    this.render(mark);
    // From the moment the card was asked for (dwell over, tap, key) to the frame that shows it.
    this.win.requestAnimationFrame(() => probeMeasure('card', { start: t0, end: performance.now() }));
  }

  private render(mark: Mark): void {
    if (!this.view) return;
    this.host.showCard(this.view, { range: mark.range, point: this.pointer }, {
      onClose: () => this.closeCard(),
      onNotThis: (trusted) => {
        // Only a real click by the reader: a page script can reach our open shadow root, but its clicks are not trusted.
        if (!trusted) return;
        const surface = mark.range.toString();
        this.closeCard();
        void ask({ type: 'exclusion/add', entity: mark.entity, surface });
      },
      onPin: () => {
        this.pinned = !this.pinned;
        this.view = this.view && { ...this.view, pinned: this.pinned };
        this.render(mark);
      },
    });
  }

  private hide(): void {
    this.showSeq++;
    this.openedByFocus = false;
    this.pinned = false;
    this.view = undefined;
    this.highlighter.setActive(undefined);
    this.host.hideCard();
  }

  private async showPanel(focus = false): Promise<void> {
    const summary = this.summary().entities;
    const { labels } = await ask({ type: 'labels/get', ids: summary.map((e) => e.id), lang: this.lang });
    const entries: PanelEntry[] = summary.map((e) => ({ id: e.id, kind: e.kind as Kind, count: e.count, label: labels[e.id] ?? e.id }));
    this.host.showPanel(entries, this.lang, this.theme(), this.settings.fontSize, {
      onChoose: (id) => this.openEntity(id),
      onClose: () => this.host.hidePanel(),
    });
    if (focus) this.host.panel?.focus();
  }

  /** New data or settings: cards fetched before, or on their way, are not kept. */
  private forgetCards(): void {
    this.cards.clear();
    this.pendingCards.clear();
  }

  /** A card, from the last few fetched, from a request already on its way, or asked for now. */
  private card(id: string): Promise<CardResponse | undefined> {
    const cached = this.cards.get(id);
    if (cached) return Promise.resolve(cached);
    let pending = this.pendingCards.get(id);
    if (!pending) {
      const request: Promise<CardResponse | undefined> = ask({ type: 'card/get', id })
        .then((answer) => {
          if (!answer.card) return undefined;
          // Kept only if the data did not change while it was on its way (forgetCards).
          if (this.pendingCards.get(id) === request) {
            if (this.cards.size >= CARD_CACHE_SIZE) this.cards.delete(this.cards.keys().next().value!);
            this.cards.set(id, answer);
          }
          return answer;
        })
        .finally(() => this.pendingCards.get(id) === request && this.pendingCards.delete(id));
      this.pendingCards.set(id, (pending = request));
    }
    return pending;
  }
}

/** Smaller than a line of text, in either direction. */
const MIN_FRAME_PX = { width: 80, height: 24 };

function isTinyFrame(win: Window): boolean {
  return win !== win.top && (win.innerWidth < MIN_FRAME_PX.width || win.innerHeight < MIN_FRAME_PX.height);
}

/** The site the reader is on: an about:blank or srcdoc frame belongs to the page that made it. */
function siteHost(win: Window): string {
  for (let w = win; ; w = w.parent) {
    try {
      if (w.location.hostname || w === w.parent) return w.location.hostname;
    } catch {
      return ''; // a cross-origin parent: such a frame has its own address anyway
    }
  }
}

/** The reader is typing: keyboard commands must not move anything. */
function isTyping(doc: Document): boolean {
  const el = doc.activeElement as HTMLElement | null;
  if (!el) return false;
  return el.isContentEditable || ['input', 'textarea', 'select'].includes(el.localName);
}
