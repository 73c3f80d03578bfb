/**
 * The one node Backstory adds to a page: `<backstory-card>`, with a closed shadow root holding the
 * card and the "In this article" panel. Closed, because the card shows the reader's own cards and
 * edits: a page script gets `null` for its `shadowRoot` and cannot read what the reader reads. The
 * host hangs off <html>, after <body>, so the body the site wrote stays exactly as it was — except in
 * fullscreen, where only the fullscreen element is drawn: there the host moves inside it while it is
 * shown. It is there only while a card or the panel is shown, so a page cannot tell Backstory is
 * installed by looking for it.
 * Content scripts have no custom-element registry in Chrome, so the element stays undefined — a
 * valid custom-element name is all attachShadow needs.
 */
import { autoUpdate, computePosition, flip, inline, offset, shift, size } from '@floating-ui/dom';
import { render } from 'preact';
import { ArticlePanel, type PanelEntry } from '../../components/ArticlePanel';
import { Card, type CardView } from '../../components/Card';
import styles from '../../components/card.css?inline';
import type { CardLang } from '../core/card-strings';

export const HOST_TAG = 'backstory-card';

/** Gap between the mention and the card: enough to keep the line readable, small enough to reach the card. */
const GAP = 6;
/** Keeps the card off the viewport's edge. */
const EDGE_PADDING = 8;
/** Never taller than this, nor shorter when space is tight: a card must show at least its title and summary. */
const MAX_HEIGHT = 460;
const MIN_HEIGHT = 140;

/** Elements that cannot hold our host even when they are fullscreen. */
const NO_CHILDREN = new Set(['video', 'img', 'canvas', 'iframe', 'embed', 'object', 'audio']);

export interface Anchor {
  range: Range;
  /** Where the pointer was, to pick the right line box of a mention that wraps. */
  point?: { x: number; y: number };
}

export class OverlayHost {
  private host: HTMLElement | undefined;
  private root: ShadowRoot | undefined;
  private cardMount: HTMLElement | undefined;
  private panelMount: HTMLElement | undefined;
  private stopAutoUpdate: (() => void) | undefined;
  onPointerEnter: () => void = () => {};
  onPointerLeave: () => void = () => {};

  constructor(private readonly doc: Document) {}

  get cardOpen(): boolean {
    return !!this.cardMount?.firstChild;
  }

  get panelOpen(): boolean {
    return !!this.panelMount?.firstChild;
  }

  /** Whether `node` is our host or inside its shadow root (a closed root: `host.contains` cannot see in). */
  contains(node: Node | null): boolean {
    return !!node && !!this.host && (node === this.host || !!this.root?.contains(node));
  }

  /** What has focus inside the card or panel, if anything. */
  get focused(): Element | null {
    return this.root?.activeElement ?? null;
  }

  /** The rendered card dialog, for focus. */
  get dialog(): HTMLElement | undefined {
    return (this.cardMount?.firstElementChild as HTMLElement | null) ?? undefined;
  }

  get panel(): HTMLElement | undefined {
    return (this.panelMount?.firstElementChild as HTMLElement | null) ?? undefined;
  }

  private ensure(): void {
    if (!this.host) {
      const host = this.doc.createElement(HOST_TAG);
      const root = host.attachShadow({ mode: 'closed' });
      this.root = root;
      const style = this.doc.createElement('style');
      style.textContent = styles;
      this.cardMount = this.doc.createElement('div');
      this.panelMount = this.doc.createElement('div');
      root.append(style, this.panelMount, this.cardMount);
      this.cardMount.addEventListener('pointerenter', () => this.onPointerEnter());
      this.cardMount.addEventListener('pointerleave', () => this.onPointerLeave());
      this.host = host;
    }
    const fullscreen = this.doc.fullscreenElement;
    const parent = fullscreen && !NO_CHILDREN.has(fullscreen.localName) ? fullscreen : this.doc.documentElement;
    if (this.host.parentNode !== parent) parent.append(this.host);
  }

  showCard(
    view: CardView,
    anchor: Anchor,
    handlers: { onClose: () => void; onPin: () => void; onNotThis: (trusted: boolean) => void },
  ): void {
    this.ensure();
    render(
      <Card view={view} onClose={handlers.onClose} onPin={handlers.onPin} onNotThis={handlers.onNotThis} />,
      this.cardMount!,
    );
    const floating = this.dialog!;
    const reference = {
      getBoundingClientRect: () => anchor.range.getBoundingClientRect(),
      getClientRects: () => anchor.range.getClientRects(),
    };
    this.stopAutoUpdate?.();
    const place = () =>
      computePosition(reference, floating, {
        strategy: 'fixed',
        placement: 'bottom',
        middleware: [
          // The line box the pointer is on, for a mention that wraps; the first one otherwise.
          inline(anchor.point),
          offset(GAP),
          // Above when there is no room below: the card never covers the line being read.
          flip({ padding: EDGE_PADDING, fallbackPlacements: ['top', 'bottom-start', 'top-start'] }),
          shift({ padding: EDGE_PADDING }),
          size({
            padding: EDGE_PADDING,
            apply({ availableHeight, elements }) {
              elements.floating.style.maxHeight = `${Math.max(MIN_HEIGHT, Math.min(MAX_HEIGHT, availableHeight))}px`;
            },
          }),
        ],
      }).then(({ x, y }) => {
        floating.style.left = `${x}px`;
        floating.style.top = `${y}px`;
      });
    // Follows scrolling and resizing; layout shifts of the page itself do not move a card under the reader.
    this.stopAutoUpdate = autoUpdate(reference, floating, place, { elementResize: false, layoutShift: false });
  }

  hideCard(): void {
    this.stopAutoUpdate?.();
    this.stopAutoUpdate = undefined;
    if (this.cardMount) render(null, this.cardMount);
    this.detachIfIdle();
  }

  showPanel(
    entries: PanelEntry[],
    lang: CardLang,
    theme: 'light' | 'dark',
    fontSize: number,
    handlers: { onChoose: (id: string) => void; onClose: () => void },
  ): void {
    this.ensure();
    render(
      <ArticlePanel
        entries={entries}
        lang={lang}
        theme={theme}
        fontSize={fontSize}
        onChoose={handlers.onChoose}
        onClose={handlers.onClose}
      />,
      this.panelMount!,
    );
  }

  hidePanel(): void {
    if (this.panelMount) render(null, this.panelMount);
    this.detachIfIdle();
  }

  /** Gone as soon as nothing is shown: out of a fullscreen element (the site's subtree is the site's) and off the page. */
  private detachIfIdle(): void {
    if (this.host && !this.cardOpen && !this.panelOpen) this.host.remove();
  }

  remove(): void {
    this.hideCard();
    this.hidePanel();
    this.host?.remove();
    this.host = undefined;
    this.root = undefined;
  }
}
