/**
 * Everything Backstory does in one page, wired together: read the text (PageScanner, then
 * PageWatcher for what changes), mark mentions (MarkLayer), and open the card for the mention the
 * reader points at, taps or reaches from the keyboard (ReaderInput, CardPresenter, MentionTravel),
 * plus the "In this article" panel (ArticlePanel). This code goes into every page the reader opens,
 * so it stays lean: no matcher of its own (the background reads the text; in Chromium a small start
 * index marks the first slice while a stopped worker wakes), idle-time slices, rescanning only
 * what changed, and cards fetched only when asked for (the last few kept).
 */
import type { TabMessage, PageSummary } from '../core/protocol';
import { activeOn, type Settings } from '../core/settings';
import { cardLangOf } from '../core/card-strings';
import { loadSettings, watchSettings } from '../extension/settings-store';
import { readStartIndex } from '../extension/start-index-store';
import { declaredLang } from '../core/text/lang-codes';
import { ArticlePanel } from './article-panel';
import { CardPresenter } from './card-presenter';
import { isTinyFrame, siteHost } from './frames';
import { guard } from './guard';
import { highlightsSupported } from './highlighter';
import { MarkLayer } from './mark-layer';
import { sameMention } from './marks';
import { MentionTravel } from './mention-travel';
import { OverlayHost } from './overlay-host';
import { PageData, type StartFinder, type TextRun } from './page-data';
import { decodeStartIndex, startFound } from '../core/mentions/start-index';
import { PageScanner } from './page-scanner';
import { initialPageState, type PageState } from './page-state';
import { PageWatcher } from './page-watcher';
import { probeMeasure, probeStep } from './probes';
import { readPublishedDate } from './published-date';
import { ReaderInput } from './reader-input';
import { ToolbarReport } from './toolbar-report';
import { countEntities } from '../core/page/page-summary';

/**
 * How this page reads its language's start index: Chromium only (Firefox's background page is
 * never stopped), and only for a page that declares one of the twelve languages.
 */
function startIndexReader(doc: Document, win: Window): (() => Promise<StartFinder | undefined>) | undefined {
  // A constant in each build: Firefox's content script carries no matcher.
  if (import.meta.env.MANIFEST_VERSION !== 3) return undefined;
  // The top frame only: the article is the page's own, and each of its ad and embed frames would
  // read up to 450 kB from storage as it loads, for a first slice the background answers in time.
  if (win !== win.top) return undefined;
  const lang = declaredLang(doc.documentElement.getAttribute('lang'));
  if (!lang) return undefined;
  // This document reads the index if the background is slow to answer (PageData).
  probeStep('start-index-wanted');
  return async () => {
    const text = await readStartIndex(lang, siteHost(win));
    probeStep('start-index-read');
    // Decoded only if it is used: a warm background usually answers first.
    if (text === undefined) return undefined;
    return (runs) => {
      const index = decodeStartIndex(text);
      return index && startFound(index, runs);
    };
  };
}

export class PageController {
  private readonly state: PageState = initialPageState();
  /**
   * Titles ("the Russian president") resolve to the holder on the article's date. In Chromium the
   * first slice may be marked from the start index in storage, before a stopped service worker wakes.
   */
  private readonly data: PageData;
  private readonly host: OverlayHost;
  private readonly scanner: PageScanner;
  private readonly watcher: PageWatcher;
  private readonly marks: MarkLayer;
  private readonly cards: CardPresenter;
  private readonly panel: ArticlePanel;
  private readonly travel: MentionTravel;
  private readonly input: ReaderInput;
  /** When the content script started (performance.now()), which the test builds time from. */
  private readonly started: number;
  private listening = false;
  /** The toolbar button's count of names here, or its paused or off state. */
  private readonly toolbar = new ToolbarReport();

