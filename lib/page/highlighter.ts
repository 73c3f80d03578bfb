/**
 * Draws marks with the CSS Custom Highlight API: no element is added to the page, so its layout,
 * selection, copy and find-in-page are exactly as the site made them. One highlight per entity kind
 * (`backstory-weapon-system`, …; a title as `backstory-person-title`), styled by the content script's
 * stylesheet, and one for the active mark.
 */
import type { Mark } from './marks';

export const HIGHLIGHT_PREFIX = 'backstory';
export const ACTIVE_HIGHLIGHT = `${HIGHLIGHT_PREFIX}-active`;

export function highlightsSupported(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
}

export class Highlighter {
  private readonly names = new Set<string>();

  draw(marks: readonly Mark[]): void {
    this.clear();
    const byKind = new Map<string, Range[]>();
    for (const m of marks) {
      // A title ("the Russian president") is drawn in its own style: it names the person by office.
      const key = m.mention.office ? `${m.kind}-title` : m.kind;
      let list = byKind.get(key);
      if (!list) byKind.set(key, (list = []));
      list.push(m.range);
    }
    for (const [kind, ranges] of byKind) {
      const name = `${HIGHLIGHT_PREFIX}-${kind}`;
      CSS.highlights.set(name, new Highlight(...ranges));
      this.names.add(name);
    }
  }

  setActive(mark: Mark | undefined): void {
    if (mark) {
      CSS.highlights.set(ACTIVE_HIGHLIGHT, new Highlight(mark.range));
      this.names.add(ACTIVE_HIGHLIGHT);
    } else {
      CSS.highlights.delete(ACTIVE_HIGHLIGHT);
    }
  }

  clear(): void {
    for (const name of this.names) CSS.highlights.delete(name);
    this.names.clear();
  }
}
