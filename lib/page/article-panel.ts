/**
 * What the page holds: the summary the popup asks for (each entity once, with its count), and the
 * "In this article" panel that lists the same, labelled in the card language.
 */
import type { PanelEntry } from '../../components/ArticlePanel';
import type { Kind } from '../core/knowledge/pack-schema';
import type { PageSummary } from '../core/protocol';
import { countEntities } from '../core/page/page-summary';
import { ask } from '../extension/ask';
import { siteHost } from './frames';
import type { MarkLayer } from './mark-layer';
import type { OverlayHost } from './overlay-host';
import type { PageState } from './page-state';
import { resolveTheme } from './theme';

export class ArticlePanel {
  /** An entity chosen in the panel. */
  onChoose: (id: string) => void = () => {};

  constructor(
    private readonly doc: Document,
    private readonly win: Window,
    private readonly host: OverlayHost,
    private readonly marks: MarkLayer,
    private readonly state: PageState,
  ) {}

  get open(): boolean {
    return this.host.panelOpen;
  }

  /** The entities of the marks the reader wants, in order of first mention; none while Backstory is off here. */
  summary(): PageSummary {
    const entities = this.state.active ? countEntities(this.marks.wanted()) : [];
    return { host: siteHost(this.win), active: this.state.active, entities };
  }

  /** Shows the panel, or brings it up to date; `focus` moves focus into it (opened from the keyboard). */
  async show(focus = false): Promise<void> {
    const summary = this.summary().entities;
    const { labels } = await ask({ type: 'labels/get', ids: summary.map((e) => e.id), lang: this.state.lang });
    const entries: PanelEntry[] = summary.map((e) => ({
      id: e.id,
      kind: e.kind as Kind,
      count: e.count,
      label: labels[e.id] ?? e.id,
    }));
    // Language, theme and size as they are now: the settings may have changed while the labels came.
    const { lang, settings } = this.state;
    this.host.showPanel(entries, lang, resolveTheme(settings.theme, this.doc, this.win), settings.fontSize, {
      onChoose: (id) => this.onChoose(id),
      onClose: () => this.host.hidePanel(),
    });
    if (focus) this.host.panel?.focus();
  }

  /** The keyboard command: open it focused, or close it. */
  async toggle(): Promise<void> {
    if (this.host.panelOpen) this.host.hidePanel();
    else await this.show(true);
  }
}