  constructor(
    private readonly doc: Document,
    private readonly win: Window,
  ) {
    this.data = new PageData(() => this.state.published, startIndexReader(doc, win));
    const { state, data } = this;
    const host = (this.host = new OverlayHost(doc));
    const scanner = (this.scanner = new PageScanner(
      doc,
      win,
      (runs) => data.find(runs),
      (id) => data.kindOf(id),
      (entity, surface) => data.accept(entity, surface),
    ));
    const marks = (this.marks = new MarkLayer(win, scanner, state));
    const cards = (this.cards = new CardPresenter(doc, win, host, marks, state));
    const panel = (this.panel = new ArticlePanel(doc, win, host, marks, state));
    const travel = (this.travel = new MentionTravel(doc, marks, cards));
    this.input = new ReaderInput(doc, win, host, marks, cards, state);
    const watcher = (this.watcher = new PageWatcher(doc, win, scanner, {
      isActive: () => state.active,
      isOurs: (node) => host.contains(node),
      onAttributeChange: (target) => {
        if (marks.mayReveal(target)) marks.scheduleRedraw();
      },
      onNavigate: () => {
        // A single-page navigation: a new article, perhaps with a new date.
        state.published = readPublishedDate(doc);
        cards.intent.closeNow();
      },
    }));
    // From the content script's start to the first marks found (`npm run bench:browser`).
    const started = (this.started = performance.now());
    let marked = false;
    scanner.onChange = () => {
      if (!marked && scanner.all().length) {
        marked = true;
        probeMeasure('first-marks', { start: started, duration: performance.now() - started });
      }
      marks.scheduleRedraw();
    };
    // Its marks get our styles when drawn (MarkLayer); its changes need our observer.
    scanner.onShadowRoot = (root) => watcher.watchShadowRoot(root);
    // The open panel lists what is drawn, so it follows every redraw.
    marks.onRedraw = () => {
      if (panel.open) void panel.show();
      if (state.active) this.toolbar.send('on', countEntities(marks.wanted()).length);
    };
    panel.onChoose = (id) => travel.openEntity(id);
  }

  /** Runs one of our entry points so that an error of ours never reaches the page (see guard.ts). */
  guard<A extends unknown[]>(fn: (...args: A) => unknown): (...args: A) => void {
    return guard(fn);
  }

  async start(): Promise<void> {
    if (!highlightsSupported()) return;
    // A frame too small to read (tracking pixels, hidden widgets) waits: reading it would only cost
    // requests, and pages full of ads have dozens. If it grows (an embed sized after it
    // loads), it is read then.
    if (isTinyFrame(this.win)) {
      const grown = guard(() => {
        if (isTinyFrame(this.win)) return;
        this.win.removeEventListener('resize', grown);
        return this.start();
      });
      this.win.addEventListener('resize', grown);
      return;
    }
    // The first slice is read at once and goes with the setup request, beside the settings rather
    // than after them (in Firefox they take tens of milliseconds): on a page where Backstory is on, the
    // first marks wait for one round trip to the background, not two. The background reads the slice
    // only if the settings say Backstory is on for this site; the tab decides by the settings that
    // reach it first (below).
    this.scanner.readAhead(this.doc.body);
    probeStep('read-ahead');
    // Read before the first request: its titles are resolved by the article's date.
    this.state.published = readPublishedDate(this.doc);
    const setup = this.syncData(this.scanner.aheadRuns());
    setup.catch(() => undefined);
    // The settings the background answers with, or this tab's own reading of them, whichever comes
    // first: in Firefox the read of storage often took longer than the round trip it runs beside.
    const own = loadSettings();
    this.adopt(await Promise.race([own, this.data.backgroundSettings().then((sent) => sent ?? own)]));
    probeStep('settings');
    watchSettings((next) => void this.applySettings(next));
    if (activeOn(this.state.settings, siteHost(this.win))) await this.activate(setup);
    else {
      this.scanner.dropAhead();
      this.data.dropEarly();
      this.toolbar.off(this.state.settings);
    }
  }

