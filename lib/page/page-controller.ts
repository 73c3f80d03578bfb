/**
 * Everything Backstory does in one page: read the text, mark mentions, and open the card for the
 * mention the reader points at, taps or reaches from the keyboard. This code goes into every page
 * the reader opens, so it stays lean: one matcher per data revision, one pass over the text, and
 * cards fetched only when asked for (the last few kept).
 */
import type { CardResponse, EntitySummary, TabCommand } from '../messages';
import { findMentions, loadMatcher, type Matcher } from '../text/matcher';
import { cardLangOf, type CardLang } from '../ui/card-strings';
import { ask } from './ask';
import { CardHost } from './card-host';
import { Highlighter, highlightsSupported } from './highlighter';
import { markAtPoint } from './hit-test';
import { readPublishedDate } from './published-date';
import { HoverIntent } from './hover-intent';
import { MarkIndex, markRange, type Mark } from './marks';
import { readSegments } from './text-segments';

const CARD_CACHE_SIZE = 10;

export class PageController {
  private matcher: Matcher | undefined;
  private entities: Record<string, EntitySummary> = {};
  private revision: number | undefined;
  private readonly marks = new MarkIndex();
  private readonly highlighter = new Highlighter();
  private readonly host: CardHost;
  private readonly intent: HoverIntent<Mark>;
  private readonly cards = new Map<string, CardResponse>();
  private readonly lang: CardLang;
  private published: string | undefined;
  private cursor = -1;
  private openedByFocus = false;
  private pointer: { x: number; y: number } | undefined;
  private frame = 0;
  private showSeq = 0;

  constructor(private readonly doc: Document, private readonly win: Window) {
    this.host = new CardHost(doc);
    this.lang = cardLangOf(doc.documentElement.lang || win.navigator.language || 'en');
    this.intent = new HoverIntent<Mark>(
      (mark) => void this.show(mark),
      () => this.hide(),
      { set: (fn, ms) => win.setTimeout(fn, ms), clear: (id) => win.clearTimeout(id) },
    );
    this.host.onPointerEnter = () => this.intent.pointerInCard(true);
    this.host.onPointerLeave = () => this.intent.pointerInCard(false);
  }

  async start(): Promise<void> {
    if (!highlightsSupported()) return;
    this.published = readPublishedDate(this.doc);
    await this.refreshMatcher();
    this.scan();
    this.listen();
  }

  private async refreshMatcher(): Promise<void> {
    const answer = await ask({ type: 'matcher/get', have: this.revision });
    if (answer.matcher && answer.entities) {
      this.matcher = loadMatcher(answer.matcher);
      this.entities = answer.entities;
      this.cards.clear();
    }
    this.revision = answer.revision;
  }

  /** Reads the page, finds mentions and draws them. Measured as `backstory:scan` in the page's performance timeline. */
  scan(): void {
    const matcher = this.matcher;
    const body = this.doc.body;
    if (!matcher || !body) return;
    const t0 = performance.now();
    this.marks.clear();
    for (const segment of readSegments(body)) {
      for (const mention of findMentions(matcher, segment.text)) {
        const kind = this.entities[mention.entity]?.kind ?? 'organisation';
        const mark: Mark = { entity: mention.entity, kind, range: markRange(this.doc, segment, mention) };
        this.marks.add(mark, segment, mention);
      }
    }
    this.highlighter.draw(this.marks.all);
    performance.measure('backstory:scan', { start: t0, end: performance.now() });
  }

  private listen(): void {
    const w = this.win;
    w.addEventListener('pointermove', (e) => this.onPointerMove(e), { passive: true, capture: true });
    w.addEventListener('click', (e) => this.onClick(e), { capture: true });
    w.addEventListener('keydown', (e) => this.onKeyDown(e), { capture: true });
    this.doc.addEventListener('focusin', (e) => this.onFocusIn(e), { capture: true });
  }

  private onPointerMove(e: PointerEvent): void {
    if (e.pointerType !== 'mouse') return;
    if (this.host.contains(e.target as Node)) return;
    this.pointer = { x: e.clientX, y: e.clientY };
    if (this.frame) return;
    // Hit-test at most once a frame, however fast the pointer events come.
    this.frame = this.win.requestAnimationFrame(() => {
      this.frame = 0;
      const p = this.pointer;
      if (!p) return;
      this.intent.pointerOver(markAtPoint(this.doc, this.marks, p.x, p.y));
    });
  }

  private onClick(e: MouseEvent): void {
    if (this.host.contains(e.target as Node)) return;
    const mark = markAtPoint(this.doc, this.marks, e.clientX, e.clientY);
    this.pointer = { x: e.clientX, y: e.clientY };
    if (mark) this.intent.openNow(mark);
    else this.intent.closeNow();
  }

  private onKeyDown(e: KeyboardEvent): void {
    if (e.key === 'Escape' && this.intent.current) {
      this.intent.closeNow();
      e.stopPropagation();
    }
  }

  /** Tabbing to a link or other control that holds a mention opens its card, without taking focus. */
  private onFocusIn(e: FocusEvent): void {
    const target = e.target as Element | null;
    if (!target || this.host.contains(target) || target.nodeType !== 1) return;
    const inside = this.marks.within(target);
    if (inside.length) {
      this.pointer = undefined;
      this.openedByFocus = true;
      this.intent.openNow(inside[0]!);
    } else if (this.openedByFocus) {
      this.intent.closeNow();
    }
  }

  /** Keyboard commands: travel through the marks in reading order. */
  onCommand(command: TabCommand): void {
    const all = this.marks.all;
    if (!all.length) return;
    const step = command.name === 'next-mention' ? 1 : -1;
    this.cursor = (this.cursor + step + all.length) % all.length;
    const mark = all[this.cursor]!;
    mark.range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
    this.pointer = undefined;
    this.openedByFocus = false;
    this.intent.openNow(mark);
    void this.focusCardWhenShown();
  }

  private async focusCardWhenShown(): Promise<void> {
    await new Promise((r) => this.win.setTimeout(r, 0));
    this.host.dialog?.focus();
  }

  private async show(mark: Mark): Promise<void> {
    const seq = ++this.showSeq;
    const answer = await this.card(mark.entity);
    // A newer show or a close came while the card was on its way: drop this one.
    if (seq !== this.showSeq || this.intent.current !== mark || !answer?.card) return;
    this.highlighter.setActive(mark);
    const view = { card: answer.card, edited: answer.edited, lang: this.lang, published: this.published, today: new Date() };
    this.host.show(view, { range: mark.range, point: this.pointer }, () => this.intent.closeNow());
  }

  private hide(): void {
    this.showSeq++;
    this.openedByFocus = false;
    this.highlighter.setActive(undefined);
    this.host.hide();
  }

  private async card(id: string): Promise<CardResponse | undefined> {
    const cached = this.cards.get(id);
    if (cached) return cached;
    const answer = await ask({ type: 'card/get', id });
    if (!answer.card) return undefined;
    if (this.cards.size >= CARD_CACHE_SIZE) this.cards.delete(this.cards.keys().next().value!);
    this.cards.set(id, answer);
    return answer;
  }
}

