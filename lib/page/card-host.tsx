/**
 * The one node Backstory adds to a page: `<backstory-card>`, with an open shadow root holding the
 * card. It hangs off <html>, after <body>, so the body the site wrote stays exactly as it was.
 * Content scripts have no custom-element registry in Chrome, so the element stays undefined — a
 * valid custom-element name is all attachShadow needs.
 */
import { autoUpdate, computePosition, flip, inline, offset, shift, size } from '@floating-ui/dom';
import { render } from 'preact';
import { Card, type CardView } from '../../components/Card';
import styles from '../../components/card.css?inline';

export const HOST_TAG = 'backstory-card';

/** Gap between the mention and the card: enough to read the line, small enough to reach the card. */
const GAP = 6;
/** Keeps the card off the viewport's edge. */
const EDGE_PADDING = 8;

export interface Anchor {
  range: Range;
  /** Where the pointer was, to pick the right line box of a mention that wraps. */
  point?: { x: number; y: number };
}

export class CardHost {
  private host: HTMLElement | undefined;
  private mount: HTMLElement | undefined;
  private stopAutoUpdate: (() => void) | undefined;
  onPointerEnter: () => void = () => {};
  onPointerLeave: () => void = () => {};

  constructor(private readonly doc: Document) {}

  get element(): HTMLElement | undefined {
    return this.host;
  }

  get isOpen(): boolean {
    return !!this.host?.isConnected && !!this.mount?.firstChild;
  }

  contains(node: Node | null): boolean {
    return !!node && !!this.host && (node === this.host || this.host.contains(node));
  }

  private ensure(): HTMLElement {
    if (this.host?.isConnected && this.mount) return this.mount;
    const host = this.doc.createElement(HOST_TAG);
    const root = host.attachShadow({ mode: 'open' });
    const style = this.doc.createElement('style');
    style.textContent = styles;
    const mount = this.doc.createElement('div');
    root.append(style, mount);
    host.addEventListener('pointerenter', () => this.onPointerEnter());
    host.addEventListener('pointerleave', () => this.onPointerLeave());
    this.doc.documentElement.append(host);
    this.host = host;
    this.mount = mount;
    return mount;
  }

  show(view: CardView, anchor: Anchor, onClose: () => void): HTMLElement {
    const mount = this.ensure();
    render(<Card view={view} onClose={onClose} />, mount);
    const floating = mount.firstElementChild as HTMLElement;
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
          inline(anchor.point),
          offset(GAP),
          flip({ padding: EDGE_PADDING }),
          shift({ padding: EDGE_PADDING }),
          size({
            padding: EDGE_PADDING,
            apply({ availableHeight, elements }) {
              elements.floating.style.maxHeight = `${Math.max(120, Math.min(460, availableHeight))}px`;
            },
          }),
        ],
      }).then(({ x, y }) => {
        floating.style.left = `${x}px`;
        floating.style.top = `${y}px`;
      });
    this.stopAutoUpdate = autoUpdate(reference, floating, place, { elementResize: false, layoutShift: false });
    return floating;
  }

  /** The rendered dialog, for focus. */
  get dialog(): HTMLElement | undefined {
    return (this.mount?.firstElementChild as HTMLElement | null) ?? undefined;
  }

  hide(): void {
    this.stopAutoUpdate?.();
    this.stopAutoUpdate = undefined;
    if (this.mount) render(null, this.mount);
  }
}