  /** Settings changed in another tab or the options page: the page follows at once, no reload. */
  async applySettings(next: Settings): Promise<void> {
    const host = siteHost(this.win);
    const was = activeOn(this.state.settings, host);
    this.adopt(next);
    const now = activeOn(next, host);
    this.cards.forget();
    if (was && !now) this.deactivate();
    else if (!was && now) await this.activate();
    else if (!now) this.toolbar.off(next);
    else {
      this.cards.intent.closeNow();
      this.marks.redraw();
    }
  }

  /** Messages from the background (keyboard commands) and from Backstory's own pages (popup). */
  async handle(message: TabMessage): Promise<PageSummary | undefined> {
    if (message.type === 'page/summary') return this.panel.summary();
    if (!this.state.active) return undefined;
    if (message.type === 'data/changed') {
      // Answered at once: the sender (a write, perhaps the install every request waits for) must
      // not wait for this page to be read again, which asks the background in turn.
      guard(() => this.refreshData())();
      return undefined;
    }
    if (message.type === 'page/open') this.travel.openEntity(message.id);
    else if (message.name === 'toggle-panel') await this.panel.toggle();
    else this.travel.step(message.name === 'next-mention' ? 1 : -1);
    return undefined;
  }

  private adopt(settings: Settings): void {
    this.state.settings = settings;
    this.cards.intent.dwellMs = settings.dwellMs;
    const auto = this.doc.documentElement.lang || this.win.navigator.language || 'en';
    this.state.lang = cardLangOf(settings.cardLanguage === 'auto' ? auto : settings.cardLanguage);
  }

  /** `setup`: the setup request already on its way, if any. */
  private async activate(setup?: Promise<boolean>): Promise<void> {
    this.state.active = true;
    this.listen();
    const t0 = performance.now();
    // The first slice's text goes with the setup request; its marks wait for the exclusions (PageData).
    await Promise.all([setup ?? this.syncData(), this.scanner.scan(this.doc.body)]);
    // Its first slice marked from the start index, and the background found otherwise: read again
    // with the background (the marks drawn stay until then), before the first reading counts as done.
    if (this.state.active && (await this.data.startDiffered())) await this.refreshData();
    // Switched off while the answers were on their way (the reader turned the site off): stop here.
    if (!this.state.active) return;
    // Drawn now rather than at the next frame: when the scan is reported done, its marks are on the page.
    this.marks.redraw();
    // The scan's own main-thread time, summed over its slices.
    probeMeasure('scan', { start: t0, duration: this.scanner.stats.busyMs });
    this.watcher.start();
  }

  private deactivate(): void {
    this.state.active = false;
    this.watcher.stop();
    this.cards.intent.closeNow();
    this.host.remove();
    this.scanner.clear();
    this.marks.clear();
    this.toolbar.off(this.state.settings);
  }

  /** New cards or packs: the page read again; an open card stays open if its mention is still there. */
  private async refreshData(): Promise<void> {
    if (!(await this.syncData())) return;
    // The marks of the old data stay until the new reading replaces them: no blank moment.
    await this.scanner.scan(this.doc.body);
    probeMeasure('read-again', { start: this.started, duration: performance.now() - this.started });
    this.cards.carryOver((open) => this.marks.wanted().find((m) => sameMention(m, open)));
  }

  /** Asks for the revision and this site's exclusions (`first`: with the first slice); true when the data moved on. */
  private async syncData(first?: readonly TextRun[]): Promise<boolean> {
    const moved = await this.data.refresh(first);
    if (moved) this.cards.forget();
    return moved;
  }

  /** Once, at the first activation: the listeners check `active` themselves. */
  private listen(): void {
    if (this.listening) return;
    this.listening = true;
    this.input.listen();
    // A media query may show text left unmarked as undrawn: looked at again, at most once a frame.
    this.win.addEventListener(
      'resize',
      guard(() => this.marks.mayReveal(this.doc.documentElement) && this.marks.scheduleRedraw()),
      { passive: true },
    );
    // Going back or forward may change the article without any mutation to wait for.
    this.win.addEventListener(
      'popstate',
      guard(() => this.watcher.flush()),
    );
  }
}
