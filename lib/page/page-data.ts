/**
 * What the page is read with, from the background: the data revision, the mentions the reader
 * excluded here, and the mentions in the page's text, which the background finds with its one
 * matcher (a tab holds no copy of it) and answers with offsets and each entity's kind.
 */
import { mentionFilter, type MentionFilter } from '../core/page/exclusions';
import type { FoundResponse } from '../core/protocol';
import type { Settings } from '../core/settings';
import type { Mention } from '../core/text/matcher';
import { ask } from '../extension/ask';
import { probeStep, probeStepWhen } from './probes';

export interface TextRun {
  text: string;
  lang?: string;
}

export class PageData {
  /** `articleDate`: the day the page says it was published, if it does (YYYY-MM-DD). */
  constructor(private readonly articleDate: () => string | undefined = () => undefined) {}

  private kinds = new Map<string, string>();
  private revision: number | undefined;
  /**
   * Some text was read with a woken background's quick view (FoundResponse.partial): the page is
   * read again at the next refresh, which the background asks for once its full view is ready.
   */
  private partial = false;
  private accepts: MentionFilter = () => true;
  /** The setup request on its way: the mentions found meanwhile wait for its exclusions. */
  private setup: Promise<unknown> = Promise.resolve();
  /** The settings the background sent with its answer to the last setup request, if it had them. */
  private sentSettings: Promise<Settings | undefined> = Promise.resolve(undefined);
  /** The first slice, sent with the setup request, and the background's answer for it if it read it. */
  private early: { runs: readonly TextRun[]; answer: Promise<FoundResponse | undefined> } | undefined;

  /** An entity's kind, for its highlight; an entity the data no longer has reads as an organisation. */
  kindOf(id: string): string {
    return this.kinds.get(id) ?? 'organisation';
  }

  /** False for a mention the reader said is not this entity on this site. */
  accept(entity: string, surface: string): boolean {
    return this.accepts(entity, surface);
  }

  /**
   * Asks the background what changed; true when the data moved on from what the page was read with
   * (cards fetched before are stale). A busy background may answer from the view before a large
   * rebuild: it tells the tab again once the new one is ready, and the revisions then differ. Text
   * read with a quick view (partial) counts as moved on too.
   */
  async refresh(first?: readonly TextRun[]): Promise<boolean> {
    const partial = this.partial;
    this.partial = false;
    const date = this.articleDate();
    probeStep('setup-sent');
    const asked = ask(
      {
        type: 'page/setup',
        ...(first?.length ? { runs: wire(first) } : {}),
        ...(date ? { date } : {}),
      },
      () => probeStep('setup-received'),
    );
    this.early = first?.length
      ? {
          runs: first,
          answer: asked.then(
            (a) => a.first,
            () => undefined,
          ),
        }
      : undefined;
    probeStepWhen('setup-answered', asked);
    this.sentSettings = asked.then(
      (a) => a.settings,
      () => undefined,
    );
    const applied = asked.then(({ revision, exclusions }) => {
      this.accepts = mentionFilter(exclusions);
      return revision;
    });
    this.setup = applied.catch(() => undefined);
    return (await applied) !== this.revision || partial;
  }

  /** The reader's settings as the background sent them with the last setup, if it did. */
  backgroundSettings(): Promise<Settings | undefined> {
    return this.sentSettings;
  }

  /** The settings say off here: the first slice's answer, if any, is not wanted. */
  dropEarly(): void {
    this.early = undefined;
  }

  /** The mentions in each run, in order. */
  async find(runs: readonly TextRun[]): Promise<Mention[][]> {
    if (runs.length === 0) return [];
    const early = this.early;
    this.early = undefined;
    // The first slice went with the setup request: its answer is used if the background read it.
    const answered = early && sameRuns(early.runs, runs) ? await early.answer : undefined;
    const date = this.articleDate();
    const asked = answered
      ? Promise.resolve(answered)
      : ask({ type: 'mentions/find', runs: wire(runs), ...(date ? { date } : {}) });
    // Sent alongside the setup request, not after it; the marks wait for its exclusions.
    const [answer] = await Promise.all([asked, this.setup]);
    for (const e of answer.entities) this.kinds.set(e.id, e.kind);
    this.revision = answer.revision;
    if (answer.partial) this.partial = true;
    return answer.found.map((flat) => {
      const out: Mention[] = [];
      for (let i = 0; i + 2 < flat.length; i += 3) {
        const entity = answer.entities[flat[i]!];
        if (entity)
          out.push({
            entity: entity.id,
            start: flat[i + 1]!,
            end: flat[i + 2]!,
            ...(entity.office ? { office: entity.office } : {}),
          });
      }
      return out;
    });
  }
}

const wire = (runs: readonly TextRun[]) => runs.map(({ text, lang }) => (lang ? { text, lang } : { text }));

const sameRuns = (a: readonly TextRun[], b: readonly TextRun[]) =>
  a.length === b.length && a.every((r, i) => r.text === b[i]!.text && r.lang === b[i]!.lang);
